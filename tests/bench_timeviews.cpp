// The time views at corpus scale (release build, `ctest --preset bench -R timeviews`): how long the
// timeline, the meetings chart and the issue chart take to build and to paint a 1200×800 picture of
// 1,000, 10,000 and 100,000 meetings over 30 years; the export of the far-apart-years file (one meeting
// in year 1, one in 9999) for every time view; and the issue chart's export for a generated corpus of
// 10,000 articles. Prints milliseconds, the growth exponent between sizes, and whether each target is met.
#include "charts/issuestatuschart.h"
#include "charts/meetingschart.h"
#include "corpusgenerator.h"
#include "corpusstore.h"
#include "exportableview.h"
#include "format.h"
#include "timeline/timelineview.h"
#include "viewexporter.h"
#include "viewfactory.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>
#include <random>

using namespace Entente;

namespace {

constexpr int actorCount = 600;
constexpr int issueCount = 40;
constexpr int years = 30;

// One article whose records hold the corpus: meetings among hub actors over 30 years, some of them
// imprecise, and a status change for every ten meetings.
Document generatedCorpus(int meetings)
{
    std::mt19937 random(20230712);
    const QStringList sides { QStringLiteral("USA"), QStringLiteral("China"), QStringLiteral("EU"), QStringLiteral("India"),
        QStringLiteral("Japan"), QStringLiteral("Brazil"), QStringLiteral("Turkey"), QStringLiteral("Indonesia") };
    const QStringList statuses { QStringLiteral("planned"), QStringLiteral("held"), QStringLiteral("cancelled"), QStringLiteral("failed") };
    const QStringList issueStatuses { QStringLiteral("open"), QStringLiteral("in-dialogue"), QStringLiteral("stalled"),
        QStringLiteral("escalating"), QStringLiteral("resolved") };
    QString text = QStringLiteral("Generated corpus.\n=== entente ===\n");
    for (int a = 0; a < actorCount; ++a)
        text += QStringLiteral("actor a%1: Actor %1; person; %2\n").arg(a).arg(sides.at(a % sides.size()));
    for (int i = 0; i < issueCount; ++i)
        text += QStringLiteral("issue i%1: Issue %1\n").arg(i);
    const QDate first(1994, 1, 1);
    std::uniform_int_distribution<int> day(0, years * 365 - 1);
    std::geometric_distribution<int> hub(0.02);
    for (int m = 0; m < meetings; ++m) {
        const QDate start = first.addDays(day(random));
        const int a = hub(random) % actorCount;
        int b = int(random() % actorCount);
        if (b == a)
            b = (b + 1) % actorCount;
        QString date = start.toString(Qt::ISODate);
        if (m % 7 == 0)
            date += QStringLiteral("..") + start.addDays(3).toString(Qt::ISODate);
        else if (m % 11 == 0)
            date = u'~' + date;
        else if (m % 13 == 0)
            date = start.toString(QStringLiteral("yyyy-MM"));
        text += QStringLiteral("meeting m%1: a%2, a%3; %4; status=%5; issues=i%6; title=Meeting %1\n")
                    .arg(m)
                    .arg(a)
                    .arg(b)
                    .arg(date)
                    .arg(statuses.at(int(random() % statuses.size())))
                    .arg(m % issueCount);
        if (m % 10 == 0)
            text += QStringLiteral("status i%1: %2; %3\n")
                        .arg(m % issueCount)
                        .arg(start.toString(Qt::ISODate))
                        .arg(issueStatuses.at(int(random() % issueStatuses.size())));
    }
    return Format::parse(text, QStringLiteral("generated.entente"));
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

const char* verdict(double milliseconds, double target)
{
    return milliseconds < target ? "met" : "MISSED";
}

} // namespace

class BenchTimeViews : public QObject
{
    Q_OBJECT

    QHash<QString, QList<double>> m_renders; // view -> render ms at 1k, 10k, 100k

private Q_SLOTS:
    void render_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<int>("meetings");
        for (const char* view : { "timeline", "meetings", "issues" }) {
            for (int meetings : { 1000, 10000, 100000 })
                QTest::addRow("%s %d", view, meetings) << QString::fromLatin1(view) << meetings;
        }
    }
    void render()
    {
        QFETCH(QString, view);
        QFETCH(int, meetings);
        static QHash<int, Document> corpora;
        if (!corpora.contains(meetings))
            corpora.insert(meetings, generatedCorpus(meetings));
        const Document& doc = corpora[meetings];
        QCOMPARE(doc.meetings.size(), meetings);

        CorpusStore store;
        const std::unique_ptr<QWidget> widget(ViewFactory::create(view, &store));
        widget->resize(1200, 800);
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
        // The view's own work when a corpus opens (the merge is the store's, reported apart).
        QElapsedTimer timer;
        CorpusStore merged;
        timer.start();
        merged.setDocuments({ doc });
        const double merge = double(timer.nsecsElapsed()) / 1e6;
        Corpus corpus = merged.corpus(); // shared, not copied
        timer.restart();
        store.setCorpus(std::move(corpus));
        ViewFactory::exportable(widget.get())->prepareExport(); // the timeline builds large corpora on a worker
        QCoreApplication::processEvents();
        const double build = double(timer.nsecsElapsed()) / 1e6;

        // Painting what is on screen, whole corpus in view (the widest zoom: the most to aggregate).
        QImage screen(widget->size(), QImage::Format_ARGB32_Premultiplied);
        QList<double> paints;
        for (int run = 0; run < 5; ++run) {
            timer.restart();
            widget->render(&screen);
            paints.append(double(timer.nsecsElapsed()) / 1e6);
        }
        const double paint = median(paints);
        m_renders[view].append(paint);
        // The view build of the timeline at 100,000 meetings runs on a worker thread (the UI thread
        // only swaps the lanes in); the other views' builds run on the UI thread.
        std::printf("%-9s %7d meetings: corpus merge %7.1f ms, view build %7.1f ms, render %6.1f ms (target < 200 ms: %s)\n",
            qPrintable(view), meetings, merge, build, paint, verdict(paint, 200));
        std::fflush(stdout);
    }

    void growth()
    {
        // Exponent k of time ∝ meetings^k between 1,000 and 100,000 meetings.
        for (auto it = m_renders.cbegin(); it != m_renders.cend(); ++it) {
            const QList<double>& ms = it.value();
            if (ms.size() < 3)
                continue;
            const double exponent = std::log(std::max(ms.at(2), 0.01) / std::max(ms.at(0), 0.01)) / std::log(100.0);
            std::printf("%-9s render 1k %.1f ms, 10k %.1f ms, 100k %.1f ms: growth exponent %.2f\n", qPrintable(it.key()),
                ms.at(0), ms.at(1), ms.at(2), exponent);
        }
    }

    void exportFarApartYears_data()
    {
        QTest::addColumn<QString>("view");
        for (const char* view : { "meetings", "timeline", "calendar", "issues" })
            QTest::newRow(view) << QString::fromLatin1(view);
    }
    void exportFarApartYears()
    {
        QFETCH(QString, view);
        const QString text = QStringLiteral("Two meetings far apart.\n=== entente ===\narticle: date=2024-01-01; title=Far apart\n"
                                            "actor a: Alpha; person; X\nactor b: Beta; person; Y\n"
                                            "meeting ancient: a, b; 0001-01-01; status=held\n"
                                            "meeting future: a, b; 9999-12-31; status=planned\n");
        QTemporaryDir dir;
        QList<double> runs;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            // What `entente export` does: parse, merge, make the view, write the picture.
            CorpusStore store;
            store.setDocuments({ Format::parse(text, QStringLiteral("far-apart.entente")) });
            const std::unique_ptr<QWidget> widget(ViewFactory::create(view, &store));
            ExportableView* exportable = ViewFactory::exportable(widget.get());
            QString error;
            QVERIFY2(ViewExporter::write(*exportable, dir.filePath(view + QStringLiteral(".png")),
                         { ViewExporter::ImageFormat::Png, 0, 1.0, view }, &error),
                qPrintable(error));
            runs.append(double(timer.nsecsElapsed()) / 1e6);
        }
        const double ms = median(runs);
        std::printf("far-apart years, export %-8s PNG: %7.1f ms (target < 1000 ms: %s)\n", qPrintable(view), ms, verdict(ms, 1000));
    }

    void exportIssuesOfTenThousandArticles()
    {
        Testing::CorpusSpec spec;
        spec.articles = 10000;
        Testing::CorpusGenerator generator(spec);
        QList<Document> documents;
        documents.reserve(spec.articles);
        for (int n = 0; n < spec.articles; ++n)
            documents.append(Format::parse(generator.article(n), generator.fileName(n)));
        CorpusStore store;
        store.setDocuments(std::move(documents));
        qsizetype changes = 0;
        for (const Issue& issue : store.corpus().issues)
            changes += issue.history.size();

        QElapsedTimer timer;
        timer.start();
        IssueStatusChart chart(&store);
        const double build = double(timer.nsecsElapsed()) / 1e6;
        QTemporaryDir dir;
        for (const ViewExporter::ImageFormat format : { ViewExporter::ImageFormat::Png, ViewExporter::ImageFormat::Svg }) {
            QString error;
            timer.restart();
            QVERIFY2(ViewExporter::write(chart, dir.filePath(QStringLiteral("issues.") + ViewExporter::suffix(format)),
                         { format, 0, 1.0, QStringLiteral("issues") }, &error),
                qPrintable(error));
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            std::printf("issues chart of 10,000 articles (%lld issues, %lld status changes): build %.1f ms, export %s %.1f ms "
                        "(target < 3000 ms: %s)\n",
                qlonglong(store.corpus().issues.size()), qlonglong(changes), build, qPrintable(ViewExporter::suffix(format)), ms,
                verdict(build + ms, 3000));
        }
    }
};

QTEST_MAIN(BenchTimeViews)
#include "bench_timeviews.moc"
