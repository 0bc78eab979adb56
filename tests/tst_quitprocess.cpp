// Quitting the real Entente process: once the window closed (everything saved, recovery copies
// removed), main() ends the process without freeing the window and the corpus one by one
// (app/main.cpp). Nothing may be lost by that: the article holds every edit typed before the close,
// no recovery copy is left to offer at the next start, the settings the close wrote are on disk and
// the single-instance socket is gone. The typist (ENTENTE_TEST_TYPIST, app/testtypist.h) types,
// saves and closes the window as File ▸ Quit does.
#include "autosaver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <sys/prctl.h>

#include <csignal>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A folder of articles: the sample once, with copies under other names beside it.
bool writeArticles(const QString& folder, int count)
{
    const QByteArray sample = readFile(QStringLiteral(ENTENTE_SAMPLE));
    for (int i = 0; i < count; ++i) {
        QFile file(folder + u"/article-%1.entente"_s.arg(i, 3, 10, QLatin1Char('0')));
        if (sample.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(sample) != sample.size())
            return false;
    }
    return true;
}

} // namespace

class TestQuitProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void closedWindowEndsWithEverythingOnDisk_data()
    {
        QTest::addColumn<int>("articles");
        QTest::addColumn<int>("edits");
        QTest::newRow("one article") << 1 << 3;
        QTest::newRow("a folder") << 40 << 5;
    }

    void closedWindowEndsWithEverythingOnDisk()
    {
        QFETCH(int, articles);
        QFETCH(int, edits);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(u"articles"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeArticles(folder, articles));
        const QString first = folder + u"/article-000.entente"_s;
        const QByteArray original = readFile(first);

        QProcess entente;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        environment.insert(u"XDG_RUNTIME_DIR"_s, dir.filePath(u"runtime"_s));
        QVERIFY(QDir().mkpath(dir.filePath(u"runtime"_s)));
        QFile::setPermissions(dir.filePath(u"runtime"_s), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        // Types every 20 ms, autosaves within 100 ms (so copies exist while typing), quits after edits.
        environment.insert(u"ENTENTE_TEST_TYPIST"_s, u"20,60000,100,%1"_s.arg(edits));
        entente.setProcessEnvironment(environment);
        entente.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        entente.start(QStringLiteral(ENTENTE_EXECUTABLE), { articles == 1 ? first : folder });
        QVERIFY(entente.waitForStarted());
        QVERIFY2(entente.waitForFinished(60000), "Entente did not end after its window closed");
        QCOMPARE(entente.exitStatus(), QProcess::NormalExit);
        QCOMPARE(entente.exitCode(), 0);
        const QByteArray out = entente.readAllStandardOutput();
        QVERIFY2(out.contains(QByteArray(QByteArray("saved ") + QByteArray::number(edits))), out.constData());

        // Every edit typed is in the file.
        QByteArray expected = original;
        QByteArray suffix;
        for (int i = 1; i <= edits; ++i)
            suffix += " e" + QByteArray::number(i);
        expected.insert(original.indexOf('\n'), suffix);
        QCOMPARE(readFile(first), expected);
        // Nothing to recover at the next start: the copies were removed before the process ended.
        QVERIFY(AutoSaver::findRecoverable(dir.filePath(u"data/Entente/Entente/recovery"_s)).isEmpty());
        // The settings the close wrote are on disk.
        const QSettings settings(dir.filePath(u"config/Entente/Entente.conf"_s), QSettings::IniFormat);
        QVERIFY(settings.contains(u"window/showMarkup"_s));
        // The single-instance socket went with the process.
        QVERIFY(!QFile::exists(dir.filePath(u"runtime/org.entente.Entente"_s)));
    }
};

QTEST_GUILESS_MAIN(TestQuitProcess)
#include "tst_quitprocess.moc"
