// The translated console: with German chosen, the main window and its pages show German; the setting
// "ui/language" and the Language menu that writes it.

#include "ConsoleFixture.h"
#include "Language.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTranslator>

using namespace smsotp;

class TestTranslation : public QObject
{
    Q_OBJECT

    // Takes out what installTranslations() put in, so each test starts from the source language.
    static void removeTranslations()
    {
        const QList<QTranslator*> translators = qApp->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly);
        for (QTranslator* translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    static QString labelFor(const ConsoleFixture& f, const QString& buddyName)
    {
        auto* buddy = f.find<QWidget>(buddyName);
        const QList<QLabel*> labels = f.window->findChildren<QLabel*>();
        for (QLabel* label : labels) {
            if (label->buddy() == buddy)
                return label->text();
        }
        return {};
    }

    static QMenu* menuTitled(const ConsoleFixture& f, int index)
    {
        const QList<QAction*> actions = f.window->menuBar()->actions();
        return index < actions.size() ? actions.at(index)->menu() : nullptr;
    }

private Q_SLOTS:
    void cleanup() { removeTranslations(); }

    void theGermanTranslationIsEmbedded()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/smsotp_de.qm")));
        QVERIFY(!translator.isEmpty());
        QCOMPARE(translator.language(), QStringLiteral("de_DE"));
    }

    // English is the source text; only its plural forms come from a file ("2 attempts left", not "attempt(s)").
    void englishGetsOnlyItsPluralForms()
    {
        QCOMPARE(ui::installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(qApp->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly).size(), 1);
        QCOMPARE(QCoreApplication::translate("smsotp::ui::TestSendPage", "%n attempt(s) left", nullptr, 1),
            QStringLiteral("1 attempt left"));
        QCOMPARE(QCoreApplication::translate("smsotp::ui::TestSendPage", "%n attempt(s) left", nullptr, 3),
            QStringLiteral("3 attempts left"));
        ConsoleFixture f;
        QVERIFY(f.window);
        QCOMPARE(
            f.find<QListWidget>(QStringLiteral("navigationList"))->item(0)->text(), QStringLiteral("OTP Settings"));
        QCOMPARE(f.find<QAction>(QStringLiteral("saveAction"))->text(), QStringLiteral("&Save"));
    }

    void germanMainWindowAndPages()
    {
        QVERIFY(ui::installTranslations(*qApp, QStringLiteral("de")).startsWith(u"de"));
        ConsoleFixture f;
        QVERIFY(f.window);
        QCOMPARE(menuTitled(f, 0)->title(), QStringLiteral("&Datei"));
        QCOMPARE(f.find<QAction>(QStringLiteral("saveAction"))->text(), QStringLiteral("&Speichern"));
        QCOMPARE(f.find<QAction>(QStringLiteral("quitAction"))->text(), QStringLiteral("&Beenden"));
        QCOMPARE(f.find<QMenu>(QStringLiteral("languageMenu"))->title(), QStringLiteral("Sp&rache"));
        QCOMPARE(f.find<QAction>(QStringLiteral("languageSystemAction"))->text(), QStringLiteral("Systemsprache"));

        auto* navigation = f.find<QListWidget>(QStringLiteral("navigationList"));
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("OTP-Einstellungen"));
        QCOMPARE(navigation->item(1)->text(), QStringLiteral("SMS-Anbieter"));
        QCOMPARE(f.window->statusBar()->currentMessage(), QStringLiteral("Bereit."));

        // A page: the OTP settings form, its labels and buttons.
        QCOMPARE(labelFor(f, QStringLiteral("lengthSpin")), QStringLiteral("OTP-&Länge"));
        auto* save = f.findIn<QPushButton>(QStringLiteral("otpSettingsPage"), QStringLiteral("saveButton"));
        QVERIFY(save);
        QCOMPARE(save->text(), QStringLiteral("&Speichern"));
    }

    void germanReachesCoreTextsFiledUnderOtherContexts()
    {
        QVERIFY(ui::installTranslations(*qApp, QStringLiteral("de")).startsWith(u"de"));
        // OtpPolicy.cpp translates through a file-local tr() with this context; lupdate files it elsewhere.
        const QString text
            = QCoreApplication::translate("smsotp::otp::OtpPolicy", "Must be a whole number from %1 to %2.");
        QCOMPARE(text, QStringLiteral("Muss eine ganze Zahl von %1 bis %2 sein."));
    }

    void theSettingChoosesTheLanguage()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
        QCOMPARE(ui::chosenLanguage(settings), QString());
        settings.setValue(QString::fromLatin1(ui::kLanguageKey), QStringLiteral("de"));
        QCOMPARE(ui::chosenLanguage(settings), QStringLiteral("de"));
        settings.setValue(QString::fromLatin1(ui::kLanguageKey), QStringLiteral("xx"));
        QCOMPARE(ui::chosenLanguage(settings), QString());
        QVERIFY(ui::availableLanguages().contains(QStringLiteral("de")));
    }

    void theLanguageMenuWritesTheSettingForTheNextStart()
    {
        ConsoleFixture f;
        QVERIFY(f.window);
        QAction* german = f.find<QAction>(QStringLiteral("language_de_Action"));
        QVERIFY(german);
        QCOMPARE(german->text(), QStringLiteral("Deutsch"));
        QVERIFY(f.find<QAction>(QStringLiteral("languageSystemAction"))->isChecked());
        QVERIFY(!f.find<QAction>(QStringLiteral("languageRestartNote"))->isEnabled());

        german->trigger();
        QCOMPARE(f.settings->value(QString::fromLatin1(ui::kLanguageKey)).toString(), QStringLiteral("de"));
        auto* message = f.find<QMessageBox>(QStringLiteral("languageRestartMessage"));
        QVERIFY(message);
        QVERIFY(message->text().contains(QStringLiteral("starts again")));
        message->accept();

        // The next start reads it: the menu shows the choice, and the language is German.
        f.restart();
        QVERIFY(f.find<QAction>(QStringLiteral("language_de_Action"))->isChecked());
        QCOMPARE(ui::chosenLanguage(*f.settings), QStringLiteral("de"));
    }
};

QTEST_MAIN(TestTranslation)
#include "TestTranslation.moc"
