// The command line on generated corpora (1,000 / 10,000 articles by default; ENTENTE_BENCH_SIZES
// for others): wall time, CPU time and peak memory (the child's ru_maxrss from wait4) of --check,
// --dump, the data exports, the view exports, the briefing, duplicates and suggest, and peak memory as
// a multiple of the corpus's size on disk (ENTENTE_BENCH_ONE_CORE=1: each on one core). Prints a
// table; asserts only that each command succeeds.
#include "benchcorpus.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <fcntl.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Entente;

namespace {

struct Usage
{
    int exitCode = -1;
    double wallSeconds = 0;
    double cpuSeconds = 0;
    double peakMegabytes = 0;
};

// Runs the executable with its standard output thrown away; the peak resident size is the child's
// own (wait4), not the largest of every child so far as getrusage(RUSAGE_CHILDREN) would give.
Usage run(const QStringList& arguments)
{
    QList<QByteArray> bytes;
    for (const QString& argument : arguments)
        bytes.append(argument.toLocal8Bit());
    std::vector<char*> argv;
    const QByteArray program(ENTENTE_EXECUTABLE);
    argv.push_back(const_cast<char*>(program.constData()));
    for (QByteArray& argument : bytes)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    QElapsedTimer timer;
    timer.start();
    const bool oneCore = qEnvironmentVariableIntValue("ENTENTE_BENCH_ONE_CORE") == 1;
    const pid_t child = fork();
    if (child == 0) {
        // ENTENTE_BENCH_ONE_CORE=1: the command runs on the first core only (the issue's targets).
        if (oneCore) {
            cpu_set_t one;
            CPU_ZERO(&one);
            CPU_SET(0, &one);
            sched_setaffinity(0, sizeof one, &one);
        }
        const int devNull = open("/dev/null", O_WRONLY);
        dup2(devNull, STDOUT_FILENO);
        dup2(devNull, STDERR_FILENO);
        execv(argv[0], argv.data());
        _exit(127);
    }
    Usage usage;
    int status = 0;
    rusage resources {};
    if (child < 0 || wait4(child, &status, 0, &resources) != child)
        return usage;
    usage.wallSeconds = double(timer.nsecsElapsed()) / 1e9;
    usage.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    const auto seconds = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    usage.cpuSeconds = seconds(resources.ru_utime) + seconds(resources.ru_stime);
    usage.peakMegabytes = double(resources.ru_maxrss) / 1024.0;
    return usage;
}

qint64 folderBytes(const QString& folder)
{
    qint64 total = 0;
    QDirIterator it(folder, { QStringLiteral("*.entente") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        total += it.nextFileInfo().size();
    return total;
}

} // namespace

class BenchCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commands_data()
    {
        QTest::addColumn<int>("articles");
        QTest::addColumn<QStringList>("arguments");
        const QList<QPair<const char*, QStringList>> commands {
            { "check", { QStringLiteral("--check") } },
            { "dump", { QStringLiteral("--dump") } },
            { "export csv", { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"), QStringLiteral("@OUT@/tables") } },
            { "export gexf", { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("gexf"), QStringLiteral("--output"), QStringLiteral("@OUT@/net.gexf") } },
            { "export network png", { QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("network"), QStringLiteral("--output"), QStringLiteral("@OUT@/network.png") } },
            { "export issues png", { QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("issues"), QStringLiteral("--output"), QStringLiteral("@OUT@/issues.png") } },
            { "export meetings png", { QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("meetings"), QStringLiteral("--output"), QStringLiteral("@OUT@/meetings.png") } },
            { "export timeline svg", { QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("timeline"), QStringLiteral("--output"), QStringLiteral("@OUT@/timeline.svg") } },
            { "export calendar pdf", { QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("calendar"), QStringLiteral("--output"), QStringLiteral("@OUT@/calendar.pdf") } },
            { "export graphml", { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("graphml"), QStringLiteral("--output"), QStringLiteral("@OUT@/net.graphml") } },
            { "export ics", { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("ics"), QStringLiteral("--output"), QStringLiteral("@OUT@/meetings.ics") } },
            { "export plover jsonl", { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("plover"), QStringLiteral("--output"), QStringLiteral("@OUT@/events.jsonl") } },
            { "export plover json", { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("plover"), QStringLiteral("--output"), QStringLiteral("@OUT@/events.json") } },
            { "export brat", { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("brat"), QStringLiteral("--output"), QStringLiteral("@OUT@/brat") } },
            { "briefing pdf", { QStringLiteral("briefing"), QStringLiteral("--from"), QStringLiteral("1900-01-01"), QStringLiteral("--to"), QStringLiteral("2100-12-31"), QStringLiteral("--output"), QStringLiteral("@OUT@/briefing.pdf") } },
            { "briefing html", { QStringLiteral("briefing"), QStringLiteral("--from"), QStringLiteral("1900-01-01"), QStringLiteral("--to"), QStringLiteral("2100-12-31"), QStringLiteral("--output"), QStringLiteral("@OUT@/briefing.html") } },
            { "duplicates", { QStringLiteral("duplicates") } },
            { "suggest output-dir", { QStringLiteral("suggest"), QStringLiteral("--output-dir"), QStringLiteral("@OUT@/suggested") } },
        };
        for (const int size : Testing::benchmarkSizes()) {
            for (const auto& [name, arguments] : commands)
                QTest::addRow("%d %s", size, name) << size << arguments;
        }
    }

    void commands()
    {
        QFETCH(int, articles);
        QFETCH(QStringList, arguments);
        const QString folder = Testing::benchmarkCorpus(articles);
        QVERIFY(!folder.isEmpty());
        QTemporaryDir out;
        for (QString& argument : arguments)
            argument.replace(QStringLiteral("@OUT@"), out.path());
        // The subcommands take their paths after their name; --check and --dump before.
        if (!arguments.first().startsWith(u'-'))
            arguments.insert(1, folder);
        else
            arguments.append(folder);
        const Usage usage = run(arguments);
        QCOMPARE(usage.exitCode, 0);
        const double corpusMegabytes = double(folderBytes(folder)) / 1e6;
        std::printf("RESULT %-28s wall %7.2f s  cpu %7.2f s  peak %7.0f MB  corpus %6.1f MB  peak/corpus %5.1f\n",
            QTest::currentDataTag(), usage.wallSeconds, usage.cpuSeconds, usage.peakMegabytes, corpusMegabytes,
            usage.peakMegabytes / corpusMegabytes);
        std::fflush(stdout);
    }
};

QTEST_GUILESS_MAIN(BenchCli)
#include "bench_cli.moc"
