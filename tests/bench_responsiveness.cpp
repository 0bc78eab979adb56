// How the window answers on generated corpora (1,000 / 10,000 articles by default; set
// ENTENTE_BENCH_SIZES=1000,10000,50000 for more): the time to open a folder, the longest stall of
// the UI thread while opening, while typing a character and pausing, and while switching views,
// how long until the views show the edit, and the time to quit. Prints a table; asserts nothing
// about time.
//
// A stall is the time one event takes to handle on the UI thread (QApplication::notify of the
// outermost event): while it runs, the window cannot answer. ENTENTE_BENCH_VERBOSE=1 lists each
// event over 16 ms.
#include "analysisdocks.h"
#include "annotatededitor.h"
#include "articleloader.h"
#include "articleset.h"
#include "benchcorpus.h"
#include "corpusstore.h"
#include "mainwindow.h"
#include "networkpanel.h"
#include "networkview.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

#include <cstdio>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (m_depth > 0) {
            // ENTENTE_BENCH_VERBOSE=2: the events inside a stall that take over 4 ms (a paint of one
            // view within the window's, for instance), to find which part of a stall costs what.
            if (!m_nested) {
                ++m_depth;
                const bool handled = QApplication::notify(receiver, event);
                --m_depth;
                return handled;
            }
            const int type = int(event->type());
            const char* what = receiver->metaObject()->className();
            const char* parent = receiver->parent() ? receiver->parent()->metaObject()->className() : "-";
            QElapsedTimer timer;
            timer.start();
            ++m_depth;
            const bool handled = QApplication::notify(receiver, event);
            --m_depth;
            if (const qint64 ns = timer.nsecsElapsed(); ns > 4'000'000)
                std::fprintf(stderr, "  %*s%6.1f ms: event %d to %s (in %s)\n", 2 * m_depth, "", double(ns) / 1e6, type,
                    what, parent);
            return handled;
        }
        ++m_depth;
        // Named before: the receiver may be gone afterwards (a DeferredDelete event deletes it).
        const int type = int(event->type());
        const char* what = receiver->metaObject()->className();
        const char* parent = receiver->parent() ? receiver->parent()->metaObject()->className() : "-";
        QElapsedTimer timer;
        timer.start();
        const bool handled = QApplication::notify(receiver, event);
        const qint64 ns = timer.nsecsElapsed();
        --m_depth;
        if (m_verbose && ns > 16'000'000)
            std::fprintf(stderr, "  stall %6.1f ms: event %d to %s (in %s)\n", double(ns) / 1e6, type, what, parent);
        if (ns > m_longest) {
            m_longest = ns;
            m_longestWhat = u"%1 to %2 (in %3)"_s.arg(type).arg(QString::fromLatin1(what), QString::fromLatin1(parent));
        }
        return handled;
    }
    void resetStall(const char* phase)
    {
        if (m_verbose)
            std::fprintf(stderr, "%s\n", phase);
        m_longest = 0;
        m_longestWhat.clear();
    }
    double longestMs() const { return double(m_longest) / 1e6; }
    QString longestWhat() const { return m_longestWhat; }

private:
    // ENTENTE_BENCH_VERBOSE=1: every event over 16 ms is listed as it happens (finding the stalls).
    const bool m_verbose = qEnvironmentVariableIsSet("ENTENTE_BENCH_VERBOSE");
    const bool m_nested = qEnvironmentVariableIntValue("ENTENTE_BENCH_VERBOSE") >= 2;
    int m_depth = 0;
    qint64 m_longest = 0;
    QString m_longestWhat;
};

TimedApplication* timedApp()
{
    return static_cast<TimedApplication*>(QCoreApplication::instance());
}

// Processes events for ms milliseconds (the window living as it would).
void live(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

// Processes events until done() or timeoutMs; returns the milliseconds it took.
double liveUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return double(timer.nsecsElapsed()) / 1e6;
}

qint64 peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong() / 1024;
    }
    return -1;
}

struct Figures
{
    int articles = 0;
    double openMs = 0;
    double openStallMs = 0;
    QString openStallWhat;
    double typeStallMs = 0;
    QString typeStallWhat;
    double updatedMs = 0;
    double switchStallMs = 0;
    QString switchStallWhat;
    double quitMs = 0;
    double teardownMs = 0;
    qint64 peakMb = 0;
};

Figures measure(int articles)
{
    Figures f;
    f.articles = articles;
    const QString folder = Testing::benchmarkCorpus(articles);
    if (folder.isEmpty())
        qFatal("cannot write the generated corpus");
    auto* window = new MainWindow;
    window->resize(1600, 1000);
    window->show();
    live(300);

    // Open the folder.
    timedApp()->resetStall("opening");
    QSignalSpy opened(window->loader(), &ArticleLoader::finished);
    QElapsedTimer timer;
    timer.start();
    window->startOpening({ folder });
    liveUntil([&] { return !opened.isEmpty(); }, 600000);
    // What the views do once the corpus arrived, up to the network's layout (made in the background,
    // swapped in when done: that belongs to opening, not to the typing measured next).
    NetworkView* network = window->analysis()->network()->view();
    liveUntil([&] { return !network->isLayingOut(); }, 600000);
    live(500);
    f.openMs = double(timer.nsecsElapsed()) / 1e6 - 500;
    f.openStallMs = timedApp()->longestMs();
    f.openStallWhat = timedApp()->longestWhat();

    // Type a character in the middle of the shown article, then pause.
    AnnotatedEditor* editor = window->editor();
    QTextCursor cursor(editor->document()->findBlockByNumber(2));
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(cursor);
    editor->setFocus();
    live(200);
    timedApp()->resetStall("typing");
    QSignalSpy updated(window->store(), &CorpusStore::corpusUpdated);
    timer.restart();
    QTest::keyClick(editor, Qt::Key_X);
    liveUntil([&] { return !updated.isEmpty(); }, 10000);
    f.updatedMs = double(timer.nsecsElapsed()) / 1e6;
    live(500);
    f.typeStallMs = timedApp()->longestMs();
    f.typeStallWhat = timedApp()->longestWhat();

    // Bring each analysis view to the front.
    timedApp()->resetStall("switching views");
    for (QDockWidget* dock : window->analysis()->docks()) {
        if (qEnvironmentVariableIsSet("ENTENTE_BENCH_VERBOSE"))
            std::fprintf(stderr, " %s\n", qPrintable(dock->objectName()));
        dock->show();
        dock->raise();
        live(150);
    }
    f.switchStallMs = timedApp()->longestMs();
    f.switchStallWhat = timedApp()->longestWhat();
    f.peakMb = peakRssMb();

    // Quit without saving (the edit is discarded as an analyst would choose). Entente ends the
    // process once the window closed (app/main.cpp), so quitting costs the close; freeing the window
    // as a test must is measured apart (what the process no longer does).
    window->articles()->textDocument(window->currentArticle())->setModified(false);
    timer.restart();
    window->close();
    f.quitMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    delete window;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    f.teardownMs = double(timer.nsecsElapsed()) / 1e6;
    return f;
}

} // namespace

int main(int argc, char** argv)
{
    TimedApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"EntenteBenchmark"_s);
    std::printf("%9s %9s %11s %11s %10s %11s %9s %8s %8s\n", "articles", "open s", "open stall", "type stall",
        "update ms", "view stall", "quit ms", "peak MB", "free ms");
    for (const int articles : Testing::benchmarkSizes()) {
        const Figures f = measure(articles);
        std::printf("%9d %9.2f %8.1f ms %8.1f ms %10.1f %8.1f ms %9.1f %8lld %8.1f\n", f.articles, f.openMs / 1000.0,
            f.openStallMs, f.typeStallMs, f.updatedMs, f.switchStallMs, f.quitMs, f.peakMb, f.teardownMs);
        std::printf("          longest while opening: event %s; typing: %s; views: %s\n", qPrintable(f.openStallWhat),
            qPrintable(f.typeStallWhat), qPrintable(f.switchStallWhat));
        std::fflush(stdout);
    }
    return 0;
}
