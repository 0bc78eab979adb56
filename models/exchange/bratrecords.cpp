#include "bratbuilder.h"
#include "format.h"
#include "ids.h"
#include "recordparser.h"

namespace Entente::Exchange::Brat::Internal {

void Builder::readNoteRecords(const Annotations& annotations)
{
    QString section = Format::recordsDelimiter.toString() + u'\n';
    QList<int> annLines; // .ann line of each record line
    for (const NoteLine& note : annotations.notes) {
        if (!note.text.startsWith(notePrefix) || note.text.startsWith(notePrefix + u'#'))
            continue;
        section += note.text.sliced(notePrefix.size()) + u'\n';
        annLines.append(note.line);
    }
    if (annLines.isEmpty())
        return;
    m_records = Format::parse(section, m_annPath);
    // Warnings are about anchors, which the records-only text has no marks for: the marks come later.
    for (const Diagnostic& d : std::as_const(m_records.diagnostics)) {
        if (d.severity == Severity::Error)
            m_problems->append({ m_annPath, annLines.value(d.line - 2), 1, d.severity, d.message });
    }
    for (const Meeting& meeting : std::as_const(m_records.meetings))
        m_usedMeetingIds.insert(meeting.id);
}

Bound* Builder::markFor(const QString& id)
{
    Bound* b = bound(m_eventTrigger.value(id, id));
    return b && b->isMark ? b : nullptr;
}

int Builder::nearestDateOnLine(int position) const
{
    const int lineStart = int(m_text.lastIndexOf(u'\n', position - 1)) + 1;
    int lineEnd = int(m_text.indexOf(u'\n', position));
    if (lineEnd < 0)
        lineEnd = int(m_text.size());
    int best = -1;
    for (qsizetype i = 0; i < m_bounds.size(); ++i) {
        const Bound& b = m_bounds.at(i);
        if (!b.isMark || b.kind != MarkKind::Date || b.start < lineStart || b.end > lineEnd)
            continue;
        if (best < 0 || std::abs(b.start - position) < std::abs(m_bounds.at(best).start - position))
            best = int(i);
    }
    return best;
}

QString Builder::uniqueAnchorFor(const QString& words)
{
    const QString base = idFromText(words);
    QString anchor = base;
    for (int n = 2; m_anchors.contains(anchor); ++n)
        anchor = base + u'-' + QString::number(n);
    m_anchors.insert(anchor);
    return anchor;
}

void Builder::addEntityRecords()
{
    QSet<QString> actors, issues;
    for (const Actor& actor : std::as_const(m_records.actors))
        actors.insert(actor.id);
    for (const Issue& issue : std::as_const(m_records.issues))
        issues.insert(issue.id);
    for (const Bound& b : std::as_const(m_bounds)) {
        if (!b.isMark)
            continue;
        if (b.kind == MarkKind::Actor) {
            const ActorKind kind = *b.target == Target::State ? ActorKind::State
                : *b.target == Target::Organisation           ? ActorKind::Organisation
                                                              : ActorKind::Person;
            const int index = m_records.actorIndex(b.ref);
            if (index >= 0) {
                m_records.actors[index].kind = kind; // the type an annotator may have changed in brat
            } else if (!b.fromEntente && !actors.contains(b.ref)) {
                Actor actor;
                actor.id = b.ref;
                actor.name = b.words.trimmed();
                actor.kind = kind;
                m_records.actors.append(actor);
                actors.insert(b.ref);
            }
        } else if (b.kind == MarkKind::Issue && !b.fromEntente && !issues.contains(b.ref)) {
            Issue issue;
            issue.id = b.ref;
            issue.title = b.words.trimmed();
            m_records.issues.append(issue);
            issues.insert(b.ref);
        }
    }
}

void Builder::addMeetings(const Annotations& annotations)
{
    QHash<QString, QList<const EventLine*>> eventsOf; // meeting id → its events
    for (const EventLine& event : annotations.events) {
        Bound* trigger = markFor(event.trigger);
        if (!trigger || trigger->kind != MarkKind::Meeting)
            continue;
        if (trigger->ref.isEmpty()) { // an event of another tool: a new meeting
            const QString base = idFromText(trigger->words);
            QString id = base;
            for (int n = 2; m_usedMeetingIds.contains(id); ++n)
                id = base + u'-' + QString::number(n);
            m_usedMeetingIds.insert(id);
            trigger->ref = id;
        }
        eventsOf[trigger->ref].append(&event);
    }
    QSet<QString> markedActors;
    for (const Bound& b : std::as_const(m_bounds)) {
        if (b.isMark && b.kind == MarkKind::Actor)
            markedActors.insert(b.ref);
    }
    for (Bound& trigger : m_bounds) {
        if (!trigger.isMark || trigger.kind != MarkKind::Meeting)
            continue;
        const QList<const EventLine*> events = eventsOf.value(trigger.ref);
        int index = m_records.meetingIndex(trigger.ref);
        if (index < 0 && (trigger.fromEntente || trigger.ref.isEmpty())) {
            if (trigger.ref.isEmpty()) { // a Meeting entity without an event: nothing to say who met
                warn(trigger.source->line,
                     Text::tr("%1 is skipped: a meeting needs an event with participants")
                         .arg(trigger.source->id));
                trigger.isMark = false;
            }
            continue; // defined in another article
        }
        if (index >= 0 && events.isEmpty())
            continue;
        QStringList arguments;
        QString date, place, status;
        for (const EventLine* event : events) {
            for (const auto& [role, id] : event->arguments) {
                const Bound* argument = bound(m_eventTrigger.value(id, id));
                if (!argument)
                    continue;
                if (argument->isMark && argument->kind == MarkKind::Actor
                    && !arguments.contains(argument->ref))
                    arguments.append(argument->ref);
                else if (argument->isMark && argument->kind == MarkKind::Date)
                    date = argument->ref;
                else if (role.startsWith(u"Place") || role.startsWith(u"Location"))
                    place = argument->words.trimmed();
            }
            for (const AttributeLine& attribute : annotations.attributes) {
                if ((attribute.target == event->id || attribute.target == event->trigger)
                    && (attribute.name == u"Status" || attribute.name == u"MeetingStatus"))
                    status = attribute.value;
            }
        }
        if (index < 0) {
            Meeting meeting;
            meeting.id = trigger.ref;
            meeting.participants = arguments;
            if (date.isEmpty()) {
                const int nearest = nearestDateOnLine(trigger.start);
                date = nearest < 0 ? QString() : m_bounds.at(nearest).ref;
            }
            std::tie(meeting.start, meeting.end) = RecordParser::parseDateRange(date);
            QString why;
            if (meeting.participants.isEmpty())
                why = Text::tr("the meeting has no participants among its arguments");
            else if (!meeting.start.isValid())
                why = Text::tr("the meeting has no date (give it a Date argument or a date on its line)");
            if (!why.isEmpty()) {
                warn(events.first()->line, Text::tr("%1 is skipped: %2").arg(events.first()->id, why));
                trigger.isMark = false;
                continue;
            }
            meeting.place = place;
            m_records.meetings.append(meeting);
            index = int(m_records.meetings.size() - 1);
        } else {
            // The record from the notes, with what an annotator changed in brat: a participant whose
            // argument was removed goes, one added comes; a changed Date argument wins.
            Meeting& meeting = m_records.meetings[index];
            QStringList participants;
            for (const QString& id : std::as_const(meeting.participants)) {
                if (!markedActors.contains(id) || arguments.contains(id))
                    participants.append(id);
            }
            for (const QString& id : std::as_const(arguments)) {
                if (!participants.contains(id))
                    participants.append(id);
            }
            if (!participants.isEmpty())
                meeting.participants = participants;
            if (!date.isEmpty() && date != dateText(meeting.start, meeting.end))
                std::tie(meeting.start, meeting.end) = RecordParser::parseDateRange(date);
            if (!place.isEmpty())
                meeting.place = place;
        }
        if (!status.isEmpty() && !fromString(status, &m_records.meetings[index].status))
            warn(events.first()->line, Text::tr("unknown meeting status '%1'").arg(status));
    }
}

void Builder::addRelations(const Annotations& annotations)
{
    QHash<QString, QStringList> discussed; // meeting id → issue ids, from the relations
    for (const RelationLine& relation : annotations.relations) {
        const Bound* a = markFor(relation.arg1);
        const Bound* b = markFor(relation.arg2);
        if (a && b && a->kind == MarkKind::Issue && b->kind == MarkKind::Meeting)
            std::swap(a, b);
        if (!a || !b || a->kind != MarkKind::Meeting || b->kind != MarkKind::Issue) {
            warn(relation.line,
                 Text::tr("the relation %1 (%2) does not join a meeting and an issue; it is not imported")
                     .arg(relation.id, relation.type));
            continue;
        }
        if (!discussed[a->ref].contains(b->ref))
            discussed[a->ref].append(b->ref);
    }
    QSet<QString> markedIssues, meetingsWithEvents;
    for (const Bound& b : std::as_const(m_bounds)) {
        if (b.isMark && b.kind == MarkKind::Issue)
            markedIssues.insert(b.ref);
    }
    for (const EventLine& event : annotations.events) {
        if (const Bound* trigger = markFor(event.trigger))
            meetingsWithEvents.insert(trigger->ref);
    }
    for (Meeting& meeting : m_records.meetings) {
        if (!meetingsWithEvents.contains(meeting.id))
            continue;
        const QStringList fromRelations = discussed.value(meeting.id);
        QStringList issues;
        for (const QString& id : std::as_const(meeting.issues)) {
            if (!markedIssues.contains(id) || fromRelations.contains(id))
                issues.append(id);
        }
        for (const QString& id : fromRelations) {
            if (!issues.contains(id))
                issues.append(id);
        }
        meeting.issues = issues;
    }
}

void Builder::addStatuses(const Annotations& annotations)
{
    for (const AttributeLine& attribute : annotations.attributes) {
        if (attribute.name != u"IssueStatus")
            continue;
        Bound* b = bound(attribute.target);
        IssueStatus status = IssueStatus::Open;
        if (!b || !b->isMark || b->kind != MarkKind::Issue || !fromString(attribute.value, &status)) {
            warn(attribute.line,
                 Text::tr("the status '%1' of %2 is not imported").arg(attribute.value, attribute.target));
            continue;
        }
        const int index = m_records.issueIndex(b->ref);
        if (index < 0)
            continue; // the issue is defined in another article
        Issue& issue = m_records.issues[index];
        auto change = std::find_if(issue.history.begin(), issue.history.end(), [b](const StatusChange& c) {
            return !b->anchor.isEmpty() && c.evidence == b->anchor;
        });
        if (change != issue.history.end()) {
            change->status = status;
            continue;
        }
        const int date = nearestDateOnLine(b->start);
        if (date < 0) {
            warn(attribute.line,
                 Text::tr("the status of %1 needs a date on its line; it is not imported")
                     .arg(attribute.target));
            continue;
        }
        if (b->anchor.isEmpty())
            b->anchor = uniqueAnchorFor(b->words);
        StatusChange added;
        added.date = RecordParser::parseDateRange(m_bounds.at(date).ref).first;
        added.status = status;
        added.evidence = b->anchor;
        issue.history.append(added);
        std::stable_sort(
            issue.history.begin(), issue.history.end(),
            [](const StatusChange& x, const StatusChange& y) { return x.date.first() < y.date.first(); });
    }
}

} // namespace Entente::Exchange::Brat::Internal
