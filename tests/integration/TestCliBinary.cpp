#include "FakeTwilioServer.h"
#include "FakeVonageServer.h"
#include "FakeWso2Server.h"
#include "FileScan.h"
#include "storage/Database.h"
#include "storage/ProviderRepository.h"
#include "storage/SecretStore.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <functional>

// The real smsotp binary with QProcess: exit codes, standard input and output, a fresh --data-dir each.
class TestCliBinary : public QObject
{
    Q_OBJECT

    static constexpr auto kNumber = "+447400123456";
    static constexpr auto kToken = "fedcba9876543210fedcba9876543210";

    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_verbose = false; // every run with --verbose: its log on standard error
    QByteArray m_output; // standard output and error of every run, for the scans of what was shown

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
        QStringList common { QStringLiteral("--data-dir"), m_dir->path() };
        if (m_verbose)
            common.append(QStringLiteral("--verbose"));
        process.start(QStringLiteral(SMSOTP_CLI_PATH), common + args);
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
        m_output += result.out + result.err;
        return result;
    }

    // Starts send-test on the sandbox and reads the code from the CLI's own standard error.
    QString startSendTest(QProcess& process, QByteArray& err, const QStringList& more = {})
    {
        startCli(process,
            QStringList { QStringLiteral("send-test"), QStringLiteral("--to"), QString::fromLatin1(kNumber) } + more);
        static const QRegularExpression code(QStringLiteral("Sandbox phone \\+\\d+: .*(?:code is|Code ist) (\\w+)"));
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

    // ---- Runs with the event loop turning: the vendor-protocol servers live in this process. ----

    struct Live
    {
        QProcess process;
        QByteArray out;
        QByteArray err;
        void pump()
        {
            out += process.readAllStandardOutput();
            err += process.readAllStandardError();
        }
    };

    static bool waitUntil(Live& live, const std::function<bool()>& done, int timeoutMs = 30000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            live.pump();
            if (done())
                return true;
            if (live.process.state() == QProcess::NotRunning) {
                live.pump();
                return done();
            }
            QTest::qWait(20);
        }
        return false;
    }

    Finished finishLive(Live& live)
    {
        Finished result;
        waitUntil(live, [&live] { return live.process.state() == QProcess::NotRunning; });
        if (live.process.state() != QProcess::NotRunning) {
            live.process.kill();
            live.process.waitForFinished();
            return result;
        }
        live.pump();
        result.code = live.process.exitStatus() == QProcess::NormalExit ? live.process.exitCode() : -1;
        result.out = live.out;
        result.err = live.err;
        m_output += result.out + result.err;
        return result;
    }

    Finished runLive(const QStringList& args, const QByteArray& input = {})
    {
        Live live;
        startCli(live.process, args);
        live.process.write(input);
        live.process.closeWriteChannel();
        return finishLive(live);
    }

    // The codes in the SMS texts the fake servers received, in order.
    static QStringList twilioCodes(const FakeTwilioServer& server)
    {
        static const QRegularExpression code(QStringLiteral("code is (\\w+)"));
        QStringList codes;
        for (const RecordedRequest& request : server.requests()) {
            if (request.method == "POST" && request.path.endsWith(QStringLiteral("/Messages.json")))
                codes.append(code.match(FakeTwilioServer::formField(request.body, QStringLiteral("Body"))).captured(1));
        }
        return codes;
    }

    static QStringList vonageCodes(const FakeVonageServer& server)
    {
        static const QRegularExpression code(QStringLiteral("code is (\\w+)"));
        QStringList codes;
        for (const RecordedRequest& request : server.requests()) {
            if (request.path == u"/sms/json")
                codes.append(
                    code.match(FakeVonageServer::fields(request).value(QStringLiteral("text")).toString()).captured(1));
        }
        return codes;
    }

    void setTwilio(const FakeTwilioServer& server, const QString& token)
    {
        const Finished set
            = runLive({ QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("twilio"),
                          QStringLiteral("--account-sid"), server.accountSid(), QStringLiteral("--sender"),
                          QStringLiteral("+14155550100"), QStringLiteral("--api-base"), server.baseUrl().toString(),
                          QStringLiteral("--auth-token-stdin") },
                token.toUtf8() + '\n');
        QVERIFY2(set.code == 0, set.err.constData());
    }

    void setVonage(const FakeVonageServer& server, const QString& secret)
    {
        const Finished set = runLive(
            { QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("vonage"), QStringLiteral("--api-key"),
                server.apiKey(), QStringLiteral("--sender"), QStringLiteral("SMSOTP"), QStringLiteral("--api-base"),
                server.baseUrl().toString(), QStringLiteral("--api-secret-stdin") },
            secret.toUtf8() + '\n');
        QVERIFY2(set.code == 0, set.err.constData());
    }

    void useProvider(const QString& name)
    {
        const Finished use = runLive({ QStringLiteral("provider"), QStringLiteral("use"), name });
        QVERIFY2(use.code == 0, use.err.constData());
    }

    // Starts send-test and waits for the prompt for the code (or the end of the process).
    void startLiveSend(Live& live, const QString& to, const QString& provider = {})
    {
        QStringList args { QStringLiteral("send-test"), QStringLiteral("--to"), to };
        if (!provider.isEmpty())
            args += { QStringLiteral("--provider"), provider };
        startCli(live.process, args);
        QVERIFY2(waitUntil(live, [&live] { return live.err.contains("Type the code"); }), live.err.constData());
    }

    static int stderrLines(const QByteArray& err) { return int(err.count('\n')); }

    // server add with the admin user, pinning the fake server's self-signed certificate after saying y.
    void addWso2Server(const FakeWso2Server& server, const QString& name = QStringLiteral("local"),
        TestHttpServer::Tls tls = TestHttpServer::Tls::SelfSigned)
    {
        const Finished add = runLive({ QStringLiteral("server"), QStringLiteral("add"), name, QStringLiteral("--url"),
                                         server.baseUrl().toString(), QStringLiteral("--user"), FakeWso2Server::kUser,
                                         QStringLiteral("--password-stdin"), QStringLiteral("--pin-certificate") },
            FakeWso2Server::kPassword.toUtf8() + "\ny\n");
        QVERIFY2(add.code == 0, add.err.constData());
        const QString fingerprint = QString::fromLatin1(QSslCertificate(TestHttpServer::certificatePem(tls))
                                                            .digest(QCryptographicHash::Sha256)
                                                            .toHex(':')
                                                            .toUpper());
        QVERIFY2(add.out.contains(fingerprint.toLatin1()), add.out.constData());
        QVERIFY(add.out.contains("Subject:"));
        QVERIFY2(add.out.contains("Not trusted:"), add.out.constData()); // why the system does not trust it
        const bool otherName = tls == TestHttpServer::Tls::OtherName;
        QCOMPARE(add.out.contains("does not name the host 127.0.0.1"), otherName);
        QVERIFY(!add.out.contains(FakeWso2Server::kPassword.toUtf8()));
    }

private Q_SLOTS:
    void init()
    {
        m_verbose = false;
        m_output.clear();
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

    // Phone numbers are read by a plugin. An installed program finds it from its own folder (bin/../lib/.../smsotp,
    // so a moved installation works); without it, a number is refused with the reason, not a crash.
    void anInstalledCliFindsThePhonePluginBesideIt()
    {
        const QString root = m_dir->filePath(QStringLiteral("usr"));
        const QString program = root + QStringLiteral("/bin/smsotp");
        QVERIFY(QDir().mkpath(root + QStringLiteral("/bin")));
        QVERIFY(QFile::copy(QStringLiteral(SMSOTP_CLI_PATH), program));
        const QStringList args { QStringLiteral("--data-dir"), m_dir->filePath(QStringLiteral("data")),
            QStringLiteral("preview"), QStringLiteral("--to"), QString::fromLatin1(kNumber) };
        const QString installed = QDir(QStringLiteral(SMSOTP_PLUGIN_FULL_INSTALL_DIR))
                                      .filePath(QFileInfo(QStringLiteral(SMSOTP_PHONE_PLUGIN_PATH)).fileName());
        QProcess process;
        if (!QFileInfo::exists(installed)) { // a package installed on this machine would be found instead
            process.start(program, args);
            QVERIFY(process.waitForFinished(30000));
            QCOMPARE(process.exitCode(), 64);
            const QByteArray err = process.readAllStandardError();
            QVERIFY2(err.contains("Phone numbers cannot be checked: The plugin smsotp_phonenumber is not installed"),
                err.constData());
        }

        const QString pluginDir = QDir::cleanPath(root + QStringLiteral("/bin/" SMSOTP_PLUGIN_DIR_FROM_BIN));
        QVERIFY(QDir().mkpath(pluginDir));
        QVERIFY(QFile::copy(QStringLiteral(SMSOTP_PHONE_PLUGIN_PATH),
            QDir(pluginDir).filePath(QFileInfo(QStringLiteral(SMSOTP_PHONE_PLUGIN_PATH)).fileName())));
        process.start(program, args);
        QVERIFY(process.waitForFinished(30000));
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QVERIFY2(out.contains(kNumber), out.constData());
    }

    // A database error is one line; --verbose adds its technical detail and the console's log.
    void verboseAddsTheDetailAndTheLog()
    {
        QFile junk(QDir(m_dir->path()).filePath(QStringLiteral("smsotp.sqlite")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        const Finished quiet = runCli({ QStringLiteral("history") });
        QCOMPARE(quiet.code, 1);
        QCOMPARE(quiet.err.count('\n'), 1);
        QVERIFY(quiet.err.startsWith("The file is not a database."));
        const Finished verbose = runCli({ QStringLiteral("--verbose"), QStringLiteral("history") });
        QCOMPARE(verbose.code, 1);
        QVERIFY2(verbose.err.contains("\nDetail: ") && verbose.err.contains("not a database"), verbose.err.constData());

        QVERIFY(junk.remove());
        const Finished fresh = runCli({ QStringLiteral("history") });
        QCOMPARE(fresh.code, 0);
        QVERIFY2(!fresh.err.contains("opened"), fresh.err.constData());
        const Finished logged = runCli({ QStringLiteral("history"), QStringLiteral("--verbose") });
        QCOMPARE(logged.code, 0);
        QVERIFY2(logged.err.contains("opened"), logged.err.constData()); // smsotp.core.storage's info
    }

    // SECURITY.md 31: a 10 MiB input on any path the CLI reads whole is refused with its limit, and nothing changes.
    void oversizedInputsAreRefusedAndNothingChanges()
    {
        const QString big = m_dir->filePath(QStringLiteral("big"));
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(10 * 1024 * 1024));
        }
        const QByteArray bigInput(10 * 1024 * 1024, 'a');
        const QByteArray before = runCli({ QStringLiteral("provider"), QStringLiteral("show") }).out;
        const QByteArray settingsBefore = runCli({ QStringLiteral("settings"), QStringLiteral("show") }).out;

        const Finished templateFile = runCli({ QStringLiteral("provider"), QStringLiteral("set"),
            QStringLiteral("custom"), QStringLiteral("--url"), QStringLiteral("https://sms.example.com/send"),
            QStringLiteral("--content-type"), QStringLiteral("json"), QStringLiteral("--method"),
            QStringLiteral("post"), QStringLiteral("--template-file"), big });
        QCOMPARE(templateFile.code, 1);
        QVERIFY2(templateFile.err.contains("larger than 64 KiB"), templateFile.err.constData());

        const QString small = m_dir->filePath(QStringLiteral("template.json"));
        {
            QFile file(small);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"to\": {{mobile}}, \"text\": {{body}}}");
        }
        const Finished headers = runCli(
            { QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("custom"), QStringLiteral("--url"),
                QStringLiteral("https://sms.example.com/send"), QStringLiteral("--content-type"),
                QStringLiteral("json"), QStringLiteral("--method"), QStringLiteral("post"),
                QStringLiteral("--template-file"), small, QStringLiteral("--headers-stdin") },
            bigInput);
        QCOMPARE(headers.code, 1);
        QVERIFY2(headers.err.contains("larger than 16 KiB"), headers.err.constData());

        const Finished token = runCli(
            { QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("twilio"),
                QStringLiteral("--account-sid"), QStringLiteral("AC0123456789abcdef0123456789abcdef"),
                QStringLiteral("--sender"), QStringLiteral("+14155550100"), QStringLiteral("--auth-token-stdin") },
            bigInput);
        QCOMPARE(token.code, 1);
        QVERIFY2(token.err.contains("larger than 8 KiB"), token.err.constData());

        const Finished imported = runCli({ QStringLiteral("config"), QStringLiteral("import"), big });
        QCOMPARE(imported.code, 1);
        QVERIFY2(imported.err.contains("nothing imported") && imported.err.contains("larger than 1 MiB"),
            imported.err.constData());

        const Finished text = runCli({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("sms.text"),
            QStringLiteral("{{confirmation-code}} ") + QString(2000, u'a') });
        QCOMPARE(text.code, 1);
        QVERIFY2(text.err.contains("the most the console takes is 1600"), text.err.constData());

        QCOMPARE(runCli({ QStringLiteral("provider"), QStringLiteral("show") }).out, before);
        QCOMPARE(runCli({ QStringLiteral("settings"), QStringLiteral("show") }).out, settingsBefore);
    }

    // SECURITY.md 20: a CR or NUL inside a header line on standard input is refused with the reason; nothing is
    // saved (a CRLF line ending is only a line ending).
    void headerInjectionOnStandardInputIsRefused()
    {
        const QString templateFile = m_dir->filePath(QStringLiteral("template.json"));
        {
            QFile file(templateFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"to\": {{mobile}}, \"text\": {{body}}}");
        }
        const QByteArray before = runCli({ QStringLiteral("provider"), QStringLiteral("show") }).out;
        const QList<QPair<QByteArray, QByteArray>> cases { { QByteArray("X-A: a\rX-Injected: b\n"), "carriage return" },
            { QByteArray("X-A: a, X-B: b\0c\n", 18), "NUL" }, { QByteArray("X-A\r: a\n"), "" } };
        for (const auto& [input, reason] : cases) {
            const Finished r = runCli(
                { QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("custom"), QStringLiteral("--url"),
                    QStringLiteral("https://sms.example.com/send"), QStringLiteral("--content-type"),
                    QStringLiteral("json"), QStringLiteral("--method"), QStringLiteral("post"),
                    QStringLiteral("--template-file"), templateFile, QStringLiteral("--headers-stdin") },
                input);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("Headers:") && r.err.contains(reason), r.err.constData());
            QCOMPARE(runCli({ QStringLiteral("provider"), QStringLiteral("show") }).out, before);
        }
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

    void smsTextsPerLocale()
    {
        const QString german
            = QStringLiteral("Ihr Code ist {{confirmation-code}}. Er gilt {{otp-expiry-time}} Minuten.");
        const Finished set
            = runCli({ QStringLiteral("sms-text"), QStringLiteral("set"), QStringLiteral("de-DE"), german });
        QCOMPARE(set.code, 0);
        QVERIFY2(set.out.contains("de_DE saved."), set.out.constData());
        const Finished list = runCli({ QStringLiteral("sms-text"), QStringLiteral("list") });
        QCOMPARE(list.code, 0);
        const QList<QByteArray> lines = list.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith("en_US default GSM-7 1 58 Your verification code is"), list.out.constData());
        QVERIFY2(lines.at(1).startsWith("de_DE - GSM-7 1 "), list.out.constData());

        // The issue's own example line, then nothing: exit 0.
        const Finished check = runCli({ QStringLiteral("sms-text"), QStringLiteral("check") });
        QCOMPARE(check.code, 0);
        QCOMPARE(check.out, QByteArray("GSM-7 1 58\n"));
        // Errors: one line each with LINE:COLUMN, exit 1.
        const Finished bad = runCli({ QStringLiteral("sms-text"), QStringLiteral("check"), QStringLiteral("--text"),
            QStringLiteral("Code {{confirmation-code}}\n@example.com  #{{confirmation-code}}") });
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.out.startsWith("GSM-7 1 "), bad.out.constData());
        QVERIFY2(
            bad.out.contains("\n2:13: error: 2 spaces separate the fields; exactly one must.\n"), bad.out.constData());
        QCOMPARE(runCli({ QStringLiteral("sms-text"), QStringLiteral("check"), QStringLiteral("--locale"),
                            QStringLiteral("de_DE"), QStringLiteral("--text"), QStringLiteral("x") })
                     .code,
            64);

        // Bad input: a clear error and nothing saved.
        const Finished unknown = runCli({ QStringLiteral("sms-text"), QStringLiteral("set"), QStringLiteral("xx_YY"),
            QStringLiteral("Code {{confirmation-code}}") });
        QCOMPARE(unknown.code, 1);
        QVERIFY(unknown.err.contains("is not a locale the console knows"));
        const Finished tooLong = runCli({ QStringLiteral("sms-text"), QStringLiteral("set"), QStringLiteral("fr_FR"),
            QStringLiteral("{{confirmation-code}}") + QString(1700, QLatin1Char('x')) });
        QCOMPARE(tooLong.code, 1);
        QVERIFY2(tooLong.err.contains("the most the console takes is 1600"), tooLong.err.constData());
        const Finished domain = runCli({ QStringLiteral("settings"), QStringLiteral("set"),
            QStringLiteral("sms.webotp_domain"), QStringLiteral("https://login.example.com/") });
        QCOMPARE(domain.code, 1);
        QVERIFY(domain.err.contains("is not a host name"));
        QCOMPARE(runCli({ QStringLiteral("sms-text"), QStringLiteral("list") }).out, list.out);

        // The default locale's text cannot be removed; another's can.
        QCOMPARE(runCli({ QStringLiteral("sms-text"), QStringLiteral("remove"), QStringLiteral("en_US") }).code, 1);

        // A send in German: the history says which text went out.
        QProcess process;
        QByteArray err;
        const QString code = startSendTest(process, err, { QStringLiteral("--locale"), QStringLiteral("de_DE") });
        QVERIFY2(!code.isEmpty(), err.constData());
        QVERIFY2(err.contains("Ihr Code ist"), err.constData());
        process.write(code.toUtf8() + '\n');
        process.closeWriteChannel();
        QCOMPARE(finish(process, err).code, 0);
        const Finished history
            = runCli({ QStringLiteral("history"), QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(history.out.contains("\"locale\": \"de_DE\""), history.out.constData());
        QCOMPARE(runCli({ QStringLiteral("send-test"), QStringLiteral("--to"), QString::fromLatin1(kNumber),
                            QStringLiteral("--locale"), QStringLiteral("pt_BR") })
                     .code,
            64);

        QCOMPARE(runCli({ QStringLiteral("sms-text"), QStringLiteral("remove"), QStringLiteral("de_DE") }).code, 0);
        QCOMPARE(runCli({ QStringLiteral("sms-text"), QStringLiteral("list") }).out.count('\n'), 1);
    }

    void androidHashOfACertificate()
    {
        const QString certs = QStringLiteral(SMSOTP_TEST_CERTS_DIR);
        for (const QString& file : { QStringLiteral("android-signing.pem"), QStringLiteral("android-signing.der") }) {
            const Finished hash = runCli({ QStringLiteral("sms-text"), QStringLiteral("android-hash"),
                QStringLiteral("--package"), QStringLiteral("com.example.myapp"), QStringLiteral("--certificate"),
                certs + QLatin1Char('/') + file });
            QCOMPARE(hash.code, 0);
            QCOMPARE(hash.out, QByteArray("vPh/UOObprq\n")); // the hash alone
        }
        const Finished notCertificate = runCli({ QStringLiteral("sms-text"), QStringLiteral("android-hash"),
            QStringLiteral("--package"), QStringLiteral("com.example.myapp"), QStringLiteral("--certificate"),
            certs + QStringLiteral("/selfsigned.key") });
        QCOMPARE(notCertificate.code, 1);
        QVERIFY(notCertificate.out.isEmpty());
        QVERIFY(notCertificate.err.contains("not one X.509 certificate"));
        const Finished badPackage = runCli({ QStringLiteral("sms-text"), QStringLiteral("android-hash"),
            QStringLiteral("--package"), QStringLiteral("my-app"), QStringLiteral("--certificate"),
            certs + QStringLiteral("/android-signing.pem") });
        QCOMPARE(badPackage.code, 1);
        QVERIFY(badPackage.err.contains("is not an Android package name"));
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
        QVERIFY2(r.err.contains("Wrong code. 2 attempts left.\n"), r.err.constData());
        QVERIFY2(r.err.contains("Wrong code. 1 attempt left.\n"), r.err.constData()); // English plurals, not "(s)"
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

    // ---- End to end against the vendor-protocol servers ----

    void twilioEndToEnd()
    {
        FakeTwilioServer server;
        QVERIFY(server.listen());
        setTwilio(server, server.authToken());
        if (QTest::currentTestFailed())
            return;
        useProvider(QStringLiteral("twilio"));
        if (QTest::currentTestFailed())
            return;

        const Finished check
            = runLive({ QStringLiteral("provider"), QStringLiteral("check"), QStringLiteral("twilio") });
        QVERIFY2(check.code == 0, check.err.constData());
        QVERIFY2(check.out.contains("SMS OTP Console test account"), check.out.constData());

        Live live;
        startLiveSend(live, QString::fromLatin1(kNumber), QStringLiteral("twilio"));
        if (QTest::currentTestFailed())
            return;
        const QStringList codes = twilioCodes(server);
        QCOMPARE(codes.size(), 1);
        QVERIFY(!codes.first().isEmpty());
        QCOMPARE(FakeTwilioServer::formField(server.requests().last().body, QStringLiteral("To")),
            QString::fromLatin1(kNumber));
        live.process.write(codes.first().toUtf8() + '\n');
        live.process.closeWriteChannel();
        const Finished r = finishLive(live);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("Code sent to +447400123456."), r.out.constData());
        QVERIFY(r.out.contains(QByteArray("Message id " + server.acceptedSids().first().toUtf8())));
        QVERIFY(r.out.contains("Code verified."));
        QVERIFY(!r.out.contains(codes.first().toUtf8()));

        // A refusal by Twilio: exit 2, its explanation in one line, nothing on standard output.
        const Finished refused = runLive({ QStringLiteral("send-test"), QStringLiteral("--to"),
            FakeTwilioServer::kInvalidNumber, QStringLiteral("--provider"), QStringLiteral("twilio") });
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.out.isEmpty(), refused.out.constData());
        QVERIFY2(refused.err.contains("error 21211"), refused.err.constData());
        QVERIFY2(refused.err.endsWith('\n'), refused.err.constData());
        const QList<QByteArray> refusedLines = refused.err.trimmed().split('\n');
        QVERIFY(refusedLines.last().startsWith("Twilio says the recipient's number is not a valid phone number"));
        QCOMPARE(twilioCodes(server).size(), 2); // it did reach Twilio

        // A wrong token: check fails with Twilio's explanation, in one line.
        setTwilio(server, QStringLiteral("0123456789abcdef0123456789abcdef"));
        if (QTest::currentTestFailed())
            return;
        const Finished badCheck
            = runLive({ QStringLiteral("provider"), QStringLiteral("check"), QStringLiteral("twilio") });
        QCOMPARE(badCheck.code, 1);
        QVERIFY(badCheck.out.isEmpty());
        QCOMPARE(stderrLines(badCheck.err), 1);
        QVERIFY2(badCheck.err.startsWith("Twilio refused the credentials (error 20003)."), badCheck.err.constData());
    }

    void vonageEndToEnd()
    {
        FakeVonageServer server;
        QVERIFY(server.listen());
        setVonage(server, server.apiSecret());
        if (QTest::currentTestFailed())
            return;
        useProvider(QStringLiteral("vonage"));
        if (QTest::currentTestFailed())
            return;

        const Finished check
            = runLive({ QStringLiteral("provider"), QStringLiteral("check"), QStringLiteral("vonage") });
        QVERIFY2(check.code == 0, check.err.constData());
        QVERIFY2(check.out.contains("10.28"), check.out.constData());

        Live live;
        startLiveSend(live, QString::fromLatin1(kNumber), QStringLiteral("vonage"));
        if (QTest::currentTestFailed())
            return;
        const QStringList codes = vonageCodes(server);
        QCOMPARE(codes.size(), 1);
        QVERIFY(!codes.first().isEmpty());
        QCOMPARE(FakeVonageServer::fields(server.requests().last()).value(QStringLiteral("to")).toString(),
            QStringLiteral("447400123456"));
        // A wrong code first (attempts left on standard error), then the right one.
        live.process.write(wrongCode(codes.first()).toUtf8() + '\n' + codes.first().toUtf8() + '\n');
        live.process.closeWriteChannel();
        const Finished r = finishLive(live);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("Code sent to +447400123456."), r.out.constData());
        QVERIFY(r.out.contains(QByteArray("Message id " + server.acceptedIds().first().toUtf8())));
        QVERIFY(r.out.contains("Code verified."));
        QVERIFY2(r.err.contains("Wrong code. 2 attempts left."), r.err.constData());

        // Vonage answers HTTP 200 with a per-message status: still a refusal, exit 2.
        server.setNotWhitelisted(QStringLiteral("447400123499"));
        const Finished refused = runLive({ QStringLiteral("send-test"), QStringLiteral("--to"),
            QStringLiteral("+447400123499"), QStringLiteral("--provider"), QStringLiteral("vonage") });
        QCOMPARE(refused.code, 2);
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(stderrLines(refused.err), 1);
        QVERIFY2(refused.err.contains("(status 29)"), refused.err.constData());

        setVonage(server, QStringLiteral("Wr0ng-Secret-Value"));
        if (QTest::currentTestFailed())
            return;
        const Finished badCheck
            = runLive({ QStringLiteral("provider"), QStringLiteral("check"), QStringLiteral("vonage") });
        QCOMPARE(badCheck.code, 1);
        QVERIFY(badCheck.out.isEmpty());
        QCOMPARE(stderrLines(badCheck.err), 1);
        QVERIFY2(badCheck.err.startsWith("Vonage refused the credentials (status 4)"), badCheck.err.constData());
    }

    void resendTooSoonKeepsTheCode()
    {
        FakeTwilioServer server;
        QVERIFY(server.listen());
        setTwilio(server, server.authToken());
        if (QTest::currentTestFailed())
            return;
        useProvider(QStringLiteral("twilio"));
        if (QTest::currentTestFailed())
            return;
        Live live;
        startLiveSend(live, QString::fromLatin1(kNumber)); // the active provider
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(twilioCodes(server).size(), 1);
        live.err.clear();
        live.process.write("resend\n");
        QVERIFY2(waitUntil(live, [&live] { return live.err.contains("Too soon"); }), live.err.constData());
        static const QRegularExpression wait(
            QStringLiteral("^Too soon: wait (\\d+) second\\S* before sending another code\\.\n$"));
        const QRegularExpressionMatch match = wait.match(QString::fromUtf8(live.err));
        QVERIFY2(match.hasMatch(), live.err.constData());
        const int seconds = match.captured(1).toInt();
        QVERIFY2(seconds >= 25 && seconds <= 30, qPrintable(match.captured(1))); // the default interval, 30 s
        QCOMPARE(twilioCodes(server).size(), 1); // nothing was sent

        live.process.write(twilioCodes(server).first().toUtf8() + '\n');
        live.process.closeWriteChannel();
        const Finished r = finishLive(live);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("Code verified."));
        QVERIFY(!r.out.contains("New code sent"));
    }

    void resendAfterIntervalSupersedes()
    {
        FakeTwilioServer server;
        QVERIFY(server.listen());
        QCOMPARE(runLive({ QStringLiteral("settings"), QStringLiteral("set"),
                             QStringLiteral("otp.min_resend_interval_seconds"), QStringLiteral("2") })
                     .code,
            0);
        setTwilio(server, server.authToken());
        if (QTest::currentTestFailed())
            return;
        useProvider(QStringLiteral("twilio"));
        if (QTest::currentTestFailed())
            return;
        Live live;
        startLiveSend(live, QString::fromLatin1(kNumber));
        if (QTest::currentTestFailed())
            return;
        live.process.write("resend\n");
        QVERIFY2(waitUntil(live, [&live] { return live.err.contains("Too soon"); }), live.err.constData());
        QVERIFY2(live.err.contains("Too soon: wait 2 second") || live.err.contains("Too soon: wait 1 second"),
            live.err.constData());
        QTest::qWait(2300);
        live.process.write("resend\n");
        QVERIFY2(waitUntil(live, [&live] { return live.out.contains("New code sent"); }), live.err.constData());
        QVERIFY2(live.out.contains("New code sent to +447400123456; the earlier one no longer works."),
            live.out.constData());
        const QStringList codes = twilioCodes(server);
        QCOMPARE(codes.size(), 2);
        QVERIFY(codes.at(0) != codes.at(1));
        live.err.clear();
        live.process.write(codes.at(0).toUtf8() + '\n');
        QVERIFY2(waitUntil(live, [&live] { return live.err.contains("earlier code"); }), live.err.constData());
        QVERIFY2(
            live.err.startsWith("That is an earlier code, replaced by a resend: type the latest one. 2 attempts left."),
            live.err.constData());
        live.process.write(codes.at(1).toUtf8() + '\n');
        live.process.closeWriteChannel();
        const Finished r = finishLive(live);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("Code verified."));
    }

    void historyFormatsAfterSends()
    {
        FakeTwilioServer server;
        QVERIFY(server.listen());
        setTwilio(server, server.authToken());
        if (QTest::currentTestFailed())
            return;
        Live live;
        startLiveSend(live, QString::fromLatin1(kNumber), QStringLiteral("twilio"));
        if (QTest::currentTestFailed())
            return;
        const QString code = twilioCodes(server).value(0);
        QVERIFY(!code.isEmpty());
        live.process.write(code.toUtf8() + '\n');
        live.process.closeWriteChannel();
        QCOMPARE(finishLive(live).code, 0);
        const Finished refused = runLive({ QStringLiteral("send-test"), QStringLiteral("--to"),
            FakeTwilioServer::kInvalidNumber, QStringLiteral("--provider"), QStringLiteral("twilio") });
        QCOMPARE(refused.code, 2);
        const QList<QByteArray> secrets { code.toUtf8(), server.authToken().toUtf8() };

        const Finished json
            = runLive({ QStringLiteral("history"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(json.code, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.isArray());
        const QJsonArray rows = doc.array();
        QCOMPARE(rows.size(), 3); // newest first: the refused send, the verification, the send
        // Masked: the country's '+', bullets, and only the last four digits.
        static const QRegularExpression masked(QStringLiteral("^\\+\u2022{4,}(\\d{4})$"));
        const auto maskedEnding = [](const QJsonObject& row) {
            return masked.match(row.value(QStringLiteral("number")).toString()).captured(1);
        };
        const QString masked3456 = QStringLiteral("\u2022\u2022\u20223456");
        const QString masked0001 = QStringLiteral("\u2022\u2022\u20220001");
        const QJsonObject refusedRow = rows.at(0).toObject();
        QCOMPARE(refusedRow.value(QStringLiteral("provider")).toString(), QStringLiteral("twilio"));
        QCOMPARE(refusedRow.value(QStringLiteral("event")).toString(), QStringLiteral("send"));
        QCOMPARE(maskedEnding(refusedRow), QStringLiteral("0001"));
        QCOMPARE(refusedRow.value(QStringLiteral("http_status")).toInt(), 400);
        QCOMPARE(refusedRow.value(QStringLiteral("provider_code")).toString(), QStringLiteral("21211"));
        QVERIFY(refusedRow.value(QStringLiteral("explanation")).toString().contains(QStringLiteral("error 21211")));
        const QJsonObject verifyRow = rows.at(1).toObject();
        QCOMPARE(verifyRow.value(QStringLiteral("event")).toString(), QStringLiteral("verify"));
        QCOMPARE(verifyRow.value(QStringLiteral("outcome")).toString(), QStringLiteral("verified"));
        QCOMPARE(maskedEnding(verifyRow), QStringLiteral("3456"));
        const QJsonObject sendRow = rows.at(2).toObject();
        QCOMPARE(sendRow.value(QStringLiteral("event")).toString(), QStringLiteral("send"));
        QCOMPARE(sendRow.value(QStringLiteral("outcome")).toString(), QStringLiteral("sent"));
        QCOMPARE(maskedEnding(sendRow), QStringLiteral("3456"));
        QCOMPARE(sendRow.value(QStringLiteral("message_id")).toString(), server.acceptedSids().first());
        QCOMPARE(sendRow.value(QStringLiteral("http_status")).toInt(), 201);
        for (const QJsonValue& row : rows) {
            const QJsonObject o = row.toObject();
            for (const char* key : { "time", "provider", "number", "event", "message_id", "http_status",
                     "provider_code", "latency_ms", "outcome", "explanation" })
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QVERIFY(QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODate).isValid());
        }

        const Finished csv = runLive({ QStringLiteral("history"), QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(csv.code, 0);
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        const int columns = int(lines.first().count(','));
        QVERIFY(columns >= 5);
        QVERIFY(lines.at(2).contains(",verify,"));
        QVERIFY(lines.at(3).contains(",send,") && lines.at(3).contains(",sent,"));
        QVERIFY(lines.at(3).contains(server.acceptedSids().first().toUtf8()));
        QVERIFY(csv.out.contains(masked3456.toUtf8()) && csv.out.contains(masked0001.toUtf8()));

        for (const Finished* output : { &json, &csv }) {
            QVERIFY(!output->out.contains("447400123456") && !output->out.contains("15005550001"));
            for (const QByteArray& secret : secrets) {
                QVERIFY2(!output->out.contains(secret), secret.constData());
                QVERIFY2(!output->err.contains(secret), secret.constData());
            }
        }
        QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("smsotp.sqlite"))));
        const QStringList hits = filesContaining({ m_dir->path() }, secrets);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
    }

    void secretArgumentsAreUsageErrors()
    {
        const Finished twilio = runCli({ QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("twilio"),
            QStringLiteral("--account-sid"), QStringLiteral("AC0123456789abcdef0123456789abcdef"),
            QStringLiteral("--sender"), QStringLiteral("+14155550100"), QStringLiteral("--auth-token"),
            QString::fromLatin1(kToken) });
        QCOMPARE(twilio.code, 64);
        QVERIFY(twilio.out.isEmpty());
        QVERIFY2(twilio.err.contains("--auth-token-stdin"), twilio.err.constData());
        QVERIFY(!twilio.err.contains(kToken));

        const Finished vonage = runCli({ QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("vonage"),
            QStringLiteral("--api-key"), QStringLiteral("abcd1234"), QStringLiteral("--sender"),
            QStringLiteral("SMSOTP"), QStringLiteral("--api-secret=") + QString::fromLatin1(kToken) });
        QCOMPARE(vonage.code, 64);
        QVERIFY2(vonage.err.contains("--api-secret-stdin"), vonage.err.constData());
        QVERIFY(!vonage.err.contains(kToken));

        // No token was stored (not in the keychain), and the value is nowhere on disk.
        const Finished send = runCli({ QStringLiteral("send-test"), QStringLiteral("--to"),
            QString::fromLatin1(kNumber), QStringLiteral("--provider"), QStringLiteral("twilio") });
        QCOMPARE(send.code, 2);
        QVERIFY2(send.err.contains("is not in the keychain"), send.err.constData());
        QVERIFY(filesContaining({ m_dir->path() }, { QByteArray(kToken) }).isEmpty());
    }

    void configExportImportRoundTrip()
    {
        QCOMPARE(runCli({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("otp.length"),
                            QStringLiteral("8") })
                     .code,
            0);
        QCOMPARE(runCli({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("backup.count"),
                            QStringLiteral("12") })
                     .code,
            0);
        const Finished shown = runCli({ QStringLiteral("settings"), QStringLiteral("show") });
        QVERIFY(shown.out.contains("otp.length = 8\n") && shown.out.contains("backup.count = 12\n"));
        QTemporaryDir files;
        const QString file = files.filePath(QStringLiteral("config.json"));
        const Finished exported = runCli({ QStringLiteral("config"), QStringLiteral("export"), file });
        QVERIFY2(exported.code == 0, exported.err.constData());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(written.readAll()).object().value(u"format").toString(),
            QStringLiteral("smsotp-console-config"));

        // A fresh data folder takes it all.
        auto source = std::exchange(m_dir, std::make_unique<QTemporaryDir>());
        const Finished imported = runCli({ QStringLiteral("config"), QStringLiteral("import"), file });
        QVERIFY2(imported.code == 0, imported.err.constData());
        QCOMPARE(runCli({ QStringLiteral("settings"), QStringLiteral("show") }).out, shown.out);

        // A bad file: exit 1, one line with the JSON path and the reason, nothing written.
        const QString bad = files.filePath(QStringLiteral("bad.json"));
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write(
            R"({"format":"smsotp-console-config","version":1,"settings":{"otp.length":2,"otp.expiry_seconds":60}})");
        badFile.close();
        const Finished refused = runCli({ QStringLiteral("config"), QStringLiteral("import"), bad });
        QCOMPARE(refused.code, 1);
        QCOMPARE(stderrLines(refused.err), 1);
        QVERIFY2(refused.err.contains("$.settings[\"otp.length\"]"), refused.err.constData());
        QVERIFY(refused.err.contains("nothing imported"));
        QCOMPARE(runCli({ QStringLiteral("settings"), QStringLiteral("show") }).out, shown.out);
        const Finished missing = runCli(
            { QStringLiteral("config"), QStringLiteral("import"), files.filePath(QStringLiteral("none.json")) });
        QCOMPARE(missing.code, 1);
        QCOMPARE(runCli({ QStringLiteral("config"), QStringLiteral("import") }).code, 64);
        QCOMPARE(runCli({ QStringLiteral("config"), QStringLiteral("frobnicate"), file }).code, 64);
    }

    // A configuration file that pins a server's certificate imports only with --trust-certificates, after
    // showing the certificate; the same pin again needs no consent.
    // A certificate that does not name the server's host: the mismatch is printed before the question, and the
    // pin the user agreed to carries it, so the server can then be used.
    void aHostNameMismatchIsShownBeforePinning()
    {
        FakeWso2Server server(TestHttpServer::Tls::OtherName);
        QVERIFY(server.listen());
        addWso2Server(server, QStringLiteral("local"), TestHttpServer::Tls::OtherName);
        if (QTest::currentTestFailed())
            return;
        const Finished tested = runLive({ QStringLiteral("server"), QStringLiteral("test"), QStringLiteral("local") });
        QVERIFY2(tested.code == 0, tested.err.constData());
    }

    void configImportPinsOnlyWithConsent()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        addWso2Server(server);
        if (QTest::currentTestFailed())
            return;
        QTemporaryDir files;
        const QString file = files.filePath(QStringLiteral("pinned.json"));
        QCOMPARE(runCli({ QStringLiteral("config"), QStringLiteral("export"), file }).code, 0);

        auto source = std::exchange(m_dir, std::make_unique<QTemporaryDir>());
        server.server().clearRequests();
        const QByteArray fingerprint
            = QSslCertificate(FakeWso2Server::certificatePem()).digest(QCryptographicHash::Sha256).toHex(':').toUpper();
        const Finished refused = runCli({ QStringLiteral("config"), QStringLiteral("import"), file });
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.out.contains(fingerprint) && refused.out.contains("Subject:")
                && refused.out.contains("Expires:") && refused.out.contains("local"),
            refused.out.constData());
        QVERIFY2(refused.err.contains("nothing imported") && refused.err.contains("--trust-certificates"),
            refused.err.constData());
        const Finished none = runLive({ QStringLiteral("server"), QStringLiteral("list") });
        QVERIFY2(!none.out.contains("local"), none.out.constData());
        QVERIFY(server.requests().isEmpty());

        const Finished trusted = runCli(
            { QStringLiteral("config"), QStringLiteral("import"), file, QStringLiteral("--trust-certificates") });
        QVERIFY2(trusted.code == 0, trusted.err.constData());
        QVERIFY(trusted.out.contains(fingerprint));
        QVERIFY(runLive({ QStringLiteral("server"), QStringLiteral("list") }).out.contains("local"));
        const Finished again = runCli({ QStringLiteral("config"), QStringLiteral("import"), file });
        QVERIFY2(again.code == 0, again.err.constData());
        QVERIFY(!again.out.contains(fingerprint));
    }

    // Crash safety of a configuration write: `config import` killed with SIGKILL at any moment leaves the whole
    // old configuration or the whole new one, never a mix, and a sound database.
    void configImportKilledAtAnyMomentIsAllOrNothing()
    {
        const auto configure = [this](const QString& length, const QString& sender, const QString& url) {
            for (const QStringList& args : { QStringList { QStringLiteral("settings"), QStringLiteral("set"),
                                                 QStringLiteral("otp.length"), length },
                     QStringList { QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("sms.text"),
                         QStringLiteral("Code {{confirmation-code}} from ") + sender } }) {
                QCOMPARE(runCli(args).code, 0);
            }
            const Finished twilio
                = runCli({ QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("twilio"),
                             QStringLiteral("--account-sid"), QStringLiteral("AC0123456789abcdef0123456789abcdef"),
                             QStringLiteral("--sender"), sender, QStringLiteral("--auth-token-stdin") },
                    QByteArray(kToken) + '\n');
            QVERIFY2(twilio.code == 0, twilio.err.constData());
            const Finished server = runCli(
                { QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("prod"), QStringLiteral("--url"), url,
                    QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-stdin") },
                "pw\n");
            QVERIFY2(server.code == 0, server.err.constData());
        };
        // The export without its time stamp: the configuration as a comparable value.
        const auto current = [this] {
            const QString file = m_dir->filePath(QStringLiteral("now.json"));
            QFile::remove(file);
            const Finished exported = runCli({ QStringLiteral("config"), QStringLiteral("export"), file });
            QFile read(file);
            if (exported.code != 0 || !read.open(QIODevice::ReadOnly))
                return QJsonObject { { QStringLiteral("failed"), QString::fromUtf8(exported.err) } };
            QJsonObject root = QJsonDocument::fromJson(read.readAll()).object();
            root.remove(QStringLiteral("exportedAt"));
            return root;
        };
        QTemporaryDir files;
        const QString fileA = files.filePath(QStringLiteral("a.json"));
        const QString fileB = files.filePath(QStringLiteral("b.json"));
        configure(QStringLiteral("7"), QStringLiteral("+14155550100"), QStringLiteral("https://a.example.com/t/a"));
        QCOMPARE(runCli({ QStringLiteral("config"), QStringLiteral("export"), fileA }).code, 0);
        const QJsonObject a = current();
        configure(QStringLiteral("9"), QStringLiteral("+14155550199"), QStringLiteral("https://b.example.com/t/b"));
        QCOMPARE(runCli({ QStringLiteral("config"), QStringLiteral("export"), fileB }).code, 0);
        const QJsonObject b = current();
        QVERIFY(a != b);

        QElapsedTimer timer;
        timer.start();
        QCOMPARE(runCli({ QStringLiteral("config"), QStringLiteral("import"), fileA }).code, 0);
        const qint64 duration = qMax<qint64>(timer.elapsed(), 20);
        QCOMPARE(current(), a);
        int whole = 0;
        for (int round = 0; round < 24; ++round) {
            QProcess import;
            startCli(import, { QStringLiteral("config"), QStringLiteral("import"), round % 2 ? fileA : fileB });
            // Most kills land late, where the file has been read and the transaction runs.
            QTest::qWait(int(duration / 2 + QRandomGenerator::global()->bounded(duration * 3 / 4 + 1)));
            // processId() is 0 once the process has ended, and kill(0) would hit this test's own process group.
            if (const qint64 pid = import.processId(); pid > 0)
                ::kill(pid_t(pid), SIGKILL);
            QVERIFY(import.state() == QProcess::NotRunning || import.waitForFinished(10000));
            if (import.exitStatus() == QProcess::NormalExit)
                ++whole; // it finished before the kill
            const QJsonObject now = current();
            QVERIFY2(now == a || now == b, QJsonDocument(now).toJson().constData());
        }
        qInfo("%d of 24 imports ended before the kill", whole);
        smsotp::storage::Database::OpenResult opened = smsotp::storage::Database::open(m_dir->path());
        QVERIFY(opened.database);
        QSqlQuery integrity(opened.database->connection());
        QVERIFY(integrity.exec(QStringLiteral("PRAGMA integrity_check")) && integrity.next());
        QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));
    }

    // Crash safety of a provider save: `provider set twilio` killed with SIGKILL at any moment leaves settings
    // and a token that belong together (the check passes against one of the two accounts), or the console names
    // the token whose save did not finish. Never a mix: Twilio never sees one account's SID with the other's token.
    void providerSaveKilledAtAnyMomentNeverMixesSettingsAndSecrets()
    {
        FakeTwilioServer first;
        FakeTwilioServer second;
        second.setCredentials(
            QStringLiteral("AC00000000000000000000000000000002"), QStringLiteral("00000000000000000000000000000002"));
        QVERIFY(first.listen() && second.listen());
        const auto setArgs = [](const FakeTwilioServer& server) {
            return QStringList { QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("twilio"),
                QStringLiteral("--account-sid"), server.accountSid(), QStringLiteral("--sender"),
                QStringLiteral("+14155550100"), QStringLiteral("--api-base"), server.baseUrl().toString(),
                QStringLiteral("--auth-token-stdin") };
        };
        QElapsedTimer timer;
        timer.start();
        setTwilio(first, first.authToken());
        const qint64 duration = qMax<qint64>(timer.elapsed(), 20);
        useProvider(QStringLiteral("twilio"));
        if (QTest::currentTestFailed())
            return;
        int interrupted = 0;
        for (int round = 0; round < 20; ++round) {
            const FakeTwilioServer& target = round % 2 ? first : second;
            Live set;
            startCli(set.process, setArgs(target));
            set.process.write(target.authToken().toUtf8() + '\n');
            set.process.closeWriteChannel();
            QTest::qWait(int(duration / 3 + QRandomGenerator::global()->bounded(duration + 1)));
            if (const qint64 pid = set.process.processId(); pid > 0)
                ::kill(pid_t(pid), SIGKILL);
            QVERIFY(set.process.state() == QProcess::NotRunning || set.process.waitForFinished(10000));

            const Finished check
                = runLive({ QStringLiteral("provider"), QStringLiteral("check"), QStringLiteral("twilio") });
            QVERIFY2(!check.err.contains("20003"), check.err.constData()); // a SID with the other account's token
            if (check.code != 0) {
                QVERIFY2(check.err.contains("“twilio.auth_token” did not finish"), check.err.constData());
                ++interrupted;
            }
        }
        qInfo("%d of 20 saves were left interrupted", interrupted);
        // A save that runs to the end mends an interrupted one.
        setTwilio(second, second.authToken());
        const Finished mended
            = runLive({ QStringLiteral("provider"), QStringLiteral("check"), QStringLiteral("twilio") });
        QVERIFY2(mended.code == 0, mended.err.constData());
    }

    void backupCodesInSendTest()
    {
        const Finished generated = runCli({ QStringLiteral("backup-codes"), QStringLiteral("generate"),
            QStringLiteral("--user"), QString::fromLatin1(kNumber) });
        QVERIFY2(generated.code == 0, generated.err.constData());
        const QStringList codes = QString::fromUtf8(generated.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(codes.size(), 10);
        QVERIFY(generated.err.contains("only this once"));
        QCOMPARE(runCli({ QStringLiteral("backup-codes"), QStringLiteral("generate") }).code, 64);

        // Off (the default): a backup code is a wrong code.
        {
            QProcess process;
            QByteArray err;
            const QString code = startSendTest(process, err);
            QVERIFY2(!code.isEmpty(), err.constData());
            const QString backup = codes.at(0) == code ? codes.at(1) : codes.at(0);
            process.write(backup.toUtf8() + '\n' + code.toUtf8() + '\n');
            process.closeWriteChannel();
            const Finished r = finish(process, err);
            QCOMPARE(r.code, 0);
            QVERIFY(!r.out.contains("backup code"));
            // Off: the backup code is just a wrong code.
            QVERIFY2(r.err.contains("Wrong code. 2 attempts left."), r.err.constData());
        }
        QVERIFY(runCli({ QStringLiteral("backup-codes"), QStringLiteral("status"), QStringLiteral("--user"),
                           QString::fromLatin1(kNumber) })
                    .out.contains("10 of 10"));

        // On: accepted instead of the SMS code, once; the result says so and how many are left.
        QCOMPARE(runCli({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("backup.enabled"),
                            QStringLiteral("true") })
                     .code,
            0);
        {
            QProcess process;
            QByteArray err;
            const QString code = startSendTest(process, err);
            QVERIFY2(!code.isEmpty(), err.constData());
            const QString backup = codes.at(2) == code ? codes.at(3) : codes.at(2);
            process.write(backup.toUtf8() + '\n');
            process.closeWriteChannel();
            const Finished r = finish(process, err);
            QVERIFY2(r.code == 0, r.err.constData());
            QVERIFY2(r.out.contains("backup code") && r.out.contains("9 backup codes left"), r.out.constData());
        }
        const Finished status = runCli({ QStringLiteral("backup-codes"), QStringLiteral("status"),
            QStringLiteral("--user"), QString::fromLatin1(kNumber) });
        QVERIFY2(status.out.contains("9 of 10"), status.out.constData());
        const Finished history
            = runCli({ QStringLiteral("history"), QStringLiteral("--format"), QStringLiteral("csv") });
        QVERIFY(history.out.contains("backup code"));
        QList<QByteArray> needles { QByteArray("447400123456") };
        for (const QString& code : codes) {
            QVERIFY(!history.out.contains(code.toUtf8()));
            needles.append(code.toUtf8());
        }
        QCOMPARE(filesContaining({ m_dir->path() }, needles), QStringList {});

        // Regenerating invalidates the old set.
        QCOMPARE(runCli({ QStringLiteral("backup-codes"), QStringLiteral("generate"), QStringLiteral("--user"),
                            QString::fromLatin1(kNumber) })
                     .code,
            0);
        {
            QProcess process;
            QByteArray err;
            QVERIFY(!startSendTest(process, err).isEmpty());
            process.write(codes.at(5).toUtf8() + '\n');
            process.closeWriteChannel();
            const Finished r = finish(process, err);
            QCOMPARE(r.code, 1); // wrong, then the input ended
            QVERIFY(!r.out.contains("backup code"));
        }
    }

    void wso2ServerEndToEnd()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());

        // Declining the certificate saves nothing.
        const Finished declined = runLive(
            { QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("other"), QStringLiteral("--url"),
                server.baseUrl().toString(), QStringLiteral("--user"), FakeWso2Server::kUser,
                QStringLiteral("--password-stdin"), QStringLiteral("--pin-certificate") },
            FakeWso2Server::kPassword.toUtf8() + "\nn\n");
        QCOMPARE(declined.code, 1);
        addWso2Server(server);
        if (QTest::currentTestFailed())
            return;

        const Finished list = runLive({ QStringLiteral("server"), QStringLiteral("list") });
        QCOMPARE(list.code, 0);
        QVERIFY2(list.out.contains("local") && list.out.contains("pinned SHA-256"), list.out.constData());
        QVERIFY(!list.out.contains("other"));

        const Finished test = runLive({ QStringLiteral("server"), QStringLiteral("test"), QStringLiteral("local") });
        QVERIFY2(test.code == 0, test.err.constData());
        QVERIFY(test.out.contains("The connection works."));

        const QString token = QString::fromLatin1(kToken);
        const Finished set = runLive(
            { QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("twilio"),
                QStringLiteral("--account-sid"), QStringLiteral("AC0123456789abcdef0123456789abcdef"),
                QStringLiteral("--sender"), QStringLiteral("+14155550100"), QStringLiteral("--auth-token-stdin") },
            token.toUtf8() + '\n');
        QVERIFY2(set.code == 0, set.err.constData());
        useProvider(QStringLiteral("twilio"));

        const Finished before = runLive(
            { QStringLiteral("server"), QStringLiteral("pull"), QStringLiteral("local"), QStringLiteral("--diff") });
        QVERIFY2(before.code == 1, before.err.constData());
        QVERIFY(before.out.contains("≠"));

        // Without --yes: the exact requests, secrets as •••, then the question; no sends nothing.
        const int requestsBefore = int(server.apiCalls().size());
        const Finished no
            = runLive({ QStringLiteral("server"), QStringLiteral("push"), QStringLiteral("local") }, "n\n");
        QCOMPARE(no.code, 1);
        QVERIFY2(no.out.contains("POST ") && no.out.contains("PATCH ") && no.out.contains("•••"), no.out.constData());
        QVERIFY(!no.out.contains(token.toUtf8()));
        QVERIFY(!no.out.contains(FakeWso2Server::kPassword.toUtf8()));
        for (const QString& call : server.apiCalls().mid(requestsBefore))
            QVERIFY2(call.startsWith(QStringLiteral("GET ")), qPrintable(call));

        const Finished push = runLive(
            { QStringLiteral("server"), QStringLiteral("push"), QStringLiteral("local"), QStringLiteral("--yes") });
        QVERIFY2(push.code == 0, push.err.constData());
        QVERIFY(server.sender().has_value());
        QCOMPARE(server.sender()->value(u"provider").toString(), QStringLiteral("Twilio"));

        const Finished after = runLive(
            { QStringLiteral("server"), QStringLiteral("pull"), QStringLiteral("local"), QStringLiteral("--diff") });
        QVERIFY2(after.code == 0, after.out.constData());
        QVERIFY(after.out.contains("No difference."));

        const Finished pull = runLive({ QStringLiteral("server"), QStringLiteral("pull"), QStringLiteral("local") });
        QCOMPARE(pull.code, 0);
        QVERIFY2(pull.out.contains("SmsOTP.ExpiryTime"), pull.out.constData());
        QVERIFY(!pull.out.contains(token.toUtf8()));

        // The login flow: current and new in words, then the change; the script and other fields stay.
        const QJsonObject app = *server.applicationNamed(QStringLiteral("Pickup"));
        const Finished flowNo = runLive({ QStringLiteral("server"), QStringLiteral("flow"), QStringLiteral("local"),
                                            QStringLiteral("--app"), QStringLiteral("Pickup") },
            "n\n");
        QCOMPARE(flowNo.code, 1);
        QVERIFY2(flowNo.out.contains("Current login flow:") && flowNo.out.contains("Step 2: SMS OTP"),
            flowNo.out.constData());
        QCOMPARE(*server.applicationNamed(QStringLiteral("Pickup")), app);

        const Finished flow = runLive(
            { QStringLiteral("server"), QStringLiteral("flow"), QStringLiteral("local"), QStringLiteral("--app"),
                QStringLiteral("Pickup"), QStringLiteral("--backup-codes"), QStringLiteral("--yes") });
        QVERIFY2(flow.code == 0, flow.err.constData());
        QVERIFY(flow.out.contains("Step 2: SMS OTP or Backup code"));
        const QJsonObject changed = *server.applicationNamed(QStringLiteral("Pickup"));
        QCOMPARE(changed.value(u"claimConfiguration"), app.value(u"claimConfiguration"));
        QCOMPARE(changed.value(u"description"), app.value(u"description"));
        const QJsonObject seq = changed.value(u"authenticationSequence").toObject();
        QCOMPARE(seq.value(u"script").toString(), FakeWso2Server::pickupScript());
        QCOMPARE(seq.value(u"steps").toArray().size(), 2);
        QCOMPARE(seq.value(u"steps").toArray().at(1).toObject().value(u"options").toArray().size(), 2);

        const Finished missing = runLive({ QStringLiteral("server"), QStringLiteral("flow"), QStringLiteral("local"),
            QStringLiteral("--app"), QStringLiteral("Nope"), QStringLiteral("--yes") });
        QCOMPARE(missing.code, 1);
        QCOMPARE(stderrLines(missing.err), 1);
    }

    // `provider set custom` with a JSON template POSTed to https://sms.example.com/send, plus extra options (and
    // their standard input), made the active provider.
    void useJsonCustomProvider(const QStringList& extra, const QByteArray& input)
    {
        const QString templateFile = m_dir->filePath(QStringLiteral("template.json"));
        QFile file(templateFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"to\": {{mobile}}, \"text\": {{body}}}");
        file.close();
        const Finished set
            = runLive(QStringList { QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("custom"),
                          QStringLiteral("--url"), QStringLiteral("https://sms.example.com/send"),
                          QStringLiteral("--content-type"), QStringLiteral("json"), QStringLiteral("--method"),
                          QStringLiteral("post"), QStringLiteral("--template-file"), templateFile }
                    + extra,
                input);
        QVERIFY2(set.code == 0, set.err.constData());
        useProvider(QStringLiteral("custom"));
    }

    void wso2PushRefusedSendsNothing()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        addWso2Server(server);
        if (QTest::currentTestFailed())
            return;
        useJsonCustomProvider({ QStringLiteral("--headers-stdin") }, "X-Tag: \"a, b\"\n");
        if (QTest::currentTestFailed())
            return;
        const qsizetype seen = server.requests().size();
        const Finished push = runLive(
            { QStringLiteral("server"), QStringLiteral("push"), QStringLiteral("local"), QStringLiteral("--yes") });
        QCOMPARE(push.code, 1);
        QVERIFY2(push.err.contains("X-Tag"), push.err.constData());
        QCOMPARE(server.requests().size(), seen);
        QVERIFY(!server.sender().has_value());
    }

    // send-test prints each delivery state on standard output while it waits for the code: the sandbox's lifecycle
    // to "delivered", then the code is verified as before; in its undelivered mode the line carries the code.
    void sendTestPrintsTheDelivery()
    {
        Live live;
        startCli(live.process,
            { QStringLiteral("send-test"), QStringLiteral("--to"), QString::fromLatin1(kNumber),
                QStringLiteral("--provider"), QStringLiteral("sandbox") });
        QVERIFY2(waitUntil(
                     live, [&live] { return live.out.contains("Delivery: delivered\n"); }, 20000),
            live.out.constData());
        QVERIFY(live.out.indexOf("Code sent") < live.out.indexOf("Delivery: "));
        const QRegularExpressionMatch code
            = QRegularExpression(QStringLiteral("code is ([0-9]+)")).match(QString::fromUtf8(live.err));
        QVERIFY(code.hasMatch());
        live.process.write(code.captured(1).toUtf8() + '\n');
        live.process.closeWriteChannel();
        const Finished verified = finishLive(live);
        QCOMPARE(verified.code, 0);
        QVERIFY(verified.out.contains("verified"));

        Live lost;
        startCli(lost.process,
            { QStringLiteral("send-test"), QStringLiteral("--to"), QString::fromLatin1(kNumber),
                QStringLiteral("--provider"), QStringLiteral("sandbox") },
            QStringLiteral("undelivered"));
        QVERIFY2(waitUntil(
                     lost, [&lost] { return lost.out.contains("Delivery: undelivered (30003: "); }, 20000),
            lost.out.constData());
        lost.process.closeWriteChannel();
        QCOMPARE(finishLive(lost).code, 1);
        const Finished history
            = runCli({ QStringLiteral("history"), QStringLiteral("--format"), QStringLiteral("csv") });
        QVERIFY2(history.out.contains(",undelivered,30003,"), history.out.constData());
    }

    // A sender name to a +1 number: warned before the send, which still goes; and Vonage says why no delivery state
    // will follow.
    void sendTestWarnsOfASenderNameWhereItIsRefused()
    {
        FakeVonageServer vonage;
        QVERIFY(vonage.listen());
        setVonage(vonage, vonage.apiSecret()); // sender "SMSOTP"
        const Finished r = runLive({ QStringLiteral("send-test"), QStringLiteral("--to"),
            QStringLiteral("+14155550100"), QStringLiteral("--provider"), QStringLiteral("vonage") });
        QCOMPARE(r.code, 1); // the input ended
        QVERIFY2(r.err.contains("do not accept an alphanumeric sender"), r.err.constData());
        QVERIFY2(r.out.contains("Code sent"), r.out.constData());
        QVERIFY(r.err.contains("callback URL"));
        QVERIFY(!r.out.contains("Delivery:"));
        const Finished uk = runLive({ QStringLiteral("send-test"), QStringLiteral("--to"), QString::fromLatin1(kNumber),
            QStringLiteral("--provider"), QStringLiteral("vonage") });
        QVERIFY(!uk.err.contains("alphanumeric"));
    }

    // A Twilio Messaging Service instead of a From number: one of the two options, the SID checked, and the send
    // carries To, MessagingServiceSid and Body (no From), as Twilio's own SDK sends them.
    void twilioThroughAMessagingService()
    {
        FakeTwilioServer twilio;
        QVERIFY(twilio.listen());
        const QString service = QStringLiteral("MG0123456789abcdef0123456789abcdef");
        const auto set = [&](const QStringList& senderOptions) {
            return runLive(QStringList { QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("twilio"),
                               QStringLiteral("--account-sid"), twilio.accountSid(), QStringLiteral("--api-base"),
                               twilio.baseUrl().toString(), QStringLiteral("--auth-token-stdin") }
                    + senderOptions,
                twilio.authToken().toUtf8() + '\n');
        };
        QCOMPARE(set({ QStringLiteral("--sender"), QStringLiteral("+14155550100"),
                         QStringLiteral("--messaging-service-sid"), service })
                     .code,
            64);
        QCOMPARE(set({}).code, 64);
        const Finished bad = set({ QStringLiteral("--messaging-service-sid"), QStringLiteral("MG123") });
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains("32 hexadecimal"), bad.err.constData());
        const Finished ok = set({ QStringLiteral("--messaging-service-sid"), service });
        QVERIFY2(ok.code == 0, ok.err.constData());
        const Finished show = runLive({ QStringLiteral("provider"), QStringLiteral("show") });
        QVERIFY2(
            show.out.contains("messaging-service-sid") && show.out.contains(service.toUtf8()), show.out.constData());

        runLive({ QStringLiteral("send-test"), QStringLiteral("--to"), QString::fromLatin1(kNumber),
            QStringLiteral("--provider"), QStringLiteral("twilio") });
        QCOMPARE(twilio.acceptedSids().size(), 1);
        const auto fields = FakeTwilioServer::formFields(twilio.requests().first().body);
        QStringList names;
        for (const auto& [name, value] : fields)
            names.append(name);
        QCOMPARE(names,
            (QStringList { QStringLiteral("To"), QStringLiteral("MessagingServiceSid"), QStringLiteral("Body") }));
        QCOMPARE(FakeTwilioServer::formField(twilio.requests().first().body, QStringLiteral("MessagingServiceSid")),
            service);
    }

    // `delivery MESSAGE_ID`: one request to Twilio's Message resource; exit 0 delivered, 1 undelivered or failed,
    // 3 not final, 2 when it could not ask (an unknown SID, a provider that cannot be asked).
    void deliveryAsksOnce()
    {
        FakeTwilioServer twilio;
        QVERIFY(twilio.listen());
        setTwilio(twilio, twilio.authToken());
        useProvider(QStringLiteral("twilio"));
        QCOMPARE(
            runLive({ QStringLiteral("send-test"), QStringLiteral("--to"), QString::fromLatin1(kNumber) }).code, 1);
        QCOMPARE(twilio.acceptedSids().size(), 1);
        const QString sid = twilio.acceptedSids().first();
        const auto ask = [&](const QStringList& extra = {}) {
            return runLive(QStringList { QStringLiteral("delivery"), sid } + extra);
        };

        twilio.setStatusSequence({ QStringLiteral("delivered") });
        Finished r = ask();
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArrayLiteral("Delivery: delivered\n"));
        twilio.setStatusSequence({ QStringLiteral("undelivered") }, 30003);
        r = ask({ QStringLiteral("--provider"), QStringLiteral("twilio") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.startsWith("Delivery: undelivered (30003: "), r.out.constData());
        twilio.setStatusSequence({ QStringLiteral("sending") });
        r = ask();
        QCOMPARE(r.code, 3);
        QCOMPARE(r.out, QByteArrayLiteral("Delivery: sending\n"));
        QVERIFY(!r.out.contains(twilio.authToken().toUtf8()));

        r = runLive({ QStringLiteral("delivery"), QStringLiteral("SM") + QString(32, u'0') });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("20404"), r.err.constData());
        r = runLive({ QStringLiteral("delivery"), QStringLiteral("not-a-sid") });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("SM"), r.err.constData());
        r = runLive({ QStringLiteral("delivery") });
        QCOMPARE(r.code, 64);
        useProvider(QStringLiteral("sandbox"));
        r = runLive({ QStringLiteral("delivery"), sid });
        QCOMPARE(r.code, 2);
    }

    // A custom provider with Bearer authentication: pushed through WSO2's v2 API with the token from the keychain
    // (shown as ••• before the question); a server before 7.2 has no v2, and the push is refused with the reason
    // after the pull, before anything is written.
    void wso2PushWritesTheAuthentication()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        addWso2Server(server);
        if (QTest::currentTestFailed())
            return;
        const QByteArray token = QByteArrayLiteral("gw-bearer-T0ken-42");
        useJsonCustomProvider(
            { QStringLiteral("--auth"), QStringLiteral("bearer"), QStringLiteral("--auth-secret-stdin") },
            token + '\n');
        if (QTest::currentTestFailed())
            return;

        const Finished no
            = runLive({ QStringLiteral("server"), QStringLiteral("push"), QStringLiteral("local") }, "n\n");
        QCOMPARE(no.code, 1);
        QVERIFY2(no.out.contains("/api/server/v2/notification-senders/sms") && no.out.contains("BEARER"),
            no.out.constData());
        QVERIFY(!no.out.contains(token));

        const Finished push = runLive(
            { QStringLiteral("server"), QStringLiteral("push"), QStringLiteral("local"), QStringLiteral("--yes") });
        QVERIFY2(push.code == 0, push.err.constData());
        const QJsonObject auth = server.sender()->value(u"authentication").toObject();
        QCOMPARE(auth.value(u"type").toString(), QStringLiteral("BEARER"));
        QCOMPARE(auth.value(u"properties").toObject().value(u"token").toString(), QString::fromLatin1(token));
        const Finished after = runLive(
            { QStringLiteral("server"), QStringLiteral("pull"), QStringLiteral("local"), QStringLiteral("--diff") });
        QVERIFY2(after.code == 0, after.out.constData());

        server.setOldServer(true);
        server.setSender(std::nullopt);
        const qsizetype seen = server.requests().size();
        const Finished old = runLive(
            { QStringLiteral("server"), QStringLiteral("push"), QStringLiteral("local"), QStringLiteral("--yes") });
        QCOMPARE(old.code, 1);
        QVERIFY2(old.err.contains("7.2") && old.err.contains("header"), old.err.constData());
        for (const RecordedRequest& r : server.requests().mid(seen))
            QCOMPARE(r.method, QByteArrayLiteral("GET"));
        QVERIFY(!server.sender().has_value());
    }

    // Sends through `provider` to `number` and types the code the fake received (read by `codes`); true if
    // verified.
    bool sendAndVerify(const QString& provider, const std::function<QStringList()>& codes, QStringList& issued)
    {
        Live live;
        startLiveSend(live, QString::fromLatin1(kNumber), provider);
        if (QTest::currentTestFailed() || codes().isEmpty())
            return false;
        issued.append(codes().last());
        live.process.write(codes().last().toUtf8() + '\n');
        live.process.closeWriteChannel();
        const Finished r = finishLive(live);
        return r.code == 0 && r.out.contains("Code verified.");
    }

    // SECURITY.md 9, 11 and 13 end to end: every provider and a WSO2 server configured, a code sent and verified
    // through each, the configuration pushed to WSO2, all with --verbose. Then no secret and no code is in the
    // data folder (database, -wal, -shm) or the config folder, and none in what the CLI printed or logged: not
    // raw, base64, percent-encoded, UTF-16 or JSON-escaped.
    void noSecretOrCodeOnDiskOrInTheLogs()
    {
        m_verbose = true;
        FakeTwilioServer twilio;
        FakeVonageServer vonage;
        FakeWso2Server wso2;
        TestHttpServer gateway;
        gateway.http().route(QStringLiteral("/send"), [&](const QHttpServerRequest& request) {
            gateway.record(request);
            return QHttpServerResponse(QJsonObject { { QStringLiteral("id"), QStringLiteral("gw-1") } });
        });
        QVERIFY(twilio.listen() && vonage.listen() && wso2.listen() && gateway.listen());
        const QString headerSecret = QStringLiteral("hdr-S3cret/+=&\"é");
        const QString namedSecret = QStringLiteral("named-S3cret/+=&ü");

        // Long alphanumeric codes, so that finding one is never chance.
        for (const auto& [key, value] : { std::pair("otp.numeric_only", "false"), std::pair("otp.length", "16") })
            QCOMPARE(runCli({ QStringLiteral("settings"), QStringLiteral("set"), QString::fromLatin1(key),
                                QString::fromLatin1(value) })
                         .code,
                0);
        setTwilio(twilio, twilio.authToken());
        setVonage(vonage, vonage.apiSecret());
        // The named secret as the console keeps it (the CLI keeps named secrets but does not set them).
        {
            smsotp::storage::Database::OpenResult opened = smsotp::storage::Database::open(m_dir->path());
            QVERIFY(opened.database);
            QVERIFY(!smsotp::storage::ProviderRepository(*opened.database)
                         .saveCustom({ {}, { QStringLiteral("APIKEY") } })
                         .isError());
            smsotp::storage::SecretStore secrets(opened.database->profileId());
            std::optional<smsotp::storage::SecretResult> written;
            secrets.write(smsotp::storage::secretkeys::customNamedSecret(QStringLiteral("APIKEY")), namedSecret,
                [&](const smsotp::storage::SecretResult& result) { written = result; });
            QVERIFY(QTest::qWaitFor([&] { return written.has_value(); }, 20000));
            QVERIFY2(!written->error.isError(), qPrintable(written->error.message()));
        }
        const QString templateFile = m_dir->filePath(QStringLiteral("template.json"));
        {
            QFile file(templateFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"to": {{mobile}}, "text": {{body}}, "key": "{{secret:APIKEY}}"})");
        }
        const Finished custom = runLive(
            { QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("custom"), QStringLiteral("--url"),
                gateway.url(QStringLiteral("/send")).toString(), QStringLiteral("--content-type"),
                QStringLiteral("json"), QStringLiteral("--method"), QStringLiteral("post"),
                QStringLiteral("--template-file"), templateFile, QStringLiteral("--headers-stdin") },
            QStringLiteral("X-Api-Key: %1").arg(headerSecret).toUtf8());
        QVERIFY2(custom.code == 0, custom.err.constData());
        QFile::remove(templateFile); // the test's own file, not the console's

        QStringList codes;
        QVERIFY(sendAndVerify(
            QStringLiteral("twilio"), [&] { return twilioCodes(twilio); }, codes));
        QVERIFY(sendAndVerify(
            QStringLiteral("vonage"), [&] { return vonageCodes(vonage); }, codes));
        QVERIFY(sendAndVerify(
            QStringLiteral("custom"),
            [&] {
                static const QRegularExpression code(QStringLiteral("code is (\\w+)"));
                QStringList sent;
                for (const RecordedRequest& request : gateway.requests())
                    sent.append(code.match(QJsonDocument::fromJson(request.body)[QLatin1String("text")].toString())
                                    .captured(1));
                return sent;
            },
            codes));
        QCOMPARE(codes.size(), 3);
        QCOMPARE(gateway.requests().last().header("X-Api-Key"), headerSecret.toUtf8()); // the secrets did go out
        QCOMPARE(QJsonDocument::fromJson(gateway.requests().last().body)[QLatin1String("key")].toString(), namedSecret);

        addWso2Server(wso2);
        useProvider(QStringLiteral("twilio"));
        const Finished push = runLive(
            { QStringLiteral("server"), QStringLiteral("push"), QStringLiteral("local"), QStringLiteral("--yes") });
        QVERIFY2(push.code == 0, push.err.constData());
        QVERIFY(wso2.sender().has_value());

        const QStringList secrets { twilio.authToken(), twilio.accountSid() + u':' + twilio.authToken(),
            vonage.apiSecret(), headerSecret, namedSecret, FakeWso2Server::kPassword,
            FakeWso2Server::kUser + u':' + FakeWso2Server::kPassword };
        QList<QByteArray> needles;
        for (const QString& secret : secrets + codes)
            needles += spellingsOf(secret);
        QVERIFY(m_output.contains("smsotp.")); // the log categories were on
        for (const QByteArray& needle : std::as_const(needles))
            QVERIFY2(!m_output.contains(needle), needle.constData());
        const QStringList folders { m_dir->path(), qEnvironmentVariable("XDG_CONFIG_HOME") };
        QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("smsotp.sqlite"))));
        QCOMPARE(filesContaining(folders, needles), QStringList {});
    }

    void wso2UsageErrors()
    {
        // A secret as an argument is refused for being a secret (not as an unknown option), and never echoed.
        const Finished password = runCli({ QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("x"),
            QStringLiteral("--url"), QStringLiteral("https://is.example.com/t/carbon.super"), QStringLiteral("--user"),
            QStringLiteral("admin"), QStringLiteral("--password"), FakeWso2Server::kPassword });
        QCOMPARE(password.code, 64);
        QVERIFY2(password.err.contains("--password-stdin"), password.err.constData());
        QVERIFY(!password.err.contains(FakeWso2Server::kPassword.toUtf8()));
        const Finished clientSecret
            = runCli({ QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--url"),
                QStringLiteral("https://is.example.com/t/carbon.super"), QStringLiteral("--client-id"),
                FakeWso2Server::kClientId, QStringLiteral("--client-secret=") + FakeWso2Server::kClientSecret });
        QCOMPARE(clientSecret.code, 64);
        QVERIFY2(clientSecret.err.contains("--client-secret-stdin"), clientSecret.err.constData());
        QVERIFY(!clientSecret.err.contains(FakeWso2Server::kClientSecret.toUtf8()));
        QVERIFY(filesContaining(
            { m_dir->path() }, { FakeWso2Server::kPassword.toUtf8(), FakeWso2Server::kClientSecret.toUtf8() })
                    .isEmpty());
        QCOMPARE(runCli({ QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--url"),
                            QStringLiteral("https://is.example.com/t/carbon.super"), QStringLiteral("--user"),
                            QStringLiteral("admin"), QStringLiteral("--password-stdin") })
                     .code,
            64);
        QCOMPARE(runCli({ QStringLiteral("server"), QStringLiteral("flow"), QStringLiteral("x") }).code, 64);
        const Finished noServer = runCli({ QStringLiteral("server"), QStringLiteral("test"), QStringLiteral("x") });
        QCOMPARE(noServer.code, 1);
        QCOMPARE(stderrLines(noServer.err), 1);
    }

    void wso2ClientCredentials()
    {
        FakeWso2Server server;
        QVERIFY(server.listen());
        const Finished add = runLive(
            { QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("oauth"), QStringLiteral("--url"),
                server.baseUrl().toString(), QStringLiteral("--client-id"), FakeWso2Server::kClientId,
                QStringLiteral("--token-url"), server.tokenUrl().toString(), QStringLiteral("--client-secret-stdin"),
                QStringLiteral("--pin-certificate"), QStringLiteral("--yes") },
            FakeWso2Server::kClientSecret.toUtf8() + '\n');
        QVERIFY2(add.code == 0, add.err.constData());
        const Finished test = runLive({ QStringLiteral("server"), QStringLiteral("test"), QStringLiteral("oauth") });
        QVERIFY2(test.code == 0, test.err.constData());
        QCOMPARE(server.tokenRequests(), 1);

        // Without the update scope: the flow change is explained with the scope and exits 2.
        QStringList scopes = FakeWso2Server::allScopes();
        scopes.removeAll(QStringLiteral("internal_application_mgt_update"));
        server.setClientScopes(scopes);
        const Finished flow = runLive({ QStringLiteral("server"), QStringLiteral("flow"), QStringLiteral("oauth"),
            QStringLiteral("--app"), QStringLiteral("Pickup"), QStringLiteral("--yes") });
        QCOMPARE(flow.code, 2);
        QVERIFY2(flow.err.contains("internal_application_mgt_update"), flow.err.constData());
        QCOMPARE(stderrLines(flow.err), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliBinary)
#include "TestCliBinary.moc"
