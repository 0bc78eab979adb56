#include "datenormalizer.h"

#include "datepatterns.h"
#include "tense.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace Entente::Suggest {

namespace {

FuzzyDate day(QDate date)
{
    return { date, DatePrecision::Day };
}
FuzzyDate week(QDate date)
{
    return { date.addDays(1 - date.dayOfWeek()), DatePrecision::Week };
}
FuzzyDate month(QDate date)
{
    return { QDate(date.year(), date.month(), 1), DatePrecision::Month };
}
FuzzyDate approximate(QDate date)
{
    return { date, DatePrecision::Approximate };
}

// The year of a month (and day) written without one: the future sentence's next such day, the past
// sentence's last one, or else the nearest one.
int inferYear(const DayOfMonth& written, QDate article, Tense tense)
{
    if (written.year)
        return written.year;
    const int y = article.year();
    const int d = written.day ? written.day : 1;
    auto key = [](int month, int dayOfMonth) { return month * 40 + dayOfMonth; };
    const int here = key(article.month(), written.day ? article.day() : 1);
    const int there = key(written.month, d);
    if (tense == Tense::Future)
        return there >= here ? y : y + 1;
    if (tense == Tense::Past)
        return there <= here ? y : y - 1;
    const int monthsAhead = written.month - article.month();
    if (monthsAhead > 6)
        return y - 1;
    if (monthsAhead < -6)
        return y + 1;
    return y;
}

FuzzyDate placeDay(const DayOfMonth& written, int year, bool approximateDay)
{
    if (!written.day)
        return { QDate(year, written.month, 1), DatePrecision::Month };
    const QDate date(year, written.month, written.day);
    return { date, approximateDay ? DatePrecision::Approximate : DatePrecision::Day };
}

QDate weekdayDate(int weekday, int modifier, QDate article, Tense tense)
{
    const int today = article.dayOfWeek();
    if (modifier != 0) // last/next Thursday: in the previous/following week
        return article.addDays(7 * modifier + weekday - today);
    if (weekday == today)
        return article;
    const int ahead = (weekday - today + 7) % 7; // 1..6
    const int back = 7 - ahead;
    if (tense == Tense::Future)
        return article.addDays(ahead);
    if (tense == Tense::Past)
        return article.addDays(-back);
    return ahead <= back ? article.addDays(ahead) : article.addDays(-back);
}

struct Placed
{
    FuzzyDate value;
    FuzzyDate rangeEnd;
    bool needsArticleDate = true;
    double confidence = 0.9;
    QString reason;
};

std::optional<Placed> place(const TokenizedText& text, const RawDate& raw, QDate article)
{
    Placed placed;
    placed.reason = raw.reason;
    auto tense = [&] { return article.isValid() ? tenseNear(text, raw.first, raw.end) : Tense::None; };
    switch (raw.kind) {
    case RawDate::Exact:
    case RawDate::Part: {
        const bool written = raw.day.year != 0;
        placed.needsArticleDate = !written;
        if (!written && !article.isValid())
            return std::nullopt;
        const Tense t = written ? Tense::None : tense();
        const int year = inferYear(raw.day, article, t);
        placed.value = placeDay(raw.day, year, raw.kind == RawDate::Part);
        if (!written)
            placed.reason += t == Tense::Future ? u", future"_s : t == Tense::Past ? u", past"_s : QString();
        placed.confidence = written ? 0.95 : 0.85;
        if (raw.rangeEnd.month) {
            DayOfMonth last = raw.rangeEnd;
            if (!last.year)
                last.year = year + (last.month < raw.day.month ? 1 : 0);
            placed.rangeEnd = placeDay(last, last.year, false);
            if (!placed.rangeEnd.isValid() || placed.rangeEnd.date < placed.value.date)
                return std::nullopt;
        }
        if (!placed.value.isValid())
            return std::nullopt;
        return placed;
    }
    case RawDate::Year:
        placed.needsArticleDate = false;
        placed.value = approximate(QDate(raw.day.year, 7, 1));
        placed.confidence = 0.6;
        return placed;
    case RawDate::Season: {
        placed.needsArticleDate = raw.day.year == 0;
        if (placed.needsArticleDate && !article.isValid())
            return std::nullopt;
        int year = raw.day.year;
        if (!year) {
            year = article.year() + raw.modifier;
            if (raw.modifier == 0 && !raw.day.year) {
                const Tense t = tense();
                if (t == Tense::Future && raw.day.month < article.month() - 1)
                    ++year;
                else if (t == Tense::Past && raw.day.month > article.month() + 1)
                    --year;
            }
        }
        placed.value = approximate(QDate(year, raw.day.month, 15));
        placed.confidence = 0.6;
        return placed;
    }
    case RawDate::Vague:
        return placed; // handled by the caller
    default:
        break;
    }
    if (!article.isValid())
        return std::nullopt;
    switch (raw.kind) {
    case RawDate::Weekday: {
        const Tense t = raw.modifier ? Tense::None : tense();
        placed.value = day(weekdayDate(raw.number, raw.modifier, article, t));
        placed.reason = raw.modifier < 0 ? u"last weekday"_s
            : raw.modifier > 0           ? u"next weekday"_s
            : t == Tense::Future         ? u"weekday, future tense"_s
            : t == Tense::Past           ? u"weekday, past tense"_s
                                         : u"weekday, nearest"_s;
        placed.confidence = raw.modifier || t != Tense::None || raw.number == article.dayOfWeek() ? 0.85 : 0.6;
        break;
    }
    case RawDate::RelativeDay:
        placed.value = day(article.addDays(raw.number));
        break;
    case RawDate::RelativeWeek:
        placed.value = week(article.addDays(7 * raw.number));
        break;
    case RawDate::RelativeMonth:
        placed.value = month(article.addMonths(raw.number));
        break;
    case RawDate::RelativeYear:
        placed.value = approximate(QDate(article.year() + raw.number, 7, 1));
        placed.confidence = 0.6;
        break;
    case RawDate::AgoDays:
        placed.value = day(article.addDays(-raw.number));
        break;
    case RawDate::AgoWeeks:
        placed.value = week(article.addDays(-7 * raw.number));
        break;
    case RawDate::AgoMonths:
        placed.value = month(article.addMonths(-raw.number));
        break;
    case RawDate::AgoYears:
        placed.value = approximate(article.addYears(-raw.number));
        placed.confidence = 0.7;
        break;
    default:
        return std::nullopt;
    }
    return placed;
}

} // namespace

QString DateExpression::ref() const
{
    if (vague || !value.isValid())
        return {};
    if (isRange())
        return value.toString() + u".."_s + rangeEnd.toString();
    return value.toString();
}

QList<DateExpression> normalizeDates(const TokenizedText& text, QDate articleDate)
{
    QList<DateExpression> result;
    for (const Sentence& sentence : text.sentences) {
        for (const RawDate& raw : findRawDates(text, sentence.first, sentence.end)) {
            DateExpression expression;
            expression.start = text.tokens[raw.first].start;
            expression.end = text.tokens[raw.end - 1].end;
            if (raw.kind == RawDate::Vague) {
                expression.vague = true;
                if (articleDate.isValid())
                    expression.approximate = approximate(articleDate.addDays(raw.number));
                expression.confidence = 0.5;
                expression.reason = u"vague reference"_s;
                result.append(expression);
                continue;
            }
            const std::optional<Placed> placed = place(text, raw, articleDate);
            if (!placed)
                continue;
            expression.value = placed->value;
            expression.rangeEnd = placed->rangeEnd;
            expression.confidence = placed->confidence;
            expression.reason = placed->reason;
            expression.fullDate = raw.kind == RawDate::Exact && raw.day.year && raw.day.day && !raw.rangeEnd.month;
            result.append(expression);
        }
    }
    return result;
}

QList<DateExpression> normalizeDates(QStringView text, QDate articleDate)
{
    return normalizeDates(tokenize(text), articleDate);
}

QDate guessArticleDate(const TokenizedText& text)
{
    QDate latest;
    for (const DateExpression& date : normalizeDates(text, QDate())) {
        if (!date.fullDate)
            continue;
        // A dateline: a full date among the first words of the text, before a dash or a line break.
        const QStringView after = text.text.sliced(date.end).left(4).trimmed();
        const bool beforeDash = after.isEmpty() || after.startsWith(u'—') || after.startsWith(u'–')
            || after.startsWith(u'-') || after.startsWith(u'(') || after.startsWith(u':');
        if (date.start < 60 && beforeDash)
            return date.value.date;
        if (!latest.isValid() || date.value.date > latest)
            latest = date.value.date;
    }
    return latest;
}

} // namespace Entente::Suggest
