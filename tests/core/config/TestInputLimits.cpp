#include "config/InputLimits.h"
#include "template/PayloadTemplate.h"
#include "template/SmsText.h"
#include "template/TemplateLint.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace smsotp;

// SECURITY.md 31: every input read whole has a limit, named in the refusal, checked before it is parsed.
class TestInputLimits : public QObject
{
    Q_OBJECT

    static QString writeFile(const QTemporaryDir& dir, const QString& name, qint64 size)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !file.resize(size)) // sparse: no need to write 10 MiB
            qFatal("cannot create %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void aFileAtTheLimitIsReadAndOneByteMoreIsRefused()
    {
        QTemporaryDir dir;
        const limits::LimitedRead fits
            = limits::readFile(writeFile(dir, QStringLiteral("fits"), 1024), 1024, QStringLiteral("The file"));
        QVERIFY(fits.ok());
        QCOMPARE(fits.data.size(), 1024);
        const limits::LimitedRead over
            = limits::readFile(writeFile(dir, QStringLiteral("over"), 1025), 1024, QStringLiteral("The file"));
        QVERIFY(!over.ok());
        QVERIFY(over.data.isEmpty());
        QCOMPARE(over.error, QStringLiteral("The file is larger than 1 KiB, the most the console reads."));
    }

    void tenMebibytesAreRefusedByTheirSizeWithoutBeingRead()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("huge.json"), 10 * 1024 * 1024);
        const limits::LimitedRead read = limits::readFile(path, limits::kConfigFileBytes, QStringLiteral("The file"));
        QVERIFY(!read.ok());
        QVERIFY(read.error.contains(QStringLiteral("1 MiB")));
        QVERIFY(read.data.isEmpty());
    }

    void aStreamIsReadUpToOneByteOverTheLimit()
    {
        QByteArray bytes(16 * 1024 + 1, 'a');
        QBuffer over(&bytes);
        QVERIFY(over.open(QIODevice::ReadOnly));
        const limits::LimitedRead refused = limits::readAll(over, 16 * 1024, QStringLiteral("The header list"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error.contains(QStringLiteral("16 KiB")));
        QCOMPARE(over.pos(), 16 * 1024 + 1); // not one byte further
        QByteArray exact(16 * 1024, 'a');
        QBuffer fits(&exact);
        QVERIFY(fits.open(QIODevice::ReadOnly));
        QCOMPARE(limits::readAll(fits, 16 * 1024, QStringLiteral("The header list")).data, exact);
    }

    void aTemplateOverTheLimitIsNeitherRenderedNorLinted()
    {
        const QString huge = QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}, \"pad\": \"")
            + QString(limits::kTemplateBytes, u'x') + QStringLiteral("\"}");
        const tmpl::RenderResult rendered = tmpl::renderPayload(huge, tmpl::PayloadFormat::Json, {});
        QCOMPARE(rendered.errors.size(), 1);
        QCOMPARE(rendered.errors.first().kind, tmpl::TemplateErrorKind::TooLarge);
        QVERIFY(rendered.errors.first().message.contains(QStringLiteral("64 KiB")));
        QVERIFY(rendered.bytes.isEmpty());
        const QList<tmpl::LintFinding> findings = tmpl::lintTemplate(huge, tmpl::PayloadFormat::Json);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().kind, tmpl::LintKind::TooLarge);
        // At the limit it is still a template like any other.
        const QString atLimit
            = QStringLiteral("{\"to\": {{mobile}}, \"text\": {{body}}}") + QString(limits::kTemplateBytes - 36, u' ');
        QCOMPARE(atLimit.size(), limits::kTemplateBytes);
        QVERIFY(tmpl::renderPayload(atLimit, tmpl::PayloadFormat::Json, {}).ok());
    }

    void anSmsTextOverTheLimitIsRefusedWithItsLength()
    {
        const QString code = QStringLiteral("Your code is {{confirmation-code}}. ");
        const QString atLimit = code + QString(limits::kSmsTextCharacters - code.size(), u'a');
        QVERIFY(tmpl::SmsText(atLimit).check().isEmpty());
        const QList<tmpl::SmsTextError> errors = tmpl::SmsText(atLimit + u'a').check();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().kind, tmpl::SmsTextErrorKind::TooLong);
        QVERIFY(errors.first().message.contains(QString::number(limits::kSmsTextCharacters + 1)));
    }
};

QTEST_GUILESS_MAIN(TestInputLimits)
#include "TestInputLimits.moc"
