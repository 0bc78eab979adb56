// The Problems dock's model over the open articles: a mark or a meeting naming an id another open
// article defines is no problem; an id defined nowhere is a warning at its line and column; when the
// defining article is closed or renames the id, the warnings of the articles naming it come back, and
// an edit refreshes only the rows of the articles whose problems changed.
#include "corpusstore.h"
#include "problemmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

const QString namesFile = u"names.entente"_s;
const QString definesFile = u"defines.entente"_s;

// Names wang, kim and ghost in marks, and wang, kim and the issue trade in a meeting; defines none.
const QString namesText = u"[Wang]{actor=wang} met [Ghost]{actor=ghost}.\n"
                          "=== entente ===\n"
                          "meeting m: wang, kim; 2023-07-13; issues=trade\n"_s;

QString definesText(const QString& wangId)
{
    return u"[Wang Yi]{actor=%1} and [Kim]{actor=kim}.\n"
           "=== entente ===\n"
           "actor %1: Wang Yi; person; China\n"
           "actor kim: Kim Jong; person; Korea\n"
           "issue trade: Trade\n"_s.arg(wangId);
}

// Every row as "file:line:column: message" (the file's name only).
QStringList rows(const QAbstractItemModel& model)
{
    QStringList found;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        found.append(u"%1:%2:%3: %4"_s.arg(index.data(ProblemModel::FileRole).toString())
                         .arg(index.data(ProblemModel::LineRole).toInt())
                         .arg(index.data(ProblemModel::ColumnRole).toInt())
                         .arg(index.data(ProblemModel::MessageRole).toString()));
    }
    return found;
}

const QString ghostRow = u"names.entente:1:32: the mark refers to an unknown actor 'ghost'"_s;
const QStringList wangRows { u"names.entente:1:8: the mark refers to an unknown actor 'wang'"_s,
    u"names.entente:3:12: the meeting names an unknown actor 'wang'"_s };
const QStringList kimAndTradeRows { u"names.entente:3:18: the meeting names an unknown actor 'kim'"_s,
    u"names.entente:3:42: the meeting names an unknown issue 'trade'"_s };

} // namespace

class TestProblemModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idsDefinedInAnotherOpenArticle()
    {
        CorpusStore store;
        ProblemModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Alone, the article names five unknown ids, each at its line and column.
        store.setDocuments({ Format::parse(namesText, namesFile) });
        QStringList alone = rows(model);
        alone.sort();
        QStringList expected = wangRows + kimAndTradeRows + QStringList { ghostRow };
        expected.sort();
        QCOMPARE(alone, expected);
        QCOMPARE(model.warningCount(), 5);
        QCOMPARE(model.errorCount(), 0);

        // Another open article defines wang, kim and trade: only ghost, defined nowhere, is left.
        store.addDocuments({ Format::parse(definesText(u"wang"_s), definesFile) });
        QCOMPARE(rows(model), QStringList { ghostRow });

        // The defining article renames wang: the warnings naming wang come back, in line order.
        QSignalSpy updates(&store, &CorpusStore::corpusUpdated);
        store.updateDocumentText(1, definesText(u"wangyi"_s));
        QCOMPARE(updates.size(), 1);
        QCOMPARE(updates.first().first().value<CorpusChange>().problemDocuments, QList<int> { 0 });
        QCOMPARE(rows(model), QStringList({ wangRows.at(0), ghostRow, wangRows.at(1) }));

        // Renamed back: gone again.
        store.updateDocumentText(1, definesText(u"wang"_s));
        QCOMPARE(rows(model), QStringList { ghostRow });

        // An edit that neither adds nor removes an id touches no other article's problems.
        updates.clear();
        store.updateDocumentText(1, definesText(u"wang"_s).replace(u"Trade"_s, u"Trade talks"_s));
        QCOMPARE(updates.size(), 1);
        QVERIFY(updates.first().first().value<CorpusChange>().problemDocuments.isEmpty());
        QCOMPARE(rows(model), QStringList { ghostRow });

        // The article naming them defines ghost itself: no problem left.
        store.updateDocumentText(0, namesText + u"actor ghost: Ghost; person\n"_s);
        QVERIFY(rows(model).isEmpty());
        store.updateDocumentText(0, namesText);
        QCOMPARE(rows(model), QStringList { ghostRow });

        // The defining article is closed: every warning comes back.
        store.removeDocument(1);
        QStringList closed = rows(model);
        closed.sort();
        QCOMPARE(closed, expected);
        QCOMPARE(model.warningCount(), 5);
    }

    void definitionInALaterArticle()
    {
        // The defining article opened first, the naming one after it (rows of a later block).
        CorpusStore store;
        ProblemModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        store.setDocuments({ Format::parse(definesText(u"wang"_s), definesFile), Format::parse(namesText, namesFile) });
        QCOMPARE(rows(model), QStringList { ghostRow });
        // An article that defines ghost is opened: the last warning goes.
        const QString ghost = u"[Ghost]{actor=ghost}\n=== entente ===\nactor ghost: Ghost; person\n"_s;
        store.addDocuments({ Format::parse(ghost, u"ghost.entente"_s) });
        QVERIFY(rows(model).isEmpty());
        // Closing the first article shifts the others up and brings back wang, kim and trade.
        store.removeDocument(0);
        QCOMPARE(rows(model), wangRows + kimAndTradeRows);
    }

    void manyArticlesNamingOneId()
    {
        // 300 articles name the envoy: defining it in one takes the rows of all the others in one
        // pass (not a row signal per article), and dropping it brings each back at its place.
        const auto text = [](int n, const QString& records) {
            return u"Minister %1 met [the envoy]{actor=envoy}.\n=== entente ===\n%2"_s
                .arg(n, 3, 10, QChar(u'0'))
                .arg(records);
        };
        CorpusStore store;
        ProblemModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Document> documents;
        for (int n = 0; n < 300; ++n)
            documents.append(Format::parse(text(n, {}), u"a%1.entente"_s.arg(n, 3, 10, QChar(u'0'))));
        store.setDocuments(documents);
        QCOMPARE(model.rowCount(), 300);
        store.updateDocumentText(7, text(7, u"actor envoy: The Envoy; person\n"_s));
        QCOMPARE(rows(model), QStringList {});
        store.updateDocumentText(7, text(7, {}));
        const QStringList back = rows(model);
        QCOMPARE(back.size(), 300);
        for (int n : { 0, 7, 299 }) {
            QCOMPARE(back.at(n), u"a%1.entente:1:30: the mark refers to an unknown actor 'envoy'"_s
                                     .arg(n, 3, 10, QChar(u'0')));
        }
        QCOMPARE(model.warningCount(), 300);
    }
};

QTEST_GUILESS_MAIN(TestProblemModel)
#include "tst_problemmodel.moc"
