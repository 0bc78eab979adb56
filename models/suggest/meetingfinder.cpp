#include "meetingfinder.h"

#include "meetingsentence.h"

using namespace Qt::StringLiterals;

namespace Entente::Suggest {

namespace {

bool containsAll(const QList<int>& all, const QList<int>& some)
{
    return !some.isEmpty() && std::all_of(some.cbegin(), some.cend(), [&](int a) { return all.contains(a); });
}

} // namespace

MeetingFinder::MeetingFinder(ActorRegistry& registry, ActorFinder& actors, const Knowledge* knowledge, QDate articleDate)
    : m_registry(registry)
    , m_actors(actors)
    , m_knowledge(knowledge)
    , m_articleDate(articleDate)
{
}

MeetingFinder::~MeetingFinder() = default;

QList<MeetingMention> MeetingFinder::find(const TokenizedText& text, const QList<ActorMention>& actors,
    const QList<DateExpression>& dates, QList<int>* sentenceMeetings)
{
    MeetingContext context { text, actors, QList<int>(text.tokens.size(), -1), QList<bool>(text.tokens.size(), false), {} };
    for (int m = 0; m < actors.size(); ++m) {
        context.mentionAt[actors[m].first] = m;
        for (int t = actors[m].coverFirst; t < actors[m].coverEnd; ++t)
            context.covered[t] = true;
    }
    context.datesBySentence.resize(text.sentences.size());
    int s = 0;
    for (const DateExpression& date : dates) {
        while (s < text.sentences.size() && text.sentences[s].textEnd <= date.start)
            ++s;
        if (s < text.sentences.size())
            context.datesBySentence[s].append(&date);
    }
    sentenceMeetings->fill(-1, text.sentences.size());
    QList<MeetingMention> mentions;
    int previousMeeting = -1; // the meeting of the sentence before, for "The meeting will take place on ..."
    for (int sentence = 0; sentence < text.sentences.size(); ++sentence) {
        MeetingSentence analysis(*this, context, sentence);
        const QList<MeetingCandidate> candidates = analysis.candidates();
        for (const MeetingCandidate& candidate : candidates)
            join(candidate, &mentions, sentenceMeetings);
        if (candidates.isEmpty() && previousMeeting >= 0) {
            MeetingCandidate& before = m_meetings[previousMeeting];
            if (const DateExpression* date = analysis.continuationDate(); date && before.vagueDate) {
                before.start = date->value;
                before.end = date->isRange() ? date->rangeEnd : date->value;
                before.vagueDate = false;
                before.reason += u", date from the next sentence"_s;
                record(previousMeeting);
                (*sentenceMeetings)[sentence] = previousMeeting;
            }
        }
        previousMeeting = (*sentenceMeetings)[sentence];
    }
    std::sort(mentions.begin(), mentions.end(), [](const MeetingMention& a, const MeetingMention& b) { return a.first < b.first; });
    return mentions;
}

// Joins a sentence's report to the meeting it speaks of, or makes it a new meeting.
void MeetingFinder::join(MeetingCandidate c, QList<MeetingMention>* mentions, QList<int>* sentenceMeetings)
{
    const auto people = [this](const QList<int>& participants) {
        QList<int> result;
        for (int a : participants) {
            if (m_registry.actors[a].kind == ActorKind::Person)
                result.append(a);
        }
        return result;
    };
    if (!c.start.isValid()) {
        if (!m_articleDate.isValid())
            return; // a meeting needs a date
        c.start = c.end = { m_articleDate, DatePrecision::Approximate };
        c.vagueDate = true;
    }
    const QList<int> persons = people(c.participants);
    const int window = 40; // meetings far back in a long text are other meetings
    for (int k = int(m_meetings.size()) - 1; k >= 0 && k >= int(m_meetings.size()) - window; --k) {
        MeetingCandidate& m = m_meetings[k];
        if (m.sentence == c.sentence && c.strong)
            continue; // two meetings of one sentence stay two
        const QList<int> mPersons = people(m.participants);
        bool joins = false;
        bool takeFacts = false;
        if (c.strong && c.followsVisit && m.kind == u"visit") {
            joins = std::any_of(persons.cbegin(), persons.cend(), [&](int a) { return mPersons.contains(a); });
            takeFacts = joins && !m.strong;
            if (joins)
                c.kind = m.kind;
        } else if (!c.strong && m.kind == c.kind && containsAll(mPersons, persons)) {
            joins = c.vagueDate || c.start == m.start;
        } else if (c.strong && !m.strong && m.kind == c.kind && containsAll(persons, mPersons) && m.vagueDate) {
            joins = takeFacts = true;
        } else if (c.strong && m.strong && m.kind == u"visit" && c.vagueDate && !c.place.isEmpty()
            && (c.place == m.place || (c.hostState >= 0 && c.hostState == m.hostState))
            && std::any_of(persons.cbegin(), persons.cend(), [&](int a) { return mPersons.contains(a); })
            && c.status == m.status) {
            joins = true; // "In Lebanon, X will meet ...": a step of the visit to Lebanon told before
        }
        if (!joins)
            continue;
        if (takeFacts && !c.followsVisit)
            m.kind = c.kind;
        for (int a : std::as_const(c.participants)) {
            if ((a != c.hostActor || m.hostActor == a || m.participants.size() <= 1) && !m.participants.contains(a))
                m.participants.append(a);
        }
        if (m.hostActor >= 0 && people(m.participants).size() > 1) {
            m.participants.removeAll(m.hostActor); // the host is there in person
            m.hostActor = -1;
        }
        if (takeFacts) {
            m.status = c.status;
            m.strong = true;
            m.reason = c.reason;
            m.confidence = c.confidence;
        }
        if (c.start.isValid() && (!m.start.isValid() || (m.vagueDate && !c.vagueDate))) {
            m.start = c.start;
            m.end = c.end;
            m.vagueDate = c.vagueDate;
        }
        if (m.place.isEmpty() || (Lexicon::instance().stateIndex(m.place) >= 0 && !c.place.isEmpty()))
            m.place = c.place.isEmpty() ? m.place : c.place;
        if (m.hostState < 0)
            m.hostState = c.hostState;
        record(k);
        mentions->append({ c.cueFirst, c.cueEnd, k, c.confidence, c.reason });
        (*sentenceMeetings)[c.sentence] = k;
        return;
    }
    const int index = int(m_meetings.size());
    m_meetings.append(std::move(c));
    m_records.append(Meeting());
    // The id: the first participant, the second or the place, the kind ("blinken-wang-yi-talks").
    const MeetingCandidate& added = m_meetings.last();
    const Actor& first = m_registry.actors[added.participants.first()];
    const QString second = added.kind == u"visit" && !added.place.isEmpty() ? slug(added.place)
        : added.participants.size() > 1                                     ? m_registry.actors[added.participants[1]].id
                                                                            : QString();
    m_records.last().id = m_registry.ids.unique(
        validId(first.id + (second.isEmpty() ? QString() : u'-' + second) + u'-' + validId(added.kind, u"meeting"_s), u"meeting"_s));
    record(index);
    mentions->append({ added.cueFirst, added.cueEnd, index, added.confidence, added.reason });
    (*sentenceMeetings)[added.sentence] = index;
}

// The record of meeting `index`, from its candidate (the id stays).
void MeetingFinder::record(int index)
{
    const MeetingCandidate& c = m_meetings[index];
    Meeting& meeting = m_records[index];
    meeting.start = c.start;
    meeting.end = c.end;
    meeting.participants.clear();
    for (int a : c.participants)
        meeting.participants.append(m_registry.actors[a].id);
    meeting.place = c.place;
    meeting.status = c.status;
    meeting.kind = c.kind;
    const QString first = m_registry.actors[c.participants.first()].name;
    if (c.kind == u"visit" && !c.place.isEmpty()) {
        meeting.title = first + u"\u2019s visit to "_s + c.place;
    } else {
        QStringList names;
        for (int a : c.participants.mid(0, 3))
            names.append(m_registry.actors[a].name);
        meeting.title = names.join(u'\u2013') + u' ' + c.kind;
    }
}

QList<Meeting> MeetingFinder::meetings() const
{
    QList<Meeting> result = m_records;
    // Participants' ids may have been completed since (an alias, a side): ids never change, so the
    // records are current.
    return result;
}

} // namespace Entente::Suggest
