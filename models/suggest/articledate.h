// The publication date an article gives itself: a dateline ("WASHINGTON, July 12, 2023 —"), a line
// that is only a date or says when it was released or posted ("Released July 12, 2023"), or a date
// the text calls its present ("Today, July 12, 2023, ..."). Never a date a sentence places in the past
// or the future ("the accord of March 3, 2019", "will meet on July 20, 2023"): when there is no such
// line the date is unknown and the analyst is asked.
#pragma once

#include "tokenizer.h"

#include <QDate>

namespace Entente::Suggest {

struct ArticleDate
{
    QDate date; // invalid: the text does not say
    QString reason; // "dateline", "date line", "released line", "today's date"
    double confidence = 0;
    operator QDate() const { return date; } // callers that only want the date
};

ArticleDate guessArticleDate(const TokenizedText& text);

} // namespace Entente::Suggest
