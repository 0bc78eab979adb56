// Screenshots of the actor network for reviews and the README: `networkshots PREFIX FILE|FOLDER...`
// opens the articles (.entente) together and saves the network panel as PREFIX-<what>.png: the
// default view, zoomed in and far out, the find field, the ego view of the busiest actor, every
// actor (with those without meetings), and the dark palette.
#include "corpusstore.h"
#include "format.h"
#include "network/networkpanel.h"
#include "network/networkview.h"
#include "network/nodeitem.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTest>

using namespace Entente;

namespace {

void save(QWidget* widget, const QString& path)
{
    QTest::qWait(150);
    if (!widget->grab().save(path))
        qWarning("could not write %s", qPrintable(path));
    else
        qInfo("wrote %s", qPrintable(path));
}

QList<Document> load(const QStringList& paths)
{
    QList<Document> documents;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        QStringList files;
        if (info.isDir()) {
            QDirIterator it(path, { QStringLiteral("*.entente") }, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
            files.sort();
        } else {
            files.append(path);
        }
        for (const QString& file : std::as_const(files))
            documents.append(Format::load(file));
    }
    return documents;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("entente-shots"));
    const QStringList arguments = app.arguments();
    if (arguments.size() < 3) {
        qCritical("usage: networkshots PREFIX FILE|FOLDER...");
        return 2;
    }
    const QString prefix = arguments.at(1);
    CorpusStore store;
    store.setDocuments(load(arguments.mid(2)));
    NetworkPanel panel(&store);
    NetworkView* view = panel.view();
    view->setLegendVisible(true);
    panel.resize(1400, 900);
    panel.show();
    if (!QTest::qWaitForWindowExposed(&panel))
        qWarning("not exposed");
    view->waitForLayout();
    view->fitAll();
    qInfo("%lld actors, %lld shown, %lld edges", qlonglong(store.corpus().actors.size()),
        qlonglong(view->nodeItems().size()), qlonglong(view->edgeItems().size()));
    save(&panel, prefix + QStringLiteral("-default.png"));
    // What a zoom step costs on the UI thread: choosing the labels and painting (16 ms is one frame).
    for (const double factor : { 1.25, 0.8, 1.25, 0.8 }) {
        QElapsedTimer timer;
        timer.start();
        view->scale(factor, factor);
        view->viewport()->repaint();
        const qint64 zoomed = timer.elapsed();
        timer.restart();
        view->viewport()->repaint(); // the same zoom: the labels chosen before are kept
        qInfo("zoom step and repaint: %lld ms; repaint alone: %lld ms", qlonglong(zoomed), qlonglong(timer.elapsed()));
    }

    // The busiest actor: the find field finds it, the ego view shows its neighbours.
    const NodeItem* busiest = nullptr;
    for (const NodeItem* node : view->nodeItems()) {
        if (!busiest || node->label()->rank() < busiest->label()->rank())
            busiest = node;
    }
    if (busiest) {
        const int index = view->graph().nodeIndex(busiest->actorId());
        const QString name = view->graph().nodes.at(index).name;
        view->setTransform(QTransform::fromScale(1.6, 1.6));
        view->showFind();
        view->findField()->setText(name.left(4));
        view->findActor(name);
        save(&panel, prefix + QStringLiteral("-find.png"));
        view->findField()->hide();
        view->setEgoActor(busiest->actorId());
        view->waitForLayout();
        view->fitAll();
        save(&panel, prefix + QStringLiteral("-ego.png"));
        view->setEgoActor({});
        view->waitForLayout();
    }
    view->fitAll();
    view->setTransform(QTransform::fromScale(0.08, 0.08));
    save(&panel, prefix + QStringLiteral("-far.png"));
    view->setShowIsolated(true);
    view->waitForLayout();
    view->fitAll();
    save(&panel, prefix + QStringLiteral("-isolated.png"));
    view->setShowIsolated(false);
    view->waitForLayout();

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::Base, QColor(0x24, 0x24, 0x24));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
    panel.setPalette(dark);
    view->fitAll();
    save(&panel, prefix + QStringLiteral("-dark.png"));
    return 0;
}
