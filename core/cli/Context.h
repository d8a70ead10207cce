#pragma once
// What every command of smsotp shares: the process's streams, the data folder, the services (opened on first
// use), the exit codes and the one way a command ends.

#include "config/InputLimits.h"
#include "sandbox/SandboxGateway.h"
#include "services/Services.h"
#include "storage/ProviderRepository.h"
#include "storage/SecretStore.h"

#include <QIODevice>
#include <QObject>
#include <QSocketNotifier>
#include <QTextStream>
#include <functional>
#include <memory>
#include <optional>

namespace smsotp::send {
class TestSendSession;
}

namespace smsotp::cli {

// The exit codes every command uses. 64 is EX_USAGE of sysexits.h.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitSendFailed = 2; // send-test: the send failed
inline constexpr int kExitServerFailure = 2; // server: unreachable, or answered with an error
inline constexpr int kExitUsage = 64;
// What a command returns when it goes on asynchronously and calls Context::finish itself later.
inline constexpr int kExitPending = -1;

// A value, or the exit code the command ends with (its message already printed).
// The technical detail of an error (driver or keychain text), and whether the error was one the console has no
// sentence for: such an error prints its detail even without --verbose.
struct ErrorDetail
{
    QString text;
    bool unexpected = false;
};

template<typename T> class OrExit
{
public:
    OrExit(T value)
        : m_value(std::move(value))
    { }
    static OrExit exit(int code) { return OrExit(code, 0); }

    bool ok() const { return m_value.has_value(); }
    const T& operator*() const { return *m_value; }
    const T* operator->() const { return &*m_value; }
    int code() const { return m_code; }

private:
    OrExit(int code, int)
        : m_code(code)
    { }
    std::optional<T> m_value;
    int m_code = kExitOk;
};

class Context : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        services::Services::Options services;
    };

    // out gets results, err gets one-line errors and the sandbox's messages, in gives secrets and codes.
    Context(QTextStream& out, QTextStream& err, QIODevice& in, Options options, QObject* parent = nullptr);
    ~Context() override;

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    // One line, flushed at once: a script reads the sandbox's text from standard error while the CLI waits.
    void line(QTextStream& stream, const QString& text);
    void print(const QString& text) { line(m_out, text); }
    void warn(const QString& text) { line(m_err, text); }
    // "Warning: TEXT" on standard error.
    void warning(const QString& text);

    // A usage error: the message, then where to find help; returns kExitUsage.
    int usage(const QString& message, const QString& command = {});
    // A one-line error on standard error; returns code.
    int fail(const QString& message, int code = kExitFailure);
    // The same, then "Detail: …" on one line when the error was unexpected or --verbose was given.
    int fail(const QString& message, const ErrorDetail& detail, int code = kExitFailure);
    // --verbose: every error's technical detail, and the console's log categories (keychain, HTTP, storage)
    // on standard error; without it the log stays quiet and only unexpected errors show their detail.
    void setVerbose(bool verbose);
    bool isVerbose() const { return m_verbose; }

    // Blocks until a whole line or the end of the input; none at the end, or (after saying so) for a line longer
    // than limits::kInputLineBytes. The CLI has no UI to keep alive, and it
    // reads only when no network or keychain work is pending.
    std::optional<QString> readLine();
    // The same, but the event loop runs while it waits (timers, network): done gets the line later. Standard input
    // is read from its file descriptor, past stdio's buffer, so a run must not mix it with readLine.
    void readLineLater(std::function<void(std::optional<QString>)> done);
    // The rest of the input, when it is no more than limit bytes; what names it in the refusal.
    limits::LimitedRead readAll(qint64 limit, const QString& what) { return limits::readAll(m_in, limit, what); }
    // Asks a yes/no question on standard output; anything but y or yes (or the end of the input) is no.
    bool confirm(const QString& question);

    void setDataDir(const QString& dataDir) { m_dataDir = dataDir; }
    // The services on the data folder, opened on first use; none after the error was printed.
    services::Services* openServices();
    services::Services& services() { return *m_services; }
    send::TestSendSession& session();
    // The saved provider settings (the services opened first), or failureCode after the error.
    OrExit<storage::ProviderSettings> loadProviders(int failureCode = kExitFailure);
    // Starts the in-process sandbox gateway unless it runs; false after the error.
    bool startSandbox();

    // Ends the run with code; finished() follows once, always from the event loop.
    void finish(int code);
    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    QIODevice& m_in;
    Options m_options;
    QString m_dataDir; // --data-dir as given; empty: the default folder
    std::unique_ptr<services::Services> m_services;
    std::unique_ptr<send::TestSendSession> m_session;
    bool m_finished = false;
    bool m_verbose = false;
    int m_exitCode = kExitOk;
    // readLineLater on a file descriptor: what was read and not yet handed out, and who waits for a line.
    void deliverLine();
    std::unique_ptr<QSocketNotifier> m_lineNotifier;
    QByteArray m_lineBuffer;
    bool m_inputEnded = false;
    std::function<void(std::optional<QString>)> m_lineWaiter;
};

// The text with its line breaks folded into spaces: every error is one line.
QString oneLine(QString text);
// A database error as one line.
QString dbErrorText(const storage::DbError& error);
// The technical detail of a database or keychain error; unexpected for the kinds that have no sentence of their own.
ErrorDetail detailOf(const storage::DbError& error);
ErrorDetail detailOf(const storage::SecretError& error);
// The CLI's translation context.
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1);

} // namespace smsotp::cli
