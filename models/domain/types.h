// Plain value types of an Entente document: actors, meetings, issues and the marks that tie them to
// the article text. Qt::Core only, so the format, the command line and the tests need no GUI.
#pragma once

#include "fuzzydate.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Entente {

enum class ActorKind { Person, Organisation, State };
enum class MeetingStatus { Planned, Held, Cancelled, Failed };
enum class IssueStatus { Open, InDialogue, Stalled, Escalating, Resolved };
enum class MarkKind { Actor, Meeting, Issue, Date };

QString toString(ActorKind kind);
QString toString(MeetingStatus status);
QString toString(IssueStatus status);
QString toString(MarkKind kind);
bool fromString(QStringView text, ActorKind* kind);
bool fromString(QStringView text, MeetingStatus* status);
bool fromString(QStringView text, IssueStatus* status);
bool fromString(QStringView text, MarkKind* kind);

// Ids and anchors: letters, digits, '-', '_' and '.', at least one character.
bool isValidId(QStringView id);

// A key=value field the format does not know; kept so that saving never drops it.
struct ExtraField
{
    QString key;
    QString value;
    friend bool operator==(const ExtraField&, const ExtraField&) = default;
};
using ExtraFields = QList<ExtraField>;

// Where a record or a status change came from: the article file, the record's line, and the span of
// the article text it is about (positions in the document text, -1 when no mark names it).
struct Origin
{
    QString file;
    int line = 0;
    int spanStart = -1;
    int spanEnd = -1;
    friend bool operator==(const Origin&, const Origin&) = default;
};

struct Actor
{
    QString id;
    QString name;
    ActorKind kind = ActorKind::Person;
    QString side; // the state or side the actor belongs to, e.g. "USA"
    QString role;
    QStringList aliases;
    ExtraFields extra;
    Origin origin;
    friend bool operator==(const Actor&, const Actor&) = default;
};

struct Meeting
{
    QString id;
    QString title;
    QStringList participants; // actor ids
    FuzzyDate start;
    FuzzyDate end; // equal to start for one-day meetings
    QString place;
    MeetingStatus status = MeetingStatus::Planned;
    QString kind; // visit, talks, call, summit, ...
    QStringList issues; // issue ids discussed
    ExtraFields extra;
    Origin origin;
    friend bool operator==(const Meeting&, const Meeting&) = default;
};

struct StatusChange
{
    FuzzyDate date;
    IssueStatus status = IssueStatus::Open;
    QString evidence; // anchor of the mark that supports it
    QString note;
    ExtraFields extra;
    Origin origin;
    friend bool operator==(const StatusChange&, const StatusChange&) = default;
};

struct Issue
{
    QString id;
    QString title;
    QList<StatusChange> history; // in date order
    ExtraFields extra;
    Origin origin;

    IssueStatus currentStatus() const { return history.isEmpty() ? IssueStatus::Open : history.constLast().status; }
    friend bool operator==(const Issue&, const Issue&) = default;
};

// An inline mark `[text]{kind=ref #anchor}`. Positions index the document text (markup included):
// [start, end) is the whole mark, [textStart, textEnd) the article words inside the brackets.
struct Mark
{
    MarkKind kind = MarkKind::Actor;
    QString ref;
    QString anchor;
    int start = 0;
    int end = 0;
    int textStart = 0;
    int textEnd = 0;
    friend bool operator==(const Mark&, const Mark&) = default;
};

enum class Severity { Warning, Error };

struct Diagnostic
{
    QString file;
    int line = 0; // 1-based
    int column = 0; // 1-based, in characters
    Severity severity = Severity::Error;
    QString message;

    QString toString() const; // "file:line:column: error: message"
    friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

} // namespace Entente
