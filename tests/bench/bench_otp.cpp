// Throughput of the OTP generator and engine on one core, against the raw system CSPRNG measured in the same run.
// Prints "name value unit" lines, then "# baseline NAME" and "# target NAME MINIMUM" lines for run.sh.
// usage: bench_otp [PART]   (PART: run only the figures whose name contains it, e.g. to profile one)

#include "otp/OtpEngine.h"
#include "otp/OtpGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <cstdio>
#include <functional>

using namespace smsotp::otp;

namespace {

constexpr int kBatch = 1000;
constexpr qint64 kMinimumNs = 1'000'000'000; // long enough that timer resolution and scheduling are noise

// Runs the batch once to warm caches, then repeatedly for at least kMinimumNs; operations per second.
double perSecond(const std::function<void()>& batch)
{
    batch();
    QElapsedTimer timer;
    timer.start();
    qint64 operations = 0;
    do {
        batch();
        operations += kBatch;
    } while (timer.nsecsElapsed() < kMinimumNs);
    return double(operations) * 1e9 / double(timer.nsecsElapsed());
}

struct Figure
{
    const char* name;
    const char* unit;
    std::function<double()> measure;
};

// Each measure adds what it produced to a sink that is printed, so the work cannot be optimised away.
double rawSystemCalls(quint64& sink)
{
    return perSecond([&sink] {
        for (int i = 0; i < kBatch; ++i)
            sink += QRandomGenerator::system()->generate();
    });
}

double codes(bool numericOnly, quint64& sink)
{
    OtpPolicy policy; // the defaults: six symbols, as WSO2 ships them
    policy.numericOnly = numericOnly;
    SystemRandomSource source;
    OtpGenerator generator(policy, source);
    return perSecond([&] {
        for (int i = 0; i < kBatch; ++i)
            sink += quint64(generator.generate().size());
    });
}

// The product's wiring (system clock, system CSPRNG), the default policy with the hourly cap at its maximum and
// enough numbers that it never refuses: the cost of a full issue and a successful verify.
double issueVerifyPairs()
{
    OtpPolicy policy;
    policy.sendsPerHour = specOf(PolicyField::SendsPerHour).maximum;
    OtpEngine engine(policy);
    QList<QString> numbers;
    for (int i = 0; i < 1000; ++i)
        numbers.append(QStringLiteral("+4477009%1").arg(i, 5, 10, QLatin1Char('0')));
    qsizetype next = 0;
    qint64 failures = 0;
    const double rate = perSecond([&] {
        for (int i = 0; i < kBatch; ++i) {
            const QString& number = numbers.at(next++ % numbers.size());
            const IssueResult issued = engine.issue(number);
            if (!issued.isIssued() || !engine.verify(issued.challengeId, number, issued.code).isVerified())
                ++failures;
        }
    });
    if (failures > 0) {
        std::fprintf(stderr, "bench_otp: %lld issue+verify pairs did not verify\n", static_cast<long long>(failures));
        return -1;
    }
    return rate;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString only = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();

    quint64 sink = 0;
    const QList<Figure> figures = {
        { "otp.random_generate_per_s", "calls/s", [&sink] { return rawSystemCalls(sink); } },
        { "otp.generate_per_s", "codes/s", [&sink] { return codes(true, sink); } },
        { "otp.generate_alphanumeric_per_s", "codes/s", [&sink] { return codes(false, sink); } },
        { "otp.issue_verify_per_s", "pairs/s", issueVerifyPairs },
    };
    for (const Figure& figure : figures) {
        if (!only.isEmpty() && !QLatin1StringView(figure.name).contains(only))
            continue;
        const double value = figure.measure();
        if (value < 0)
            return 1;
        std::printf("%s %.0f %s\n", figure.name, value, figure.unit);
        std::fflush(stdout);
    }
    std::printf("# baseline otp.random_generate_per_s\n");
    std::printf("# target otp.issue_verify_per_s 100000\n");
    std::fprintf(stderr, "checksum %llu\n", static_cast<unsigned long long>(sink));
    return 0;
}
