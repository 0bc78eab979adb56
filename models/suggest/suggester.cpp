#include "suggester.h"

#include "actorfinder.h"
#include "articledate.h"
#include "datenormalizer.h"
#include "issuefinder.h"
#include "knowledge.h"
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

// Blocks of a long text: whole lines, about this many characters each.
constexpr qsizetype blockSize = 256 * 1024;

} // namespace

struct Session::State
{
    explicit State(const Options& given)
        : options(given)
        , registry(knownActors(given), knownReasons(given))
    {
        for (const Issue& issue : given.knownIssues)
            registry.ids.reserve(issue.id);
    }

    static QList<Actor> knownActors(const Options& options)
    {
        QList<Actor> actors = options.knownActors;
        if (options.knowledge)
            actors += options.knowledge->learnedActors;
        return actors;
    }
    static QStringList knownReasons(const Options& options)
    {
        QStringList reasons(options.knownActors.size(), QString());
        if (options.knowledge)
            reasons += options.knowledge->learnedActorReasons;
        return reasons;
    }

    void start(const TokenizedText& firstBlock)
    {
        articleDate = options.articleDate;
        if (!articleDate.isValid()) {
            const ArticleDate guessed = guessArticleDate(firstBlock);
            articleDate = guessed.date;
            articleDateGuessed = guessed.date.isValid();
            articleDateReason = guessed.reason;
        }
        const Knowledge* knowledge = options.knowledge.get();
        actors = std::make_unique<ActorFinder>(registry, knowledge, articleDate);
        meetings = std::make_unique<MeetingFinder>(registry, *actors, knowledge, articleDate);
        issues = std::make_unique<IssueFinder>(options.knownIssues, articleDate);
        referenced.fill(false, registry.actors.size());
        started = true;
    }

    bool rejected(MarkKind kind, const TokenizedText& text, int first, int end, const QString& ref) const
    {
        return options.knowledge && options.knowledge->isRejected(kind, text.textOf(first, end), ref);
    }

    Options options;
    ActorRegistry registry;
    std::unique_ptr<ActorFinder> actors;
    std::unique_ptr<MeetingFinder> meetings;
    std::unique_ptr<IssueFinder> issues;
    QList<bool> referenced; // per actor: a mark names it
    QDate articleDate;
    bool articleDateGuessed = false;
    QString articleDateReason;
    bool started = false;
};

Session::Session(const Options& options)
    : d(std::make_unique<State>(options))
{
}

Session::~Session() = default;

QDate Session::articleDate() const
{
    return d->articleDate;
}

QList<Suggestion> Session::feed(QStringView block)
{
    const TokenizedText text = tokenize(block);
    if (!d->started)
        d->start(text);
    QList<Suggestion> marks;
    const QList<DateExpression> dates = normalizeDates(text, d->articleDate);
    const QList<ActorMention> actorMentions = d->actors->find(text);
    QList<int> sentenceMeetings;
    const QList<MeetingMention> meetingMentions = d->meetings->find(text, actorMentions, dates, &sentenceMeetings);
    d->referenced.resize(d->registry.actors.size(), false);

    // Marks may not overlap: meeting cues (with a visit's place) first, then actors, then dates;
    // issues take the words left.
    QList<bool> taken(text.tokens.size(), false);
    for (const MeetingMention& mention : meetingMentions) {
        if (!isFree(taken, mention.first, mention.end) || !text.markable(mention.first, mention.end)
            || d->rejected(MarkKind::Meeting, text, mention.first, mention.end, d->meetings->meeting(mention.meeting).id))
            continue;
        take(taken, mention.first, mention.end);
        marks.append({ MarkKind::Meeting, text.tokens[mention.first].start, text.tokens[mention.end - 1].end,
            d->meetings->meeting(mention.meeting).id, {}, mention.confidence, mention.reason, false, {} });
    }
    for (const ActorMention& mention : actorMentions) {
        if (!isFree(taken, mention.first, mention.end) || !text.markable(mention.first, mention.end)
            || d->rejected(MarkKind::Actor, text, mention.first, mention.end, d->registry.actors[mention.actor].id))
            continue;
        take(taken, mention.first, mention.end);
        d->referenced[mention.actor] = true;
        marks.append({ MarkKind::Actor, text.tokens[mention.first].start, text.tokens[mention.end - 1].end,
            d->registry.actors[mention.actor].id, {}, mention.confidence, mention.reason, false, {} });
    }
    for (const DateExpression& date : dates) {
        const auto [first, end] = tokenRange(text, date.start, date.end);
        if (!isFree(taken, first, end) || !text.markable(first, end) || d->rejected(MarkKind::Date, text, first, end, date.ref()))
            continue;
        take(taken, first, end);
        marks.append({ MarkKind::Date, date.start, date.end, date.ref(), {}, date.confidence, date.reason, date.vague,
            date.timex });
    }
    for (const IssueMention& mention : d->issues->find(text, dates, *d->meetings, sentenceMeetings, taken)) {
        if (!text.markable(mention.first, mention.end))
            continue;
        marks.append({ MarkKind::Issue, text.tokens[mention.first].start, text.tokens[mention.end - 1].end,
            d->issues->issueAt(mention.issue).id, mention.anchor, mention.confidence, mention.reason, false, {} });
    }
    std::sort(marks.begin(), marks.end(), [](const Suggestion& a, const Suggestion& b) { return a.start < b.start; });
    return marks;
}

Result Session::finish()
{
    Result result;
    if (!d->started) {
        const QString empty;
        d->start(tokenize(empty));
    }
    result.articleDate = d->articleDate;
    result.articleDateGuessed = d->articleDateGuessed;
    result.articleDateReason = d->articleDateReason;
    result.meetings = d->meetings->meetings();
    result.issues = d->issues->issues();
    // Records: every actor a mark or a meeting names.
    QList<bool> referenced = d->referenced;
    referenced.resize(d->registry.actors.size(), false);
    QHash<QString, int> actorById;
    for (int a = 0; a < d->registry.actors.size(); ++a)
        actorById.insert(d->registry.actors[a].id, a);
    for (const Meeting& meeting : std::as_const(result.meetings)) {
        for (const QString& id : meeting.participants)
            referenced[actorById.value(id)] = true;
    }
    for (int a = 0; a < d->registry.actors.size(); ++a) {
        if (referenced[a])
            result.actors.append(d->registry.actors[a]);
    }
    return result;
}

Result suggest(const QString& plainText, const Options& options)
{
    Session session(options);
    QList<Suggestion> marks;
    const QStringView text(plainText);
    for (qsizetype offset = 0; offset < text.size() || (offset == 0 && text.isEmpty());) {
        // A block ends at a line break after blockSize characters (or at the end of the text).
        qsizetype end = std::min(text.size(), offset + blockSize);
        if (end < text.size()) {
            const qsizetype lineEnd = text.indexOf(u'\n', end);
            end = lineEnd < 0 ? text.size() : lineEnd + 1;
        }
        for (Suggestion mark : session.feed(text.sliced(offset, end - offset))) {
            mark.start += int(offset);
            mark.end += int(offset);
            marks.append(std::move(mark));
        }
        if (text.isEmpty())
            break;
        offset = end;
    }
    Result result = session.finish();
    result.marks = std::move(marks);
    return result;
}

} // namespace Entente::Suggest
