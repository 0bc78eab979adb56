// Record validation (models/domain/recordvalidation.h): each refused value gives one message on the
// field it is about; valid records give none.
#include "format.h"
#include "recordvalidation.h"

#include <QTest>

using namespace Entente;
using namespace Entente::RecordValidation;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Entente::Actor)
Q_DECLARE_METATYPE(Entente::Meeting)
Q_DECLARE_METATYPE(Entente::Issue)
Q_DECLARE_METATYPE(Entente::StatusChange)
Q_DECLARE_METATYPE(Entente::RecordValidation::Problems)

namespace {

const Corpus& sample()
{
    static const Corpus corpus = Corpus::merge({ Format::load(QString::fromUtf8(ENTENTE_SAMPLE)) });
    return corpus;
}

FuzzyDate day(int year, int month, int d)
{
    return { QDate(year, month, d), DatePrecision::Day };
}

Meeting jakarta()
{
    return sample().meetings.at(sample().meetingIndex(u"jakarta-talks"));
}

} // namespace

class TestRecordValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actors_data()
    {
        QTest::addColumn<Actor>("actor");
        QTest::addColumn<QString>("replacedId");
        QTest::addColumn<Problems>("expected");
        const Actor blinken = sample().actors.at(sample().actorIndex(u"blinken"));
        const auto with = [&blinken](const QString& id, const QString& name) {
            Actor a = blinken;
            a.id = id;
            a.name = name;
            return a;
        };
        QTest::newRow("unchanged") << blinken << u"blinken"_s << Problems {};
        QTest::newRow("renamed") << with(u"antony-blinken"_s, blinken.name) << u"blinken"_s << Problems {};
        QTest::newRow("new") << with(u"jake-sullivan"_s, u"Jake Sullivan"_s) << QString() << Problems {};
        QTest::newRow("empty id") << with({}, blinken.name) << u"blinken"_s
                                  << Problems { { Field::Id, u"Enter an id."_s } };
        QTest::newRow("bad id")
            << with(u"antony blinken"_s, blinken.name) << u"blinken"_s
            << Problems {
                   { Field::Id,
                     u"'antony blinken' is not a valid id: use letters, digits, '-', '_' or '.'."_s }
               };
        QTest::newRow("duplicate id")
            << with(u"wang-yi"_s, blinken.name) << u"blinken"_s
            << Problems { { Field::Id, u"Another actor already has the id 'wang-yi'."_s } };
        QTest::newRow("new with a used id")
            << with(u"blinken"_s, blinken.name) << QString()
            << Problems { { Field::Id, u"Another actor already has the id 'blinken'."_s } };
        QTest::newRow("empty name") << with(u"blinken"_s, {}) << u"blinken"_s
                                    << Problems { { Field::Name, u"Enter a name."_s } };
        QTest::newRow("blank name") << with(u"blinken"_s, u"   "_s) << u"blinken"_s
                                    << Problems { { Field::Name, u"Enter a name."_s } };
    }
    void actors()
    {
        QFETCH(Actor, actor);
        QFETCH(QString, replacedId);
        QFETCH(Problems, expected);
        QCOMPARE(checkActor(sample(), actor, replacedId), expected);
    }

    void meetings_data()
    {
        QTest::addColumn<Meeting>("meeting");
        QTest::addColumn<QString>("replacedId");
        QTest::addColumn<Problems>("expected");
        const QString id = u"jakarta-talks"_s;
        Meeting m = jakarta();
        QTest::newRow("unchanged") << m << id << Problems {};
        for (const Meeting& other : sample().meetings)
            QTest::addRow("sample %s", qPrintable(other.id)) << other << other.id << Problems {};

        m = jakarta();
        m.end = { QDate(2023, 7, 1), DatePrecision::Month };
        QTest::newRow("end month holds the start") << m << id << Problems {};
        m.start = { QDate(2023, 7, 10), DatePrecision::Week };
        m.end = day(2023, 7, 10);
        QTest::newRow("end on the first day of the start week") << m << id << Problems {};

        m = jakarta();
        m.id = u"jakarta talks"_s;
        QTest::newRow("bad id")
            << m << id
            << Problems { { Field::Id,
                            u"'jakarta talks' is not a valid id: use letters, digits, '-', '_' or '.'."_s } };
        m.id = u"kerry-visit"_s;
        QTest::newRow("duplicate id")
            << m << id << Problems { { Field::Id, u"Another meeting already has the id 'kerry-visit'."_s } };
        m = jakarta();
        m.participants.clear();
        QTest::newRow("no participant")
            << m << id << Problems { { Field::Participants, u"Add at least one participant."_s } };
        m.participants = QStringList { u"blinken"_s, u"nobody"_s };
        QTest::newRow("unknown actor")
            << m << id << Problems { { Field::Participants, u"There is no actor 'nobody'."_s } };
        m = jakarta();
        m.start = {};
        QTest::newRow("invalid start")
            << m << id << Problems { { Field::Start, u"Enter a valid start date."_s } };
        m = jakarta();
        m.end = {};
        QTest::newRow("invalid end") << m << id << Problems { { Field::End, u"Enter a valid end date."_s } };
        m = jakarta();
        m.end = day(2023, 7, 12);
        QTest::newRow("end before start")
            << m << id << Problems { { Field::End, u"The meeting ends before it starts."_s } };
        m.start = { QDate(2023, 7, 1), DatePrecision::Month };
        m.end = { QDate(2023, 6, 26), DatePrecision::Week }; // Monday 26 June to Sunday 2 July
        QTest::newRow("end week reaching into the start month") << m << id << Problems {};
        m.end = { QDate(2023, 6, 30), DatePrecision::Approximate };
        QTest::newRow("approximate end before the start month")
            << m << id << Problems { { Field::End, u"The meeting ends before it starts."_s } };
        m = jakarta();
        m.issues = QStringList { u"trade"_s, u"weather"_s };
        QTest::newRow("unknown issue")
            << m << id << Problems { { Field::Issues, u"There is no issue 'weather'."_s } };
    }
    void meetings()
    {
        QFETCH(Meeting, meeting);
        QFETCH(QString, replacedId);
        QFETCH(Problems, expected);
        QCOMPARE(checkMeeting(sample(), meeting, replacedId), expected);
    }

    void issues_data()
    {
        QTest::addColumn<Issue>("issue");
        QTest::addColumn<QString>("replacedId");
        QTest::addColumn<Problems>("expected");
        const Issue hacking = sample().issues.at(sample().issueIndex(u"hacking"));
        Issue i = hacking;
        QTest::newRow("unchanged") << i << u"hacking"_s << Problems {};
        i.id = u"cyber-espionage"_s;
        i.history = { { day(2023, 7, 11), IssueStatus::Escalating, {}, {}, {}, {} } };
        QTest::newRow("new with a first status") << i << QString() << Problems {};
        i = hacking;
        i.title = u" "_s;
        QTest::newRow("empty title") << i << u"hacking"_s
                                     << Problems { { Field::Title, u"Enter a title."_s } };
        i = hacking;
        i.id = u"trade"_s;
        QTest::newRow("duplicate id")
            << i << u"hacking"_s
            << Problems { { Field::Id, u"Another issue already has the id 'trade'."_s } };
        i = hacking;
        i.history.append({ {}, IssueStatus::Resolved, {}, {}, {}, {} });
        QTest::newRow("status without a date")
            << i << u"hacking"_s << Problems { { Field::Date, u"Enter a valid date."_s } };
    }
    void issues()
    {
        QFETCH(Issue, issue);
        QFETCH(QString, replacedId);
        QFETCH(Problems, expected);
        QCOMPARE(checkIssue(sample(), issue, replacedId), expected);
    }

    void statuses_data()
    {
        QTest::addColumn<StatusChange>("change");
        QTest::addColumn<Problems>("expected");
        QTest::newRow("valid") << StatusChange {
            day(2023, 7, 11), IssueStatus::Open, u"hack-began"_s, {}, {}, {}
        } << Problems {};
        QTest::newRow("approximate") << StatusChange {
            { QDate(2023, 5, 15), DatePrecision::Approximate }, IssueStatus::Open, {}, {}, {}, {}
        } << Problems {};
        QTest::newRow("no date") << StatusChange {} << Problems { { Field::Date, u"Enter a valid date."_s } };
        QTest::newRow("bad evidence")
            << StatusChange { day(2023, 7, 11), IssueStatus::Open, u"a b"_s, {}, {}, {} }
            << Problems { { Field::Evidence,
                            u"'a b' is not a valid anchor: use letters, digits, '-', '_' or '.'."_s } };
    }
    void statuses()
    {
        QFETCH(StatusChange, change);
        QFETCH(Problems, expected);
        QCOMPARE(checkStatus(change), expected);
    }

    void newProblemsIgnoresWhatTheFileHad()
    {
        Meeting m = jakarta();
        m.participants.append(u"nobody"_s);
        const Problems before = checkMeeting(sample(), m, m.id);
        m.place = u"Bangkok"_s;
        QCOMPARE(newProblems(before, checkMeeting(sample(), m, m.id)), Problems {});
        m.end = day(2023, 7, 1);
        QCOMPARE(newProblems(before, checkMeeting(sample(), m, m.id)),
                 (Problems { { Field::End, u"The meeting ends before it starts."_s } }));
    }
};

QTEST_GUILESS_MAIN(TestRecordValidation)
#include "tst_recordvalidation.moc"
