#include "suggestevaluation.h"

#include "format.h"
#include "meantimereader.h"
#include "suggester.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Entente::Evaluation {

namespace {

using Suggest::Result;
using Suggest::Suggestion;

// FNV-1a over the UTF-8 bytes: the same on every platform and Qt version.
quint32 stableHash(QStringView id)
{
    quint32 hash = 0x811c9dc5u;
    for (const char byte : id.toUtf8()) {
        hash ^= quint8(byte);
        hash *= 0x01000193u;
    }
    return hash;
}

const Actor* actorOf(const Result& result, const QString& id)
{
    for (const Actor& actor : result.actors) {
        if (actor.id == id)
            return &actor;
    }
    return nullptr;
}

bool overlaps(int aStart, int aEnd, int bStart, int bEnd)
{
    return aStart < bEnd && bStart < aEnd;
}

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Whether our value is the annotated TIMEX3 value. Times of day compare on their day ("2008-01-09TMO"),
// a weekend on its week ("2008-W42-WE").
bool sameTimexValue(const QString& ours, QString gold)
{
    const qsizetype time = gold.indexOf(u'T');
    if (time == 10)
        gold.truncate(10);
    if (gold.endsWith(u"-WE"))
        gold.chop(3);
    return ours == gold;
}

Figures evaluateMeantimeDocument(const MeantimeDocument& doc)
{
    Figures figures;
    figures.documents = 1;
    Suggest::Options options;
    options.articleDate = doc.creationDate;
    const Result result = Suggest::suggest(doc.text, options);

    QList<const Suggestion*> actorMarks;
    QList<const Suggestion*> dateMarks;
    for (const Suggestion& mark : result.marks) {
        if (mark.kind == MarkKind::Actor)
            actorMarks.append(&mark);
        else if (mark.kind == MarkKind::Date)
            dateMarks.append(&mark);
    }
    const auto kindOf = [&](const Suggestion* mark) {
        const Actor* actor = actorOf(result, mark->ref);
        return actor ? actor->kind : ActorKind::Person;
    };
    // Entities: found when one of their named mentions is under an actor mark of the right kind.
    for (auto it = doc.entityMentions.cbegin(); it != doc.entityMentions.cend(); ++it) {
        const QString type = doc.entityTypes.value(it.key());
        if (type != u"PER" && type != u"ORG")
            continue;
        bool hasName = false;
        bool found = false;
        QString names;
        for (int mention : it.value()) {
            if (!doc.named.value(mention))
                continue;
            const MeantimeDocument::Span span = doc.mentionSpans.value(mention);
            if (span.start < 0)
                continue;
            hasName = true;
            names += doc.text.mid(span.start, span.end - span.start) + u" | "_s;
            for (const Suggestion* mark : std::as_const(actorMarks)) {
                const ActorKind kind = kindOf(mark);
                const bool rightKind = type == u"PER" ? kind == ActorKind::Person : kind != ActorKind::Person;
                if (rightKind && overlaps(mark->start, mark->end, span.start, span.end))
                    found = true;
            }
        }
        if (!hasName)
            continue;
        Ratio& ratio = type == u"PER" ? figures.personRecall : figures.organisationRecall;
        ++ratio.total;
        ratio.hits += found ? 1 : 0;
        if (!found)
            figures.misses.append(u"%1 missed %2: %3"_s.arg(doc.id, type, names));
    }
    // Actor marks on any annotated entity mention (people, organisations, places, products ...).
    for (const Suggestion* mark : std::as_const(actorMarks)) {
        bool onEntity = false;
        for (auto it = doc.named.cbegin(); it != doc.named.cend() && !onEntity; ++it) {
            const MeantimeDocument::Span span = doc.mentionSpans.value(it.key());
            onEntity = span.start >= 0 && overlaps(mark->start, mark->end, span.start, span.end);
        }
        ++figures.actorPrecision.total;
        figures.actorPrecision.hits += onEntity ? 1 : 0;
        if (!onEntity)
            figures.misses.append(u"%1 spurious actor: %2"_s.arg(doc.id, doc.text.mid(mark->start, mark->end - mark->start)));
    }
    // DATE expressions: the value of the date mark over them.
    for (const MeantimeDocument::Timex& timex : doc.timexes) {
        const MeantimeDocument::Span span = doc.mentionSpans.value(timex.mention);
        if (timex.type != u"DATE" || span.start < 0)
            continue;
        const Suggestion* mark = nullptr;
        for (const Suggestion* candidate : std::as_const(dateMarks)) {
            if (overlaps(candidate->start, candidate->end, span.start, span.end))
                mark = candidate;
        }
        const bool right = mark && sameTimexValue(mark->timex, timex.value);
        ++figures.dateAccuracy.total;
        figures.dateAccuracy.hits += right ? 1 : 0;
        if (timex.mention != doc.creationMention) {
            ++figures.dateAccuracyWithoutDateline.total;
            figures.dateAccuracyWithoutDateline.hits += right ? 1 : 0;
        }
        if (!right)
            figures.misses.append(u"%1 date '%2': expected %3, got %4"_s.arg(doc.id,
                doc.text.mid(span.start, span.end - span.start), timex.value, mark ? mark->timex : u"nothing"_s));
    }
    for (const Suggestion* mark : std::as_const(dateMarks)) {
        bool onTimex = false;
        for (const MeantimeDocument::Timex& timex : doc.timexes) {
            const MeantimeDocument::Span span = doc.mentionSpans.value(timex.mention);
            onTimex = onTimex || (span.start >= 0 && overlaps(mark->start, mark->end, span.start, span.end));
        }
        ++figures.datePrecision.total;
        figures.datePrecision.hits += onTimex ? 1 : 0;
        if (!onTimex)
            figures.misses.append(u"%1 spurious date: %2 = %3"_s.arg(doc.id, doc.text.mid(mark->start, mark->end - mark->start), mark->timex));
    }
    return figures;
}

// ---- meetings -------------------------------------------------------------------------------

QStringList participantNames(const Result& result, const Meeting& meeting)
{
    QStringList names;
    for (const QString& id : meeting.participants) {
        if (const Actor* actor = actorOf(result, id))
            names.append(actor->name);
    }
    return names;
}

struct ExpectedMeeting
{
    QStringList participants;
    QString start; // empty: any date
    QString status;
    bool optional = false;
    bool matched = false;
};

// An expected name "a/b" is right as either.
bool isNamed(const QStringList& found, const QString& expected)
{
    for (const QString& name : expected.split(u'/')) {
        for (const QString& other : found) {
            if (name.compare(other, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

bool sharesParticipant(const QStringList& found, const QStringList& expected)
{
    return std::any_of(expected.cbegin(), expected.cend(), [&](const QString& name) { return isNamed(found, name); });
}

bool containsAll(const QStringList& found, const QStringList& expected)
{
    return std::all_of(expected.cbegin(), expected.cend(), [&](const QString& name) { return isNamed(found, name); });
}

// Matches the meetings found in one document with the expected ones.
void scoreMeetings(const QString& id, const Result& result, QList<ExpectedMeeting> expected, Figures& figures)
{
    for (const Meeting& meeting : result.meetings) {
        const QStringList names = participantNames(result, meeting);
        const QString start = meeting.start == meeting.end || !meeting.end.isValid()
            ? meeting.start.toString()
            : meeting.start.toString() + u".."_s + meeting.end.toString();
        // The expected meeting it is: required before optional, then the most participants in common.
        ExpectedMeeting* match = nullptr;
        int best = -1;
        for (ExpectedMeeting& e : expected) {
            if (e.matched || !sharesParticipant(names, e.participants) || toString(meeting.status) != e.status
                || !(e.start.isEmpty() || e.start == start))
                continue;
            const int common = int(std::count_if(e.participants.cbegin(), e.participants.cend(),
                                   [&](const QString& name) { return isNamed(names, name); }))
                + (e.optional ? 0 : 100);
            if (common > best) {
                best = common;
                match = &e;
            }
        }
        ++figures.meetingPrecision.total;
        if (!match) {
            figures.misses.append(u"%1 unexpected meeting: %2"_s.arg(id, Format::formatMeeting(meeting)));
            continue;
        }
        match->matched = true;
        ++figures.meetingPrecision.hits;
        ++figures.participantAccuracy.total;
        if (containsAll(names, match->participants))
            ++figures.participantAccuracy.hits;
        else
            figures.misses.append(u"%1 participants: expected %2, found %3"_s.arg(id, match->participants.join(u", "), names.join(u", ")));
    }
    for (const ExpectedMeeting& e : std::as_const(expected)) {
        if (e.optional)
            continue;
        ++figures.meetingRecall.total;
        figures.meetingRecall.hits += e.matched ? 1 : 0;
        if (!e.matched)
            figures.misses.append(u"%1 missed meeting: %2 %3 %4"_s.arg(id, e.participants.join(u", "), e.start, e.status));
    }
}

void addTo(PartFigures& parts, const QString& id, const Figures& figures)
{
    (isCheckingPart(id) ? parts.checking : parts.development) += figures;
}

} // namespace

bool isCheckingPart(QStringView id)
{
    return stableHash(id) % 3 == 0;
}

QString Ratio::toString() const
{
    if (!total)
        return u"n/a"_s;
    return u"%1% (%2/%3)"_s.arg(100.0 * hits / total, 0, 'f', 1).arg(hits).arg(total);
}

Figures& Figures::operator+=(const Figures& other)
{
    documents += other.documents;
    personRecall += other.personRecall;
    organisationRecall += other.organisationRecall;
    actorPrecision += other.actorPrecision;
    dateAccuracy += other.dateAccuracy;
    dateAccuracyWithoutDateline += other.dateAccuracyWithoutDateline;
    datePrecision += other.datePrecision;
    meetingRecall += other.meetingRecall;
    meetingPrecision += other.meetingPrecision;
    participantAccuracy += other.participantAccuracy;
    misses += other.misses;
    return *this;
}

PartFigures evaluateMeantime(const QString& folder, QString* skipped)
{
    PartFigures parts;
    const QDir root(folder);
    if (!root.exists()) {
        *skipped = u"no MEANTIME corpus at "_s + folder;
        return parts;
    }
    for (const QString& topic : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir dir(root.filePath(topic));
        for (const QString& name : dir.entryList({ u"*.xml"_s }, QDir::Files, QDir::Name)) {
            const MeantimeDocument doc = readMeantime(dir.filePath(name));
            if (!doc.text.isEmpty() && doc.creationDate.isValid())
                addTo(parts, doc.id, evaluateMeantimeDocument(doc));
        }
    }
    return parts;
}

PartFigures evaluatePetrarch(const QString& recordsFile, QString* skipped)
{
    PartFigures parts;
    QFile file(recordsFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *skipped = u"no PETRARCH unit-test records at "_s + recordsFile;
        return parts;
    }
    QXmlStreamReader xml(&file);
    QString id;
    QDate date;
    QList<std::pair<QString, QString>> pairs; // meeting codings: source, target
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"Sentence") {
            id = xml.attributes().value(u"id").toString();
            date = QDate::fromString(xml.attributes().value(u"date").toString(), u"yyyyMMdd"_s);
            pairs.clear();
        } else if (xml.isStartElement() && xml.name() == u"EventCoding") {
            const QString code = xml.attributes().value(u"eventcode").toString();
            if (code == u"036" || code.startsWith(u"04"))
                pairs.append({ xml.attributes().value(u"sourcecode").toString(), xml.attributes().value(u"targetcode").toString() });
        } else if (xml.isStartElement() && xml.name() == u"Text" && !id.isEmpty()) {
            const QString text = xml.readElementText().simplified();
            const Result result = Suggest::suggest(text, { date, {}, {} });
            Figures figures;
            figures.documents = 1;
            // A sentence is one unit: a meeting sentence found as one, a non-meeting one found as one.
            const bool expected = !pairs.isEmpty();
            const bool found = !result.meetings.isEmpty();
            if (expected) {
                ++figures.meetingRecall.total;
                figures.meetingRecall.hits += found ? 1 : 0;
            }
            if (found) {
                ++figures.meetingPrecision.total;
                figures.meetingPrecision.hits += expected ? 1 : 0;
            }
            if (expected && found) {
                // The test set's actors are invented countries whose codes are their names' first
                // letters (Gondor: GON): a participant is right when a name starts with its code.
                QStringList names;
                for (const Meeting& meeting : result.meetings)
                    names += participantNames(result, meeting);
                bool all = true;
                for (const auto& [source, target] : std::as_const(pairs)) {
                    for (const QString& code : { source.left(3), target.left(3) }) {
                        all = all && std::any_of(names.cbegin(), names.cend(), [&](const QString& name) {
                            return name.startsWith(code, Qt::CaseInsensitive);
                        });
                    }
                }
                ++figures.participantAccuracy.total;
                figures.participantAccuracy.hits += all ? 1 : 0;
            }
            if (expected != found)
                figures.misses.append(u"%1 %2: %3"_s.arg(id, expected ? u"missed"_s : u"unexpected"_s, text));
            addTo(parts, id, figures);
            id.clear();
        }
    }
    return parts;
}

PartFigures evaluateSamples(const QString& samplesFolder, const QString& goldFile, QString* skipped)
{
    PartFigures parts;
    if (!QDir(samplesFolder).exists()) {
        *skipped = u"no samples at "_s + samplesFolder;
        return parts;
    }
    // file <TAB> article date <TAB> participants <TAB> start <TAB> status <TAB> optional
    QHash<QString, QList<ExpectedMeeting>> expected;
    QHash<QString, QDate> dates;
    QStringList files;
    for (const QString& line : readText(goldFile).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList columns = line.split(u'\t');
        if (columns.size() < 5)
            continue;
        if (!files.contains(columns[0]))
            files.append(columns[0]);
        dates.insert(columns[0], QDate::fromString(columns[1], Qt::ISODate));
        if (columns[2].isEmpty())
            continue; // a file that reports no meeting
        expected[columns[0]].append({ columns[2].split(u',', Qt::SkipEmptyParts), columns[3], columns[4],
            columns.size() > 5 && columns[5] == u"optional", false });
    }
    for (const QString& name : std::as_const(files)) {
        const QString text = Format::load(QDir(samplesFolder).filePath(name)).plainText();
        if (text.isEmpty())
            continue;
        const Result result = Suggest::suggest(text, { dates.value(name), {}, {} });
        Figures figures;
        figures.documents = 1;
        scoreMeetings(name, result, expected.value(name), figures);
        addTo(parts, name, figures);
    }
    return parts;
}

PartFigures evaluateArticles(const QString& folder, const QString& goldFile, QString* skipped)
{
    PartFigures parts;
    const QDir dir(folder);
    const QStringList files = dir.entryList({ u"*.txt"_s }, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        *skipped = u"no articles in "_s + folder;
        return parts;
    }
    QHash<QString, QList<ExpectedMeeting>> expected;
    for (const QString& line : readText(goldFile).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList columns = line.split(u'\t');
        if (columns.size() < 4)
            continue;
        expected[columns[0]].append({ columns[1].split(u',', Qt::SkipEmptyParts), columns[2], columns[3],
            columns.size() > 4 && columns[4] == u"optional", false });
    }
    for (const QString& name : files) {
        const QString text = Format::load(dir.filePath(name)).plainText();
        const Result result = Suggest::suggest(text);
        Figures figures;
        figures.documents = 1;
        if (!result.articleDate.isValid())
            figures.misses.append(u"%1: no article date found"_s.arg(name));
        scoreMeetings(name, result, expected.value(name), figures);
        addTo(parts, name, figures);
    }
    return parts;
}

PartFigures evaluateMeetingSentences(const QString& file, QString* skipped)
{
    PartFigures parts;
    const QString data = readText(file);
    if (data.isEmpty()) {
        *skipped = u"cannot read "_s + file;
        return parts;
    }
    for (const QString& line : data.split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList columns = line.split(u'\t');
        if (columns.size() < 4)
            continue;
        const Result result = Suggest::suggest(columns[1], { QDate::fromString(columns[0], Qt::ISODate), {}, {} });
        QList<ExpectedMeeting> expected;
        // Several meetings of one sentence are separated by '|' in both columns.
        const QStringList people = columns[2].split(u'|');
        const QStringList statuses = columns[3].split(u'|');
        for (qsizetype k = 0; k < people.size(); ++k) {
            if (!people[k].isEmpty())
                expected.append({ people[k].split(u',', Qt::SkipEmptyParts), {}, statuses.value(k), false, false });
        }
        Figures figures;
        figures.documents = 1;
        scoreMeetings(columns[1], result, expected, figures);
        addTo(parts, columns[1], figures);
    }
    return parts;
}

QStringList report(const QString& set, const PartFigures& figures)
{
    QStringList lines;
    const auto part = [&](const QString& name, const Figures& f) {
        QStringList items;
        const auto add = [&](const QString& label, const Ratio& ratio) {
            if (ratio.total)
                items.append(label + u' ' + ratio.toString());
        };
        add(u"person recall"_s, f.personRecall);
        add(u"organisation recall"_s, f.organisationRecall);
        add(u"actor precision"_s, f.actorPrecision);
        add(u"DATE value accuracy"_s, f.dateAccuracy);
        add(u"(without date lines)"_s, f.dateAccuracyWithoutDateline);
        add(u"date precision"_s, f.datePrecision);
        add(u"meeting recall"_s, f.meetingRecall);
        add(u"meeting precision"_s, f.meetingPrecision);
        add(u"participants right"_s, f.participantAccuracy);
        lines.append(u"%1, %2 part (%3 documents): %4"_s.arg(set, name).arg(f.documents).arg(items.join(u"; ")));
    };
    part(u"development"_s, figures.development);
    part(u"checking"_s, figures.checking);
    return lines;
}

} // namespace Entente::Evaluation
