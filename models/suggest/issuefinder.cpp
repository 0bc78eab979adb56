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

class Finder
{
public:
    Finder(const TokenizedText& text, const QList<DateExpression>& dates, MeetingFindings& meetings,
        const QList<Issue>& knownIssues, const QList<bool>& blocked, QDate articleDate)
        : m_text(text)
        , m_lexicon(Lexicon::instance())
        , m_dates(dates)
        , m_meetings(meetings)
        , m_blocked(blocked)
        , m_articleDate(articleDate)
    {
        // Topics: the lexicon's, reusing a known issue's id when it is the same issue; known issues
        // the lexicon does not know are found by their titles.
        for (int i = 0; i < m_lexicon.issues.size(); ++i) {
            const IssueTopic& topic = m_lexicon.issues[i];
            Issue issue;
            issue.id = topic.id;
            issue.title = topic.title;
            for (const Issue& known : knownIssues) {
                if (known.id == topic.id || known.title.compare(topic.title, Qt::CaseInsensitive) == 0)
                    issue = Issue { known.id, known.title, {}, {}, {} };
            }
            m_issues.append(issue);
        }
        m_topics = &m_lexicon.issueWords;
        for (const Issue& known : knownIssues) {
            const bool covered = std::any_of(m_issues.cbegin(), m_issues.cend(),
                [&](const Issue& issue) { return issue.id == known.id; });
            if (!covered) {
                m_knownTopics.add(known.title, int(m_issues.size()));
                m_issues.append(Issue { known.id, known.title, {}, {}, {} });
            }
        }
        for (int k = 0; k < meetings.meetings.size(); ++k) {
            for (int s : meetings.sentences[k])
                m_meetingOfSentence.insert(s, k);
        }
    }

    IssueFindings run()
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
        return build();
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
        return m_text.onOneLine(first, end);
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
                return m_meetings.meetings[*it].start;
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
        for (const StatusChange& earlier : std::as_const(issue.history)) {
            if (earlier.status == change.status && earlier.date == change.date)
                return;
        }
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
        QString anchor = issue.id + u'-' + toString(change.status);
        for (int n = 2; m_anchors.contains(anchor); ++n)
            anchor = issue.id + u'-' + toString(change.status) + u'-' + QString::number(n);
        m_anchors.insert(anchor);
        change.evidence = anchor;
        issue.history.append(change);
        const QString reason = u"cue '"_s + cueInfo.phrase + u"' \u2192 "_s + toString(change.status)
            + (carried ? u" (topic of the sentence before)"_s : QString());
        m_mentions.append({ first, end, topic.payload, anchor, carried ? 0.5 : 0.65, reason });
        // The meeting this sentence (or the one before) speaks of discussed the issue.
        for (int k : { s, s - 1 }) {
            if (const auto it = m_meetingOfSentence.constFind(k); it != m_meetingOfSentence.cend()) {
                QStringList& issues = m_meetings.meetings[*it].issues;
                if (!issues.contains(issue.id))
                    issues.append(issue.id);
                break;
            }
        }
    }

    IssueFindings build()
    {
        IssueFindings findings;
        QList<int> indexOf(m_issues.size(), -1);
        for (int i = 0; i < m_issues.size(); ++i) {
            if (m_issues[i].history.isEmpty())
                continue;
            std::stable_sort(m_issues[i].history.begin(), m_issues[i].history.end(),
                [](const StatusChange& a, const StatusChange& b) { return a.date.date < b.date.date; });
            indexOf[i] = int(findings.issues.size());
            findings.issues.append(m_issues[i]);
        }
        for (IssueMention mention : std::as_const(m_mentions)) {
            mention.issue = indexOf[mention.issue];
            findings.mentions.append(mention);
        }
        std::sort(findings.mentions.begin(), findings.mentions.end(),
            [](const IssueMention& a, const IssueMention& b) { return a.first < b.first; });
        return findings;
    }

    const TokenizedText& m_text;
    const Lexicon& m_lexicon;
    const QList<DateExpression>& m_dates;
    MeetingFindings& m_meetings;
    const QList<bool>& m_blocked;
    QDate m_articleDate;
    const PhraseTable* m_topics = nullptr;
    PhraseTable m_knownTopics;
    QList<Issue> m_issues;
    QHash<int, int> m_meetingOfSentence;
    QSet<QString> m_anchors;
    QList<IssueMention> m_mentions;
};

} // namespace

IssueFindings findIssues(const TokenizedText& text, const QList<DateExpression>& dates,
    MeetingFindings& meetings, const QList<Issue>& knownIssues, const QList<bool>& blocked, QDate articleDate)
{
    return Finder(text, dates, meetings, knownIssues, blocked, articleDate).run();
}

} // namespace Entente::Suggest
