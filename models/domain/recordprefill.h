// New records filled from the words an analyst tags and the sentence around them, so that creating
// a record is a correction of a guess, not a form filled from nothing.
#pragma once

#include "corpus.h"

namespace Entente::RecordPrefill {

// "the US State Department" → name "US State Department"; "Blinken’s" → "Blinken"; an id made
// from the name and unique in the corpus. Words naming an organisation ("Department", "Ministry",
// "House"…) give an organisation, otherwise a person.
Actor actor(const Corpus& corpus, QStringView words);

// A meeting for the words [start, end) of doc.text: participants are the actors marked in the
// same sentence; the date is the sentence's date mark (a range gives start and end); the status
// follows the tense of the words ("is scheduled to", "will" → planned, "cancelled" → cancelled…);
// "visit" words give the kind visit. The title is the words.
Meeting meeting(const Corpus& corpus, const Document& doc, int start, int end);

// An issue titled by the words, open since the sentence's date mark (else the article's date) with
// the given evidence anchor.
Issue issue(const Corpus& corpus, const Document& doc, int start, int end, const QString& anchor);

// The date of the sentence around [start, end): its first date mark's reference, empty without one.
QString sentenceDateRef(const Document& doc, int start, int end);

} // namespace Entente::RecordPrefill
