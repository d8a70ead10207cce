#pragma once
// The smsotp command line: parses a command, runs it on the shared core (same data folder, same keychain) and
// reports an exit code. Logic only; app/main-cli.cpp gives it the process's streams.

#include "otp/OtpPolicy.h"
#include "sandbox/SandboxGateway.h"
#include "storage/ProviderRepository.h"

#include <QCommandLineParser>
#include <QIODevice>
#include <QObject>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>
#include <optional>

namespace smsotp::wso2 {
struct Connection;
}

namespace smsotp::cli {

// The exit codes every command uses (send-test adds kSendFailed). 64 is EX_USAGE of sysexits.h.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitSendFailed = 2;
// server commands: the server could not be reached, or answered with an error.
inline constexpr int kExitServerFailure = 2;
inline constexpr int kExitUsage = 64;
// What a command returns when it goes on asynchronously and calls finish() itself later.
inline constexpr int kExitPending = -1;

// The whole usage text, as --help prints it.
QString usageText();

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
    // Reading in blocks (the CLI has no UI to keep alive); it is read only when no network or keychain work is
    // pending, so nothing waits on it that the event loop should be serving.
    Cli(QTextStream& out, QTextStream& err, QIODevice& in, Options options, QObject* parent = nullptr);
    Cli(QTextStream& out, QTextStream& err, QIODevice& in, QObject* parent = nullptr);
    ~Cli() override;

    // Starts the command in args (args[0] is the program name). finished() follows, always after start() has
    // returned, exactly once.
    void start(const QStringList& args);
    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    struct Services;

    int dispatch(const QString& command, const QStringList& args);
    // Opens the database and builds the services on first use; false after writing the error.
    bool openServices();

    int settingsCommand(const QStringList& args);
    int providerCommand(const QStringList& args);
    int providerSet(const QStringList& args);
    int providerSetVendor(const QString& name, const QStringList& args);
    int providerSetCustom(const QStringList& args);
    int providerUse(const QStringList& args);
    int providerShow();
    int providerCheck(const QStringList& args);
    int previewCommand(const QStringList& args);
    int sendTestCommand(const QStringList& args);
    int historyCommand(const QStringList& args);
    int backupCodesCommand(const QStringList& args);
    int configCommand(const QStringList& args);
    int serverCommand(const QStringList& args);
    int serverAdd(const QStringList& args);
    int serverList(const QStringList& args);
    int serverTest(const QStringList& args);
    // What server pull and push start from: the one server name, the saved providers and the OTP policy.
    struct ServerCommandInput
    {
        QString name;
        storage::ProviderSettings settings;
        otp::OtpPolicy policy;
    };
    // Parses args for command and reads that input; an exit code when the command ends here.
    std::optional<int> readServerCommand(
        QCommandLineParser& parser, const QString& command, const QStringList& args, ServerCommandInput& input);
    int serverPull(const QStringList& args);
    int serverPush(const QStringList& args);
    int serverFlow(const QStringList& args);
    // Loads the named server and its secret from the keychain, then calls next; or finishes with the error.
    void withServerConnection(const QString& name, std::function<void(const wso2::Connection& connection)> next);
    // Asks a yes/no question on out and reads the answer from in; anything but y or yes is no.
    bool confirm(const QString& question);

    // Keychain writes one after another, then finish(kExitOk) or a one-line error.
    struct SecretWrite
    {
        QString key;
        std::optional<QString> value; // none: remove
    };
    void writeSecrets(QList<SecretWrite> writes, QString doneMessage);

    // A provider named on the command line (none: not named) into kind; the usage error's code when unknown.
    std::optional<int> readProviderName(const std::optional<QString>& name, std::optional<providers::ProviderKind>& kind);
    // Opens the data folder and reads the provider settings into settings; on failure the error is printed
    // and the code to exit with (failureCode) returned.
    std::optional<int> loadProviders(storage::ProviderSettings& settings, int failureCode = kExitFailure);

    // The send-test conversation after a send: reads lines until verified, failed or the input ends.
    void readCodes();
    bool startSandbox();

    // A usage error: the message, then where to find help, on err; returns kExitUsage.
    int usage(const QString& message);
    // A one-line error on err; returns code.
    int fail(const QString& message, int code = kExitFailure);
    void line(QTextStream& stream, const QString& text);
    std::optional<QString> readLine();
    void finish(int code);
    // Parses a subcommand's options (--help and --data-dir included); a value when the command ends here.
    std::optional<int> parse(QCommandLineParser& parser, const QString& name, const QStringList& args);

    QTextStream& m_out;
    QTextStream& m_err;
    QIODevice& m_in;
    Options m_options;
    std::unique_ptr<Services> m_services;
    QString m_dataDir; // --data-dir as given; empty: the default folder
    bool m_finished = false;
    int m_exitCode = kExitOk;
};

} // namespace smsotp::cli
