// smsotp: the command-line entry point. Wiring only; the commands live in core/cli.

#include "cli/Cli.h"
#include "i18n/Translations.h"
#include "storage/DataLocation.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>
#include <cstdio>

namespace {

// SMSOTP_SANDBOX_FAIL: a testing aid that makes the CLI's own sandbox gateway fail, as the GUI's selector does.
smsotp::sandbox::FailMode sandboxFailModeFromEnvironment()
{
    const QByteArray value = qgetenv("SMSOTP_SANDBOX_FAIL").trimmed().toLower();
    if (value == "500")
        return smsotp::sandbox::FailMode::Http500;
    if (value == "delay")
        return smsotp::sandbox::FailMode::Delay;
    if (value == "timeout")
        return smsotp::sandbox::FailMode::Timeout;
    if (value == "undelivered")
        return smsotp::sandbox::FailMode::Undelivered;
    return smsotp::sandbox::FailMode::None;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    smsotp::storage::applyApplicationIdentity();
    // English only, with proper plurals ("1 attempt left", "2 attempts left").
    smsotp::i18n::installEnglishPluralForms(app);
    // Standard error carries the one-line errors and the sandbox's messages; the core's log, its warnings
    // included, stays out of it unless --verbose (Context::setVerbose) or QT_LOGGING_RULES turns it on.
    QLoggingCategory::setFilterRules(
        QStringLiteral("smsotp.*.debug=false\nsmsotp.*.info=false\nsmsotp.*.warning=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    // Through stdio, so a read blocks until a whole line (or the end) arrives from a terminal or a pipe.
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        err << "smsotp: cannot read standard input\n";
        return 1;
    }

    smsotp::cli::Cli::Options options;
    options.sandboxFailMode = sandboxFailModeFromEnvironment();
    smsotp::cli::Cli cli(out, err, in, options);
    QObject::connect(&cli, &smsotp::cli::Cli::finished, &app, &QCoreApplication::exit);
    QTimer::singleShot(0, &cli, [&cli] { cli.start(QCoreApplication::arguments()); });
    return app.exec();
}
