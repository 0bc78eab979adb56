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

FuzzyDate of(QDate date, DatePrecision precision)
{
    return FuzzyDate::containing(date, precision);
}

QString tenseWord(Tense tense)
{
    return tense == Tense::Future ? u", future"_s : tense == Tense::Past ? u", past"_s : QString();
}

// The year of a month (and day) written without one: the next such day when the sentence speaks of
// the future, the last one when it speaks of the past, else the nearest; a day a few days ahead is
// this year's whatever the tense says ("arrives on November 11, later than planned").
int inferYear(const DayOfMonth& written, QDate article, Tense tense)
{
    if (written.year > 0)
        return written.year;
    if (written.year <= -100) { // "October '82": the last such year by the article's (or today's)
        const int yy = -written.year - 100;
        const int now = article.isValid() ? article.year() : QDate::currentDate().year();
        return 2000 + yy <= now ? 2000 + yy : 1900 + yy;
    }
    const auto firstDay = [&](int year) { return QDate(year, written.month, written.day ? written.day : 1); };
    const auto lastDay = [&](int year) { return written.day ? firstDay(year) : firstDay(year).addMonths(1).addDays(-1); };
    const int y = article.year();
    if (firstDay(y).isValid() && firstDay(y) <= article && article <= lastDay(y))
        return y; // this very month (or day)
    // The years around the article's that have such a day (29 February: leap years only).
    int previous = y;
    while (!(firstDay(previous).isValid() && lastDay(previous) < article) && previous > y - 8)
        --previous;
    int next = y;
    while (!(firstDay(next).isValid() && firstDay(next) > article) && next < y + 8)
        ++next;
    const qint64 back = lastDay(previous).daysTo(article);
    const qint64 ahead = article.daysTo(firstDay(next));
    if (tense == Tense::Future)
        return next;
    if (tense == Tense::Past)
        return ahead <= 14 && back > 14 ? next : previous;
    return ahead <= back ? next : previous;
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
    QString timex; // empty: value.toTimex()
    double confidence = 0.9;
    QString reason;
};

class Placer
{
public:
    Placer(const TokenizedText& text, QDate article)
        : m_text(text)
        , m_article(article)
    {
    }

    std::optional<Placed> place(const RawDate& raw) const
    {
        std::optional<Placed> placed = written(raw);
        if (!placed && m_article.isValid())
            placed = relative(raw);
        if (placed && raw.around && placed->value.precision == DatePrecision::Day) {
            placed->value.precision = DatePrecision::Approximate;
            placed->reason += u", around"_s;
        }
        if (placed && raw.partOfPeriod)
            placed->reason += u" (the period it is part of)"_s;
        return placed;
    }

private:
    Tense tense(const RawDate& raw) const
    {
        return m_article.isValid() ? tenseNear(m_text, raw.first, raw.end) : Tense::None;
    }

    // Dates that need no article date, or only its year when theirs is not written.
    std::optional<Placed> written(const RawDate& raw) const
    {
        Placed placed;
        placed.reason = raw.reason;
        switch (raw.kind) {
        case RawDate::Exact: {
            const bool hasYear = raw.day.year != 0;
            if ((!hasYear || raw.day.month < 0) && !m_article.isValid())
                return std::nullopt;
            const Tense t = hasYear ? Tense::None : tense(raw);
            DayOfMonth dayOfMonth = raw.day;
            if (dayOfMonth.month < 0) // "the 22nd": of the article's month, or the next or last one
                dayOfMonth = monthOfDay(dayOfMonth.day, t);
            const int year = inferYear(dayOfMonth, m_article, t);
            placed.value = dayOfMonth.day ? day(QDate(year, dayOfMonth.month, dayOfMonth.day))
                                          : of(QDate(year, dayOfMonth.month, 1), DatePrecision::Month);
            if (!hasYear)
                placed.reason += tenseWord(t);
            placed.confidence = hasYear ? 0.95 : 0.85;
            if (raw.rangeEnd.month) {
                DayOfMonth last = raw.rangeEnd;
                if (last.month < 0)
                    last.month = dayOfMonth.month;
                if (last.year <= 0)
                    last.year = year + (last.month < dayOfMonth.month ? 1 : 0);
                placed.rangeEnd = day(QDate(last.year, last.month, last.day));
                if (!placed.rangeEnd.isValid() || placed.rangeEnd.date < placed.value.date)
                    return std::nullopt;
            }
            if (!placed.value.isValid())
                return std::nullopt;
            return placed;
        }
        case RawDate::Year:
            placed.value = of(QDate(raw.day.year > 0 ? raw.day.year : inferYear(raw.day, m_article, Tense::None), 1, 1),
                DatePrecision::Year);
            placed.confidence = 0.85;
            return placed;
        case RawDate::Decade:
            placed.value = of(QDate(raw.day.year, 1, 1), DatePrecision::Decade);
            placed.confidence = 0.8;
            return placed;
        case RawDate::Century:
            if (raw.day.year <= 0)
                return std::nullopt;
            placed.value = of(QDate(raw.day.year, 1, 1), DatePrecision::Century);
            placed.confidence = 0.8;
            return placed;
        case RawDate::Season:
        case RawDate::Quarter:
            if (raw.day.year > 0)
                return period(raw, raw.day.year);
            return std::nullopt;
        default:
            return std::nullopt;
        }
    }

    // "the 22nd" in an article of the 12th: this month's 22nd, or next month's when the sentence
    // speaks of the past; the 2nd: next month's when it speaks of the future.
    DayOfMonth monthOfDay(int dayOfMonth, Tense t) const
    {
        QDate month(m_article.year(), m_article.month(), 1);
        if (t == Tense::Future && dayOfMonth < m_article.day())
            month = month.addMonths(1);
        else if (t == Tense::Past && dayOfMonth > m_article.day())
            month = month.addMonths(-1);
        return { month.year(), month.month(), dayOfMonth };
    }

    // A season or a quarter of a year.
    std::optional<Placed> period(const RawDate& raw, int year) const
    {
        Placed placed;
        placed.reason = raw.reason;
        placed.confidence = 0.8;
        if (raw.kind == RawDate::Quarter)
            placed.value = of(QDate(year, 3 * raw.number - 2, 1), DatePrecision::Quarter);
        else
            placed.value = of(QDate(year, raw.day.month, 1), DatePrecision::Season);
        return placed.value.isValid() ? std::optional<Placed>(placed) : std::nullopt;
    }

    std::optional<Placed> relative(const RawDate& raw) const
    {
        Placed placed;
        placed.reason = raw.reason;
        switch (raw.kind) {
        case RawDate::Weekday: {
            const Tense t = raw.modifier ? Tense::None : tense(raw);
            placed.value = day(weekdayDate(raw.number, raw.modifier, m_article, t));
            placed.reason = raw.modifier < 0 ? u"last weekday"_s
                : raw.modifier > 0           ? u"next weekday"_s
                : t == Tense::Future         ? u"weekday, future tense"_s
                : t == Tense::Past           ? u"weekday, past tense"_s
                                             : u"weekday, nearest"_s;
            placed.confidence = raw.modifier || t != Tense::None || raw.number == m_article.dayOfWeek() ? 0.85 : 0.6;
            return placed;
        }
        case RawDate::RelativeDay:
            placed.value = day(m_article.addDays(raw.number));
            return placed;
        case RawDate::Present:
            placed.value = day(m_article);
            placed.timex = u"PRESENT_REF"_s;
            placed.reason = u"the present: the article date"_s;
            placed.confidence = 0.7;
            return placed;
        case RawDate::RelativeWeek:
            placed.value = of(m_article.addDays(7 * raw.number), DatePrecision::Week);
            return placed;
        case RawDate::RelativeMonth:
            placed.value = of(m_article.addMonths(raw.number), DatePrecision::Month);
            return placed;
        case RawDate::RelativeYear:
            placed.value = of(m_article.addYears(raw.number), DatePrecision::Year);
            return placed;
        case RawDate::MonthOfYear: {
            int year = m_article.year();
            if (raw.modifier < 0 && raw.day.month >= m_article.month())
                --year;
            else if (raw.modifier > 0 && raw.day.month <= m_article.month())
                ++year;
            placed.value = of(QDate(year, raw.day.month, 1), DatePrecision::Month);
            return placed;
        }
        case RawDate::AgoDays:
            placed.value = day(m_article.addDays(-raw.number));
            return placed;
        case RawDate::AgoWeeks:
            placed.value = of(m_article.addDays(-7 * raw.number), DatePrecision::Week);
            return placed;
        case RawDate::AgoMonths:
            placed.value = of(m_article.addMonths(-raw.number), DatePrecision::Month);
            return placed;
        case RawDate::AgoYears:
            placed.value = of(m_article.addYears(-raw.number), DatePrecision::Year);
            placed.confidence = 0.8;
            return placed;
        case RawDate::AgoDecades:
            placed.value = of(m_article.addYears(-10 * raw.number), DatePrecision::Decade);
            placed.confidence = 0.7;
            return placed;
        case RawDate::Season:
            return period(raw, seasonYear(raw));
        case RawDate::Quarter:
            return period(raw, quarterYear(raw));
        default:
            return std::nullopt;
        }
    }

    // "this summer", "last spring", "in the autumn": the year from the modifier, else from the tense.
    int seasonYear(const RawDate& raw) const
    {
        const FuzzyDate current = of(m_article, DatePrecision::Season);
        const int currentStart = current.date.year() * 12 + current.date.month();
        int start = m_article.year() * 12 + raw.day.month;
        if (raw.day.month == 12 && m_article.month() <= 2)
            start -= 12; // in January, "this winter" began last December
        if (raw.modifier < 0 && start >= currentStart)
            start -= 12;
        else if (raw.modifier > 0 && start <= currentStart)
            start += 12;
        else if (raw.modifier == 0) {
            const Tense t = tense(raw);
            if (t == Tense::Future && start < currentStart)
                start += 12;
            else if (t == Tense::Past && start > currentStart)
                start -= 12;
        }
        return (start - raw.day.month) / 12;
    }

    // "the fourth quarter", "the first quarter of last year"
    int quarterYear(const RawDate& raw) const
    {
        int year = m_article.year();
        if (raw.day.year == -1)
            return year + raw.modifier;
        const int current = (m_article.month() + 2) / 3;
        const Tense t = tense(raw);
        if (t == Tense::Past && raw.number > current)
            --year;
        else if (t == Tense::Future && raw.number < current)
            ++year;
        return year;
    }

    const TokenizedText& m_text;
    QDate m_article;
};

QString vagueTimex(int offset)
{
    return offset < 0 ? u"PAST_REF"_s : offset > 0 ? u"FUTURE_REF"_s : u"PRESENT_REF"_s;
}

} // namespace

namespace {

// A file can say years 1 to 9999 only (FuzzyDate::toString); "last July" in an article of January
// of year 1 would be a mark without a date.
bool writable(const FuzzyDate& date)
{
    return date.isValid() && date.first().year() >= 1 && date.last().year() <= 9999;
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
    const Placer placer(text, articleDate);
    FuzzyDate lastDay; // the last day told, for "the same day"
    int lastDaySentence = -2;
    for (int s = 0; s < text.sentences.size(); ++s) {
        const Sentence& sentence = text.sentences[s];
        for (const RawDate& raw : findRawDates(text, sentence.first, sentence.end)) {
            DateExpression expression;
            expression.start = text.tokens[raw.first].start;
            expression.end = text.tokens[raw.end - 1].end;
            if (raw.kind == RawDate::SameDay) {
                // The day of this or the sentence before, else the article's.
                const FuzzyDate day = lastDaySentence >= s - 1 && lastDay.isValid() ? lastDay : FuzzyDate { articleDate, DatePrecision::Day };
                if (!writable(day))
                    continue;
                expression.value = day;
                expression.timex = day.toTimex();
                expression.confidence = 0.5;
                expression.reason = lastDaySentence >= s - 1 ? u"the day told before"_s : u"the day told before: the article's"_s;
                result.append(expression);
                continue;
            }
            if (raw.kind == RawDate::Vague) {
                expression.vague = true;
                if (articleDate.isValid())
                    expression.approximate = { articleDate.addDays(raw.number), DatePrecision::Approximate };
                expression.timex = vagueTimex(raw.number);
                expression.confidence = 0.5;
                expression.reason = raw.number < 0 ? u"vague reference to the past"_s
                    : raw.number > 0               ? u"vague reference to the future"_s
                                                   : u"vague reference to the present"_s;
                result.append(expression);
                continue;
            }
            const std::optional<Placed> placed = placer.place(raw);
            if (!placed || !writable(placed->value) || (placed->rangeEnd.isValid() && !writable(placed->rangeEnd)))
                continue;
            expression.value = placed->value;
            expression.rangeEnd = placed->rangeEnd;
            expression.timex = placed->timex.isEmpty() ? placed->value.toTimex() : placed->timex;
            expression.confidence = placed->confidence;
            expression.reason = placed->reason;
            expression.fullDate = raw.kind == RawDate::Exact && raw.day.year > 0 && raw.day.day && !raw.rangeEnd.month;
            if (expression.value.precision == DatePrecision::Day && !expression.isRange()) {
                lastDay = expression.value;
                lastDaySentence = s;
            }
            result.append(expression);
        }
    }
    return result;
}

QList<DateExpression> normalizeDates(QStringView text, QDate articleDate)
{
    return normalizeDates(tokenize(text), articleDate);
}

} // namespace Entente::Suggest
