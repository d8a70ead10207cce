// The embedded translations as the CLI and the GUI load them: English plural forms for the source texts'
// "%n attempt(s)", a language installed after them taking precedence, and core's messages reaching lupdate.

#include "i18n/Translations.h"
#include "otp/OtpEngine.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

using namespace smsotp;

class TestTranslations : public QObject
{
    Q_OBJECT

    static otp::VerifyResult wrongCode(int attemptsLeft)
    {
        otp::VerifyResult result;
        result.status = otp::VerifyStatus::Wrong;
        result.attemptsLeft = attemptsLeft;
        return result;
    }

    static otp::IssueResult tooSoon(int seconds)
    {
        otp::IssueResult result;
        result.status = otp::IssueStatus::TooSoon;
        result.waitSeconds = seconds;
        return result;
    }

    static void removeTranslators()
    {
        const QList<QTranslator*> translators = qApp->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly);
        for (QTranslator* translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

private Q_SLOTS:
    void cleanup() { removeTranslators(); }

    void withoutATranslatorTheSourceTextShows()
    {
        // What the CLI printed before: the reason the English forms exist.
        QCOMPARE(wrongCode(2).message(), QStringLiteral("Wrong code. 2 attempt(s) left."));
    }

    void englishPluralForms()
    {
        QVERIFY(i18n::installEnglishPluralForms(*qApp));
        QCOMPARE(wrongCode(1).message(), QStringLiteral("Wrong code. 1 attempt left."));
        QCOMPARE(wrongCode(2).message(), QStringLiteral("Wrong code. 2 attempts left."));
        QCOMPARE(tooSoon(1).message(), QStringLiteral("Too soon: wait 1 second before sending another code."));
        QCOMPARE(tooSoon(30).message(), QStringLiteral("Too soon: wait 30 seconds before sending another code."));
        // Texts without a number are not in the file and stay as written.
        otp::VerifyResult verified;
        verified.status = otp::VerifyStatus::Verified;
        QCOMPARE(verified.message(), QStringLiteral("Code verified."));
    }

    // A plural string lupdate files under the enclosing namespace (a file-local tr()) is still found.
    void aStringFiledUnderAnotherContextIsFound()
    {
        QVERIFY(i18n::installEnglishPluralForms(*qApp));
        QCOMPARE(QCoreApplication::translate("smsotp::cli::SomewhereElse", "(and %n more problem(s))", nullptr, 3),
            QStringLiteral("(and 3 more problems)"));
    }

    void aLanguageInstalledAfterwardsWins()
    {
        QVERIFY(i18n::installEnglishPluralForms(*qApp));
        auto* german = new i18n::ConsoleTranslator(qApp);
        QVERIFY(german->loadLanguage(QStringLiteral("de")));
        QCoreApplication::installTranslator(german);
        QCOMPARE(wrongCode(1).message(), QStringLiteral("Falscher Code. Noch 1 Versuch."));
        QCOMPARE(wrongCode(2).message(), QStringLiteral("Falscher Code. Noch 2 Versuche."));
        QCoreApplication::removeTranslator(german);
        QCOMPARE(wrongCode(2).message(), QStringLiteral("Wrong code. 2 attempts left."));
    }

    void contextsAreReadFromTheCompiledFile()
    {
        QFile file(QStringLiteral(":/i18n/smsotp_de.qm"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> contexts = i18n::contextsOfQm(file.readAll());
        QVERIFY(contexts.contains("smsotp::otp::OtpEngine"));
        QVERIFY(contexts.contains("smsotp::send::TestSendSession"));
        QVERIFY(i18n::contextsOfQm(QByteArray(3, '\0')).isEmpty()); // too short: nothing, no crash
    }

    void aMissingLanguageIsReported()
    {
        i18n::ConsoleTranslator translator;
        QVERIFY(!translator.loadLanguage(QStringLiteral("xx")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
