// Ids for records and anchors made from article words: "US Secretary of State Antony Blinken" gives
// "us-secretary-of-state-antony-blinken", made unique against what the corpus already holds.
#pragma once

#include "corpus.h"

namespace Entente {

// Lower-case ASCII letters and digits joined by '-'; accents are dropped, other scripts kept as
// letters. Never empty: text without letters gives "record".
QString idFromText(QStringView text);
// base, or base-2, base-3… so that no record of kind in the corpus has it.
QString uniqueId(const Corpus& corpus, MarkKind kind, const QString& base);
// base, or base-2… so that no mark of the document has it as anchor.
QString uniqueAnchor(const Document& document, const QString& base);

} // namespace Entente
