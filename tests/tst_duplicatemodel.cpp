// The Duplicates dock's model: rows from a search result, the roles the dock reads, taking a proposal
// out; checked throughout by QAbstractItemModelTester.
#include "duplicatemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

QList<DuplicateProposal> sampleProposals()
{
    DuplicateProposal tony;
    tony.kind = MarkKind::Actor;
    tony.keepId = u"blinken"_s;
    tony.mergeId = u"tony-blinken"_s;
    tony.keepLabel = u"Antony Blinken"_s;
    tony.mergeLabel = u"Tony Blinken"_s;
    tony.score = 0.98;
    tony.reason = u"“Antony Blinken” and “Tony Blinken” are the same name"_s;
    tony.files = { u"/c/2021-01-a.entente"_s, u"/c/2023-07-b.entente"_s, u"/c/2024-01-c.entente"_s,
                   u"/c/2024-04-d.entente"_s };
    DuplicateProposal jakarta;
    jakarta.kind = MarkKind::Meeting;
    jakarta.keepId = u"asean-sidelines-talks"_s;
    jakarta.mergeId = u"blinken-wang-jakarta"_s;
    jakarta.keepLabel = u"Tony Blinken, Wang Yi · 2023-07-13"_s;
    jakarta.mergeLabel = u"Antony Blinken, Wang Yi · 2023-07"_s;
    jakarta.score = 0.96;
    jakarta.reason = u"2 participants in common"_s;
    jakarta.files = { u"/c/2023-07-plan.entente"_s, u"/c/2023-07-report.entente"_s };
    return { tony, jakarta };
}

} // namespace

class TestDuplicateModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void rowsAndRoles()
    {
        DuplicateModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(DuplicateModel::ColumnCount));
        model.setProposals(sampleProposals(), 7);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.revision(), quint64(7));

        const QModelIndex records = model.index(0, DuplicateModel::RecordsColumn);
        QCOMPARE(records.data().toString(), u"Tony Blinken → Antony Blinken"_s);
        QVERIFY(records.data(Qt::ToolTipRole).toString().contains(u"tony-blinken"_s));
        QCOMPARE(model.index(0, DuplicateModel::ScoreColumn).data().toString(), u"98 %"_s);
        QCOMPARE(model.index(0, DuplicateModel::ReasonColumn).data().toString(),
                 sampleProposals().first().reason);
        QCOMPARE(model.index(0, DuplicateModel::ArticlesColumn).data().toString(),
                 u"2021-01-a.entente, 2023-07-b.entente and 2 more"_s);
        QCOMPARE(model.index(0, DuplicateModel::ArticlesColumn).data(Qt::ToolTipRole).toString().count(u'\n'),
                 3);
        QCOMPARE(records.data(DuplicateModel::KindRole).toInt(), int(MarkKind::Actor));
        QCOMPARE(records.data(DuplicateModel::KeepIdRole).toString(), u"blinken"_s);
        QCOMPARE(records.data(DuplicateModel::MergeIdRole).toString(), u"tony-blinken"_s);
        QCOMPARE(records.data(DuplicateModel::ScoreRole).toDouble(), 0.98);
        QCOMPARE(records.data(DuplicateModel::FilesRole).toStringList().size(), 4);
        QCOMPARE(model.index(1, DuplicateModel::ArticlesColumn).data().toString(),
                 u"2023-07-plan.entente, 2023-07-report.entente"_s);
        QCOMPARE(model.index(1, 0).data(DuplicateModel::KindRole).toInt(), int(MarkKind::Meeting));
        QCOMPARE(model.headerData(DuplicateModel::ReasonColumn, Qt::Horizontal).toString(), u"Why"_s);
        QVERIFY(!model.data({}).isValid());
        QVERIFY(model.roleNames().values().contains("keepId"));
    }

    void findAndRemove()
    {
        DuplicateModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProposals(sampleProposals(), 1);
        QCOMPARE(model.rowOf(MarkKind::Meeting, u"blinken-wang-jakarta"_s, u"asean-sidelines-talks"_s), 1);
        QCOMPARE(model.rowOf(MarkKind::Actor, u"blinken-wang-jakarta"_s, u"asean-sidelines-talks"_s), -1);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.removeProposal(0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(DuplicateModel::KeepIdRole).toString(), u"asean-sidelines-talks"_s);
        model.removeProposal(5); // nothing there: nothing happens
        QCOMPARE(model.rowCount(), 1);
        model.setProposals({}, 2);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDuplicateModel)
#include "tst_duplicatemodel.moc"
