#pragma once
// The smsotp command line: finds the command family (settings, provider, preview, send-test, history,
// backup-codes, config, server, completion), runs it on the shared core (same data folder, same keychain) and
// reports an exit code. Logic only; app/main-cli.cpp gives it the process's streams.

#include "Command.h"
#include "Context.h"
#include "sandbox/SandboxGateway.h"

#include <QIODevice>
#include <QObject>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <vector>

namespace smsotp::cli {

class Cli : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        // How the in-process sandbox gateway behaves: a testing aid, set by main-cli from SMSOTP_SANDBOX_FAIL.
        sandbox::FailMode sandboxFailMode = sandbox::FailMode::None;
        // Keychain deadline; 0 keeps SecretStore's default.
        int keychainDeadlineMs = 0;
    };

    // out gets results, err gets one-line errors and the sandbox's messages, in gives secrets and codes.
    Cli(QTextStream& out, QTextStream& err, QIODevice& in, Options options, QObject* parent = nullptr);
    Cli(QTextStream& out, QTextStream& err, QIODevice& in, QObject* parent = nullptr);
    ~Cli() override;

    // Starts the command in args (args[0] is the program name). finished() follows, always after start() has
    // returned, exactly once.
    void start(const QStringList& args);
    bool isFinished() const { return m_context->isFinished(); }
    int exitCode() const { return m_context->exitCode(); }

    // The declarations every text about the CLI is built from (usage, help, completions).
    const std::vector<std::unique_ptr<Command>>& commands() const { return m_commands; }
    // The whole usage text, as --help prints it.
    QString usageText() const;

Q_SIGNALS:
    void finished(int exitCode);

private:
    int dispatch(const QStringList& positional);
    Command* command(const QString& name) const;

    // The context goes last: the commands' pending work refers to it.
    std::unique_ptr<Context> m_context;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace smsotp::cli
