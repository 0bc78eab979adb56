// Whether the words around a date speak of the future or the past: "will meet on Thursday" is the
// coming Thursday, "met on Thursday" the last one.
#pragma once

#include "lexicon.h"

namespace Entente::Suggest {

// The tense of the cue nearest to tokens [first, end) in their sentence: Future, Past or None.
// Explicit cues ("will", "met") beat words ending in -ed, "is"/"are" and reporting verbs ("said").
Tense tenseNear(const TokenizedText& text, int first, int end);

} // namespace Entente::Suggest
