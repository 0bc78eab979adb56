// The automatic pre-tagger: suggests actor, meeting, date and issue marks (with their records) for a
// plain article, for the analyst to accept or correct. Rules and word lists, no statistics; every
// suggestion says why it was made. See docs/suggest.md.
#pragma once

#include "types.h"

#include <QDate>

namespace Entente::Suggest {

struct Suggestion
{
    MarkKind kind; // Actor, Meeting, Date, Issue
    int start = 0, end = 0; // span [start,end) in the plain text given to suggest()
    QString ref; // actor/meeting/issue id; for Date the FuzzyDate text or "a..b" range (as marks use)
    QString anchor; // for Issue marks that back a status change: the evidence anchor; else empty
    double confidence = 0; // 0..1
    QString reason; // the rule or cue, human readable English, e.g. "title + name: Secretary of State"
    bool vague = false; // Date only: vague reference ("in the coming months", "recent"), ref empty
    QString timex; // Date only: the TIMEX3 value ("2023-07-13", "2023-Q3", "PAST_REF", "PRESENT_REF")
};

struct Options
{
    QDate articleDate; // invalid = unknown: suggest() guesses it from the text if it can
    QList<Actor> knownActors; // actors of the open corpus with their aliases: matched first, their ids reused
    QList<Issue> knownIssues; // likewise for issue ids/titles
};

struct Result
{
    QList<Suggestion> marks; // in text order, non-overlapping, each on one line, no '[' or ']' inside
    QList<Actor> actors; // records to create (new ones) or the known ones referenced
    QList<Meeting> meetings;
    QList<Issue> issues; // with history (StatusChange.evidence = the anchor of its Issue mark)
    QDate articleDate;
    bool articleDateGuessed = false; // the date used, and whether it was guessed
};

Result suggest(const QString& plainText, const Options& options = {});

// The plain text annotated with every suggestion (marks + records section), as Entente's format.
// Format::parse(annotate(text, r)) must give zero diagnostics and Format::encodePlainText gives back
// the input.
QString annotate(const QString& plainText, const Result& result);

} // namespace Entente::Suggest
