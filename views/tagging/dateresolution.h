// The date an analyst means by tagged words ("on Thursday", "last week", "July 16 to 19"), resolved
// against the article's date and the tense of the sentence, with a line saying how.
#pragma once

#include "document.h"

namespace Entente {

struct DateResolution
{
    QString ref; // a date mark's reference: 2023-07-13, 2023-W27, ~2023-05-15 or first..last
    QString explanation; // translated: "Thursday after the article's date (Wed 12 July 2023)"
};

// Words [start, end) of doc.text. Without a resolvable date the ref is the article's date (or
// empty) and the explanation says what to type.
DateResolution resolveDate(const Document& doc, int start, int end);
// The article's likely publication date when it has none: the latest full date written in its text.
QDate guessArticleDate(const Document& doc);

} // namespace Entente
