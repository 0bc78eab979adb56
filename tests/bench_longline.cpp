// One keystroke in a 390 KB line holding 30,000 marks, in the window: the work of the UI thread for
// the key press itself (the highlighter and the layout of that block), then for the re-parse that
// follows the pause, and the longest single event in between (docs/reliability.md has the figures;
// the issue measured 2.6 CPU-s per keystroke). Also the pieces alone: highlighting the block,
// parsing the text, the store's update. Prints the figures; asserts only that the edit arrived.
#include "annotatededitor.h"
#include "articleset.h"
#include "corpusstore.h"
#include "format.h"
#include "mainwindow.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QPlainTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>

#include <cstdio>
#include <ctime>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

constexpr int markCount = 30000;

double cpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Times each outermost event the UI thread handles.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject* receiver, QEvent* event) override
    {
        if (m_depth++ > 0) {
            const bool handled = QApplication::notify(receiver, event);
            --m_depth;
            return handled;
        }
        // Named before: the event may delete its receiver.
        const int type = int(event->type());
        const QString what = QString::fromLatin1(receiver->metaObject()->className());
        QElapsedTimer timer;
        timer.start();
        const bool handled = QApplication::notify(receiver, event);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        --m_depth;
        m_busyMs += ms;
        if (ms > m_longestMs) {
            m_longestMs = ms;
            m_longestWhat = u"event %1 to %2"_s.arg(type).arg(what);
        }
        return handled;
    }
    void reset()
    {
        m_busyMs = 0;
        m_longestMs = 0;
        m_longestWhat.clear();
    }
    double m_busyMs = 0;
    double m_longestMs = 0;
    QString m_longestWhat;

private:
    int m_depth = 0;
};

TimedApplication* timedApp()
{
    return static_cast<TimedApplication*>(QCoreApplication::instance());
}

void live(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

QByteArray longLine()
{
    QByteArray bytes;
    bytes.reserve(markCount * 14 + 100);
    for (int i = 0; i < markCount; ++i)
        bytes += i % 2 == 0 ? "[Li]{actor=li} " : "[W]{actor=w} ";
    return bytes + "\n=== entente ===\nactor li: Li Qiang; person; China\nactor w: Wang Yi; person; China\n";
}

} // namespace

class BenchLongLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keystroke()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"long.entente"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray bytes = longLine();
        file.write(bytes);
        file.close();
        std::printf("line: %lld bytes, %d marks\n", qlonglong(bytes.indexOf('\n')), markCount);

        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openPaths({ path }));
        live(1500);
        AnnotatedEditor* editor = window.editor();
        editor->setFocus();
        QTextCursor cursor(editor->document());
        cursor.setPosition(int(bytes.indexOf('\n')) / 2);
        editor->setTextCursor(cursor);
        live(800);

        for (int round = 0; round < 3; ++round) {
            timedApp()->reset();
            double cpu = cpuMs();
            QElapsedTimer wall;
            wall.start();
            QTest::keyClick(editor, Qt::Key_X);
            const double keyMs = double(wall.nsecsElapsed()) / 1e6;
            const double keyCpu = cpuMs() - cpu;
            cpu = cpuMs();
            live(50); // the paint that follows
            const double paintBusy = timedApp()->m_busyMs;
            const double paintCpu = cpuMs() - cpu;
            timedApp()->reset();
            cpu = cpuMs();
            live(window.articles()->reparseDelay() + 600); // the re-parse after the pause, and what follows it
            const double afterCpu = cpuMs() - cpu;
            std::printf("round %d: key press %.1f ms (CPU %.1f ms); paint %.1f ms (CPU %.1f ms); after the pause: busy %.1f ms, "
                        "CPU %.1f ms, longest %.1f ms (%s)\n",
                round, keyMs, keyCpu, paintBusy, paintCpu, timedApp()->m_busyMs, afterCpu, timedApp()->m_longestMs,
                qPrintable(timedApp()->m_longestWhat));
            std::fflush(stdout);
        }
        QVERIFY(window.store()->corpus().documents.at(0).text.count(u'x') >= 3);

        // The pieces alone.
        QTextBlock block = editor->document()->firstBlock();
        auto* highlighter = editor->document()->findChild<KSyntaxHighlighting::SyntaxHighlighter*>();
        QVERIFY(highlighter);
        QElapsedTimer timer;
        timer.start();
        highlighter->rehighlightBlock(block);
        std::printf("highlighting the line alone: %.1f ms\n", double(timer.nsecsElapsed()) / 1e6);
        // Qt's own share: a plain QTextDocument of the same text, no highlighter, no reading view,
        // laid out again after one inserted character (as QPlainTextEdit does on each key).
        {
            QTextDocument plain;
            auto* layout = new QPlainTextDocumentLayout(&plain);
            plain.setDocumentLayout(layout);
            plain.setTextWidth(900);
            plain.setPlainText(editor->document()->toPlainText());
            layout->blockBoundingRect(plain.firstBlock());
            QTextCursor at(&plain);
            at.setPosition(int(bytes.indexOf('\n')) / 2);
            const double cpu = cpuMs();
            timer.start();
            at.insertText(u"x"_s);
            layout->blockBoundingRect(plain.firstBlock());
            std::printf("Qt alone (insert + lay out the line in a bare QTextDocument): %.1f ms (CPU %.1f ms)\n",
                double(timer.nsecsElapsed()) / 1e6, cpuMs() - cpu);
        }
        const QString text = ArticleSet::documentText(editor->document());
        timer.start();
        const Document parsed = Format::parse(text, path);
        std::printf("parsing the text alone: %.1f ms (%lld marks)\n", double(timer.nsecsElapsed()) / 1e6,
            qlonglong(parsed.marks.size()));
        timer.start();
        window.store()->updateDocumentText(0, text + u' ');
        std::printf("store update (parse + models) : %.1f ms\n", double(timer.nsecsElapsed()) / 1e6);
    }
};

int main(int argc, char** argv)
{
    TimedApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // autosave and settings away from the analyst's own
    BenchLongLine bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "bench_longline.moc"
