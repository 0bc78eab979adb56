#include "recordvalidation.h"

#include <QCoreApplication>
#include <QSet>

namespace Entente::RecordValidation {

namespace {

// Translated strings of this file (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::RecordValidation)
};

bool isBlank(const QString& text)
{
    return QStringView(text).trimmed().isEmpty();
}

QString usedId(MarkKind kind, const QString& id)
{
    switch (kind) {
    case MarkKind::Actor:
        return Text::tr("Another actor already has the id '%1'.").arg(id);
    case MarkKind::Meeting:
        return Text::tr("Another meeting already has the id '%1'.").arg(id);
    case MarkKind::Issue:
        return Text::tr("Another issue already has the id '%1'.").arg(id);
    case MarkKind::Date:
        break;
    }
    return {};
}

int indexOf(const Corpus& corpus, MarkKind kind, QStringView id)
{
    switch (kind) {
    case MarkKind::Actor:
        return corpus.actorIndex(id);
    case MarkKind::Meeting:
        return corpus.meetingIndex(id);
    case MarkKind::Issue:
        return corpus.issueIndex(id);
    case MarkKind::Date:
        break;
    }
    return -1;
}

} // namespace

Problems checkId(const Corpus& corpus, MarkKind kind, const QString& id, const QString& replacedId)
{
    if (id.isEmpty())
        return { { Field::Id, Text::tr("Enter an id.") } };
    if (!isValidId(id))
        return { { Field::Id,
                   Text::tr("'%1' is not a valid id: use letters, digits, '-', '_' or '.'.").arg(id) } };
    if (id != replacedId && indexOf(corpus, kind, id) >= 0)
        return { { Field::Id, usedId(kind, id) } };
    return {};
}

Problems checkActor(const Corpus& corpus, const Actor& actor, const QString& replacedId)
{
    Problems problems = checkId(corpus, MarkKind::Actor, actor.id, replacedId);
    if (isBlank(actor.name))
        problems.append({ Field::Name, Text::tr("Enter a name.") });
    return problems;
}

Problems checkMeeting(const Corpus& corpus, const Meeting& meeting, const QString& replacedId)
{
    Problems problems = checkId(corpus, MarkKind::Meeting, meeting.id, replacedId);
    if (meeting.participants.isEmpty())
        problems.append({ Field::Participants, Text::tr("Add at least one participant.") });
    for (const QString& actor : meeting.participants) {
        if (corpus.actorIndex(actor) < 0)
            problems.append({ Field::Participants, Text::tr("There is no actor '%1'.").arg(actor) });
    }
    if (!meeting.start.isValid())
        problems.append({ Field::Start, Text::tr("Enter a valid start date.") });
    if (!meeting.end.isValid())
        problems.append({ Field::End, Text::tr("Enter a valid end date.") });
    // Fuzzy dates overlap: only an end whose last possible day precedes the start's first is wrong.
    else if (meeting.start.isValid() && meeting.end.last() < meeting.start.first())
        problems.append({ Field::End, Text::tr("The meeting ends before it starts.") });
    for (const QString& issue : meeting.issues) {
        if (corpus.issueIndex(issue) < 0)
            problems.append({ Field::Issues, Text::tr("There is no issue '%1'.").arg(issue) });
    }
    return problems;
}

Problems checkIssue(const Corpus& corpus, const Issue& issue, const QString& replacedId)
{
    Problems problems = checkId(corpus, MarkKind::Issue, issue.id, replacedId);
    if (isBlank(issue.title))
        problems.append({ Field::Title, Text::tr("Enter a title.") });
    for (const StatusChange& change : issue.history)
        problems.append(checkStatus(change));
    return problems;
}

Problems checkStatus(const StatusChange& change)
{
    Problems problems;
    if (!change.date.isValid())
        problems.append({ Field::Date, Text::tr("Enter a valid date.") });
    if (!change.evidence.isEmpty() && !isValidId(change.evidence))
        problems.append({ Field::Evidence,
                          Text::tr("'%1' is not a valid anchor: use letters, digits, '-', '_' or '.'.")
                              .arg(change.evidence) });
    return problems;
}

Problems newProblems(const Problems& before, const Problems& after)
{
    // A set: an issue with a long status history may have a problem per status change.
    QSet<std::pair<int, QString>> known;
    for (const Problem& problem : before)
        known.insert({ int(problem.field), problem.message });
    Problems added;
    for (const Problem& problem : after) {
        if (!known.contains({ int(problem.field), problem.message }))
            added.append(problem);
    }
    return added;
}

} // namespace Entente::RecordValidation
