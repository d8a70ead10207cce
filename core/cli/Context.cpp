#include "Context.h"

#include "send/TestSendSession.h"
#include "storage/DataLocation.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTimer>
#include <cerrno>
#include <unistd.h>

namespace smsotp::cli {

QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("smsotp::cli", text, disambiguation, n);
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.simplified();
}

QString dbErrorText(const storage::DbError& error)
{
    return oneLine(error.title() + QStringLiteral(". ") + error.message());
}

ErrorDetail detailOf(const storage::DbError& error)
{
    return { error.detail, error.kind == storage::DbErrorKind::Other };
}

ErrorDetail detailOf(const storage::SecretError& error)
{
    return { error.detail, error.kind == storage::SecretErrorKind::Other };
}

Context::Context(QTextStream& out, QTextStream& err, QIODevice& in, Options options, QObject* parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
    , m_in(in)
    , m_options(options)
{ }

// The session goes before the services it uses.
Context::~Context()
{
    m_session.reset();
}

void Context::line(QTextStream& stream, const QString& text)
{
    stream << text << '\n';
    stream.flush();
}

void Context::warning(const QString& text)
{
    warn(tr("Warning: %1").arg(text));
}

int Context::usage(const QString& message, const QString& command)
{
    warn(tr("smsotp: %1").arg(oneLine(message)));
    if (command.isEmpty())
        warn(tr("Run “smsotp --help” for the usage."));
    else
        warn(tr("Run “smsotp %1 --help” for its usage, or “smsotp --help” for all commands.").arg(command));
    return kExitUsage;
}

int Context::fail(const QString& message, int code)
{
    warn(oneLine(message));
    return code;
}

int Context::fail(const QString& message, const ErrorDetail& detail, int code)
{
    warn(oneLine(message));
    if (!detail.text.trimmed().isEmpty() && (detail.unexpected || m_verbose))
        warn(tr("Detail: %1").arg(oneLine(detail.text)));
    return code;
}

void Context::setVerbose(bool verbose)
{
    m_verbose = verbose;
    // main-cli keeps the console's categories quiet; --verbose lets every message of them through.
    if (verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("smsotp.*=true"));
}

std::optional<QString> Context::readLine()
{
    // main-cli opens stdin as a blocking stdio stream. One byte more than the limit and its line break tells a
    // line that is too long from one that fits.
    QByteArray data = m_in.readLine(limits::kInputLineBytes + 2);
    if (data.isEmpty())
        return std::nullopt;
    while (data.endsWith('\n') || data.endsWith('\r'))
        data.chop(1);
    if (data.size() > limits::kInputLineBytes) {
        warn(limits::tooLarge(tr("A line of standard input"), limits::kInputLineBytes));
        return std::nullopt;
    }
    return QString::fromUtf8(data);
}

void Context::readLineLater(std::function<void(std::optional<QString>)> done)
{
    auto* file = qobject_cast<QFile*>(&m_in);
    const int fd = file ? file->handle() : -1;
    if (fd < 0) { // an in-memory input: always ready
        QTimer::singleShot(0, this, [this, done] { done(readLine()); });
        return;
    }
    if (!m_lineNotifier) {
        m_lineNotifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
        connect(m_lineNotifier.get(), &QSocketNotifier::activated, this, [this, fd] {
            char chunk[4096];
            const ssize_t n = ::read(fd, chunk, sizeof chunk);
            if (n > 0)
                m_lineBuffer.append(chunk, n);
            else if (n == 0 || (errno != EINTR && errno != EAGAIN))
                m_inputEnded = true;
            deliverLine();
        });
    }
    m_lineWaiter = std::move(done);
    deliverLine();
}

void Context::deliverLine()
{
    if (!m_lineWaiter)
        return;
    const qsizetype end = m_lineBuffer.indexOf('\n');
    const bool tooLong = (end < 0 ? m_lineBuffer.size() : end) > limits::kInputLineBytes + 1;
    if (end < 0 && !m_inputEnded && !tooLong) {
        m_lineNotifier->setEnabled(true);
        return;
    }
    m_lineNotifier->setEnabled(false);
    std::optional<QString> line;
    if (tooLong) {
        warn(limits::tooLarge(tr("A line of standard input"), limits::kInputLineBytes));
    } else if (end >= 0 || !m_lineBuffer.isEmpty()) {
        QByteArray data = end >= 0 ? m_lineBuffer.left(end) : m_lineBuffer;
        m_lineBuffer.remove(0, end >= 0 ? end + 1 : m_lineBuffer.size());
        while (data.endsWith('\r'))
            data.chop(1);
        line = QString::fromUtf8(data);
    }
    QTimer::singleShot(0, this, [done = std::exchange(m_lineWaiter, {}), line] { done(line); });
}

bool Context::confirm(const QString& question)
{
    m_out << question << ' ';
    m_out.flush();
    const std::optional<QString> answer = readLine();
    if (!answer)
        return false;
    const QString a = answer->trimmed().toLower();
    return a == u"y" || a == u"yes";
}

services::Services* Context::openServices()
{
    if (m_services)
        return m_services.get();
    storage::Database::OpenResult opened = storage::Database::open(storage::resolveDataDir(m_dataDir));
    if (!opened.database) {
        fail(dbErrorText(opened.error), detailOf(opened.error));
        return nullptr;
    }
    m_services = std::make_unique<services::Services>(std::move(opened.database), m_options.services);
    return m_services.get();
}

send::TestSendSession& Context::session()
{
    if (!m_session) {
        services::Services& s = *m_services;
        sandbox::SandboxGateway* gateway = &s.sandbox();
        m_session = std::make_unique<send::TestSendSession>(send::TestSendSession::Services {
            s.database(), s.secrets(), s.client(), s.engine(), [gateway] { return gateway->url(); } });
    }
    return *m_session;
}

OrExit<storage::ProviderSettings> Context::loadProviders(int failureCode)
{
    if (!openServices())
        return OrExit<storage::ProviderSettings>::exit(failureCode);
    const storage::ProviderRepository::LoadResult loaded = storage::ProviderRepository(m_services->database()).load();
    if (loaded.error.isError())
        return OrExit<storage::ProviderSettings>::exit(
            fail(dbErrorText(loaded.error), detailOf(loaded.error), failureCode));
    return loaded.settings;
}

bool Context::startSandbox()
{
    sandbox::SandboxGateway& gateway = m_services->sandbox();
    if (gateway.isListening())
        return true;
    const sandbox::StartResult started = gateway.start();
    if (!started.ok()) {
        fail(started.message);
        return false;
    }
    return true;
}

void Context::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = code;
    m_out.flush();
    m_err.flush();
    // Always from the event loop, so a caller can connect after starting and exit() finds a running loop.
    QMetaObject::invokeMethod(
        this, [this, code] { Q_EMIT finished(code); }, Qt::QueuedConnection);
}

} // namespace smsotp::cli
