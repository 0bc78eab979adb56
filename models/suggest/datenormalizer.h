// Date expressions of a text, placed on the calendar against the article date like TIMEX3 values:
// "Thursday" in an article of Wednesday 2023-07-12 is 2023-07-13 when the sentence speaks of the
// future, "last week" is 2023-W27, "last year" 2022, "the fourth quarter" 2023-Q4, "July 16 to 19"
// 2023-07-16..2023-07-19, "now" the article date. Durations ("90-minute", "for two hours") are not
// dates. See docs/suggest.md for every rule.
#pragma once

#include "articledate.h" // guessArticleDate(), which used to live here
#include "fuzzydate.h"
#include "tokenizer.h"

#include <QList>
#include <QString>

namespace Entente::Suggest {

struct DateExpression
{
    int start = 0; // span [start, end) in the text
    int end = 0;
    FuzzyDate value; // the date, or the first of a range; invalid when vague
    FuzzyDate rangeEnd; // the last of a range; invalid otherwise
    bool vague = false; // "in the coming months", "recently": no date of its own
    FuzzyDate approximate; // vague only: an approximate day a meeting may use (invalid without an article date)
    bool fullDate = false; // a day with its year written out ("July 12, 2023"): may be the article's date line
    QString timex; // the TIMEX3 value: "2023-07-13", "2023-Q4", "199", "PAST_REF", "PRESENT_REF", "FUTURE_REF"
    double confidence = 0;
    QString reason;

    DatePrecision precision() const { return value.precision; }
    bool isRange() const { return rangeEnd.isValid(); }
    // The mark's ref: "2023-07-13", "2023-W27", "2023-07", "2023", "~2023-05-15", "a..b"; empty when vague.
    QString ref() const;
};

// Every date expression of text in text order. articleDate invalid: only dates that need no anchor
// (written with their year) are placed; relative ones are left out.
QList<DateExpression> normalizeDates(QStringView text, QDate articleDate);
QList<DateExpression> normalizeDates(const TokenizedText& text, QDate articleDate);

} // namespace Entente::Suggest
