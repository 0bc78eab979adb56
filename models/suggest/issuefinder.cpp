#include "issuefinder.h"

#include "idpool.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Entente::Suggest {

namespace {

struct Found
{
    int first = 0;
    int end = 0;
    int payload = -1;
};

} // namespace

class IssueFinder::Block
{
public:
    Block(IssueFinder& finder, const TokenizedText& text, const QList<DateExpression>& dates, MeetingFinder& meetings,
        const QList<int>& sentenceMeetings, const QList<bool>& blocked)
        : m_text(text)
        , m_lexicon(Lexicon::instance())
        , m_dates(dates)
        , m_meetings(meetings)
        , m_blocked(blocked)
        , m_articleDate(finder.m_articleDate)
        , m_topics(&m_lexicon.issueWords)
        , m_knownTopics(finder.m_knownTopics)
        , m_issues(finder.m_issues)
        , m_anchors(finder.m_anchors)
        , m_changes(finder.m_changes)
    {
        for (int s = 0; s < sentenceMeetings.size(); ++s) {
            if (sentenceMeetings[s] >= 0)
                m_meetingOfSentence.insert(s, sentenceMeetings[s]);
        }
    }

    QList<IssueMention> run()
    {
        int carriedTopic = -1; // the topic of the previous sentence in the same paragraph
        int carriedFrom = -1;
        for (int s = 0; s < m_text.sentences.size(); ++s) {
            const Sentence& sentence = m_text.sentences[s];
            if (sentence.headline) {
                carriedTopic = -1;
                continue;
            }
            const QList<Found> topics = find(sentence, true);
            const QList<Found> cues = find(sentence, false);
            const Found* cue = firstCue(sentence, cues);
            const bool sameParagraph = s > 0 && carriedFrom == s - 1 && m_text.onOneLine(m_text.sentences[s - 1].end - 1, sentence.first + 1);
            if (cue && !topics.isEmpty())
                addChange(s, nearestTopic(topics, *cue), *cue, false);
            else if (cue && carriedTopic >= 0 && sameParagraph)
                addChange(s, Found { -1, -1, carriedTopic }, *cue, true);
            if (!topics.isEmpty()) {
                carriedTopic = topics.constFirst().payload;
                carriedFrom = s;
            } else if (!sameParagraph) {
                carriedTopic = -1;
            }
        }
        std::sort(m_mentions.begin(), m_mentions.end(),
            [](const IssueMention& a, const IssueMention& b) { return a.first < b.first; });
        return m_mentions;
    }

private:
    QList<Found> find(const Sentence& sentence, bool topics) const
    {
        QList<Found> found;
        for (int t = sentence.first; t < sentence.end; ++t) {
            PhraseTable::Match m = topics ? m_topics->longestAt(m_text, t, sentence.end)
                                          : m_lexicon.issueCueWords.longestAt(m_text, t, sentence.end);
            int payload = m.payload;
            if (!m && topics && !m_knownTopics.isEmpty())
                m = m_knownTopics.longestAt(m_text, t, sentence.end), payload = m.payload;
            if (!m)
                continue;
            found.append({ t, t + m.length, payload });
            t += m.length - 1;
        }
        return found;
    }

    // The first status cue that no "no", "not", "yet to" cancels.
    const Found* firstCue(const Sentence& sentence, const QList<Found>& cues) const
    {
        for (const Found& cue : cues) {
            if (m_lexicon.issueCues[cue.payload].negator || m_blocked[cue.first])
                continue;
            bool negated = false;
            for (const Found& other : cues) {
                if (m_lexicon.issueCues[other.payload].negator
                    && ((other.end <= cue.first && cue.first - other.end <= 3)
                        || (other.first >= cue.end && other.first - cue.end <= 4)))
                    negated = true;
            }
            if (!negated && cue.first >= sentence.first)
                return &cue;
        }
        return nullptr;
    }

    static Found nearestTopic(const QList<Found>& topics, const Found& cue)
    {
        const Found* best = &topics.first();
        for (const Found& topic : topics) {
            if (std::abs(topic.first - cue.first) < std::abs(best->first - cue.first))
                best = &topic;
        }
        return *best;
    }

    bool clear(int first, int end) const
    {
        for (int t = first; t < end; ++t) {
            if (m_blocked[t])
                return false;
        }
        // The span must become a mark, or a change would name evidence that no mark holds.
        return m_text.markable(first, end);
    }

    FuzzyDate dateOf(int s) const
    {
        const Sentence& sentence = m_text.sentences[s];
        auto date = std::lower_bound(m_dates.cbegin(), m_dates.cend(), sentence.start,
            [](const DateExpression& d, int position) { return d.start < position; });
        for (; date != m_dates.cend() && date->end <= sentence.textEnd; ++date) {
            if (!date->vague)
                return date->value;
        }
        // "The talks focused on trade": the date of the meeting the sentence (or the one before) tells.
        for (int k : { s, s - 1 }) {
            if (const auto it = m_meetingOfSentence.constFind(k); it != m_meetingOfSentence.cend())
                return m_meetings.meeting(*it).start;
        }
        return { m_articleDate, DatePrecision::Day };
    }

    void addChange(int s, const Found& topic, const Found& cue, bool carried)
    {
        const IssueCue& cueInfo = m_lexicon.issueCues[cue.payload];
        Issue& issue = m_issues[topic.payload];
        StatusChange change;
        change.date = dateOf(s);
        change.status = cueInfo.status;
        if (!change.date.isValid())
            return;
        // One change per issue, status and date (a set, so that a long text stays linear).
        const QString key = issue.id + u'|' + toString(change.status) + u'|' + change.date.toString();
        if (m_changes.contains(key))
            return;
        m_changes.insert(key);
        int first = cue.first;
        int end = cue.end;
        if (!carried) {
            const int unionFirst = std::min(topic.first, cue.first);
            const int unionEnd = std::max(topic.end, cue.end);
            if (unionEnd - unionFirst <= 12 && clear(unionFirst, unionEnd)) {
                first = unionFirst;
                end = unionEnd;
            } else if (!clear(first, end)) {
                first = topic.first;
                end = topic.end;
            }
        }
        if (!clear(first, end))
            return;
        const QString anchor = m_anchors.unique(issue.id + u'-' + toString(change.status));
        change.evidence = anchor;
        issue.history.append(change);
        const QString reason = u"cue '"_s + cueInfo.phrase + u"' \u2192 "_s + toString(change.status)
            + (carried ? u" (topic of the sentence before)"_s : QString());
        m_mentions.append({ first, end, topic.payload, anchor, carried ? 0.5 : 0.65, reason });
        // The meeting this sentence (or the one before) speaks of discussed the issue.
        for (int k : { s, s - 1 }) {
            if (const auto it = m_meetingOfSentence.constFind(k); it != m_meetingOfSentence.cend()) {
                QStringList& issues = m_meetings.meeting(*it).issues;
                if (!issues.contains(issue.id))
                    issues.append(issue.id);
                break;
            }
        }
    }

    const TokenizedText& m_text;
    const Lexicon& m_lexicon;
    const QList<DateExpression>& m_dates;
    MeetingFinder& m_meetings;
    const QList<bool>& m_blocked;
    QDate m_articleDate;
    const PhraseTable* m_topics = nullptr;
    const PhraseTable& m_knownTopics;
    QList<Issue>& m_issues;
    IdPool& m_anchors;
    QSet<QString>& m_changes;
    QHash<int, int> m_meetingOfSentence;
    QList<IssueMention> m_mentions;
};

IssueFinder::IssueFinder(const QList<Issue>& knownIssues, QDate articleDate)
    : m_articleDate(articleDate)
{
    // Topics: the lexicon's, reusing a known issue's id when it is the same issue; known issues the
    // lexicon does not know are found by their titles.
    const Lexicon& lexicon = Lexicon::instance();
    for (const IssueTopic& topic : lexicon.issues) {
        Issue issue;
        issue.id = topic.id;
        issue.title = topic.title;
        for (const Issue& known : knownIssues) {
            if (known.id == topic.id || known.title.compare(topic.title, Qt::CaseInsensitive) == 0)
                issue = Issue { known.id, known.title, {}, {}, {} };
        }
        m_issues.append(issue);
    }
    for (const Issue& known : knownIssues) {
        const bool covered
            = std::any_of(m_issues.cbegin(), m_issues.cend(), [&](const Issue& issue) { return issue.id == known.id; });
        if (!covered && isValidId(known.id)) {
            m_knownTopics.add(known.title, int(m_issues.size()));
            m_issues.append(Issue { known.id, known.title, {}, {}, {} });
        }
    }
}

IssueFinder::~IssueFinder() = default;

QList<IssueMention> IssueFinder::find(const TokenizedText& text, const QList<DateExpression>& dates, MeetingFinder& meetings,
    const QList<int>& sentenceMeetings, const QList<bool>& blocked)
{
    return Block(*this, text, dates, meetings, sentenceMeetings, blocked).run();
}

QList<Issue> IssueFinder::issues() const
{
    QList<Issue> result;
    for (Issue issue : m_issues) {
        if (issue.history.isEmpty())
            continue;
        std::stable_sort(issue.history.begin(), issue.history.end(),
            [](const StatusChange& a, const StatusChange& b) { return a.date.date < b.date.date; });
        result.append(issue);
    }
    return result;
}

} // namespace Entente::Suggest
