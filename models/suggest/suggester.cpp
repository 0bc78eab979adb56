#include "suggester.h"

#include "actorfinder.h"
#include "datenormalizer.h"
#include "issuefinder.h"
#include "meetingfinder.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Entente::Suggest {

namespace {

// The token range [first, end) a text span covers.
std::pair<int, int> tokenRange(const TokenizedText& text, int start, int end)
{
    const auto byStart = [](const Token& token, int position) { return token.start < position; };
    const int first = int(std::lower_bound(text.tokens.cbegin(), text.tokens.cend(), start, byStart) - text.tokens.cbegin());
    const int last = int(std::lower_bound(text.tokens.cbegin(), text.tokens.cend(), end, byStart) - text.tokens.cbegin());
    return { first, last };
}

bool isFree(const QList<bool>& taken, int first, int end)
{
    for (int t = first; t < end; ++t) {
        if (taken[t])
            return false;
    }
    return true;
}

void take(QList<bool>& taken, int first, int end)
{
    for (int t = first; t < end; ++t)
        taken[t] = true;
}

// A mark lies on one line and holds no bracket.
bool markable(const TokenizedText& text, int first, int end)
{
    if (first >= end || !text.onOneLine(first, end))
        return false;
    const QStringView words = text.textOf(first, end);
    return !words.contains(u'[') && !words.contains(u']');
}

} // namespace

Result suggest(const QString& plainText, const Options& options)
{
    Result result;
    const TokenizedText text = tokenize(plainText);
    result.articleDate = options.articleDate;
    if (!result.articleDate.isValid()) {
        result.articleDate = guessArticleDate(text);
        result.articleDateGuessed = result.articleDate.isValid();
    }
    const QList<DateExpression> dates = normalizeDates(text, result.articleDate);
    ActorRegistry registry(options.knownActors);
    for (const Issue& issue : options.knownIssues)
        registry.ids.reserve(issue.id);
    const QList<ActorMention> actorMentions = findActors(text, registry);
    MeetingFindings meetings = findMeetings(text, actorMentions, dates, registry, result.articleDate);

    // Marks may not overlap: meeting cues (with a visit's place) first, then actors, then dates;
    // issues take the words left.
    QList<bool> taken(text.tokens.size(), false);
    QList<bool> referenced(registry.actors.size(), false);
    for (const MeetingMention& mention : std::as_const(meetings.mentions)) {
        if (!isFree(taken, mention.first, mention.end) || !markable(text, mention.first, mention.end))
            continue;
        take(taken, mention.first, mention.end);
        result.marks.append({ MarkKind::Meeting, text.tokens[mention.first].start, text.tokens[mention.end - 1].end,
            meetings.meetings[mention.meeting].id, {}, mention.confidence, mention.reason, false, {} });
    }
    for (const ActorMention& mention : actorMentions) {
        if (!isFree(taken, mention.first, mention.end) || !markable(text, mention.first, mention.end))
            continue;
        take(taken, mention.first, mention.end);
        referenced[mention.actor] = true;
        result.marks.append({ MarkKind::Actor, text.tokens[mention.first].start, text.tokens[mention.end - 1].end,
            registry.actors[mention.actor].id, {}, mention.confidence, mention.reason, false, {} });
    }
    for (const DateExpression& date : dates) {
        const auto [first, end] = tokenRange(text, date.start, date.end);
        if (!isFree(taken, first, end) || !markable(text, first, end))
            continue;
        take(taken, first, end);
        result.marks.append({ MarkKind::Date, date.start, date.end, date.ref(), {}, date.confidence, date.reason,
            date.vague, date.vague ? u"PAST_REF"_s : date.value.toTimex() });
    }
    const IssueFindings issues = findIssues(text, dates, meetings, options.knownIssues, taken, result.articleDate);
    for (const IssueMention& mention : issues.mentions) {
        if (!markable(text, mention.first, mention.end))
            continue;
        result.marks.append({ MarkKind::Issue, text.tokens[mention.first].start, text.tokens[mention.end - 1].end,
            issues.issues[mention.issue].id, mention.anchor, mention.confidence, mention.reason, false, {} });
    }
    std::sort(result.marks.begin(), result.marks.end(),
        [](const Suggestion& a, const Suggestion& b) { return a.start < b.start; });

    // Records: every actor a mark or a meeting names.
    QHash<QString, int> actorById;
    for (int a = 0; a < registry.actors.size(); ++a)
        actorById.insert(registry.actors[a].id, a);
    for (const Meeting& meeting : std::as_const(meetings.meetings)) {
        for (const QString& id : meeting.participants)
            referenced[actorById.value(id)] = true;
    }
    for (int a = 0; a < registry.actors.size(); ++a) {
        if (referenced[a])
            result.actors.append(registry.actors[a]);
    }
    result.meetings = meetings.meetings;
    result.issues = issues.issues;
    return result;
}

} // namespace Entente::Suggest
