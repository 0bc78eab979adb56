// Screenshots of the main window for reviews: `windowshots FOLDER [ARTICLES...]` (under Xvfb, e.g.
// `xvfb-run -a -s '-screen 0 1280x800x24' windowshots /tmp/shots sample.entente`) opens the
// articles in a first window (no saved layout), and saves the whole screen as
// FOLDER/window2-first.png, each analysis view in front as window2-view-NAME.png, with Find in All
// Articles' hits as window2-findall.png and with Help ▸ Keyboard Shortcuts as window2-shortcuts.png;
// it prints the window's frame and the screen.
// `windowshots FOLDER --opening PATH` opens PATH (a large folder) as File ▸ Open Folder does, in the
// background, and saves window-opening.png while it reads and window-opened.png once the views
// (the network's layout too) show the corpus, then window-opened-network.png with the network in
// front and window-opened-network-zoomed.png zoomed in.
#include "analysisdocks.h"
#include "articleloader.h"
#include "findallpanel.h"
#include "mainwindow.h"
#include "networkpanel.h"
#include "networkview.h"
#include "shortcutsdialog.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QLineEdit>
#include <QTreeView>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Entente;

namespace {

void saveScreen(const QString& path)
{
    QTest::qWait(400);
    if (!QGuiApplication::primaryScreen()->grabWindow(0).save(path))
        qWarning("could not write %s", qPrintable(path));
    else
        qInfo("wrote %s", qPrintable(path));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("EntenteShots"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        qCritical("usage: windowshots FOLDER [ARTICLES...]");
        return 2;
    }
    const QString folder = arguments.at(1);
    MainWindow window;
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qWarning("the window was not exposed");
    if (arguments.size() == 4 && arguments.at(2) == QStringLiteral("--opening")) {
        QSignalSpy opened(window.loader(), &ArticleLoader::finished);
        QSignalSpy progress(window.loader(), &ArticleLoader::progress);
        window.startOpening({ arguments.at(3) });
        QElapsedTimer timer;
        timer.start();
        // Some way into reading: the progress bar and Cancel in the status bar.
        while (opened.isEmpty() && (progress.isEmpty() || progress.last().at(0).toInt() < 1000) && timer.elapsed() < 60000)
            QTest::qWait(20);
        saveScreen(folder + QStringLiteral("/window-opening.png"));
        if (opened.isEmpty() && !opened.wait(600000))
            qWarning("opening did not finish");
        NetworkView* network = window.analysis()->network()->view();
        while (network->isLayingOut() && timer.elapsed() < 600000)
            QTest::qWait(50);
        saveScreen(folder + QStringLiteral("/window-opened.png"));
        // The network in front, whole and zoomed in (its edges a picture drawn on a worker thread).
        for (QDockWidget* dock : window.analysis()->docks()) {
            if (dock->widget()->isAncestorOf(network))
                dock->raise();
        }
        saveScreen(folder + QStringLiteral("/window-opened-network.png"));
        network->zoomIn();
        network->zoomIn();
        saveScreen(folder + QStringLiteral("/window-opened-network-zoomed.png"));
        return 0;
    }
    window.openPaths(arguments.mid(2));
    QTest::qWait(300);
    const QRect available = window.screen()->availableGeometry();
    qInfo("screen %dx%d, available %d,%d %dx%d; window frame %d,%d %dx%d, minimum %dx%d",
        window.screen()->geometry().width(), window.screen()->geometry().height(), available.x(), available.y(),
        available.width(), available.height(), window.frameGeometry().x(), window.frameGeometry().y(),
        window.frameGeometry().width(), window.frameGeometry().height(), window.minimumSizeHint().width(),
        window.minimumSizeHint().height());
    saveScreen(folder + QStringLiteral("/window2-first.png"));

    // Each analysis view brought to the front, as a user clicking its tab would.
    for (QDockWidget* dock : window.analysis()->docks()) {
        dock->raise();
        saveScreen(folder + QStringLiteral("/window2-view-%1.png").arg(dock->objectName()));
    }

    window.findInAllArticles();
    window.findAllPanel()->field()->setText(QStringLiteral("minister"));
    window.findAllPanel()->waitForResult();
    window.resizeDocks({ window.findAllDock() }, { 260 }, Qt::Vertical);
    QTreeView* hits = window.findAllPanel()->view();
    hits->setFocus();
    hits->setCurrentIndex(hits->model()->index(2, 0));
    QTest::keyClick(hits, Qt::Key_Return); // the hit shown in its article
    saveScreen(folder + QStringLiteral("/window2-findall.png"));

    ShortcutsDialog dialog(&window, &window);
    dialog.show();
    saveScreen(folder + QStringLiteral("/window2-shortcuts.png"));
    return 0;
}
