// The sentence of an article around a position, as the analyst reads it (without markup): what a
// record's source shows ("Blinken is scheduled to meet Wang Yi on Thursday.").
#pragma once

#include "document.h"

namespace Entente {

// The article words of the sentence that holds text position (a position in document.text),
// markup removed and whitespace runs folded; empty outside the article part.
QString sentenceAt(const Document& document, int position);

} // namespace Entente
