// The network's reading aids at corpus scale: 10,000 generated articles (~3,000 actors shown, ~20,000
// edges). Prints what a zoom step costs on the UI thread (choosing the labels and repainting) against
// a repaint that keeps the labels, the first paint when the view is shown, the longest UI-thread
// stall while a new layout is swapped in, what finding an actor and an ego view cost, and the
// default PNG export.
#include "corpusgenerator.h"
#include "corpusstore.h"
#include "format.h"
#include "network/networkview.h"
#include "network/nodeitem.h"
#include "viewexporter.h"

#include <QElapsedTimer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Entente;

class BenchNetworkReading : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void zoomStep();
    void repaintOnly();
    void firstPaint();
    void swapInStall();
    void findActor();
    void egoView();
    void pngExport();

private:
    CorpusStore m_store;
    std::unique_ptr<NetworkView> m_view;
    QString m_busiest;
};

void BenchNetworkReading::initTestCase()
{
    Testing::CorpusSpec spec;
    spec.articles = 10000;
    Testing::CorpusGenerator generator(spec);
    QList<Document> documents;
    for (int i = 0; i < spec.articles; ++i)
        documents.append(Format::parse(generator.article(i), generator.fileName(i)));
    m_store.setDocuments(documents);
    m_view = std::make_unique<NetworkView>(&m_store);
    m_view->resize(1200, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->waitForLayout();
    m_view->fitAll();
    for (const NodeItem* node : m_view->nodeItems()) {
        if (node->label()->rank() == 0)
            m_busiest = node->actorId();
    }
    qInfo("%lld actors, %lld shown, %lld edges", qlonglong(m_store.corpus().actors.size()),
        qlonglong(m_view->nodeItems().size()), qlonglong(m_view->edgeItems().size()));
}

void BenchNetworkReading::zoomStep()
{
    bool in = true;
    QBENCHMARK {
        const double factor = in ? 1.25 : 0.8;
        in = !in;
        m_view->scale(factor, factor);
        m_view->viewport()->repaint();
    }
}

void BenchNetworkReading::repaintOnly()
{
    QBENCHMARK {
        m_view->viewport()->repaint();
    }
}

void BenchNetworkReading::firstPaint()
{
    // As when its tab is shown: fitted afresh, the labels chosen again and the whole view painted
    // (a hidden view paints nothing offscreen, so it stays shown).
    QBENCHMARK {
        m_view->resetTransform();
        m_view->fitAll();
        m_view->viewport()->repaint();
    }
}

void BenchNetworkReading::swapInStall()
{
    // The longest gap between two turns of the event loop while a fresh layout is made on a worker
    // and its items swapped in: how long the window could not answer.
    QElapsedTimer sinceLast;
    qint64 longest = 0;
    QTimer ping;
    ping.setInterval(0);
    QObject::connect(&ping, &QTimer::timeout, [&] {
        longest = std::max(longest, sinceLast.nsecsElapsed());
        sinceLast.restart();
    });
    for (int run = 0; run < 3; ++run) {
        m_view->relayout();
        sinceLast.start();
        ping.start();
        QElapsedTimer total;
        total.start();
        while ((m_view->isLayingOut() || total.elapsed() < 300) && total.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        ping.stop();
        qInfo("swap-in of a fresh layout: longest UI-thread stall %.1f ms", double(longest) / 1e6);
        longest = 0;
    }
}

void BenchNetworkReading::findActor()
{
    const int index = m_view->graph().nodeIndex(m_busiest);
    QVERIFY(index >= 0);
    const QString name = m_view->graph().nodes.at(index).name;
    m_view->findActor(name); // the first builds the index, once per graph
    QBENCHMARK {
        QVERIFY(m_view->findActor(name));
    }
}

void BenchNetworkReading::egoView()
{
    QElapsedTimer timer;
    timer.start();
    m_view->setEgoActor(m_busiest);
    m_view->waitForLayout();
    const qint64 ego = timer.restart();
    const qsizetype shown = m_view->nodeItems().size();
    m_view->setEgoActor({});
    m_view->waitForLayout();
    qInfo("ego view of the busiest actor (%lld actors): %lld ms; back to the whole network: %lld ms (layouts on a worker thread)",
        qlonglong(shown), qlonglong(ego), qlonglong(timer.elapsed()));
}

void BenchNetworkReading::pngExport()
{
    // `entente export --view network --format png` without --width: the default size.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("network.png"));
    QString notice;
    QBENCHMARK {
        QString error;
        QVERIFY2(ViewExporter::write(*m_view, path, {}, &error, &notice), qPrintable(error));
    }
    const QImage image(path);
    qInfo("PNG %d×%d; %s", image.width(), image.height(), qPrintable(notice));
}

QTEST_MAIN(BenchNetworkReading)
#include "bench_networkreading.moc"
