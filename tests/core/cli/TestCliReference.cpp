// Every text about the CLI agrees with the commands' declarations: the usage, `COMMAND --help`, the man page,
// the README, and the bash and zsh completion scripts (checked in, and completing for real in bash). Also the
// nearest-name suggestions for a mistyped command, action, option or setting.

#include "cli/Cli.h"
#include "cli/Commands.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace smsotp;

class TestCliReference : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -100;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;
    QByteArray m_input;
    QBuffer m_in { &m_input };
    QString m_outText, m_errText;
    QTextStream m_out { &m_outText };
    QTextStream m_err { &m_errText };
    std::unique_ptr<cli::Cli> m_cli; // for its declarations only

    static QString sourceFile(const char* path)
    {
        QFile file(QStringLiteral(SMSOTP_SOURCE_DIR "/") + QString::fromLatin1(path));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", path);
        return QString::fromUtf8(file.readAll());
    }

    Run run(const QStringList& args)
    {
        Run result;
        QByteArray none;
        QBuffer in(&none);
        in.open(QIODevice::ReadOnly);
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        cli::Cli cli(out, err, in);
        QSignalSpy spy(&cli, &cli::Cli::finished);
        cli.start(QStringList { QStringLiteral("smsotp"), QStringLiteral("--data-dir"), m_dir.path() } + args);
        if (!spy.wait(10000))
            return result;
        result.code = spy.first().first().toInt();
        out.flush();
        err.flush();
        return result;
    }

    // What bash's completion offers after the words (the last one being completed).
    QStringList complete(const QString& script, const QStringList& words)
    {
        QStringList quoted;
        for (const QString& w : words)
            quoted.append(QLatin1Char('\'') + w + QLatin1Char('\''));
        QProcess bash;
        bash.start(QStringLiteral("bash"),
            { QStringLiteral("-c"),
                QStringLiteral(
                    "source '%1'; COMP_WORDS=(%2); COMP_CWORD=%3; _smsotp; printf '%s\\n' \"${COMPREPLY[@]}\"")
                    .arg(script, quoted.join(QLatin1Char(' ')))
                    .arg(words.size() - 1) });
        if (!bash.waitForFinished(10000) || bash.exitCode() != 0)
            return { QStringLiteral("bash failed: ") + QString::fromUtf8(bash.readAllStandardError()) };
        return QString::fromUtf8(bash.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    // The man page's text with roff's escaped hyphens as plain ones.
    static QString manText()
    {
        return sourceFile("resources/man/smsotp.1").replace(QStringLiteral("\\-"), QStringLiteral("-"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_in.open(QIODevice::ReadOnly);
        m_cli = std::make_unique<cli::Cli>(m_out, m_err, m_in);
    }

    void usageListsEveryActionFromItsDeclaration()
    {
        const QString usage = m_cli->usageText();
        int actions = 0;
        for (const auto& command : m_cli->commands()) {
            for (const cli::Action& action : command->actions()) {
                if (action.hidden)
                    continue;
                ++actions;
                QVERIFY2(usage.contains(command->synopsisLines(action, 2)), qPrintable(command->synopsis(action)));
                // Wrapped or not, it is the one-line synopsis.
                QCOMPARE(command->synopsisLines(action, 0).simplified(), command->synopsis(action));
            }
        }
        QVERIFY(actions >= 20);
        QVERIFY(usage.simplified().contains(
            u"provider set twilio --account-sid SID (--sender FROM | --messaging-service-sid MGSID) [--api-base URL] "
            u"--auth-token-stdin"));
        QVERIFY(usage.contains(u"send-test --to NUMBER [--provider NAME]"));
        for (const QString& line : usage.split(QLatin1Char('\n')))
            QVERIFY2(line.size() <= 100, qPrintable(line));
        QVERIFY(usage.contains(u"history [--limit N] [--format table|csv|json]"));
        for (const QString& key : cli::settingKeys())
            QVERIFY2(usage.contains(key), qPrintable(key));
    }

    void everyCommandHasItsOwnHelpWithEachOptionDescribed()
    {
        for (const auto& command : m_cli->commands()) {
            const Run r = run({ command->name(), QStringLiteral("--help") });
            QCOMPARE(r.code, 0);
            QCOMPARE(r.out, command->help());
            QVERIFY(r.out.startsWith(QStringLiteral("Usage: smsotp [--data-dir DIR] ") + command->name()));
            for (const cli::Action& action : command->actions()) {
                for (const cli::OptionSpec& spec : action.options) {
                    QVERIFY2(!spec.option.description().isEmpty(), qPrintable(spec.option.names().constLast()));
                    QVERIFY2(r.out.contains(spec.option.description().section(QLatin1Char('\n'), 0, 0)),
                        qPrintable(spec.option.names().constLast()));
                }
            }
        }
        // The same after an action, and through "help COMMAND".
        QCOMPARE(run({ QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("twilio"),
                         QStringLiteral("--help") })
                     .out,
            run({ QStringLiteral("help"), QStringLiteral("provider") }).out);
    }

    void manPageNamesEveryActionOptionAndSetting()
    {
        const QString man = manText();
        for (const auto& command : m_cli->commands()) {
            for (const cli::Action& action : command->actions()) {
                if (action.hidden)
                    continue;
                const QString words
                    = QStringList(QStringList { command->name() } + action.words).join(QLatin1Char(' '));
                QVERIFY2(man.contains(words), qPrintable(words));
                for (const cli::OptionSpec& spec : action.options) {
                    const QString option = QStringLiteral("--") + spec.option.names().constLast();
                    QVERIFY2(man.contains(option), qPrintable(words + QLatin1Char(' ') + option));
                }
            }
        }
        for (const QString& key : cli::settingKeys())
            QVERIFY2(man.contains(key), qPrintable(key));
    }

    void readmeShowsTheUsageAsItIs()
    {
        QVERIFY2(sourceFile("README.md").contains(m_cli->usageText()),
            "README.md's usage block differs from `smsotp --help`: paste the new output there");
    }

    void completionScriptsAreTheDeclaredOnes()
    {
        QCOMPARE(sourceFile("resources/completion/smsotp.bash"), cli::bashCompletion(m_cli->commands()));
        QCOMPARE(sourceFile("resources/completion/_smsotp"), cli::zshCompletion(m_cli->commands()));
        const Run bash = run({ QStringLiteral("completion"), QStringLiteral("bash") });
        QCOMPARE(bash.code, 0);
        QCOMPARE(bash.out, cli::bashCompletion(m_cli->commands()));
        QCOMPARE(run({ QStringLiteral("completion"), QStringLiteral("fish") }).code, 64);
    }

    void bashCompletes_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("absent");
        const auto l
            = [](const char* text) { return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::KeepEmptyParts); };
        QTest::newRow("command") << l("smsotp prov") << l("provider") << QStringList();
        QTest::newRow("action") << l("smsotp provider ") << l("set use show check") << l("sandbox");
        QTest::newRow("provider set") << l("smsotp provider set ") << l("twilio vonage custom") << l("sandbox");
        QTest::newRow("twilio options") << l("smsotp provider set twilio --")
                                        << l("--account-sid --sender --api-base --auth-token-stdin --data-dir")
                                        << l("--url");
        QTest::newRow("after a value") << l("smsotp provider set twilio --account-sid AC1 --s") << l("--sender")
                                       << QStringList();
        QTest::newRow("provider names") << l("smsotp send-test --provider ") << l("twilio vonage custom sandbox")
                                        << QStringList();
        QTest::newRow("format") << l("smsotp history --format ") << l("table csv json") << QStringList();
        QTest::newRow("setting key") << l("smsotp settings set otp.le") << l("otp.length") << QStringList();
        QTest::newRow("backup key") << l("smsotp settings set backup.")
                                    << l("backup.enabled backup.count backup.length") << QStringList();
        QTest::newRow("use") << l("smsotp provider use s") << l("sandbox") << QStringList();
        QTest::newRow("data dir first") << l("smsotp --data-dir /tmp/x ser") << l("server") << QStringList();
        QTest::newRow("server") << l("smsotp server ") << l("add list test pull push flow") << QStringList();
        QTest::newRow("server flow options")
            << l("smsotp server flow prod --") << l("--app --backup-codes --yes") << QStringList();
    }

    void bashCompletes()
    {
        QFETCH(QStringList, words);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);
        if (QStandardPaths::findExecutable(QStringLiteral("bash")).isEmpty())
            QSKIP("no bash");
        const QStringList offered
            = complete(QStringLiteral(SMSOTP_SOURCE_DIR "/resources/completion/smsotp.bash"), words);
        for (const QString& word : expected)
            QVERIFY2(offered.contains(word), qPrintable(word + QStringLiteral(" not in ") + offered.join(u' ')));
        for (const QString& word : absent)
            QVERIFY2(!offered.contains(word), qPrintable(word + QStringLiteral(" in ") + offered.join(u' ')));
    }

    void zshScriptParses()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("zsh")).isEmpty())
            QSKIP("zsh is not installed");
        QProcess zsh;
        zsh.start(QStringLiteral("zsh"),
            { QStringLiteral("-n"), QStringLiteral(SMSOTP_SOURCE_DIR "/resources/completion/_smsotp") });
        QVERIFY(zsh.waitForFinished(10000));
        QCOMPARE(zsh.exitCode(), 0);
    }

    void mistakesNameTheNearestWord_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const auto l = [](const char* text) { return QString::fromLatin1(text).split(QLatin1Char(' ')); };
        QTest::newRow("command") << l("sned-test --to +447400123456")
                                 << QStringLiteral("Unknown command “sned-test”. Did you mean “send-test”?");
        QTest::newRow("action") << l("provider shwo") << QStringLiteral("Did you mean “show”?");
        QTest::newRow("nested action") << l("provider set twilo") << QStringLiteral("Did you mean “twilio”?");
        QTest::newRow("option") << l("history --limt 3")
                                << QStringLiteral("Unknown option “--limt”. Did you mean “--limit”?");
        QTest::newRow("setting") << l("settings set otp.lenght 8") << QStringLiteral("Did you mean “otp.length”?");
        QTest::newRow("provider") << l("provider use twillio") << QStringLiteral("Did you mean “twilio”?");
        QTest::newRow("nothing near") << l("frobnicate") << QStringLiteral("Unknown command “frobnicate”.");
    }

    void mistakesNameTheNearestWord()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = run(arguments);
        QCOMPARE(r.code, 64);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        if (arguments.first() == u"frobnicate")
            QVERIFY2(!r.err.contains(u"Did you mean"), qPrintable(r.err));
    }

    void missingActionListsTheActions()
    {
        const Run r = run({ QStringLiteral("server") });
        QCOMPARE(r.code, 64);
        QVERIFY2(r.err.contains(u"server needs add, list, test, pull, push or flow."), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"smsotp server --help"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliReference)
#include "TestCliReference.moc"
