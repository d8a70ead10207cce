// Bench helper: makes a data folder as a user who has worked with the console would have it: a configured Twilio
// provider (active, no secret: secrets live in the keychain) and N history rows.
// usage: smsotp-bench-datadir DIR ROWS

#include "BenchHistory.h"
#include "storage/ProviderRepository.h"

#include <QCoreApplication>
#include <QUrl>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: smsotp-bench-datadir DIR ROWS\n");
        return 2;
    }
    using namespace smsotp;
    storage::Database::OpenResult opened = storage::Database::open(args.at(1));
    if (!opened.database) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.error.message()));
        return 1;
    }
    storage::ProviderRepository providers(*opened.database);
    providers::twilio::Config twilio;
    twilio.accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
    twilio.sender = QStringLiteral("+447700900123");
    storage::DbError error = providers.saveTwilio(twilio);
    if (!error.isError())
        error = providers.setActive(providers::ProviderKind::Twilio);
    if (error.isError()) {
        std::fprintf(stderr, "provider: %s\n", qPrintable(error.message()));
        return 1;
    }
    const QString failure = bench::fillHistory(*opened.database, args.at(2).toInt());
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "history: %s\n", qPrintable(failure));
        return 1;
    }
    return 0;
}
