// Checks of a record an analyst edits, against the corpus it joins: what a form must refuse before it
// changes the document text. Every problem names the field it is about, so that the form shows the
// message under that field.
#pragma once

#include "corpus.h"

namespace Entente::RecordValidation {

enum class Field {
    Id,
    Name, // actor name
    Title, // meeting or issue title
    Participants,
    Start,
    End,
    Issues, // a meeting's issues
    Date, // a status change's date
    Evidence, // a status change's evidence anchor
};

struct Problem
{
    Field field = Field::Id;
    QString message; // translated, a whole sentence
    friend bool operator==(const Problem&, const Problem&) = default;
};
using Problems = QList<Problem>;

// The id of a record of kind: valid, and not used by another record of that kind. replacedId is the
// id of the record being edited (it may keep it); empty for a new record.
Problems checkId(const Corpus& corpus, MarkKind kind, const QString& id, const QString& replacedId = {});

Problems checkActor(const Corpus& corpus, const Actor& actor, const QString& replacedId = {});
Problems checkMeeting(const Corpus& corpus, const Meeting& meeting, const QString& replacedId = {});
Problems checkIssue(const Corpus& corpus, const Issue& issue, const QString& replacedId = {});
Problems checkStatus(const StatusChange& change);

// The problems of after that before did not have: an edit may leave a record no worse than the file
// had it (an unknown participant from an article that is not open must not block changing the place).
Problems newProblems(const Problems& before, const Problems& after);

} // namespace Entente::RecordValidation
