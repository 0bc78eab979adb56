// Reviewing the pre-tagger's suggestions in the main window, offscreen: suggestions appear for the
// raw sample, accepting makes real marks and records, rejecting hides them for good, and undo takes
// both back.
#include "actordictionariesdialog.h"
#include "annotatededitor.h"
#include "articleset.h"
#include "corpusstore.h"
#include "datelineedit.h"
#include "format.h"
#include "mainwindow.h"
#include "suggestionmodel.h"
#include "suggestionpanel.h"
#include "suggestionreview.h"
#include "suggestknowledge.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDockWidget>
#include <QDateEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QDialog>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Entente;

class TestSuggestionReview : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_rawBytes;

    static QString text(MainWindow& window) { return ArticleSet::documentText(window.editor()->document()); }
    static int rowOf(const SuggestionModel* model, MarkKind kind, const QString& ref)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(SuggestionModel::KindRole).toInt() == int(kind) && index.data(SuggestionModel::RefRole).toString() == ref)
                return row;
        }
        return -1;
    }
    static void answerArticleDate(QObject* context, QDate date)
    {
        QTimer::singleShot(0, context, [date] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<DateLineEdit*>(QStringLiteral("articleDate"))->setDate(date);
            dialog->accept();
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QFile sample(QStringLiteral(ENTENTE_SAMPLE));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        m_rawBytes = Format::encodePlainText(Format::parse(Format::decode(sample.readAll()).text));
    }

    void reviewsTheRawSample()
    {
        const QString path = m_dir.filePath(QStringLiteral("raw.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_rawBytes);
        file.close();

        MainWindow window;
        QAbstractItemModelTester tester(window.suggestions()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(window.openPaths({ path }));
        const QString original = text(window);
        // Opening a raw article runs the pre-tagger: without a date only the absolute dates and the
        // actors are certain, but there is something to review already.
        QVERIFY(window.suggestions()->hasRun(0));
        QVERIFY(window.suggestions()->model()->rowCount() > 10);
        QVERIFY(!window.suggestions()->articleDate().isValid());
        QCOMPARE(text(window), original); // suggestions are not in the text until accepted

        // Suggest again: the analyst gives the date the text does not.
        answerArticleDate(this, QDate(2023, 7, 12));
        window.suggestAnnotations();
        const SuggestionModel* model = window.suggestions()->model();
        QCOMPARE(window.suggestions()->articleDate(), QDate(2023, 7, 12));
        const int meetingRow = rowOf(model, MarkKind::Meeting, QStringLiteral("antony-blinken-wang-yi-talks"));
        QVERIFY(meetingRow >= 0);
        const int rowsBefore = model->rowCount();
        const int meetingStart = model->index(meetingRow, 0).data(SuggestionModel::StartRole).toInt();

        // The editor shows the suggestions, apart from real marks.
        QVERIFY(window.editor()->extraSelections().size() >= rowsBefore);

        // Accept the Jakarta meeting: its participants come with it, all as one undo step.
        window.suggestionPanel()->view()->setCurrentIndex(model->index(meetingRow, 0));
        window.suggestionPanel()->acceptCurrent();
        const Corpus& corpus = window.store()->corpus();
        QCOMPARE(corpus.meetings.size(), 1);
        const Meeting& jakarta = corpus.meetings.constFirst();
        QCOMPARE(jakarta.id, QStringLiteral("antony-blinken-wang-yi-talks"));
        QCOMPARE(jakarta.participants, (QStringList { QStringLiteral("antony-blinken"), QStringLiteral("wang-yi") }));
        QCOMPARE(jakarta.start.toString(), QStringLiteral("2023-07-13"));
        QCOMPARE(jakarta.place, QStringLiteral("Jakarta"));
        QVERIFY(jakarta.status == MeetingStatus::Planned);
        QVERIFY(text(window).contains(QStringLiteral("{meeting=antony-blinken-wang-yi-talks}")));
        QVERIFY(text(window).contains(QStringLiteral("\narticle: date=2023-07-12\n")));
        QCOMPARE(model->rowOf(MarkKind::Meeting, meetingStart), -1);
        QCOMPARE(model->rowCount(), rowsBefore - 1);
        // A later mention of the same meeting is still proposed, linking to the record now in the text.
        QVERIFY(rowOf(model, MarkKind::Meeting, QStringLiteral("antony-blinken-wang-yi-talks")) >= 0);
        QCOMPARE(window.articles()->plainText(0), m_rawBytes);

        // Reject an actor suggestion: gone, and not back on the next run.
        const int stateDept = rowOf(model, MarkKind::Actor, QStringLiteral("state-dept"));
        QVERIFY(stateDept >= 0);
        window.suggestionPanel()->view()->setCurrentIndex(model->index(stateDept, 0));
        QTest::keyClick(window.suggestionPanel()->view(), Qt::Key_Delete);
        QCOMPARE(rowOf(model, MarkKind::Actor, QStringLiteral("state-dept")), -1);
        window.suggestAnnotations();
        QCOMPARE(rowOf(model, MarkKind::Actor, QStringLiteral("state-dept")), -1);
        QVERIFY(window.suggestions()->model()->rowCount() > 0);

        // Accept every date at once.
        const int dates = int(std::count_if(model->rows().cbegin(), model->rows().cend(),
            [](const SuggestionRow& r) { return r.suggestion.kind == MarkKind::Date; }));
        QVERIFY(dates >= 5);
        QCOMPARE(window.suggestions()->acceptAll(MarkKind::Date), dates);
        QVERIFY(text(window).contains(QStringLiteral("{date=2023-07-13}")));
        QVERIFY(text(window).contains(QStringLiteral("{date=2023-07-16..2023-07-19}")));

        // Undo takes back the dates (one step each), the rejection and the meeting.
        while (window.editor()->document()->isUndoAvailable())
            window.editor()->undo();
        window.articles()->flush();
        QCOMPARE(text(window), original);
        QVERIFY(rowOf(model, MarkKind::Actor, QStringLiteral("state-dept")) >= 0);
        QVERIFY(model->rowOf(MarkKind::Meeting, meetingStart) >= 0);
        window.editor()->document()->setModified(false);
    }

    // Suggest for All Articles runs off the UI thread; the articles without a date are asked once
    // each; the corpus is then one queue, by kind and by confidence, accepted above a threshold.
    void suggestsForTheWholeCorpus()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray dateline = "OSLO, May 20, 2024 \xE2\x80\x94 ";
        QStringList paths;
        for (int n = 0; n < 4; ++n) {
            const QString path = dir.filePath(QStringLiteral("article-%1.txt").arg(n));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write((n < 3 ? dateline : QByteArray())
                + "Norwegian Foreign Minister Kari Lund will meet Sudanese envoy Hamid Osman in Oslo on Friday. "
                  "The Nordic Peace Council welcomed the talks.\n");
            paths.append(path);
        }
        QSettings().setValue(QStringLiteral("suggest/onOpen"), false);
        MainWindow window;
        QAbstractItemModelTester tester(window.suggestions()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(window.openPaths(paths));
        SuggestionReview* review = window.suggestions();
        QSignalSpy finished(review, &SuggestionReview::runAllFinished);
        QList<int> asked;
        window.suggestionPanel()->suggestAll([&](int article) {
            asked.append(article);
            return false; // the analyst cancels the question: the article stays without its date
        });
        // Four short articles may all be done before this line (isRunningAll() is then false); the
        // progress shows until the finished signal reaches the panel through the event loop.
        QCOMPARE(finished.count(), 0);
        QVERIFY(window.suggestionPanel()->findChild<QProgressBar*>(QStringLiteral("suggestionProgress"))->isVisibleTo(window.suggestionPanel()));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(1).toBool(), false);
        for (int article = 0; article < 4; ++article)
            QVERIFY(review->hasRun(article));
        QCOMPARE(asked, QList<int>({ 3 })); // only the undated one, once
        QCOMPARE(review->undatedArticles(), QList<int>({ 3 }));

        // One queue: every article's rows, grouped by kind, the surest first within a kind.
        QCOMPARE(review->scope(), SuggestionReview::Scope::AllArticles);
        const SuggestionModel* model = review->model();
        QSet<int> articles;
        for (int row = 0; row < model->rowCount(); ++row) {
            articles.insert(model->index(row, 0).data(SuggestionModel::ArticleRole).toInt());
            if (row == 0)
                continue;
            const int kind = model->index(row, 0).data(SuggestionModel::KindRole).toInt();
            const int previousKind = model->index(row - 1, 0).data(SuggestionModel::KindRole).toInt();
            QVERIFY(kind >= previousKind);
            if (kind == previousKind)
                QVERIFY(model->index(row, 0).data(SuggestionModel::ConfidenceRole).toDouble()
                    <= model->index(row - 1, 0).data(SuggestionModel::ConfidenceRole).toDouble());
        }
        QCOMPARE(articles.size(), 4);

        // Accept the actors at or above 85 %: in every article, the others stay.
        const auto actorRows = [&](double atLeast) {
            int count = 0;
            for (const SuggestionRow& row : model->rows())
                count += row.suggestion.kind == MarkKind::Actor && row.suggestion.confidence >= atLeast ? 1 : 0;
            return count;
        };
        const int sure = actorRows(0.85);
        const int unsure = actorRows(0) - sure;
        QVERIFY(sure >= 8);
        QVERIFY(unsure >= 1);
        QCOMPARE(review->acceptAll(MarkKind::Actor, 0.85), sure);
        QCOMPARE(actorRows(0), unsure);
        for (int article = 0; article < 4; ++article)
            QVERIFY(window.articles()->document(article).marks.size() >= 2);
        QVERIFY(window.store()->corpus().actorIndex(QStringLiteral("kari-lund")) >= 0);

        // What was accepted is learned in the folder's lexicon.
        QFile lexicon(dir.filePath(QStringLiteral("entente-lexicon.tsv")));
        QVERIFY(lexicon.open(QIODevice::ReadOnly));
        QVERIFY(lexicon.readAll().contains("actor\tKari Lund\tperson\tNorway"));
        for (int article = 0; article < 4; ++article)
            window.articles()->textDocument(article)->setModified(false);
    }

    // For looking at by hand: ENTENTE_SUGGEST_SHOTS=folder ENTENTE_SUGGEST_ARTICLE=file
    // [ENTENTE_SUGGEST_DATE=YYYY-MM-DD] saves the window and the Suggestions dock on that article.
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("ENTENTE_SUGGEST_SHOTS");
        const QStringList articles = qEnvironmentVariable("ENTENTE_SUGGEST_ARTICLE").split(u':', Qt::SkipEmptyParts);
        if (folder.isEmpty() || articles.isEmpty())
            QSKIP("set ENTENTE_SUGGEST_SHOTS and ENTENTE_SUGGEST_ARTICLE (files separated by ':') to save screenshots");
        QTemporaryDir dir;
        QStringList copies;
        for (const QString& article : articles) {
            copies.append(dir.filePath(QFileInfo(article).fileName()));
            QVERIFY(QFile::copy(article, copies.last()));
        }
        QSettings().setValue(QStringLiteral("suggest/onOpen"), false);
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(window.openPaths(copies));
        window.showArticle(0);
        const QDate date = QDate::fromString(qEnvironmentVariable("ENTENTE_SUGGEST_DATE"), Qt::ISODate);
        window.suggestions()->run(0, date);
        QDockWidget* dock = nullptr;
        for (QDockWidget* d : window.findChildren<QDockWidget*>()) {
            if (d->widget() == window.suggestionPanel())
                dock = d;
        }
        QVERIFY(dock);
        dock->show();
        dock->raise();
        const SuggestionModel* model = window.suggestions()->model();
        int meeting = 0;
        for (int row = model->rowCount() - 1; row >= 0; --row) {
            if (model->index(row, 0).data(SuggestionModel::KindRole).toInt() == int(MarkKind::Meeting))
                meeting = row;
        }
        window.suggestionPanel()->view()->setCurrentIndex(model->index(meeting, 0));
        QTest::qWait(200);
        QVERIFY(window.grab().save(folder + QStringLiteral("/suggest-window.png")));
        QVERIFY(dock->grab().save(folder + QStringLiteral("/suggest-dock.png")));
        if (copies.size() > 1) {
            // The whole corpus as one queue after Suggest for All Articles.
            QSignalSpy finished(window.suggestions(), &SuggestionReview::runAllFinished);
            window.suggestionPanel()->suggestAll([](int) { return false; });
            QVERIFY(finished.wait(20000));
            window.suggestionPanel()->view()->setColumnWidth(SuggestionModel::ArticleColumn, 160);
            window.suggestionPanel()->view()->setCurrentIndex(model->index(0, 0));
            QTest::qWait(200);
            QVERIFY(dock->grab().save(folder + QStringLiteral("/suggest-queue.png")));
        }
        for (int article = 0; article < copies.size(); ++article)
            window.articles()->textDocument(article)->setModified(false);
    }

    // Settings ▸ Actor Dictionaries: a dictionary added is used by the next run.
    void actorDictionaries()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString dictionaryPath = dir.filePath(QStringLiteral("test.actors.txt"));
        QFile dictionary(dictionaryPath);
        QVERIFY(dictionary.open(QIODevice::WriteOnly));
        dictionary.write("HAMID_OSMAN_\n+ENVOY_HAMID_OSMAN\n\t[SDNGOV >20200101]\n");
        dictionary.close();
        SuggestKnowledge knowledge;
        knowledge.setDictionaryPaths({});
        ActorDictionariesDialog dialog(&knowledge);
        dialog.addFiles({ dictionaryPath });
        QCOMPARE(dialog.list()->count(), 1);
        QVERIFY(dialog.list()->item(0)->text().contains(QStringLiteral("1 actor")));
        const QString text = QStringLiteral("Hamid Osman met reporters in Oslo on Friday.");
        const Suggest::Result result = Suggest::suggest(text, Suggest::Options(QDate(2024, 5, 20), {}, {}, knowledge.knowledge()));
        bool found = false;
        for (const Actor& actor : result.actors)
            found = found || (actor.name == QStringLiteral("Hamid Osman") && actor.side == QStringLiteral("Sudan"));
        QVERIFY(found);
        dialog.list()->item(0)->setSelected(true);
        dialog.removeSelected();
        QCOMPARE(dialog.list()->count(), 0);
        QVERIFY(knowledge.dictionaryPaths().isEmpty());
    }
};

QTEST_MAIN(TestSuggestionReview)
#include "tst_suggestionreview.moc"
