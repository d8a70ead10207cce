#include "FakeTwilioServer.h"
#include "cli/Cli.h"
#include "cli/Context.h"
#include "otp/OtpPolicy.h"
#include "storage/Database.h"
#include "storage/HistoryRepository.h"
#include "storage/ProviderRepository.h"
#include "storage/SecretStore.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace smsotp;

// The CLI in process, with string streams and a stdin buffer: parsing, usage errors, settings, providers (with
// the real keychain that tests/run.sh provides) and history formats.
class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -100;
        QString out;
        QString err;
    };

    static constexpr auto kToken = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";
    static constexpr auto kSid = "AC0123456789abcdef0123456789abcdef";

    // A fresh data folder (and so a fresh keychain profile) for every test function.
    std::unique_ptr<QTemporaryDir> m_dir;

    Run run(const QStringList& args, const QByteArray& input = {})
    {
        Run result;
        QByteArray inputBytes = input;
        QBuffer in(&inputBytes);
        in.open(QIODevice::ReadOnly);
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        cli::Cli cli(out, err, in);
        QSignalSpy spy(&cli, &cli::Cli::finished);
        cli.start(QStringList { QStringLiteral("smsotp"), QStringLiteral("--data-dir"), m_dir->path() } + args);
        if (!spy.wait(30000))
            return result;
        result.code = spy.first().first().toInt();
        out.flush();
        err.flush();
        return result;
    }

    static QStringList args(const char* text) { return QString::fromLatin1(text).split(QLatin1Char(' ')); }

private Q_SLOTS:
    // An error the console has a sentence for prints one line; its technical detail follows on one line when the
    // error was unexpected (a kind with no sentence of its own), or for every error with --verbose.
    void errorDetailIsPrintedWhenUnexpectedOrVerbose()
    {
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        QBuffer in;
        in.open(QIODevice::ReadOnly);
        cli::Context context(outStream, errStream, in, {});
        QCOMPARE(context.fail(QStringLiteral("The database is locked."),
                     cli::ErrorDetail { QStringLiteral("database is locked\n(5)"), false }),
            cli::kExitFailure);
        QCOMPARE(err, QStringLiteral("The database is locked.\n"));
        err.clear();
        context.fail(QStringLiteral("The database reported an error."),
            cli::ErrorDetail { QStringLiteral("disk I/O error\n(10)"), true });
        QCOMPARE(err, QStringLiteral("The database reported an error.\nDetail: disk I/O error (10)\n"));
        err.clear();
        context.setVerbose(true);
        context.fail(QStringLiteral("The database is locked."),
            cli::ErrorDetail { QStringLiteral("database is locked"), false });
        QCOMPARE(err, QStringLiteral("The database is locked.\nDetail: database is locked\n"));
        // The kinds with no sentence of their own are the unexpected ones.
        QVERIFY(cli::detailOf(storage::DbError { storage::DbErrorKind::Other, QStringLiteral("x") }).unexpected);
        QVERIFY(!cli::detailOf(storage::DbError { storage::DbErrorKind::Busy, QStringLiteral("x") }).unexpected);
        QVERIFY(
            cli::detailOf(storage::SecretError { storage::SecretErrorKind::Other, QStringLiteral("x") }).unexpected);
        QVERIFY(
            !cli::detailOf(storage::SecretError { storage::SecretErrorKind::Timeout, QStringLiteral("x") }).unexpected);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void help()
    {
        const Run r = run(args("--help"));
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(u"Usage: smsotp"));
        QVERIFY(r.out.contains(u"send-test --to NUMBER [--provider NAME]"));
        QVERIFY(r.out.contains(u"otp.min_resend_interval_seconds"));
        QVERIFY(r.err.isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList {};
        QTest::newRow("unknown command") << args("frobnicate");
        QTest::newRow("unknown option") << args("settings show --bogus");
        QTest::newRow("settings no action") << args("settings");
        QTest::newRow("settings set one arg") << args("settings set otp.length");
        QTest::newRow("unknown key") << args("settings set otp.nope 3");
        QTest::newRow("provider unknown") << args("provider use telegraph");
        QTest::newRow("token as argument")
            << QStringList { QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("twilio"),
                   QStringLiteral("--account-sid"), QString::fromLatin1(kSid), QStringLiteral("--sender"),
                   QStringLiteral("+14155550100"), QStringLiteral("--auth-token"), QString::fromLatin1(kToken) };
        QTest::newRow("missing stdin flag")
            << args("provider set twilio --account-sid AC0123456789abcdef0123456789abcdef --sender +14155550100");
        QTest::newRow("custom missing url")
            << args("provider set custom --content-type json --method post --template-file x");
        QTest::newRow("custom bad type") << args(
            "provider set custom --url https://x.example --content-type yaml --method post --template-file x");
        QTest::newRow("check unknown provider") << args("provider check telegraph");
        QTest::newRow("preview unknown provider") << args("preview --provider telegraph");
        QTest::newRow("send-test unknown provider") << args("send-test --to +447400123456 --provider telegraph");
        QTest::newRow("send-test empty provider") << QStringList { QStringLiteral("send-test"), QStringLiteral("--to"),
            QStringLiteral("+447400123456"), QStringLiteral("--provider"), QString() };
        QTest::newRow("send-test without to") << args("send-test");
        QTest::newRow("send-test bad number") << args("send-test --to 12ab");
        QTest::newRow("history bad format") << args("history --format xml");
        QTest::newRow("history bad limit") << args("history --limit 0");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments);
        QCOMPARE(r.code, 64);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(u"smsotp --help"), qPrintable(r.err));
        // A secret given as an argument is refused and never echoed.
        QVERIFY(!r.err.contains(QString::fromLatin1(kToken)));
    }

    void settingsShowDefaults()
    {
        const Run r = run(args("settings show"));
        QCOMPARE(r.code, 0);
        const otp::OtpPolicy defaults;
        for (const otp::FieldSpec& spec : otp::fieldSpecs()) {
            const int value = defaults.value(spec.field);
            const QString text
                = spec.isBool ? (value ? QStringLiteral("true") : QStringLiteral("false")) : QString::number(value);
            QVERIFY2(r.out.contains(QString::fromLatin1(spec.key) + QStringLiteral(" = ") + text + QLatin1Char('\n')),
                qPrintable(r.out));
        }
        QVERIFY(r.out.contains(u"sms.text = "));
    }

    void settingsSetAndShow()
    {
        QCOMPARE(run(args("settings set otp.length 8")).code, 0);
        QCOMPARE(run(args("settings set otp.numeric_only false")).code, 0);
        const Run r = run(args("settings show"));
        QVERIFY(r.out.contains(u"otp.length = 8\n"));
        QVERIFY(r.out.contains(u"otp.numeric_only = false\n"));
        QVERIFY(r.out.contains(u"otp.expiry_seconds = 300\n"));
    }

    void settingsSetBadValue_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("too long") << QStringLiteral("otp.length") << QStringLiteral("99");
        QTest::newRow("not a number") << QStringLiteral("otp.expiry_seconds") << QStringLiteral("soon");
        QTest::newRow("not a bool") << QStringLiteral("otp.numeric_only") << QStringLiteral("maybe");
        QTest::newRow("negative") << QStringLiteral("otp.sends_per_hour") << QStringLiteral("-1");
    }

    void settingsSetBadValue()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const Run r = run({ QStringLiteral("settings"), QStringLiteral("set"), key, value });
        QCOMPARE(r.code, 1);
        const otp::ParsedValue parsed = otp::parseFieldValue(*otp::fieldForKey(key), value);
        QVERIFY(parsed.error.has_value());
        QCOMPARE(r.err, key + QStringLiteral(": ") + parsed.error->message + QLatin1Char('\n'));
        // Nothing was saved.
        QVERIFY(!run(args("settings show")).out.contains(key + QStringLiteral(" = ") + value));
    }

    void smsTextNeedsTheCode()
    {
        const Run bad = run({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("sms.text"),
            QStringLiteral("Hello there") });
        QCOMPARE(bad.code, 1);
        QCOMPARE(bad.err.count(QLatin1Char('\n')), 1);
        const Run good = run({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("sms.text"),
            QStringLiteral("Code: {{confirmation-code}}") });
        QCOMPARE(good.code, 0);
        QVERIFY(run(args("settings show")).out.contains(u"sms.text = Code: {{confirmation-code}}\n"));
    }

    void providerSetTwilioStoresTheTokenInTheKeychain()
    {
        const Run set = run(args("provider set twilio --account-sid AC0123456789abcdef0123456789abcdef "
                                 "--sender +14155550100 --auth-token-stdin"),
            QByteArray(kToken) + '\n');
        QCOMPARE(set.code, 0);
        QVERIFY2(set.err.isEmpty(), qPrintable(set.err));

        const Run show = run(args("provider show"));
        QCOMPARE(show.code, 0);
        QVERIFY(show.out.contains(QString::fromLatin1(kSid)));
        QVERIFY(show.out.contains(u"auth-token:      \u2022\u2022\u2022"));
        QVERIFY(!show.out.contains(QString::fromLatin1(kToken)));

        // The keychain holds it under this profile's service.
        auto opened = storage::Database::open(m_dir->path());
        QVERIFY(opened.database);
        storage::SecretStore secrets(opened.database->profileId());
        QString value;
        bool answered = false;
        secrets.read(storage::secretkeys::twilioAuthToken(), [&](const storage::SecretResult& result) {
            answered = true;
            value = result.value;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        QCOMPARE(value, QString::fromLatin1(kToken));
    }

    void providerSetTwilioRefusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("error");
        const QStringList good = args("provider set twilio --account-sid AC0123456789abcdef0123456789abcdef "
                                      "--sender +14155550100 --auth-token-stdin");
        QTest::newRow("no token") << good << QByteArray() << QStringLiteral("No auth token on standard input.\n");
        QTest::newRow("bad token") << good << QByteArray("short\n") << QStringLiteral("Auth token: ");
        QTest::newRow("bad sid") << args(
            "provider set twilio --account-sid XX12 --sender +14155550100 --auth-token-stdin")
                                 << QByteArray(kToken) << QStringLiteral("--account-sid: ");
    }

    void providerSetTwilioRefusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(QString, error);
        const Run r = run(arguments, input);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(error), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(run(args("provider show")).out.contains(u"twilio (Twilio): not configured"));
    }

    void providerSetCustomKeepsHeaderValuesOutOfTheDatabase()
    {
        const QString templatePath = m_dir->filePath(QStringLiteral("template.json"));
        QFile file(templatePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"to\": {{mobile}}, \"message\": {{body}}}");
        file.close();
        const Run set = run(
            { QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("custom"), QStringLiteral("--url"),
                QStringLiteral("https://sms.example.com/send"), QStringLiteral("--content-type"),
                QStringLiteral("json"), QStringLiteral("--method"), QStringLiteral("put"),
                QStringLiteral("--template-file"), templatePath, QStringLiteral("--headers-stdin"),
                QStringLiteral("--success-status"), QStringLiteral("200,202") },
            "Authorization: Bearer s3cr3t-header-value, X-Client: console\n");
        QCOMPARE(set.code, 0);
        const Run show = run(args("provider show"));
        QVERIFY2(show.out.contains(u"Authorization: \u2022\u2022\u2022, X-Client: \u2022\u2022\u2022"),
            qPrintable(show.out));
        QVERIFY(show.out.contains(u"method:          put"));
        QVERIFY(show.out.contains(u"success-status:  200,202"));
        QVERIFY(!show.out.contains(u"s3cr3t"));
        QFile db(m_dir->filePath(storage::Database::fileName()));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains("s3cr3t-header-value"));

        // The redacted preview hides it too, though the request carries it.
        const Run preview = run(args("preview --provider custom --to +447400123456 --text hello"));
        QCOMPARE(preview.code, 0);
        QVERIFY2(preview.out.startsWith(u"PUT https://sms.example.com/send"), qPrintable(preview.out));
        QVERIFY(preview.out.contains(u"\"message\": \"hello\""));
        QVERIFY(!preview.out.contains(u"s3cr3t"));
    }

    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return path;
    }

    void providerSetCustomRefusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("error");
        const QStringList base = args("provider set custom --url https://gw.example.org/send --method post");
        // "@NAME" is the file NAME in the test's data folder, which exists only once the test function runs.
        const QString json = QStringLiteral("--template-file=@ok.json");
        const auto with = [&base](const QStringList& more) { return base + more; };
        const auto a = [](const char* text) { return args(text); };
        QTest::newRow("second stdin option")
            << with(a("--content-type json --headers-stdin --auth bearer --auth-secret-stdin") << json)
            << QByteArray("t\n") << 64 << QStringLiteral("Only one option can read standard input");
        QTest::newRow("template for none") << with(a("--content-type none") << json) << QByteArray() << 64
                                           << QStringLiteral("--content-type none sends no body");
        QTest::newRow("no template for xml")
            << with(a("--content-type xml")) << QByteArray() << 64 << QStringLiteral("needs --template-file");
        QTest::newRow("two message id rules")
            << with(a("--content-type json --message-id-json /id --message-id-regex x") << json) << QByteArray() << 64
            << QStringLiteral("--message-id-json or from --message-id-regex");
        QTest::newRow("auth without its secret") << with(a("--content-type json --auth bearer") << json) << QByteArray()
                                                 << 64 << QStringLiteral("needs its secret");
        QTest::newRow("body for GET") << args("provider set custom --url https://gw.example.org/send --method get "
                                              "--content-type json")
                + QStringList { json } << QByteArray()
                                      << 1 << QStringLiteral("A GET request has no body");
        QTest::newRow("placeholder in the host")
            << args("provider set custom --url https://{{sender}}.example.org/send --method get --content-type none")
            << QByteArray() << 1 << QStringLiteral("scheme or the host");
        QTest::newRow("invalid url") << args(
            "provider set custom --url https://[gw/send?to={{mobile}} --method get --content-type none")
                                     << QByteArray() << 1 << QString();
        QTest::newRow("json that cannot parse")
            << with(a("--content-type json") << QStringLiteral("--template-file=@bad.json")) << QByteArray() << 1
            << QStringLiteral("not valid JSON");
        QTest::newRow("xml that cannot parse")
            << with(a("--content-type xml") << QStringLiteral("--template-file=@bad.xml")) << QByteArray() << 1
            << QStringLiteral("not well-formed XML");
        QTest::newRow("pointer that is not one") << with(a("--content-type json --success-json messages.0.status=0")
            << json) << QByteArray() << 1 << QStringLiteral("is not a JSON pointer");
        QTest::newRow("regex that does not compile") << with(a("--content-type json --message-id-regex id=(") << json)
                                                     << QByteArray() << 1 << QStringLiteral("is not valid");
        QTest::newRow("api key name a header cannot hold")
            << with(a("--content-type json --auth api-key --api-key-name X:Key --auth-secret-stdin") << json)
            << QByteArray("k3y\n") << 1 << QStringLiteral("header name");
    }

    void providerSetCustomRefusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(int, code);
        QFETCH(QString, error);
        writeFile(QStringLiteral("ok.json"), "{\"to\": {{mobile}}, \"text\": {{body}}}");
        writeFile(QStringLiteral("bad.json"), "{\"to\": {{mobile}} \"text\": {{body}}}");
        writeFile(QStringLiteral("bad.xml"), "<sms><to>{{mobile}}</to><text>{{body}}</txt></sms>");
        arguments.replaceInStrings(
            QStringLiteral("--template-file=@"), QStringLiteral("--template-file=") + m_dir->path() + u'/');
        const Run r = run(arguments, input);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(error), qPrintable(r.err));
        QVERIFY(!r.err.trimmed().isEmpty());
        // Nothing was saved, and nothing reached the keychain.
        const Run show = run(args("provider show"));
        QVERIFY2(show.out.contains(u"  custom (") && show.out.contains(u": not configured"), qPrintable(show.out));
        QVERIFY(!run(args("provider show")).out.contains(u"auth-secret"));
    }

    void providerSetCustomGetWithAnApiKeyInTheQuery()
    {
        const Run set = run(args("provider set custom --method get --content-type none --sender Acme --auth api-key "
                                 "--api-key-name password --api-key-in query --auth-secret-stdin --success-status 202")
                + QStringList { QStringLiteral("--url"),
                    QStringLiteral("https://gw.example.org/cgi-bin/sendsms?username=u&to={{mobile}}&text={{body}}"
                                   "&from={{sender}}") },
            "pa55+word\n");
        QVERIFY2(set.code == 0, qPrintable(set.err));
        const Run show = run(args("provider show"));
        QVERIFY(show.out.contains(u"method:          get"));
        QVERIFY(show.out.contains(u"content-type:    none"));
        QVERIFY(show.out.contains(u"auth:            api-key"));
        QVERIFY(show.out.contains(u"auth-secret:     \u2022\u2022\u2022"));
        QVERIFY(!show.out.contains(u"template:"));
        QFile db(m_dir->filePath(storage::Database::fileName()));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains("pa55"));

        const Run preview = run(args("preview --provider custom --to +447400123456 --text hello"));
        QCOMPARE(preview.code, 0);
        QVERIFY2(preview.out.startsWith(u"GET https://gw.example.org/cgi-bin/sendsms?username=u&to=+447400123456"),
            qPrintable(preview.out));
        QVERIFY(preview.out.contains(u"password=\u2022\u2022\u2022"));
        QVERIFY(!preview.out.contains(u"pa55"));

        // Changing other settings keeps the stored key; switching authentication off removes it.
        QCOMPARE(run(args("provider set custom --method get --content-type none --auth api-key --api-key-name key "
                          "--url https://gw.example.org/s?to={{mobile}}&t={{body}}"))
                     .code,
            0);
        QVERIFY(run(args("provider show")).out.contains(u"auth-secret:     \u2022\u2022\u2022"));
        QCOMPARE(run(args("provider set custom --method get --content-type none "
                          "--url https://gw.example.org/s?to={{mobile}}&t={{body}}"))
                     .code,
            0);
        QVERIFY(!run(args("provider show")).out.contains(u"auth-secret"));
    }

    void providerNamedSecretsAndPresets()
    {
        QCOMPARE(run(args("provider secret set bad:name --stdin"), "x\n").code, 64);
        const Run set = run(args("provider secret set apiKey --stdin"), "n4med-v4lue\n");
        QVERIFY2(set.code == 0, qPrintable(set.err));
        QCOMPARE(run(args("provider secret list")).out, QStringLiteral("apiKey\n"));
        QFile db(m_dir->filePath(storage::Database::fileName()));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains("n4med"));
        QCOMPARE(run(args("provider secret remove nope")).code, 1);
        QCOMPARE(run(args("provider secret remove apiKey")).code, 0);
        QCOMPARE(run(args("provider secret list")).out, QString());

        const Run list = run(args("provider preset list"));
        QCOMPARE(list.code, 0);
        for (const char* name : { "kannel", "wso2-json", "plivo", "sinch" })
            QVERIFY2(list.out.contains(QLatin1StringView(name)), name);
        const Run show = run(args("provider preset show kannel"));
        QCOMPARE(show.code, 0);
        QVERIFY(show.out.contains(u"Follows: https://"));
        QVERIFY(show.out.contains(u"--api-key-name password --api-key-in query"));
        QCOMPARE(run(args("provider preset show telegraph")).code, 64);
    }

    void providerUse()
    {
        QCOMPARE(run(args("provider show")).out.section(QLatin1Char('\n'), 0, 0),
            QStringLiteral("Active provider: sandbox"));
        const Run use = run(args("provider use vonage"));
        QCOMPARE(use.code, 0);
        QVERIFY(use.err.contains(u"not configured"));
        QCOMPARE(
            run(args("provider show")).out.section(QLatin1Char('\n'), 0, 0), QStringLiteral("Active provider: vonage"));
    }

    void previewSandbox()
    {
        const Run r = run(args("preview --to +447400123456"));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(u"POST http://127.0.0.1:"), qPrintable(r.out));
        QVERIFY(r.out.contains(u"\"to\": \"+447400123456\""));
    }

    void checkTwilioAgainstAFakeServer_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("code");
        QTest::newRow("right token") << FakeTwilioServer::kDefaultAuthToken << 0;
        QTest::newRow("wrong token") << QStringLiteral("0000000000000000000000000000000f") << 1;
    }

    void checkTwilioAgainstAFakeServer()
    {
        QFETCH(QString, token);
        QFETCH(int, code);
        FakeTwilioServer twilio;
        QVERIFY(twilio.listen());
        const Run set
            = run({ QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("twilio"),
                      QStringLiteral("--account-sid"), FakeTwilioServer::kDefaultAccountSid, QStringLiteral("--sender"),
                      QStringLiteral("+14155550100"), QStringLiteral("--api-base"), twilio.baseUrl().toString(),
                      QStringLiteral("--auth-token-stdin") },
                token.toUtf8() + '\n');
        QCOMPARE(set.code, 0);
        QVERIFY(run(args("provider use twilio")).code == 0);
        const Run check = run(args("provider check"));
        QCOMPARE(check.code, code);
        if (code == 0) {
            QVERIFY2(check.out.startsWith(u"The credentials work"), qPrintable(check.out));
        } else {
            QVERIFY(check.out.isEmpty());
            QCOMPARE(check.err.count(QLatin1Char('\n')), 1);
        }
        QVERIFY(!check.out.contains(token) && !check.err.contains(token));
        QVERIFY(!twilio.requests().isEmpty());
    }

    void checkUnconfiguredFails()
    {
        const Run r = run(args("provider check twilio"));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"not configured"));
    }

    void historyFormats()
    {
        {
            auto opened = storage::Database::open(m_dir->path());
            QVERIFY(opened.database);
            storage::HistoryRepository history(*opened.database);
            for (int i = 0; i < 3; ++i) {
                storage::HistoryEntry entry;
                entry.time = QDateTime::currentDateTimeUtc().addSecs(-100 + i);
                entry.provider = QStringLiteral("twilio");
                entry.maskedNumber = QStringLiteral("+••••••••345%1").arg(i);
                entry.numberSuffix = QStringLiteral("345%1").arg(i);
                entry.messageId = QStringLiteral("SM%1").arg(i);
                entry.httpStatus = 201;
                entry.latencyMs = 100 + i;
                entry.outcome = storage::HistoryOutcome::Sent;
                entry.explanation = QStringLiteral("Accepted, row %1").arg(i);
                QVERIFY(!history.record(entry).isError());
            }
        }
        const Run table = run(args("history"));
        QCOMPARE(table.code, 0);
        QCOMPARE(table.out.count(QLatin1Char('\n')), 4); // header and three rows
        QVERIFY(table.out.contains(u"SM2"));

        const Run csv = run(args("history --format csv --limit 2"));
        QCOMPARE(csv.code, 0);
        const QStringList lines = csv.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(u"time,provider"));
        QVERIFY(lines.at(1).contains(u"SM2")); // newest first
        QVERIFY(!csv.out.contains(u"SM0"));

        const Run json = run(args("history --format json"));
        QCOMPARE(json.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).toObject().value(u"message_id").toString(), QStringLiteral("SM2"));
        QCOMPARE(rows.at(0).toObject().value(u"latency_ms").toInt(), 102);
        QCOMPARE(rows.at(2).toObject().value(u"outcome").toString(), QStringLiteral("sent"));
    }

    void emptyHistory()
    {
        const Run r = run(args("history"));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("No history yet.\n"));
    }

    void unreadableDataFolderFailsInOneLine()
    {
        QTemporaryDir parent;
        const QString file = parent.filePath(QStringLiteral("plain-file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QBuffer in;
        in.open(QIODevice::ReadOnly);
        cli::Cli cli(outStream, errStream, in);
        QSignalSpy spy(&cli, &cli::Cli::finished);
        cli.start({ QStringLiteral("smsotp"), QStringLiteral("--data-dir"), file, QStringLiteral("settings"),
            QStringLiteral("show") });
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.first().first().toInt(), 1);
        errStream.flush();
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
