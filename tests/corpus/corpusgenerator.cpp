#include "corpusgenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QStringList>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Entente::Testing {

namespace {

// xorshift64*: the same sequence on every platform and Qt version.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed * 0x9e3779b97f4a7c15ull + 1)
    {
    }
    quint64 next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return (m_state * 0x2545f4914f6cdd1dull) >> 11;
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    double unit() { return double(next() % 1000000) / 1000000.0; }
    bool chance(double p) { return unit() < p; }
    // Zipf-like: small indexes are much more frequent (index < n).
    int skewed(int n) { return n <= 1 ? 0 : std::min(n - 1, int(std::floor(std::pow(double(n), unit()))) - 1); }
    template<typename T> const T& pick(const QList<T>& list) { return list.at(below(int(list.size()))); }

private:
    quint64 m_state;
};

const QStringList states = { u"USA"_s, u"China"_s, u"Russia"_s, u"India"_s, u"Japan"_s, u"Germany"_s,
    u"France"_s, u"United Kingdom"_s, u"Brazil"_s, u"Turkey"_s, u"Iran"_s, u"Saudi Arabia"_s, u"Egypt"_s,
    u"Indonesia"_s, u"South Korea"_s, u"Mexico"_s, u"Nigeria"_s, u"South Africa"_s, u"Pakistan"_s,
    u"Vietnam"_s, u"Australia"_s, u"Canada"_s, u"Italy"_s, u"Poland"_s, u"Ukraine"_s, u"Israel"_s,
    u"Qatar"_s, u"Kenya"_s, u"Argentina"_s, u"Philippines"_s, u"Thailand"_s, u"Ethiopia"_s };
const QStringList places = { u"Washington"_s, u"Beijing"_s, u"Moscow"_s, u"New Delhi"_s, u"Tokyo"_s,
    u"Berlin"_s, u"Paris"_s, u"London"_s, u"Brasília"_s, u"Ankara"_s, u"Geneva"_s, u"Vienna"_s,
    u"Jakarta"_s, u"Seoul"_s, u"Doha"_s, u"Nairobi"_s, u"Singapore"_s, u"Brussels"_s, u"New York"_s,
    u"Riyadh"_s, u"Cairo"_s, u"Hanoi"_s, u"Canberra"_s, u"Ottawa"_s };
const QStringList roles = { u"Foreign Minister"_s, u"President"_s, u"Prime Minister"_s,
    u"Defence Minister"_s, u"Trade Minister"_s, u"Ambassador"_s, u"Special Envoy"_s,
    u"National Security Adviser"_s, u"Finance Minister"_s, u"Deputy Foreign Minister"_s };
const QStringList organisations = { u"United Nations"_s, u"NATO"_s, u"European Union"_s, u"ASEAN"_s,
    u"World Trade Organization"_s, u"African Union"_s, u"IAEA"_s, u"G20"_s, u"OPEC"_s, u"IMF"_s,
    u"World Bank"_s, u"Arab League"_s, u"OSCE"_s, u"Red Cross"_s, u"WHO"_s };
const QStringList topics = { u"trade tariffs"_s, u"maritime boundaries"_s, u"nuclear inspections"_s,
    u"visa rules"_s, u"energy supplies"_s, u"arms control"_s, u"climate finance"_s, u"fishing rights"_s,
    u"prisoner exchanges"_s, u"cyber espionage"_s, u"water sharing"_s, u"sanctions relief"_s,
    u"export controls"_s, u"refugee returns"_s, u"debt restructuring"_s, u"airspace incidents"_s };
const QStringList syllables = { u"ka"_s, u"lo"_s, u"mi"_s, u"ren"_s, u"sa"_s, u"tor"_s, u"vel"_s,
    u"an"_s, u"do"_s, u"ri"_s, u"mar"_s, u"no"_s, u"bel"_s, u"ta"_s, u"zu"_s, u"ho"_s, u"li"_s, u"gan"_s,
    u"pe"_s, u"sol"_s, u"vi"_s, u"ek"_s, u"ra"_s, u"um"_s };
const QStringList fillerSubjects = { u"Analysts"_s, u"Diplomats"_s, u"Officials"_s, u"Observers"_s,
    u"Business leaders"_s, u"Opposition lawmakers"_s, u"Regional experts"_s, u"Commentators"_s };
const QStringList fillerVerbs = { u"said"_s, u"noted"_s, u"warned"_s, u"argued"_s, u"cautioned"_s,
    u"suggested"_s };
const QStringList fillerClauses = { u"the relationship remained fragile despite the recent contacts"_s,
    u"both governments wanted to avoid another round of public recriminations"_s,
    u"domestic politics would limit how far either side could move this year"_s,
    u"the talks were more about tone than about concrete outcomes"_s,
    u"markets had reacted calmly to the news from the capital"_s,
    u"a joint statement was still being drafted late in the evening"_s,
    u"working groups would continue at the level of senior officials"_s,
    u"several earlier agreements had never been fully implemented"_s,
    u"the region's smaller states were watching the process closely"_s,
    u"no date had yet been set for the next round of consultations"_s };

QString capitalised(QString word)
{
    if (!word.isEmpty())
        word[0] = word.at(0).toUpper();
    return word;
}

// A pronounceable word made from number's digits in base syllables.size(): distinct numbers give
// distinct words, so the name pool grows without limit.
QString syllableWord(int number, int minimum)
{
    QString word;
    int n = number;
    for (int i = 0; i < minimum || n > 0; ++i) {
        word += syllables.at(n % int(syllables.size()));
        n /= int(syllables.size());
    }
    return capitalised(word);
}

QString slug(const QString& text)
{
    QString id;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            id += c.toLower();
        else if (!id.isEmpty() && !id.endsWith(u'-'))
            id += u'-';
    }
    while (id.endsWith(u'-'))
        id.chop(1);
    return id;
}

struct GeneratedActor
{
    QString id;
    QString name;
    QString kind;
    QString side;
    QString role;
    QString alias;
    int firstYear = 0;
    int lastYear = 0;
};

struct GeneratedIssue
{
    QString id;
    QString title;
    QString sideA;
    QString sideB;
};

struct GeneratedMeeting
{
    QString id;
    QList<int> participants; // actor indexes
    QDate date;
    QString place;
    QString kind;
    int issue = 0; // issue index
};

const QStringList weekdays = { u"Monday"_s, u"Tuesday"_s, u"Wednesday"_s, u"Thursday"_s, u"Friday"_s,
    u"Saturday"_s, u"Sunday"_s };
const QStringList months = { u"January"_s, u"February"_s, u"March"_s, u"April"_s, u"May"_s, u"June"_s,
    u"July"_s, u"August"_s, u"September"_s, u"October"_s, u"November"_s, u"December"_s };
const QStringList issueStatuses = { u"open"_s, u"in-dialogue"_s, u"stalled"_s, u"escalating"_s, u"resolved"_s };

} // namespace

struct CorpusGenerator::Private
{
    CorpusSpec spec;
    QList<GeneratedActor> actors;
    QHash<int, QList<int>> actorsByYear; // year → actors active then (people), most prominent first
    QList<GeneratedIssue> issues;
    QList<GeneratedMeeting> recentMeetings; // meetings of recent articles, reported again later
    int articleSpanDays = 0;

    explicit Private(const CorpusSpec& s)
        : spec(s)
    {
        Random random(spec.seed);
        articleSpanDays = int(spec.firstDay.daysTo(spec.lastDay));
        const int firstYear = spec.firstDay.year();
        const int lastYear = spec.lastDay.year();
        const int people = 150 + spec.articles / 3;
        QHash<QString, int> taken;
        for (int i = 0; i < people; ++i) {
            GeneratedActor actor;
            const QString given = syllableWord(random.below(400), 2);
            const QString family = syllableWord(i, 2);
            actor.name = given + u' ' + family;
            actor.id = slug(actor.name);
            if (const int n = taken[actor.id]++; n > 0)
                actor.id += u'-' + QString::number(n + 1);
            actor.kind = u"person"_s;
            actor.side = states.at(random.skewed(int(states.size())));
            actor.role = roles.at(random.skewed(int(roles.size())));
            actor.alias = family;
            actor.firstYear = firstYear + random.below(lastYear - firstYear + 1);
            actor.lastYear = std::min(lastYear, actor.firstYear + 3 + random.below(8));
            for (int year = actor.firstYear; year <= actor.lastYear; ++year)
                actorsByYear[year].append(int(actors.size()));
            actors.append(actor);
        }
        for (const QString& name : organisations)
            actors.append({ slug(name), name, u"organisation"_s, QString(), QString(), QString(), firstYear, lastYear });
        const int issueCount = 20 + spec.articles / 400;
        for (int i = 0; i < issueCount; ++i) {
            GeneratedIssue issue;
            issue.sideA = states.at(random.skewed(int(states.size())));
            do {
                issue.sideB = states.at(random.below(int(states.size())));
            } while (issue.sideB == issue.sideA);
            const QString topic = topics.at(i % int(topics.size()));
            issue.title = capitalised(topic) + u" between "_s + issue.sideA + u" and "_s + issue.sideB;
            issue.id = slug(topic + u' ' + issue.sideA + u' ' + issue.sideB) + u'-' + QString::number(i);
            issues.append(issue);
        }
    }

    QDate articleDate(int number) const
    {
        // Evenly spread in article order, so the corpus spans every year.
        const qint64 day = spec.articles <= 1 ? 0 : qint64(number) * articleSpanDays / (spec.articles - 1);
        return spec.firstDay.addDays(day);
    }

    int personActiveIn(Random& random, int year)
    {
        const QList<int>& pool = actorsByYear.value(year);
        if (pool.isEmpty())
            return random.below(int(actors.size() - organisations.size()));
        return pool.at(random.skewed(int(pool.size())));
    }
};

CorpusGenerator::CorpusGenerator(const CorpusSpec& spec)
    : d(new Private(spec))
{
}

CorpusGenerator::~CorpusGenerator()
{
    delete d;
}

QString CorpusGenerator::fileName(int number) const
{
    return u"%1/article-%2.entente"_s.arg(d->articleDate(number).year()).arg(number, 6, 10, QChar(u'0'));
}

QString CorpusGenerator::article(int number)
{
    Random random(d->spec.seed ^ (quint64(number) * 0x100000001b3ull + 7));
    const QDate published = d->articleDate(number);
    QList<int> usedActors;
    QList<GeneratedMeeting> meetings;
    QList<std::pair<QString, QString>> statusLines; // issue id, record line
    QList<int> usedIssues;
    int anchors = 0;
    const auto mention = [&](int actorIndex) {
        const GeneratedActor& actor = d->actors.at(actorIndex);
        if (!usedActors.contains(actorIndex))
            usedActors.append(actorIndex);
        const QString shown = actor.kind == u"person" && random.chance(0.5) ? actor.role + u' ' + actor.name : actor.name;
        return u"[%1]{actor=%2}"_s.arg(shown, actor.id);
    };

    QString text;
    text.reserve(d->spec.articleBytes + 2000);
    int sentencesInParagraph = 0;
    const auto endSentence = [&] {
        if (++sentencesInParagraph >= 3 + random.below(3)) {
            text += u'\n';
            sentencesInParagraph = 0;
        } else {
            text += u' ';
        }
    };
    const int meetingCount = 2 + random.below(3);
    while (text.size() < d->spec.articleBytes) {
        const int kind = text.isEmpty() ? 0 : random.below(10); // the lede reports a meeting
        if (kind < 3 && meetings.size() < meetingCount) {
            GeneratedMeeting meeting;
            const bool again = !d->recentMeetings.isEmpty() && random.chance(d->spec.reportedAgain);
            if (again) {
                meeting = d->recentMeetings.at(random.below(int(d->recentMeetings.size())));
            } else {
                meeting.id = u"m%1-%2"_s.arg(number).arg(meetings.size() + 1);
                const int year = published.year();
                const int a = d->personActiveIn(random, year);
                int b = d->personActiveIn(random, year);
                for (int tries = 0; tries < 5 && d->actors.at(b).side == d->actors.at(a).side; ++tries)
                    b = d->personActiveIn(random, year);
                meeting.participants = { a };
                if (b != a)
                    meeting.participants.append(b);
                if (random.chance(0.15))
                    meeting.participants.append(int(d->actors.size() - organisations.size()) + random.below(int(organisations.size())));
                meeting.date = published.addDays(random.below(40) - 25);
                meeting.place = random.pick(places);
                meeting.kind = QStringList { u"talks"_s, u"visit"_s, u"call"_s, u"summit"_s }.at(random.below(4));
                meeting.issue = random.skewed(int(d->issues.size()));
            }
            if (std::any_of(meetings.cbegin(), meetings.cend(), [&](const GeneratedMeeting& m) { return m.id == meeting.id; }))
                continue;
            meetings.append(meeting);
            QStringList people;
            for (const int actor : std::as_const(meeting.participants))
                people.append(mention(actor));
            const bool future = meeting.date > published;
            const QString verb = future ? (meeting.kind == u"visit" ? u"is due to visit"_s : u"will meet"_s)
                                        : (meeting.kind == u"call" ? u"spoke by telephone with"_s : u"held talks with"_s);
            const qint64 away = std::abs(published.daysTo(meeting.date));
            const QString when = away <= 6 ? u"on "_s + weekdays.at(meeting.date.dayOfWeek() - 1)
                                           : u"on %1 %2"_s.arg(meeting.date.day()).arg(months.at(meeting.date.month() - 1));
            const QString others = people.mid(1).join(u" and "_s);
            text += u"%1 [%2]{meeting=%3} %4 in %5 [%6]{date=%7}"_s.arg(people.first(), verb, meeting.id,
                others.isEmpty() ? u"officials"_s : others, meeting.place, when, meeting.date.toString(Qt::ISODate));
            {
                const GeneratedIssue& issue = d->issues.at(meeting.issue);
                const QString anchor = u"e%1"_s.arg(++anchors);
                text += u", a meeting expected to address [%1]{issue=%2 #%3}"_s.arg(issue.title.toLower(), issue.id, anchor);
                if (!usedIssues.contains(meeting.issue))
                    usedIssues.append(meeting.issue);
                const QString status = future ? u"in-dialogue"_s : issueStatuses.at(random.below(int(issueStatuses.size())));
                statusLines.append({ issue.id, u"status %1: %2; %3; evidence=%4"_s.arg(issue.id,
                    std::min(meeting.date, published).toString(Qt::ISODate), status, anchor) });
            }
            text += u'.';
            endSentence();
        } else if (kind < 5) {
            const int actor = d->personActiveIn(random, published.year());
            text += u"%1 %2 that %3"_s.arg(mention(actor), random.pick(fillerVerbs), random.pick(fillerClauses));
            text += u'.';
            endSentence();
        } else {
            text += u"%1 in %2 %3 that %4, and that %5."_s.arg(random.pick(fillerSubjects), random.pick(places),
                random.pick(fillerVerbs), random.pick(fillerClauses), random.pick(fillerClauses));
            endSentence();
        }
    }
    if (!text.endsWith(u'\n'))
        text += u'\n';

    QStringList records;
    records << u"article: date=%1; title=Diplomatic roundup %2"_s.arg(published.toString(Qt::ISODate)).arg(number);
    for (const int index : std::as_const(usedActors)) {
        const GeneratedActor& a = d->actors.at(index);
        QString line = u"actor %1: %2; %3"_s.arg(a.id, a.name, a.kind);
        if (!a.side.isEmpty())
            line += u"; "_s + a.side;
        if (!a.role.isEmpty())
            line += u"; role="_s + a.role;
        if (!a.alias.isEmpty())
            line += u"; aliases="_s + a.alias;
        records << line;
    }
    for (const GeneratedMeeting& m : std::as_const(meetings)) {
        const QString status = m.date <= published ? u"held"_s : u"planned"_s;
        QStringList ids;
        for (const int actor : m.participants)
            ids.append(d->actors.at(actor).id);
        records << u"meeting %1: %2; %3; place=%4; status=%5; kind=%6; issues=%7"_s.arg(m.id, ids.join(u", "_s),
            m.date.toString(Qt::ISODate), m.place, status, m.kind, d->issues.at(m.issue).id);
    }
    for (const int index : std::as_const(usedIssues)) {
        const GeneratedIssue& issue = d->issues.at(index);
        records << u"issue %1: %2"_s.arg(issue.id, issue.title);
        for (const auto& [id, line] : std::as_const(statusLines)) {
            if (id == issue.id)
                records << line;
        }
    }
    for (const GeneratedMeeting& m : std::as_const(meetings)) {
        if (!m.id.startsWith(u"m%1-"_s.arg(number)))
            continue;
        d->recentMeetings.append(m);
    }
    while (d->recentMeetings.size() > 60)
        d->recentMeetings.removeFirst();
    return text + u"\n=== entente ===\n"_s + records.join(u'\n') + u'\n';
}

qint64 CorpusGenerator::writeTo(const QString& folder)
{
    qint64 total = 0;
    for (int i = 0; i < d->spec.articles; ++i) {
        const QString path = folder + u'/' + fileName(i);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return -1;
        QFile file(path);
        const QByteArray bytes = article(i).toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return -1;
        total += bytes.size();
    }
    return total;
}

} // namespace Entente::Testing
