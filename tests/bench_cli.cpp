// The command line on generated corpora (1,000 / 10,000 articles by default; ENTENTE_BENCH_SIZES
// for others): wall time, CPU time and peak memory (the child's ru_maxrss from wait4) of --check,
// --dump, the data exports and the view exports, and peak memory as a multiple of the corpus's size
// on disk. Prints a table; asserts only that each command succeeds.
#include "benchcorpus.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <fcntl.h>
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
    const pid_t child = fork();
    if (child == 0) {
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
        // `export` takes its paths after the options; --check and --dump before.
        if (arguments.first() == u"export")
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
