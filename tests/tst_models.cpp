// The item models over the sample corpus: real values, proxies, and the fine-grained signals that a
// re-parse must produce. Every model is watched by QAbstractItemModelTester from before the load.
#include "actormodel.h"
#include "corpusstore.h"
#include "issuemodel.h"
#include "labels.h"
#include "meetingmodel.h"
#include "recordfiltermodel.h"
#include "statushistorymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <cmath>
#include <memory>
#include <vector>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

// All models over one store, each watched by a tester from the start.
struct Fixture
{
    CorpusStore store;
    ActorModel actors { &store };
    MeetingModel meetings { &store };
    IssueModel issues { &store };
    StatusHistoryModel history { &store };
    RecordFilterModel actorFilter;
    RecordFilterModel meetingFilter;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers; // destroyed before the models

    Fixture()
    {
        actorFilter.setSourceModel(&actors);
        meetingFilter.setSourceModel(&meetings);
        // Sorted proxies, as in the views, so that updates also go through proxy re-sorting.
        actorFilter.sort(ActorModel::NameColumn);
        meetingFilter.sort(MeetingModel::DateColumn);
        history.setIssueId(QStringLiteral("military-channels"));
        const QList<QAbstractItemModel*> models { &actors,  &meetings,    &issues,
                                                  &history, &actorFilter, &meetingFilter };
        for (QAbstractItemModel* model : models) {
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        }
    }

    bool load()
    {
        Document document = Format::load(QStringLiteral(ENTENTE_SAMPLE));
        for (const Diagnostic& diagnostic : std::as_const(document.diagnostics))
            qWarning("%s", qPrintable(diagnostic.toString()));
        if (document.hasErrors() || document.text.isEmpty())
            return false;
        store.setDocuments({ std::move(document) });
        return true;
    }

    QString text() const { return store.corpus().documents.at(0).text; }
};

int rowOf(const QAbstractItemModel& model, const QString& id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(RecordModel::IdRole).toString() == id)
            return row;
    }
    return -1;
}

QVariant value(const QAbstractItemModel& model, const QString& id, int role, int column = 0)
{
    const int row = rowOf(model, id);
    return row < 0 ? QVariant() : model.index(row, column).data(role);
}

QStringList ids(const QAbstractItemModel& model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data(RecordModel::IdRole).toString());
    return result;
}

QString replaced(QString text, const QString& before, const QString& after)
{
    if (!text.contains(before))
        qFatal("sample text lacks %s", qPrintable(before));
    return text.replace(before, after);
}

// The 1-based line of the first line starting with prefix.
int lineOf(const QString& text, const QString& prefix)
{
    const qsizetype position = text.indexOf(u'\n' + prefix);
    return position < 0 ? -1 : int(text.left(position + 1).count(u'\n')) + 1;
}

double contrast(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& color) {
        const auto channel = [](double c) {
            return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

using Rows = std::pair<int, int>;

Rows rowsOf(const QList<QVariant>& signalArguments)
{
    return { signalArguments.at(0).value<QModelIndex>().row(),
             signalArguments.at(1).value<QModelIndex>().row() };
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void labels();
    void fuzzyDateLabels_data();
    void fuzzyDateLabels();
    void dateRangeLabels_data();
    void dateRangeLabels();
    void otherLocales();
    void statusColours();
    void emptyStore();
    void actorModel();
    void meetingModel();
    void issueModel();
    void statusHistoryModel();
    void filterActors_data();
    void filterActors();
    void filterMeetings();
    void sortMeetings();
    void updateChangesOneRow();
    void updateRenamesActor();
    void updateRemovesActor();
    void updateAddsActor();
    void updateMovesEvidence();
    void updateReorderKeepsRows();
    void resetAndClear();
};

void TestModels::initTestCase()
{
    // Display texts below are British English whatever the machine's locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestModels::labels()
{
    QCOMPARE(Labels::actorKind(ActorKind::Organisation), QStringLiteral("Organisation"));
    QCOMPARE(Labels::meetingStatus(MeetingStatus::Held), QStringLiteral("Held"));
    QCOMPARE(Labels::issueStatus(IssueStatus::InDialogue), QStringLiteral("In dialogue"));
    QCOMPARE(Labels::datePrecision(DatePrecision::Approximate), QStringLiteral("Approximate"));
    QVERIFY(Labels::fuzzyDate(FuzzyDate {}).isEmpty());
}

void TestModels::fuzzyDateLabels_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("label");
    QTest::newRow("day") << "2023-07-13"
                         << "13 July 2023";
    QTest::newRow("week") << "2023-W27"
                          << "week of 3 July 2023";
    QTest::newRow("month") << "2023-07"
                           << "July 2023";
    QTest::newRow("approximate") << "~2023-10-15"
                                 << "around 15 October 2023";
}

void TestModels::fuzzyDateLabels()
{
    QFETCH(QString, date);
    QFETCH(QString, label);
    const FuzzyDate parsed = FuzzyDate::parse(date);
    QVERIFY(parsed.isValid());
    QCOMPARE(Labels::fuzzyDate(parsed), label);
}

void TestModels::dateRangeLabels_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("label");
    QTest::newRow("days of one month") << "2023-07-16"
                                       << "2023-07-19"
                                       << "16–19 July 2023";
    QTest::newRow("one day") << "2023-07-13"
                             << "2023-07-13"
                             << "13 July 2023";
    QTest::newRow("no end") << "2023-07-13"
                            << ""
                            << "13 July 2023";
    QTest::newRow("across months") << "2023-06-30"
                                   << "2023-07-02"
                                   << "30 June 2023 – 2 July 2023";
    QTest::newRow("across years") << "2023-07-16"
                                  << "2024-07-19"
                                  << "16 July 2023 – 19 July 2024";
    QTest::newRow("week to month") << "2023-W27"
                                   << "2023-08"
                                   << "week of 3 July 2023 – August 2023";
}

void TestModels::dateRangeLabels()
{
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, label);
    QCOMPARE(Labels::dateRange(FuzzyDate::parse(start), FuzzyDate::parse(end)), label);
}

void TestModels::otherLocales()
{
    const FuzzyDate day = FuzzyDate::parse(u"2023-07-13");
    const FuzzyDate end = FuzzyDate::parse(u"2023-07-19");
    const QLocale german(QLocale::German, QLocale::Germany);
    QCOMPARE(Labels::fuzzyDate(day, german), QStringLiteral("13. Juli 2023"));
    QCOMPARE(Labels::dateRange(day, end, german), QStringLiteral("13.–19. Juli 2023"));
    QCOMPARE(Labels::fuzzyDate(FuzzyDate::parse(u"2023-07"), german), QStringLiteral("Juli 2023"));
    const QLocale american(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(Labels::fuzzyDate(day, american), QStringLiteral("July 13, 2023"));
    QCOMPARE(Labels::dateRange(day, end, american), QStringLiteral("July 13, 2023 – July 19, 2023"));
}

void TestModels::statusColours()
{
    const QColor light(Qt::white);
    const QColor dark(0x1e, 0x1e, 0x1e);
    QList<QColor> meetingColours;
    for (MeetingStatus status :
         { MeetingStatus::Planned, MeetingStatus::Held, MeetingStatus::Cancelled, MeetingStatus::Failed })
        meetingColours.append(Labels::meetingStatusColor(status));
    QList<QColor> issueColours;
    for (IssueStatus status : { IssueStatus::Open, IssueStatus::InDialogue, IssueStatus::Stalled,
                                IssueStatus::Escalating, IssueStatus::Resolved })
        issueColours.append(Labels::issueStatusColor(status));
    for (const QList<QColor>& colours : { meetingColours, issueColours }) {
        for (qsizetype i = 0; i < colours.size(); ++i) {
            QVERIFY(colours.at(i).isValid());
            QVERIFY2(contrast(colours.at(i), light) >= 3.0, qPrintable(colours.at(i).name()));
            QVERIFY2(contrast(colours.at(i), dark) >= 3.0, qPrintable(colours.at(i).name()));
            for (qsizetype j = 0; j < i; ++j)
                QVERIFY(colours.at(i) != colours.at(j));
        }
    }
}

void TestModels::emptyStore()
{
    ActorModel noStore(nullptr);
    QCOMPARE(noStore.rowCount(), 0);
    QCOMPARE(noStore.columnCount(), int(ActorModel::ColumnCount));
    Fixture f;
    QCOMPARE(f.actors.rowCount(), 0);
    QCOMPARE(f.history.rowCount(), 0);
    QCOMPARE(f.actors.headerData(ActorModel::MeetingsColumn, Qt::Horizontal).toString(),
             QStringLiteral("Meetings"));
    QCOMPARE(f.meetings.headerData(MeetingModel::DateColumn, Qt::Horizontal).toString(),
             QStringLiteral("Date"));
    QCOMPARE(f.issues.headerData(IssueModel::SinceColumn, Qt::Horizontal).toString(),
             QStringLiteral("Since"));
    QCOMPARE(f.history.headerData(StatusHistoryModel::EvidenceColumn, Qt::Horizontal).toString(),
             QStringLiteral("Evidence"));
}

void TestModels::actorModel()
{
    Fixture f;
    QVERIFY(f.load());
    const ActorModel& m = f.actors;
    QCOMPARE(m.rowCount(), 15);
    QCOMPARE(m.columnCount(), 5);
    QCOMPARE(m.rowCount(m.index(0, 0)), 0);
    QVERIFY(!m.data(QModelIndex()).isValid());

    const QString blinken = QStringLiteral("blinken");
    const int row = m.rowOf(blinken);
    QCOMPARE(row, 0);
    QCOMPARE(rowOf(m, blinken), row);
    QCOMPARE(value(m, blinken, ActorModel::NameRole).toString(), QStringLiteral("Antony Blinken"));
    QCOMPARE(value(m, blinken, ActorModel::SideRole).toString(), QStringLiteral("USA"));
    QCOMPARE(value(m, blinken, ActorModel::RoleRole).toString(), QStringLiteral("Secretary of State"));
    QCOMPARE(value(m, blinken, ActorModel::KindRole).toInt(), int(ActorKind::Person));
    QCOMPARE(value(m, blinken, ActorModel::AliasesRole).toStringList(),
             QStringList { QStringLiteral("Blinken") });
    QCOMPARE(value(m, blinken, ActorModel::MeetingCountRole).toInt(), 2);
    QVERIFY(value(m, blinken, ActorModel::OriginFileRole)
                .toString()
                .endsWith(u"us-china-diplomacy-2023-07.entente"));
    QCOMPARE(value(m, blinken, ActorModel::OriginLineRole).toInt(),
             lineOf(f.text(), QStringLiteral("actor blinken:")));
    QVERIFY(!value(m, blinken, ActorModel::StatusRole).isValid());

    QCOMPARE(m.index(row, ActorModel::NameColumn).data().toString(), QStringLiteral("Antony Blinken"));
    QCOMPARE(m.index(row, ActorModel::KindColumn).data().toString(), QStringLiteral("Person"));
    QCOMPARE(m.index(row, ActorModel::MeetingsColumn).data().toInt(), 2);
    QCOMPARE(m.index(row, ActorModel::MeetingsColumn).data(ActorModel::SortRole).toInt(), 2);
    const QString toolTip = m.index(row, ActorModel::SideColumn).data(Qt::ToolTipRole).toString();
    for (const char* part : { "Antony Blinken", "Also known as: Blinken", "Secretary of State", "USA" })
        QVERIFY2(toolTip.contains(QLatin1StringView(part)), qPrintable(toolTip));

    QCOMPARE(value(f.actors, QStringLiteral("xi-jinping"), ActorModel::MeetingCountRole).toInt(), 2);
    QCOMPARE(value(f.actors, QStringLiteral("kerry"), ActorModel::MeetingCountRole).toInt(), 1);
    QCOMPARE(value(f.actors, QStringLiteral("asean"), ActorModel::MeetingCountRole).toInt(), 0);
    QCOMPARE(value(f.actors, QStringLiteral("asean"), ActorModel::KindRole).toInt(),
             int(ActorKind::Organisation));

    const QHash<int, QByteArray> names = m.roleNames();
    for (int role = ActorModel::IdRole; role <= ActorModel::MeetingCountRole; ++role)
        QVERIFY2(names.contains(role), qPrintable(QString::number(role)));
    QCOMPARE(names.value(ActorModel::MeetingCountRole), QByteArray("meetingCount"));
}

void TestModels::meetingModel()
{
    Fixture f;
    QVERIFY(f.load());
    const MeetingModel& m = f.meetings;
    QCOMPARE(m.rowCount(), 6);
    QCOMPARE(m.columnCount(), 6);

    const QString jakarta = QStringLiteral("jakarta-talks");
    const int row = m.rowOf(jakarta);
    QVERIFY(row >= 0);
    QCOMPARE(value(m, jakarta, MeetingModel::StartDateRole).toDate(), QDate(2023, 7, 13));
    QCOMPARE(value(m, jakarta, MeetingModel::EndDateRole).toDate(), QDate(2023, 7, 13));
    QCOMPARE(value(m, jakarta, MeetingModel::StatusRole).toInt(), int(MeetingStatus::Planned));
    QCOMPARE(value(m, jakarta, MeetingModel::PlaceRole).toString(), QStringLiteral("Jakarta"));
    QCOMPARE(value(m, jakarta, MeetingModel::KindRole).toString(), QStringLiteral("talks"));
    const QStringList participants { QStringLiteral("blinken"), QStringLiteral("wang-yi") };
    QCOMPARE(value(m, jakarta, MeetingModel::ParticipantIdsRole).toStringList(), participants);
    const QStringList names { QStringLiteral("Antony Blinken"), QStringLiteral("Wang Yi") };
    QCOMPARE(value(m, jakarta, MeetingModel::ParticipantNamesRole).toStringList(), names);
    QCOMPARE(m.index(row, MeetingModel::ParticipantsColumn).data().toString(),
             QStringLiteral("Antony Blinken, Wang Yi"));
    QCOMPARE(m.index(row, MeetingModel::MeetingColumn).data().toString(),
             QStringLiteral("Blinken–Wang Yi talks at the ASEAN Foreign Ministers’ Meeting"));
    QCOMPARE(m.index(row, MeetingModel::DateColumn).data().toString(), QStringLiteral("13 July 2023"));
    QCOMPARE(m.index(row, MeetingModel::StatusColumn).data().toString(), QStringLiteral("Planned"));
    QCOMPARE(m.index(row, MeetingModel::StatusColumn).data(Qt::DecorationRole).value<QColor>(),
             Labels::meetingStatusColor(MeetingStatus::Planned));
    QCOMPARE(m.index(row, MeetingModel::DateColumn).data(MeetingModel::SortRole).toDate(),
             QDate(2023, 7, 13));
    QCOMPARE(value(m, jakarta, MeetingModel::OriginLineRole).toInt(),
             lineOf(f.text(), QStringLiteral("meeting jakarta-talks:")));

    const QString kerry = QStringLiteral("kerry-visit");
    QCOMPARE(value(m, kerry, MeetingModel::StartDateRole).toDate(), QDate(2023, 7, 16));
    QCOMPARE(value(m, kerry, MeetingModel::EndDateRole).toDate(), QDate(2023, 7, 19));
    QCOMPARE(value(m, kerry, MeetingModel::IssuesRole).toStringList(),
             QStringList { QStringLiteral("climate") });
    QCOMPARE(value(m, kerry, Qt::DisplayRole, MeetingModel::DateColumn).toString(),
             QStringLiteral("16–19 July 2023"));

    const QString yellen = QStringLiteral("yellen-visit");
    QCOMPARE(value(m, yellen, MeetingModel::StartDateRole).toDate(), QDate(2023, 7, 3));
    QCOMPARE(value(m, yellen, MeetingModel::EndDateRole).toDate(), QDate(2023, 7, 9));
    QCOMPARE(value(m, yellen, MeetingModel::StartPrecisionRole).toInt(), int(DatePrecision::Week));
    QCOMPARE(value(m, yellen, MeetingModel::StatusRole).toInt(), int(MeetingStatus::Held));

    const QString summit = QStringLiteral("biden-xi-summit");
    QCOMPARE(value(m, summit, MeetingModel::EndPrecisionRole).toInt(), int(DatePrecision::Approximate));
    QCOMPARE(value(m, summit, MeetingModel::PlaceRole).toString(), QString());
    QCOMPARE(value(m, summit, Qt::DisplayRole, MeetingModel::DateColumn).toString(),
             QStringLiteral("around 15 October 2023"));
    QVERIFY(m.roleNames().contains(MeetingModel::IssuesRole));
}

void TestModels::issueModel()
{
    Fixture f;
    QVERIFY(f.load());
    const IssueModel& m = f.issues;
    QCOMPARE(m.rowCount(), 4);
    QCOMPARE(m.columnCount(), 4);
    const QString hacking = QStringLiteral("hacking");
    const int row = m.rowOf(hacking);
    QVERIFY(row >= 0);
    QCOMPARE(value(m, hacking, IssueModel::TitleRole).toString(),
             QStringLiteral("Chinese hacking of US government email"));
    QCOMPARE(value(m, hacking, IssueModel::StatusRole).toInt(), int(IssueStatus::Stalled));
    QCOMPARE(value(m, hacking, IssueModel::HistorySizeRole).toInt(), 3);
    QCOMPARE(value(m, hacking, IssueModel::SinceRole).toDate(), QDate(2023, 7, 12));
    QCOMPARE(m.index(row, IssueModel::StatusColumn).data().toString(), QStringLiteral("Stalled"));
    QCOMPARE(m.index(row, IssueModel::SinceColumn).data().toString(), QStringLiteral("12 July 2023"));
    QCOMPARE(m.index(row, IssueModel::ChangesColumn).data().toInt(), 3);
    QCOMPARE(m.index(row, IssueModel::StatusColumn).data(Qt::DecorationRole).value<QColor>(),
             Labels::issueStatusColor(IssueStatus::Stalled));
    QCOMPARE(value(m, QStringLiteral("trade"), IssueModel::StatusRole).toInt(), int(IssueStatus::InDialogue));
    QCOMPARE(value(m, QStringLiteral("trade"), IssueModel::SinceRole).toDate(), QDate(2023, 7, 3));
    QCOMPARE(value(m, QStringLiteral("military-channels"), IssueModel::HistorySizeRole).toInt(), 2);
}

void TestModels::statusHistoryModel()
{
    Fixture f;
    QVERIFY(f.load());
    StatusHistoryModel& m = f.history;
    QCOMPARE(m.issueId(), QStringLiteral("military-channels"));
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(m.index(0, 0).data(StatusHistoryModel::StatusRole).toInt(), int(IssueStatus::Stalled));
    QCOMPARE(m.index(0, 0).data(StatusHistoryModel::DateRole).toDate(), QDate(2023, 6, 18));
    QCOMPARE(m.index(0, 0).data(StatusHistoryModel::PrecisionRole).toInt(), int(DatePrecision::Approximate));
    QCOMPARE(m.index(1, 0).data(StatusHistoryModel::StatusRole).toInt(), int(IssueStatus::InDialogue));
    QCOMPARE(m.index(1, 0).data(StatusHistoryModel::DateRole).toDate(), QDate(2023, 7, 12));
    QCOMPARE(m.index(1, 0).data(StatusHistoryModel::EvidenceRole).toString(),
             QStringLiteral("dialogue-renewed"));
    QCOMPARE(m.index(1, StatusHistoryModel::DateColumn).data().toString(), QStringLiteral("12 July 2023"));
    QCOMPARE(m.index(1, StatusHistoryModel::StatusColumn).data().toString(), QStringLiteral("In dialogue"));
    QCOMPARE(m.index(1, StatusHistoryModel::ArticleColumn).data().toString(),
             QStringLiteral("us-china-diplomacy-2023-07.entente"));

    // The evidence is the article's words, without markup.
    const QString evidence = m.index(1, 0).data(StatusHistoryModel::EvidenceTextRole).toString();
    QVERIFY2(evidence.contains(u"renewed start to bilateral dialogue"), qPrintable(evidence));
    QVERIFY2(!evidence.contains(u'{') && !evidence.contains(u'['), qPrintable(evidence));
    QCOMPARE(m.index(1, StatusHistoryModel::EvidenceColumn).data().toString(), evidence);
    const QString first = m.index(0, 0).data(StatusHistoryModel::EvidenceTextRole).toString();
    QVERIFY2(first.contains(u"efforts to revive military communication channels"), qPrintable(first));
    const int spanStart = m.index(1, 0).data(StatusHistoryModel::SpanStartRole).toInt();
    const int spanEnd = m.index(1, 0).data(StatusHistoryModel::SpanEndRole).toInt();
    QVERIFY(spanStart >= 0 && spanEnd > spanStart);
    QVERIFY(f.text().mid(spanStart, spanEnd - spanStart).contains(evidence));

    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    m.setIssueId(QStringLiteral("hacking"));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m.rowCount(), 3);
    QCOMPARE(m.index(2, 0).data(StatusHistoryModel::StatusRole).toInt(), int(IssueStatus::Stalled));
    QVERIFY(m.index(2, 0)
                .data(StatusHistoryModel::NoteRole)
                .toString()
                .startsWith(u"China denies the allegations"));
    QVERIFY(m.index(2, StatusHistoryModel::EvidenceColumn)
                .data()
                .toString()
                .contains(u"has denied these allegations"));
    m.setIssueId(QStringLiteral("hacking"));
    QCOMPARE(reset.count(), 1);
    m.setIssueId(QStringLiteral("no-such-issue"));
    QCOMPARE(m.rowCount(), 0);
}

void TestModels::filterActors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("name or alias") << "xi" << QStringList { u"xi-jinping"_s, u"xie-feng"_s };
    QTest::newRow("alias only") << "ASEAN" << QStringList { u"asean"_s };
    QTest::newRow("ignores case") << "bLiNkEn" << QStringList { u"blinken"_s };
    QTest::newRow("role") << "spokesperson" << QStringList { u"meiners"_s };
    QTest::newRow("side") << "southeast asia" << QStringList { u"asean"_s };
    QTest::newRow("id") << "state-dept" << QStringList { u"state-dept"_s };
    QTest::newRow("not a pattern") << "x.*" << QStringList {};
    QTest::newRow("nothing") << "nobody-has-this" << QStringList {};
}

void TestModels::filterActors()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    Fixture f;
    QVERIFY(f.load());
    f.actorFilter.setFilterText(text);
    QStringList found = ids(f.actorFilter);
    found.sort();
    QCOMPARE(found, expected);
    f.actorFilter.setFilterText({});
    QCOMPARE(f.actorFilter.rowCount(), 15);
    // The views connect line edits to the inherited slot: it must filter the same way.
    f.actorFilter.setFilterFixedString(text);
    found = ids(f.actorFilter);
    found.sort();
    QCOMPARE(found, expected);
}

void TestModels::filterMeetings()
{
    Fixture f;
    QVERIFY(f.load());
    RecordFilterModel& proxy = f.meetingFilter;
    proxy.setStatusFilter(int(MeetingStatus::Held));
    QCOMPARE(proxy.statusFilter(), int(MeetingStatus::Held));
    QStringList held = ids(proxy);
    held.sort();
    QCOMPARE(held, (QStringList { u"blinken-beijing-visit"_s, u"xie-defense-talks"_s, u"yellen-visit"_s }));

    proxy.setFilterText(QStringLiteral("beijing")); // place or id
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setStatusFilter(int(MeetingStatus::Planned));
    QCOMPARE(ids(proxy), QStringList { QStringLiteral("kerry-visit") });
    proxy.setFilterText(QStringLiteral("wang yi")); // a participant's name
    QCOMPARE(ids(proxy), QStringList { QStringLiteral("jakarta-talks") });
    proxy.setStatusFilter(-1);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setFilterText({});
    QCOMPARE(proxy.rowCount(), 6);

    // Actors have no status: a status filter keeps none of them.
    f.actorFilter.setStatusFilter(0);
    QCOMPARE(f.actorFilter.rowCount(), 0);
}

void TestModels::sortMeetings()
{
    Fixture f;
    QVERIFY(f.load());
    RecordFilterModel& proxy = f.meetingFilter;
    proxy.sort(MeetingModel::DateColumn, Qt::AscendingOrder);
    QCOMPARE(ids(proxy),
             (QStringList { u"blinken-beijing-visit"_s, u"yellen-visit"_s, u"xie-defense-talks"_s,
                            u"jakarta-talks"_s, u"kerry-visit"_s, u"biden-xi-summit"_s }));
    proxy.sort(MeetingModel::DateColumn, Qt::DescendingOrder);
    QCOMPARE(ids(proxy).constFirst(), QStringLiteral("biden-xi-summit"));
    proxy.sort(MeetingModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data(MeetingModel::StatusRole).toInt(), int(MeetingStatus::Planned));
    QCOMPARE(proxy.index(5, 0).data(MeetingModel::StatusRole).toInt(), int(MeetingStatus::Held));

    f.actorFilter.sort(ActorModel::MeetingsColumn, Qt::DescendingOrder);
    QCOMPARE(f.actorFilter.index(0, 0).data(ActorModel::MeetingCountRole).toInt(), 2);
    QCOMPARE(f.actorFilter.index(14, 0).data(ActorModel::MeetingCountRole).toInt(), 0);
    f.actorFilter.sort(ActorModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(f.actorFilter.index(0, 0).data().toString(), QStringLiteral("Antony Blinken"));
}

void TestModels::updateChangesOneRow()
{
    Fixture f;
    QVERIFY(f.load());
    f.meetingFilter.setFilterText(QStringLiteral("bali"));
    QCOMPARE(f.meetingFilter.rowCount(), 0);
    QSignalSpy meetingChanged(&f.meetings, &QAbstractItemModel::dataChanged);
    QSignalSpy meetingReset(&f.meetings, &QAbstractItemModel::modelReset);
    QSignalSpy actorChanged(&f.actors, &QAbstractItemModel::dataChanged);
    QSignalSpy actorReset(&f.actors, &QAbstractItemModel::modelReset);
    QSignalSpy issueChanged(&f.issues, &QAbstractItemModel::dataChanged);
    QSignalSpy historyChanged(&f.history, &QAbstractItemModel::dataChanged);

    f.store.updateDocumentText(
        0, replaced(f.text(), QStringLiteral("place=Jakarta"), QStringLiteral("place=Bali")));

    const int row = f.meetings.rowOf(u"jakarta-talks");
    QCOMPARE(meetingReset.count(), 0);
    QCOMPARE(meetingChanged.count(), 1);
    QCOMPARE(rowsOf(meetingChanged.at(0)), Rows(row, row));
    QCOMPARE(meetingChanged.at(0).at(0).value<QModelIndex>().column(), 0);
    QCOMPARE(meetingChanged.at(0).at(1).value<QModelIndex>().column(), MeetingModel::ColumnCount - 1);
    QCOMPARE(f.meetings.index(row, 0).data(MeetingModel::PlaceRole).toString(), QStringLiteral("Bali"));
    QCOMPARE(f.meetings.index(row, MeetingModel::PlaceColumn).data().toString(), QStringLiteral("Bali"));
    QCOMPARE(ids(f.meetingFilter), QStringList { QStringLiteral("jakarta-talks") });
    // Nothing else changed, so nothing else signalled.
    QCOMPARE(actorChanged.count(), 0);
    QCOMPARE(actorReset.count(), 0);
    QCOMPARE(issueChanged.count(), 0);
    QCOMPARE(historyChanged.count(), 0);

    // The same text again changes nothing.
    f.store.updateDocumentText(0, f.text());
    QCOMPARE(meetingChanged.count(), 1);
    QCOMPARE(meetingReset.count(), 0);
}

void TestModels::updateRenamesActor()
{
    Fixture f;
    QVERIFY(f.load());
    QSignalSpy meetingChanged(&f.meetings, &QAbstractItemModel::dataChanged);
    QSignalSpy actorChanged(&f.actors, &QAbstractItemModel::dataChanged);
    f.store.updateDocumentText(0,
                               replaced(f.text(), QStringLiteral("actor wang-yi: Wang Yi;"),
                                        QStringLiteral("actor wang-yi: Wang Yi Jr;")));
    const int actorRow = f.actors.rowOf(u"wang-yi");
    QCOMPARE(actorChanged.count(), 1);
    QCOMPARE(rowsOf(actorChanged.at(0)), Rows(actorRow, actorRow));
    // Wang Yi takes part in the first two meetings: one ranged signal for both rows.
    QCOMPARE(f.meetings.rowOf(u"jakarta-talks"), 0);
    QCOMPARE(f.meetings.rowOf(u"blinken-beijing-visit"), 1);
    QCOMPARE(meetingChanged.count(), 1);
    QCOMPARE(rowsOf(meetingChanged.at(0)), Rows(0, 1));
    QCOMPARE(f.meetings.index(0, MeetingModel::ParticipantsColumn).data().toString(),
             QStringLiteral("Antony Blinken, Wang Yi Jr"));
}

void TestModels::updateRemovesActor()
{
    Fixture f;
    QVERIFY(f.load());
    const int microsoft = f.actors.rowOf(u"microsoft");
    const int whiteHouse = f.actors.rowOf(u"white-house");
    QCOMPARE(whiteHouse, microsoft + 1);
    const int whiteHouseLine = f.actors.index(whiteHouse, 0).data(ActorModel::OriginLineRole).toInt();
    QSignalSpy removed(&f.actors, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&f.actors, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&f.actors, &QAbstractItemModel::modelReset);
    QSignalSpy meetingReset(&f.meetings, &QAbstractItemModel::modelReset);

    f.store.updateDocumentText(
        0, replaced(f.text(), QStringLiteral("actor microsoft: Microsoft; organisation; USA\n"), QString()));

    QCOMPARE(f.actors.rowCount(), 14);
    QCOMPARE(f.actorFilter.rowCount(), 14);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), microsoft);
    QCOMPARE(removed.at(0).at(2).toInt(), microsoft);
    QCOMPARE(f.actors.rowOf(u"microsoft"), -1);
    // The next actor moved up one line: its row is updated, not rebuilt.
    QCOMPARE(f.actors.rowOf(u"white-house"), microsoft);
    QCOMPARE(f.actors.index(microsoft, 0).data(ActorModel::OriginLineRole).toInt(), whiteHouseLine - 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(rowsOf(changed.at(0)), Rows(microsoft, microsoft));
    QCOMPARE(meetingReset.count(), 0);
}

void TestModels::updateAddsActor()
{
    Fixture f;
    QVERIFY(f.load());
    QSignalSpy inserted(&f.actors, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&f.actors, &QAbstractItemModel::modelReset);
    const QString last = QStringLiteral("actor white-house: White House; organisation; USA\n");
    f.store.updateDocumentText(
        0,
        replaced(f.text(), last, last + u"actor harris: Kamala Harris; person; USA; role=Vice President\n"));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 15);
    QCOMPARE(inserted.at(0).at(2).toInt(), 15);
    QCOMPARE(f.actors.rowCount(), 16);
    QCOMPARE(value(f.actors, QStringLiteral("harris"), ActorModel::NameRole).toString(),
             QStringLiteral("Kamala Harris"));
    QCOMPARE(value(f.actors, QStringLiteral("harris"), ActorModel::RoleRole).toString(),
             QStringLiteral("Vice President"));
}

void TestModels::updateMovesEvidence()
{
    Fixture f;
    QVERIFY(f.load());
    const QString before = f.history.index(1, 0).data(StatusHistoryModel::EvidenceTextRole).toString();
    const int spanStart = f.history.index(1, 0).data(StatusHistoryModel::SpanStartRole).toInt();
    QSignalSpy changed(&f.history, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&f.history, &QAbstractItemModel::modelReset);
    const QString prefix = QStringLiteral("Breaking: ");
    f.store.updateDocumentText(0, prefix + f.text());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(rowsOf(changed.at(0)), Rows(0, 1));
    QCOMPARE(f.history.index(1, 0).data(StatusHistoryModel::SpanStartRole).toInt(),
             spanStart + prefix.size());
    QCOMPARE(f.history.index(1, 0).data(StatusHistoryModel::EvidenceTextRole).toString(), before);
}

void TestModels::updateReorderKeepsRows()
{
    Fixture f;
    QVERIFY(f.load());
    QSignalSpy reset(&f.actors, &QAbstractItemModel::modelReset);
    const QString blinken = QStringLiteral(
        "actor blinken: Antony Blinken; person; USA; role=Secretary of State; aliases=Blinken\n");
    const QString wang = QStringLiteral(
        "actor wang-yi: Wang Yi; person; China; role=Top foreign policy official; aliases=Wang\n");
    QSignalSpy changed(&f.actors, &QAbstractItemModel::dataChanged);
    f.store.updateDocumentText(0, replaced(f.text(), blinken + wang, wang + blinken));
    // Ids keep their rows (views keep selection and scroll); the two records' lines moved.
    QCOMPARE(reset.count(), 0);
    QCOMPARE(f.actors.rowCount(), 15);
    QCOMPARE(f.actors.rowOf(u"blinken"), 0);
    QCOMPARE(f.actors.rowOf(u"wang-yi"), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(rowsOf(changed.at(0)), Rows(0, 1));
    QCOMPARE(f.actors.index(0, 0).data(RecordModel::OriginLineRole).toInt(),
        f.actors.index(1, 0).data(RecordModel::OriginLineRole).toInt() + 1);
}

void TestModels::resetAndClear()
{
    Fixture f;
    QVERIFY(f.load());
    QSignalSpy actorReset(&f.actors, &QAbstractItemModel::modelReset);
    QSignalSpy historyReset(&f.history, &QAbstractItemModel::modelReset);
    f.store.clear();
    QCOMPARE(actorReset.count(), 1);
    QCOMPARE(historyReset.count(), 1);
    QCOMPARE(f.actors.rowCount(), 0);
    QCOMPARE(f.meetings.rowCount(), 0);
    QCOMPARE(f.issues.rowCount(), 0);
    QCOMPARE(f.history.rowCount(), 0);
    QCOMPARE(f.meetingFilter.rowCount(), 0);
    QVERIFY(f.load());
    QCOMPARE(f.actors.rowCount(), 15);
    QCOMPARE(f.history.rowCount(), 2);

    // A model made after loading starts with the corpus.
    MeetingModel late(&f.store);
    QAbstractItemModelTester tester(&late, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(late.rowCount(), 6);
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
