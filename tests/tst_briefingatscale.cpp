// A briefing of a large corpus: its tables and lists kept short enough for Qt's rich text to lay
// them out in time linear in rows, the network figure drawn after its worker's layout, the PDF
// written on another thread with progress and a way to stop, and the window's progress dialog.
#include "backgroundtask.h"
#include "briefing.h"
#include "briefingdialog.h"
#include "corpusgenerator.h"
#include "corpusstore.h"
#include "exchangetesting.h"

#include <QAbstractButton>
#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

#include <numeric>
#include <thread>

using namespace Entente;

namespace {

struct Written
{
    bool ok = false;
    QString error;
    QList<QPair<int, int>> reports; // done, total
};

// Writes the briefing on a thread of its own, as the window does; asks it to stop at the
// stopAt-th report.
Written writeOnAnotherThread(const Briefing& briefing, const QString& path, int stopAt = -1)
{
    Written written;
    std::unique_ptr<QThread> writer(QThread::create([&] {
        written.ok = briefing.write(path, &written.error, [&written, stopAt](int done, int total) {
            written.reports.append({ done, total });
            return written.reports.size() != stopAt;
        });
    }));
    writer->start();
    writer->wait();
    return written;
}

qsizetype pdfPages(const QByteArray& pdf)
{
    return QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]")));
}

} // namespace

class TestBriefingAtScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Enough meetings and actors that the network is laid out on a worker thread, and a few
        // hundred meetings a month.
        QVERIFY(m_folder.isValid());
        Testing::CorpusGenerator generator(
            { .articles = 700, .seed = 7, .firstDay = QDate(2010, 1, 1), .lastDay = QDate(2010, 3, 31) });
        QVERIFY(generator.writeTo(m_folder.path()) > 0);
        m_corpus = Testing::loadCorpus({ m_folder.path() });
        QVERIFY(m_corpus.actors.size() + m_corpus.meetings.size() > 1500); // NetworkView::backgroundAbove
    }

    // Every table holds at most 100 meetings under its month's name, every list at most 100
    // articles; all of them are there.
    void tablesAndListsStayShort()
    {
        const Briefing briefing(m_corpus, {});
        QXmlStreamReader html(briefing.html());
        QList<int> rowsPerTable;
        QList<int> itemsPerList;
        QStringList months;
        QStringList articles;
        while (!html.atEnd()) {
            html.readNext();
            if (!html.isStartElement())
                continue;
            if (html.name() == u"table")
                rowsPerTable.append(0);
            else if (html.name() == u"tr")
                ++rowsPerTable.last();
            else if (html.name() == u"ul")
                itemsPerList.append(0);
            else if (html.name() == u"li")
                ++itemsPerList.last();
            else if (html.name() == u"h3")
                months.append(html.readElementText());
        }
        QVERIFY2(!html.hasError(), qPrintable(html.errorString()));
        QCOMPARE(std::accumulate(rowsPerTable.cbegin(), rowsPerTable.cend(), 0) - rowsPerTable.size(),
                 briefing.meetingCount());
        // The articles a meeting or status change of the period comes from: nearly all.
        const int listed = std::accumulate(itemsPerList.cbegin(), itemsPerList.cend(), 0);
        QVERIFY2(listed > 650 && listed <= 700, qPrintable(QString::number(listed)));
        QCOMPARE(*std::max_element(rowsPerTable.cbegin(), rowsPerTable.cend()), 101); // header and 100
        QCOMPARE(*std::max_element(itemsPerList.cbegin(), itemsPerList.cend()), 100);
        // A heading a month, and as many tables of at most 100 rows under it as its meetings need.
        QMap<QDate, int> meetingsPerMonth;
        for (const Meeting& meeting : m_corpus.meetings)
            ++meetingsPerMonth[QDate(meeting.start.first().year(), meeting.start.first().month(), 1)];
        QStringList monthNames;
        int tables = 0;
        for (auto month = meetingsPerMonth.cbegin(); month != meetingsPerMonth.cend(); ++month) {
            monthNames.append(QLocale(QLocale::English).toString(month.key(), QStringLiteral("MMMM yyyy")));
            tables += (month.value() + 99) / 100;
        }
        QCOMPARE(months, monthNames);
        QVERIFY(months.contains(QStringLiteral("February 2010")));
        QVERIFY(tables > months.size());
        QCOMPARE(rowsPerTable.size(), tables);
    }

    // The network of this corpus is laid out on a worker thread; its figure waits for it.
    void networkFigureIsDrawnAfterItsLayout()
    {
        const Briefing briefing(m_corpus, {});
        const QString html = QString::fromUtf8(briefing.html());
        const qsizetype heading = html.indexOf(QStringLiteral("<h2>Who met whom</h2>"));
        QVERIFY(heading > 0);
        const qsizetype end = html.indexOf(QStringLiteral("</figure>"), heading);
        const QString svg = html.mid(heading, end - heading);
        // Each actor is a shape of its own; a figure drawn before its layout held none.
        const qsizetype shapes = svg.count(QRegularExpression(QStringLiteral("<(path|ellipse|rect|circle)")));
        QVERIFY2(shapes > m_corpus.actors.size(), qPrintable(QString::number(shapes)));
    }

    // The window merges what the figures show on a worker, then draws them: the same briefing.
    void preparedOnAnotherThreadGivesTheSameBriefing()
    {
        Exchange::Filter days;
        days.from = QDate(2010, 2, 1);
        days.to = QDate(2010, 2, 10);
        const Briefing::Options options { QStringLiteral("Ten days"), days, nullptr };
        std::optional<Briefing::Prepared> prepared;
        std::unique_ptr<QThread> worker(
            QThread::create([&] { prepared = Briefing::prepare(m_corpus, options); }));
        worker->start();
        worker->wait();
        QVERIFY(prepared.has_value());
        QVERIFY(prepared->figures.meetings.size() < m_corpus.meetings.size()); // the period's only
        const Briefing briefing(*prepared);
        QCOMPARE(briefing.meetingCount(), prepared->data.meetings.size());
        QVERIFY(briefing.meetingCount() > 50);
        QCOMPARE(briefing.html(), Briefing(m_corpus, options).html());
    }

    void pdfIsWrittenOnAnotherThreadWithProgress()
    {
        Exchange::Filter days;
        days.from = QDate(2010, 2, 1);
        days.to = QDate(2010, 2, 3);
        const Briefing briefing(m_corpus, { QString(), days, nullptr });
        const int pages = briefing.pageCount();
        QVERIFY(pages >= 5); // title, table, calendar, network, issues, sources
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("briefing.pdf"));
        const Written written = writeOnAnotherThread(briefing, path);
        QVERIFY2(written.ok, qPrintable(written.error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(pdfPages(file.readAll()), pages);
        // Laying out first (0 of 0), then each page in turn.
        QCOMPARE(written.reports.first(), qMakePair(0, 0));
        QCOMPARE(written.reports.last(), qMakePair(pages, pages));
        for (qsizetype i = 1; i < written.reports.size(); ++i)
            QVERIFY(written.reports.at(i).first >= written.reports.at(i - 1).first);
    }

    void stoppedBriefingLeavesTheFileAsItWas_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("stopAt");
        QTest::newRow("pdf, laying out") << QStringLiteral("briefing.pdf") << 2;
        QTest::newRow("pdf, on page 3") << QStringLiteral("briefing.pdf") << 8; // 4 sections, 0 of N
        QTest::newRow("html") << QStringLiteral("briefing.html") << 3;
    }

    void stoppedBriefingLeavesTheFileAsItWas()
    {
        QFETCH(QString, name);
        QFETCH(int, stopAt);
        const Briefing briefing(m_corpus, {});
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        {
            QFile before(path);
            QVERIFY(before.open(QIODevice::WriteOnly));
            before.write("an older briefing");
        }
        const Written written = writeOnAnotherThread(briefing, path, stopAt);
        QVERIFY(!written.ok);
        QVERIFY2(written.error.contains(path) && written.error.contains(QStringLiteral("stopped")),
                 qPrintable(written.error));
        QCOMPARE(written.reports.size(), stopAt); // asked nothing more once told to stop
        if (stopAt == 8)
            QCOMPARE(written.reports.last(), qMakePair(3, briefing.pageCount()));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), QByteArray("an older briefing"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    // File ▸ Briefing… in the window: the dialog, the two steps behind progress dialogs, the message
    // that names the file; or Cancel in the first progress dialog, and no file.
    void windowBriefing_data()
    {
        QTest::addColumn<bool>("cancel");
        QTest::newRow("written") << false;
        QTest::newRow("cancelled") << true;
    }

    void windowBriefing()
    {
        QFETCH(bool, cancel);
        CorpusStore store;
        store.setCorpus(m_corpus);
        QWidget window;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.pdf"));
        QString message;
        QTimer answer;
        connect(&answer, &QTimer::timeout, &window, [&] {
            if (auto* dialog = window.findChild<BriefingDialog*>(); dialog && dialog->isVisible()) {
                // Cancelled: the whole corpus, hundreds of pages, so that Cancel comes before the end.
                dialog->setPeriod(QDate(2010, 2, 1), cancel ? QDate(2010, 12, 31) : QDate(2010, 2, 7));
                dialog->setPath(path);
                dialog->accept();
            } else if (auto* progress = window.findChild<QProgressDialog*>(); progress && cancel) {
                Q_EMIT progress->canceled();
            } else if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                message = box->text();
                box->button(QMessageBox::Ok)->click();
            }
        });
        answer.start(20);
        const bool made = BriefingDialog::makeBriefing(&store, {}, &window);
        answer.stop();
        QCOMPARE(made, !cancel);
        QCOMPARE(QFile::exists(path), !cancel);
        if (cancel)
            return;
        QCOMPARE(message, QStringLiteral("Wrote %1.").arg(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        Exchange::Filter week;
        week.from = QDate(2010, 2, 1);
        week.to = QDate(2010, 2, 7);
        QCOMPARE(pdfPages(file.readAll()), Briefing(m_corpus, { QString(), week, nullptr }).pageCount());
    }

    // The window's dialog shows the steps the work reports; Cancel returns at once and tells the
    // work to stop.
    void progressDialogShowsStepsAndCancels()
    {
        QWidget window;
        std::atomic<bool> stopped = false;
        int shownMaximum = -1;
        int shownValue = -1;
        QTimer::singleShot(300, &window, [&] {
            auto* dialog = window.findChild<QProgressDialog*>();
            if (!dialog)
                qFatal("no progress dialog");
            shownMaximum = dialog->maximum();
            shownValue = dialog->value();
            Q_EMIT dialog->canceled(); // as its Cancel button does
        });
        const std::optional<int> result
            = runInBackground<int>(&window, QStringLiteral("Working…"), [&stopped](BackgroundProgress& progress) {
                  while (progress.report(5, 10))
                      std::this_thread::sleep_for(std::chrono::milliseconds(2));
                  stopped = true;
                  return 1;
              });
        QVERIFY(!result.has_value());
        QCOMPARE(shownMaximum, 10);
        QCOMPARE(shownValue, 5);
        QTRY_VERIFY(stopped.load());
    }

    void finishedWorkGivesItsResult()
    {
        QWidget window;
        const std::optional<int> result = runInBackground<int>(
            &window, QStringLiteral("Working…"), [](BackgroundProgress& progress) { return progress.report(1, 1) ? 42 : 0; });
        QCOMPARE(result, std::optional<int>(42));
    }

private:
    QTemporaryDir m_folder;
    Corpus m_corpus;
};

QTEST_MAIN(TestBriefingAtScale)
#include "tst_briefingatscale.moc"
