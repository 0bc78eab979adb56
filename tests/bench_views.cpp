// Render and export time of each view for a corpus of 10,000 meetings (reports milliseconds).
#include "corpusstore.h"
#include "exportableview.h"
#include "viewexporter.h"
#include "viewfactory.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>
#include <random>

using namespace Entente;

namespace {

constexpr int meetingCount = 10000;
constexpr int actorCount = 600;
constexpr int issueCount = 40;

// One generated article whose records hold the whole corpus: deterministic, no article text needed.
Document generatedCorpus()
{
    std::mt19937 random(20230712);
    const QStringList sides { QStringLiteral("USA"), QStringLiteral("China"), QStringLiteral("EU"), QStringLiteral("India"),
        QStringLiteral("Japan"), QStringLiteral("Brazil"), QStringLiteral("Turkey"), QStringLiteral("Indonesia") };
    const QStringList statuses { QStringLiteral("planned"), QStringLiteral("held"), QStringLiteral("cancelled"),
        QStringLiteral("failed") };
    const QStringList issueStatuses { QStringLiteral("open"), QStringLiteral("in-dialogue"), QStringLiteral("stalled"),
        QStringLiteral("escalating"), QStringLiteral("resolved") };
    QString text = QStringLiteral("Generated corpus.\n=== entente ===\n");
    for (int a = 0; a < actorCount; ++a)
        text += QStringLiteral("actor a%1: Actor %1; %2; %3\n")
                    .arg(a)
                    .arg(a % 10 == 0 ? QStringLiteral("state") : QStringLiteral("person"))
                    .arg(sides.at(a % sides.size()));
    // Meetings over three years, most among a few hub actors, as in real coverage.
    const QDate first(2021, 1, 1);
    std::uniform_int_distribution<int> day(0, 3 * 365 - 1);
    std::geometric_distribution<int> hub(0.02);
    for (int m = 0; m < meetingCount; ++m) {
        const QDate start = first.addDays(day(random));
        const int length = m % 7 == 0 ? 3 : 0;
        const int a = hub(random) % actorCount;
        int b = int(random() % actorCount);
        if (b == a)
            b = (b + 1) % actorCount;
        QString date = start.toString(Qt::ISODate);
        if (length)
            date += QStringLiteral("..") + start.addDays(length).toString(Qt::ISODate);
        else if (m % 11 == 0)
            date = u'~' + date;
        text += QStringLiteral("meeting m%1: a%2, a%3; %4; place=City %5; status=%6; kind=talks; title=Meeting %1\n")
                    .arg(m)
                    .arg(a)
                    .arg(b)
                    .arg(date)
                    .arg(m % 50)
                    .arg(statuses.at(int(random() % statuses.size())));
    }
    for (int i = 0; i < issueCount; ++i) {
        text += QStringLiteral("issue i%1: Issue %1\n").arg(i);
        for (int c = 0; c < 12; ++c)
            text += QStringLiteral("status i%1: %2; %3\n")
                        .arg(i)
                        .arg(first.addDays(c * 90 + i).toString(Qt::ISODate))
                        .arg(issueStatuses.at((i + c) % issueStatuses.size()));
    }
    return Format::parse(text, QStringLiteral("generated.entente"));
}

} // namespace

class BenchViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void renderAndExport_data()
    {
        QTest::addColumn<QString>("view");
        for (const QString& name : ViewFactory::names())
            QTest::newRow(qPrintable(name)) << name;
    }
    void renderAndExport()
    {
        QFETCH(QString, view);
        const Document doc = generatedCorpus();
        QVERIFY2(!doc.hasErrors(), qPrintable(doc.diagnostics.value(0).toString()));
        QCOMPARE(doc.meetings.size(), meetingCount);

        CorpusStore store;
        const std::unique_ptr<QWidget> widget(ViewFactory::create(view, &store));
        ExportableView* exportable = ViewFactory::exportable(widget.get());
        widget->resize(1200, 800);
        widget->show();

        QElapsedTimer timer;
        timer.start();
        store.setDocuments({ doc });
        QCoreApplication::processEvents();
        const qint64 load = timer.restart();

        QImage screen(widget->size(), QImage::Format_ARGB32_Premultiplied);
        widget->render(&screen);
        const qint64 render = timer.restart();

        QTemporaryDir dir;
        qint64 exports[3] = {};
        const ViewExporter::ImageFormat formats[3] = { ViewExporter::ImageFormat::Png, ViewExporter::ImageFormat::Svg,
            ViewExporter::ImageFormat::Pdf };
        for (int f = 0; f < 3; ++f) {
            QString error;
            timer.restart();
            QVERIFY2(ViewExporter::write(*exportable, dir.filePath(view + u'.' + ViewExporter::suffix(formats[f])),
                         { formats[f], 0, 1.0, view }, &error),
                qPrintable(error));
            exports[f] = timer.elapsed();
        }
        qInfo("%s, %d meetings: load %lld ms, render on screen %lld ms, export PNG %lld ms, SVG %lld ms, PDF %lld ms",
            qPrintable(view), meetingCount, load, render, exports[0], exports[1], exports[2]);
    }
};

QTEST_MAIN(BenchViews)
#include "bench_views.moc"
