// The automatic pre-tagger: suggests actor, meeting, date and issue marks (with their records) for a
// plain article, for the analyst to accept or correct. Rules and word lists, no statistics; every
// suggestion says why it was made. See docs/suggest.md.
#pragma once

#include "types.h"

#include <QDate>
#include <memory>

namespace Entente::Suggest {

struct Knowledge;

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
    Options(QDate date = {}, QList<Actor> known = {}, QList<Issue> issues = {}, std::shared_ptr<const Knowledge> with = {})
        : articleDate(date)
        , knownActors(std::move(known))
        , knownIssues(std::move(issues))
        , knowledge(std::move(with))
    {
    }
    QDate articleDate; // invalid = unknown: suggest() guesses it from the text if it can
    QList<Actor> knownActors; // actors of the open corpus with their aliases: matched first, their ids reused
    QList<Issue> knownIssues; // likewise for issue ids/titles
    // Actor dictionaries and the lexicon learned from the analyst (knowledge.h); may be null.
    std::shared_ptr<const Knowledge> knowledge;
};

struct Result
{
    QList<Suggestion> marks; // in text order, non-overlapping, each on one line, no '[' or ']' inside
    QList<Actor> actors; // records to create (new ones) or the known ones referenced
    QList<Meeting> meetings;
    QList<Issue> issues; // with history (StatusChange.evidence = the anchor of its Issue mark)
    QDate articleDate;
    bool articleDateGuessed = false; // the date used, and whether it was guessed
    QString articleDateReason; // how it was guessed: "dateline", "released line", ...
};

Result suggest(const QString& plainText, const Options& options = {});

// The same, for a text given block by block (a long article read from a file a piece at a time, so
// that memory stays a small multiple of a block): feed() the article's lines in order, then finish().
// Names, meetings and issues of earlier blocks are known in later ones.
class Session
{
public:
    explicit Session(const Options& options);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    // The suggestions of the next block (whole lines, text following the previous block), positions
    // relative to the block. The first block gives the article date when the options have none.
    QList<Suggestion> feed(QStringView block);
    QDate articleDate() const;
    // The records of everything fed so far (Result::marks stays empty).
    Result finish();

private:
    struct State;
    std::unique_ptr<State> d;
};

// The plain text annotated with every suggestion (marks + records section), as Entente's format.
// Format::parse(annotate(text, r)) must give zero diagnostics and Format::encodePlainText gives back
// the input.
QString annotate(const QString& plainText, const Result& result);
// Only the marks, for a text written block by block (the records come once, at the end).
QString annotateMarks(QStringView plainText, const QList<Suggestion>& marks);

} // namespace Entente::Suggest
