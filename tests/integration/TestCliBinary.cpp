#include "FileScan.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The real smsotp binary with QProcess: exit codes, standard input and output, a fresh --data-dir each.
class TestCliBinary : public QObject
{
    Q_OBJECT

    static constexpr auto kNumber = "+447400123456";
    static constexpr auto kToken = "fedcba9876543210fedcba9876543210";

    std::unique_ptr<QTemporaryDir> m_dir;

    struct Finished
    {
        int code = -100;
        QByteArray out;
        QByteArray err;
    };

    void startCli(QProcess& process, const QStringList& args, const QString& sandboxFail = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SMSOTP_SANDBOX_FAIL"));
        if (!sandboxFail.isEmpty())
            env.insert(QStringLiteral("SMSOTP_SANDBOX_FAIL"), sandboxFail);
        process.setProcessEnvironment(env);
        process.start(
            QStringLiteral(SMSOTP_CLI_PATH), QStringList { QStringLiteral("--data-dir"), m_dir->path() } + args);
        QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    }

    Finished runCli(const QStringList& args, const QByteArray& input = {}, const QString& sandboxFail = {})
    {
        QProcess process;
        startCli(process, args, sandboxFail);
        process.write(input);
        process.closeWriteChannel();
        Finished result;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    // Starts send-test on the sandbox and reads the code from the CLI's own standard error.
    QString startSendTest(QProcess& process, QByteArray& err)
    {
        startCli(process, { QStringLiteral("send-test"), QStringLiteral("--to"), QString::fromLatin1(kNumber) });
        static const QRegularExpression code(QStringLiteral("Sandbox phone \\+\\d+: .*code is (\\w+)"));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 30000) {
            process.waitForReadyRead(200);
            err += process.readAllStandardError();
            // The prompt follows the send's outcome: the session is ready for the code.
            if (err.contains("Type the code")) {
                const QRegularExpressionMatch match = code.match(QString::fromUtf8(err));
                return match.hasMatch() ? match.captured(1) : QString();
            }
            if (process.state() == QProcess::NotRunning)
                break;
        }
        return {};
    }

    static QString wrongCode(const QString& code)
    {
        QString wrong = code;
        for (QChar& c : wrong)
            c = c.isDigit() ? QChar(u'0' + (c.digitValue() + 1) % 10) : (c == u'A' ? u'B' : u'A');
        return wrong;
    }

    Finished finish(QProcess& process, QByteArray err)
    {
        Finished result;
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = err + process.readAllStandardError();
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void help()
    {
        const Finished r = runCli({ QStringLiteral("--help") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("Usage: smsotp"));
        QVERIFY(r.out.contains("64  usage error"));
    }

    void version()
    {
        const Finished r = runCli({ QStringLiteral("--version") });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("smsotp " SMSOTP_VERSION "\n"));
    }

    void unknownCommand()
    {
        const Finished r = runCli({ QStringLiteral("launch-rockets") });
        QCOMPARE(r.code, 64);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("launch-rockets"));
    }

    void sendTestVerifies()
    {
        QProcess process;
        QByteArray err;
        const QString code = startSendTest(process, err);
        QVERIFY2(!code.isEmpty(), err.constData());
        process.write(code.toUtf8() + '\n');
        process.closeWriteChannel();
        const Finished r = finish(process, err);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("Code sent to +447400123456."), r.out.constData());
        QVERIFY(r.out.contains("Code verified"));

        // The history has the send and the verification, masked, and never the code.
        const Finished csv = runCli({ QStringLiteral("history"), QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(csv.code, 0);
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(1).contains(",verify,") && lines.at(1).contains("verified"));
        QVERIFY(lines.at(2).contains(",send,") && lines.at(2).contains(",sent,"));
        QVERIFY(csv.out.contains(QStringLiteral("\u2022\u2022\u20223456").toUtf8()));
        QVERIFY(!csv.out.contains("447400123456"));
        QVERIFY(!csv.out.contains(code.toUtf8()));
        QVERIFY(filesContaining({ m_dir->path() }, { code.toUtf8() }).isEmpty());
    }

    void resendThenVerify()
    {
        // A resend needs the minimum interval off.
        QCOMPARE(runCli({ QStringLiteral("settings"), QStringLiteral("set"),
                            QStringLiteral("otp.min_resend_interval_seconds"), QStringLiteral("0") })
                     .code,
            0);
        QProcess process;
        QByteArray err;
        const QString first = startSendTest(process, err);
        QVERIFY(!first.isEmpty());
        err.clear();
        process.write("resend\n");
        static const QRegularExpression codes(QStringLiteral("code is (\\w+)"));
        QString second;
        QElapsedTimer timer;
        timer.start();
        while (second.isEmpty() && timer.elapsed() < 20000) {
            process.waitForReadyRead(200);
            err += process.readAllStandardError();
            if (err.contains("Type the code"))
                second = codes.match(QString::fromUtf8(err)).captured(1);
        }
        QVERIFY2(!second.isEmpty(), err.constData());
        process.write(second.toUtf8() + '\n');
        process.closeWriteChannel();
        const Finished r = finish(process, err);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("New code sent"));
    }

    void wrongCodeThreeTimes()
    {
        QProcess process;
        QByteArray err;
        const QString code = startSendTest(process, err);
        QVERIFY(!code.isEmpty());
        const QByteArray wrong = wrongCode(code).toUtf8() + '\n';
        process.write(wrong + wrong + wrong);
        // Standard input stays open: the third wrong code alone must end it.
        const Finished r = finish(process, err);
        QCOMPARE(r.code, 1);
        QVERIFY(!r.err.contains("The input ended"));
        QVERIFY(!r.out.contains("verified"));
        QVERIFY(r.err.contains("2 attempt"));
    }

    void endOfInputWithoutCode()
    {
        QProcess process;
        QByteArray err;
        QVERIFY(!startSendTest(process, err).isEmpty());
        process.closeWriteChannel();
        const Finished r = finish(process, err);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("The input ended"));
    }

    void sandboxFailureExitsTwo()
    {
        const Finished r = runCli({ QStringLiteral("send-test"), QStringLiteral("--to"), QString::fromLatin1(kNumber) },
            {}, QStringLiteral("500"));
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.contains("500"));
    }

    void invalidNumberIsAUsageError()
    {
        const Finished r = runCli({ QStringLiteral("send-test"), QStringLiteral("--to"), QStringLiteral("+44 12") });
        QCOMPARE(r.code, 64);
    }

    void twilioTokenOnlyFromStdin()
    {
        const QStringList args { QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("twilio"),
            QStringLiteral("--account-sid"), QStringLiteral("AC0123456789abcdef0123456789abcdef"),
            QStringLiteral("--sender"), QStringLiteral("+14155550100"), QStringLiteral("--auth-token-stdin") };
        QVERIFY(!args.join(QLatin1Char(' ')).contains(QString::fromLatin1(kToken)));
        const Finished set = runCli(args, QByteArray(kToken) + '\n');
        QCOMPARE(set.code, 0);
        const Finished show = runCli({ QStringLiteral("provider"), QStringLiteral("show") });
        QCOMPARE(show.code, 0);
        QVERIFY(show.out.contains(QStringLiteral("auth-token:      \u2022\u2022\u2022").toUtf8()));
        QVERIFY(!show.out.contains(kToken));
        QVERIFY(filesContaining({ m_dir->path() }, { QByteArray(kToken) }).isEmpty());

        const Finished preview
            = runCli({ QStringLiteral("preview"), QStringLiteral("--provider"), QStringLiteral("twilio") });
        QCOMPARE(preview.code, 0);
        QVERIFY(preview.out.contains("Authorization: Basic "));
        QVERIFY(!preview.out.contains(kToken));
    }
};

QTEST_GUILESS_MAIN(TestCliBinary)
#include "TestCliBinary.moc"
