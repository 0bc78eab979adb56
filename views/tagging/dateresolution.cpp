#include "dateresolution.h"

#include "datenormalizer.h"
#include "labels.h"

#include <QCoreApplication>

namespace Entente {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::DateResolution)
};
} // namespace

DateResolution resolveDate(const Document& doc, int start, int end)
{
    const QString words = doc.text.sliced(start, end - start).trimmed();
    const QDate article = doc.article.date;
    // The normalizer reads the whole article (the tense of the sentence decides "Thursday"), without
    // markup: positions move to the plain text.
    const int plainStart = doc.plainPosition(start);
    const int plainEnd = doc.plainPosition(end);
    const QList<Suggest::DateExpression> found = Suggest::normalizeDates(doc.plainText(), article);
    const Suggest::DateExpression* best = nullptr;
    int bestOverlap = 0;
    for (const Suggest::DateExpression& e : found) {
        const int overlap = std::min(e.end, plainEnd) - std::max(e.start, plainStart);
        if (overlap > bestOverlap && !e.ref().isEmpty()) {
            best = &e;
            bestOverlap = overlap;
        }
    }
    const QString articleText = article.isValid() ? QLocale().toString(article, QLocale::LongFormat) : QString();
    if (best) {
        const QString value = best->isRange() ? Labels::dateRange(best->value, best->rangeEnd) : Labels::fuzzyDate(best->value);
        return { best->ref(), article.isValid()
                ? Text::tr("Read as %1 against the article's date, %2 (%3). Enter confirms; type to correct.")
                      .arg(value, articleText, best->reason)
                : Text::tr("Read as %1 (%2). Enter confirms; type to correct.").arg(value, best->reason) };
    }
    const FuzzyDate written = FuzzyDate::parse(words);
    if (written.isValid())
        return { written.toString(), Text::tr("Written as a date: %1").arg(Labels::fuzzyDate(written)) };
    if (!article.isValid())
        return { {}, Text::tr("The article has no date to resolve “%1” against: type the date.").arg(words) };
    return { article.toString(Qt::ISODate),
        Text::tr("“%1” names no date Entente can resolve: the article's date (%2) is offered; correct it.")
            .arg(words, articleText) };
}

QDate guessArticleDate(const Document& doc)
{
    return Suggest::guessArticleDate(Suggest::tokenize(doc.plainText()));
}

} // namespace Entente
