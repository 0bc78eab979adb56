// Hostile and odd files: only regular files are read (FIFOs, devices and sockets are refused at once,
// never waited on or read forever), reads are bounded, folders list what they skip and why, and saves
// never replace anything but a regular file.
#include "format.h"
#include "safefile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A listening Unix socket at path; returns its descriptor (closed by the caller) or -1.
int makeSocket(const QString& path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    if (fd < 0 || size_t(name.size()) >= sizeof(address.sun_path))
        return -1;
    std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

bool makeFifo(const QString& path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

QStringList skippedNames(const Format::ArticleFiles& found)
{
    QStringList names;
    for (const Format::SkippedFile& skipped : found.skipped)
        names.append(QFileInfo(skipped.path).fileName() + u": "_s + skipped.reason);
    names.sort();
    return names;
}

} // namespace

class TestSafeFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void specialFilesAreRefusedAtOnce_data()
    {
        QTest::addColumn<QString>("path"); // "fifo" and "socket" are made in a temporary folder
        QTest::addColumn<QString>("message");
        QTest::newRow("FIFO") << u"fifo"_s << u"FIFO"_s;
        QTest::newRow("/dev/zero") << u"/dev/zero"_s << u"device"_s;
        QTest::newRow("/dev/null") << u"/dev/null"_s << u"device"_s;
        QTest::newRow("socket") << u"socket"_s << u"socket"_s;
    }
    void specialFilesAreRefusedAtOnce()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        QTemporaryDir dir;
        int socket = -1;
        const auto closeSocket = qScopeGuard([&socket] {
            if (socket >= 0)
                ::close(socket);
        });
        if (path == u"fifo") {
            path = dir.filePath(u"article.entente"_s);
            QVERIFY(makeFifo(path));
        } else if (path == u"socket") {
            path = dir.filePath(u"socket.entente"_s);
            socket = makeSocket(path);
            QVERIFY(socket >= 0);
        } else if (!QFileInfo::exists(path)) {
            QSKIP("no such device here");
        }
        QElapsedTimer timer;
        timer.start();
        const Document doc = Format::load(path); // before the fix: a FIFO waited forever, /dev/zero filled memory
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(doc.unreadable);
        QCOMPARE(doc.diagnostics.size(), 1);
        QVERIFY2(doc.diagnostics.first().message.contains(message), qPrintable(doc.diagnostics.first().message));
        QVERIFY(doc.diagnostics.first().toString().startsWith(path + u": error: "_s));
    }

    void readsAreBounded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ten.txt"_s);
        writeFile(path, "0123456789");
        QString error;
        qsizetype seen = 0;
        const auto count = [&seen](QByteArrayView piece) {
            seen += piece.size();
            return true;
        };
        QVERIFY(!SafeFile::readPieces(path, 9, count, &error));
        QVERIFY2(error.contains(u"too large"_s), qPrintable(error));
        QCOMPARE(seen, 0);
        QVERIFY(SafeFile::readPieces(path, 10, count, &error));
        QCOMPARE(seen, 10);
    }

    void foldersListWhatTheySkip()
    {
        QTemporaryDir dir;
        const QDir root(dir.path());
        QVERIFY(root.mkpath(u"sub/deeper"_s));
        writeFile(root.filePath(u"b.entente"_s), "B");
        writeFile(root.filePath(u"sub/a.txt"_s), "A");
        writeFile(root.filePath(u"sub/deeper/c.entente"_s), "C");
        writeFile(root.filePath(u"notes.md"_s), "not an article");
        QVERIFY(makeFifo(root.filePath(u"pipe.entente"_s)));
        QVERIFY(QFile::link(root.filePath(u"gone.entente"_s), root.filePath(u"broken.entente"_s)));
        QVERIFY(QFile::link(root.filePath(u"loop2.txt"_s), root.filePath(u"loop1.txt"_s)));
        QVERIFY(QFile::link(root.filePath(u"loop1.txt"_s), root.filePath(u"loop2.txt"_s)));
        QVERIFY(QFile::link(root.filePath(u"b.entente"_s), root.filePath(u"link-to-b.entente"_s)));
        QVERIFY(QFile::link(dir.path(), root.filePath(u"sub/back-to-root"_s))); // a folder link: not followed

        const Format::ArticleFiles found = Format::findArticleFiles({ dir.path() });
        QStringList names;
        for (const QString& file : found.files)
            names.append(root.relativeFilePath(file));
        names.sort();
        QCOMPARE(names, QStringList({ u"b.entente"_s, u"link-to-b.entente"_s, u"sub/a.txt"_s, u"sub/deeper/c.entente"_s }));
        const QStringList skipped = skippedNames(found);
        QCOMPARE(skipped.size(), 4);
        QVERIFY2(skipped.at(0).startsWith(u"broken.entente: this is a broken symbolic link"_s), qPrintable(skipped.join(u'\n')));
        QVERIFY2(skipped.at(1).startsWith(u"loop1.txt: this symbolic link loops"_s), qPrintable(skipped.join(u'\n')));
        QVERIFY2(skipped.at(2).startsWith(u"loop2.txt: this symbolic link loops"_s), qPrintable(skipped.join(u'\n')));
        QVERIFY2(skipped.at(3).startsWith(u"pipe.entente: this is a FIFO"_s), qPrintable(skipped.join(u'\n')));
        QVERIFY(found.emptyFolders.isEmpty());
    }

    void unreadableFilesAreListed()
    {
        if (::geteuid() == 0)
            QSKIP("root reads every file");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"secret.entente"_s);
        writeFile(path, "x");
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        const Format::ArticleFiles found = Format::findArticleFiles({ dir.path() });
        QVERIFY(found.files.isEmpty());
        QCOMPARE(skippedNames(found), QStringList({ u"secret.entente: cannot read this file (no permission)"_s }));
    }

    void emptyFoldersAreNamed()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"readme.md"_s), "not an article");
        const Format::ArticleFiles found = Format::findArticleFiles({ dir.path() });
        QVERIFY(found.files.isEmpty());
        QCOMPARE(found.emptyFolders, QStringList({ dir.path() }));
    }

    void savesReplaceOnlyRegularFiles_data()
    {
        QTest::addColumn<QString>("target"); // "fifo", "folder" or a path
        QTest::addColumn<QString>("message");
        QTest::newRow("device") << u"/dev/null"_s << u"device"_s;
        QTest::newRow("FIFO") << u"fifo"_s << u"FIFO"_s;
        QTest::newRow("folder") << u"folder"_s << u"folder"_s;
    }
    void savesReplaceOnlyRegularFiles()
    {
        QFETCH(QString, target);
        QFETCH(QString, message);
        QTemporaryDir dir;
        if (target == u"fifo") {
            target = dir.filePath(u"out.entente"_s);
            QVERIFY(makeFifo(target));
        } else if (target == u"folder") {
            target = dir.path();
        }
        QFileInfo before(target);
        QString error;
        QVERIFY(!SafeFile::write(target, "bytes", &error)); // before the fix: QSaveFile renamed over it
        QVERIFY2(error.contains(message) && error.contains(target), qPrintable(error));
        QVERIFY(!SafeFile::whyNotWritable(target).isEmpty());
        QFileInfo after(target);
        QCOMPARE(after.isFile(), before.isFile());
        QCOMPARE(after.isDir(), before.isDir());
    }

    void savesWriteRegularFilesAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"article.entente"_s);
        QString error;
        QVERIFY2(SafeFile::write(path, "first", &error), qPrintable(error)); // absent
        QCOMPARE(readFile(path), "first"_ba);
        QVERIFY2(SafeFile::write(path, "second", &error), qPrintable(error)); // regular
        QCOMPARE(readFile(path), "second"_ba);
        // Through a link to a regular file: the file behind it is written, the link stays.
        const QString link = dir.filePath(u"link.entente"_s);
        QVERIFY(QFile::link(path, link));
        QVERIFY2(SafeFile::write(link, "third", &error), qPrintable(error));
        QCOMPARE(readFile(path), "third"_ba);
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::System | QDir::Hidden).size(), 2); // no temporary left

        const QString nowhere = dir.filePath(u"missing-folder/article.entente"_s);
        QVERIFY(!SafeFile::write(nowhere, "x", &error));
        QVERIFY2(error.startsWith(nowhere + u": cannot write: "_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSafeFile)
#include "tst_safefile.moc"
