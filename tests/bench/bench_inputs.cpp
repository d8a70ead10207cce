// SECURITY.md 31: an input read whole that is over its limit costs little. The smsotp CLI is run on a 10 MiB
// template file, 10 MiB of standard input for --headers-stdin and a 10 MiB config file; each is refused by its
// size. Its baseline is the same command on a small input refused for another reason, in the same run.
// Figures: wall time from exec to exit (ms), and the peak RSS of the process (MiB, from wait4).
// Targets: at most 1000 ms, and at most 50 MiB over the baseline.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace {

struct Cost
{
    double ms = -1;
    double rssMiB = -1;
    int exitCode = -1;
};

// Runs the CLI with standard input from inputFile (or /dev/null), standard output and error discarded.
Cost run(const QStringList& args, const QString& inputFile)
{
    std::vector<QByteArray> bytes { QByteArray(SMSOTP_BENCH_CLI_EXE) };
    for (const QString& a : args)
        bytes.push_back(a.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray input = inputFile.isEmpty() ? QByteArray("/dev/null") : inputFile.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, 0, input.constData(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    Cost cost;
    if (posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), environ) == 0) {
        int status = 0;
        rusage usage {};
        if (wait4(pid, &status, 0, &usage) == pid) {
            cost.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            cost.rssMiB = double(usage.ru_maxrss) / 1024.0; // KiB on Linux
            cost.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        }
    }
    posix_spawn_file_actions_destroy(&actions);
    return cost;
}

bool write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

void report(const char* name, const Cost& big, const Cost& small)
{
    std::printf("%s_ms %.2f ms\n%s_baseline_ms %.2f ms\n", name, big.ms, name, small.ms);
    std::printf("%s_rss %.2f MiB\n%s_baseline_rss %.2f MiB\n", name, big.rssMiB, name, small.rssMiB);
    std::printf("# compare %s_ms %s_baseline_ms\n# target-max %s_ms 1000\n", name, name, name);
    std::printf("# compare %s_rss %s_baseline_rss\n# target-delta-max %s_rss 50\n", name, name, name);
}

} // namespace

int main()
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString big = dir.filePath(QStringLiteral("big"));
    const QString small = dir.filePath(QStringLiteral("small"));
    const QByteArray tenMiB(10 * 1024 * 1024, '{');
    const QString valid = dir.filePath(QStringLiteral("template.json")); // so that standard input is read
    if (!write(big, tenMiB) || !write(small, QByteArray(1024, '{'))
        || !write(valid, R"({"to": {{mobile}}, "text": {{body}}})"))
        return 1;
    const QStringList custom { QStringLiteral("--data-dir"), data, QStringLiteral("provider"), QStringLiteral("set"),
        QStringLiteral("custom"), QStringLiteral("--url"), QStringLiteral("https://sms.example.com/send"),
        QStringLiteral("--content-type"), QStringLiteral("json"), QStringLiteral("--method"), QStringLiteral("post"),
        QStringLiteral("--template-file") };
    const QStringList import { QStringLiteral("--data-dir"), data, QStringLiteral("config"), QStringLiteral("import") };

    struct Case
    {
        const char* name;
        Cost big;
        Cost small;
    };
    const Case cases[] = {
        { "template_file_10mib", run(custom + QStringList { big }, {}), run(custom + QStringList { small }, {}) },
        { "headers_stdin_10mib", run(custom + QStringList { small, QStringLiteral("--headers-stdin") }, big),
            run(custom + QStringList { small, QStringLiteral("--headers-stdin") }, small) },
        { "config_import_10mib", run(import + QStringList { big }, {}), run(import + QStringList { small }, {}) },
    };
    for (const Case& c : cases) {
        // Both must be refused (exit 1): a bench of a command that did something else measures nothing.
        if (c.big.exitCode != 1 || c.small.exitCode != 1) {
            std::fprintf(
                stderr, "%s: exit %d and %d, expected 1 (refused)\n", c.name, c.big.exitCode, c.small.exitCode);
            return 1;
        }
        report(c.name, c.big, c.small);
    }
    return 0;
}
