// The longer periods of dates: years alone, quarters, seasons, decades and centuries, parts of a
// period ("early 2011", "the end of last year"), and "N units ago". See datematcher.h.
#include "datematcher.h"

using namespace Qt::StringLiterals;

namespace Entente::Suggest {

// "1990s", "'90s", "90s", "19th century"; first: where the expression starts ("the").
std::optional<RawDate> Matcher::decadeOrCentury(int n, int first) const
{
    if (is(n, u"'") && n + 1 < m_end)
        ++n;
    if (n >= m_end || token(n).kind != Token::Number)
        return std::nullopt;
    const QStringView word = token(n).lower;
    if (word.endsWith(u's') && (word.size() == 5 || word.size() == 3) && word[word.size() - 2] == u'0') {
        const int value = word.first(word.size() - 1).toInt();
        const int start = word.size() == 5 ? value : 1900 + value; // the '90s
        return RawDate { RawDate::Decade, first, n + 1, { start, 0, 0 }, {}, 0, 0, false, false, u"decade"_s };
    }
    if (is(n + 1, u"century")) {
        if (const int ordinal = number(n, 1, 30, true); ordinal && word.size() >= 3 && !word.back().isDigit())
            return RawDate { RawDate::Century, first, n + 2, { (ordinal - 1) * 100, 0, 0 }, {}, 0, 0, false, false,
                u"century"_s };
    }
    return std::nullopt;
}

// "quarter of 2009", "quarter of last year", "quarter" alone, after "the fourth"; at: after "quarter".
std::optional<RawDate> Matcher::quarter(int at, int which, int first) const
{
    RawDate date { RawDate::Quarter, first, at, {}, {}, which, 0, false, false, u"quarter"_s };
    if (is(at, u"of") || is(at, u",")) {
        if (const int y = year(at + 1)) {
            date.day.year = y;
            date.end = at + 2;
        } else if ((is(at + 1, u"last") || is(at + 1, u"next") || is(at + 1, u"this")) && is(at + 2, u"year")) {
            date.modifier = modifierAt(at + 1);
            date.day.year = -1; // relative to the article's year
            date.end = at + 3;
        } else if (is(at + 1, u"the") && is(at + 2, u"year")) {
            date.day.year = -1;
            date.end = at + 3;
        }
    } else if (const int y = year(at)) {
        date.day.year = y;
        date.end = at + 1;
    }
    return date;
}

// "Q3", "Q3 2023", "3Q"
std::optional<RawDate> Matcher::quarterCode(int i) const
{
    const QStringView word = token(i).lower;
    if (word.size() != 2 || word[0] != u'q' || word[1] < u'1' || word[1] > u'4')
        return std::nullopt;
    RawDate date { RawDate::Quarter, i, i + 1, {}, {}, word[1].unicode() - u'0', 0, false, false, u"quarter"_s };
    if (const int y = year(i + 1)) {
        date.day.year = y;
        date.end = i + 2;
    }
    return date;
}

// "early 2011", "mid-May", "late April 2023", "the end of last year", "the beginning of the year",
// "the end of June": the period they are part of (TIMEX3 gives the part as a modifier).
std::optional<RawDate> Matcher::partOf(int i, int length) const
{
    int next = i + length;
    if (is(next, u"-"))
        ++next;
    int after = 0;
    if (const int m = month(next, &after)) {
        RawDate date { RawDate::Exact, i, after, { 0, m, 0 }, {}, 0, 0, false, true, u"part of a month"_s };
        if (const int y = year(after)) {
            date.day.year = y;
            date.end = after + 1;
        }
        return date;
    }
    if (const int y = year(next))
        return RawDate { RawDate::Year, i, next + 1, { y, 0, 0 }, {}, 0, 0, false, true, u"part of a year"_s };
    int wordLength = 0;
    if (const DateWord* relative = dateWord(next, &wordLength)) {
        RawDate::Kind kind = RawDate::RelativeYear;
        if (relative->type == DateWord::RelativeMonth)
            kind = RawDate::RelativeMonth;
        else if (relative->type == DateWord::RelativeWeek)
            kind = RawDate::RelativeWeek;
        else if (relative->type != DateWord::RelativeYear)
            return std::nullopt;
        return RawDate { kind, i, next + wordLength, {}, {}, relative->value, 0, false, true, u"part of a period"_s };
    }
    if (is(next, u"the") && (is(next + 1, u"year") || is(next + 1, u"month") || is(next + 1, u"week"))) {
        const RawDate::Kind kind = is(next + 1, u"year") ? RawDate::RelativeYear
            : is(next + 1, u"month")                      ? RawDate::RelativeMonth
                                                          : RawDate::RelativeWeek;
        return RawDate { kind, i, next + 2, {}, {}, 0, 0, false, true, u"part of the current period"_s };
    }
    return std::nullopt;
}

// "the spring of 2022", "summer 2023", "this summer", "in the autumn", "spring"
std::optional<RawDate> Matcher::season(int i, const DateWord& word, int modifier, int first) const
{
    if (first == i && i > m_first && is(i - 1, u"the"))
        first = i - 1;
    RawDate date { RawDate::Season, first, i + 1, { 0, word.value, 0 }, {}, 0, modifier, false, false, u"season"_s };
    int next = i + 1;
    if (is(next, u"of"))
        ++next;
    if (const int y = year(next)) {
        date.day.year = y;
        date.end = next + 1;
        return date;
    }
    // "fall" and "spring" are verbs and nouns too: alone they need "the", "in", "this" or a capital.
    const bool determined = first < i || (i > m_first && is(i - 1, u"in")) || token(i).capitalized;
    return determined ? std::optional<RawDate>(date) : std::nullopt;
}

// "two days ago", "18 months ago", "a year ago", "a decade ago"
std::optional<RawDate> Matcher::ago(int i) const
{
    const int count = token(i).kind == Token::Number ? number(i, 1, 1000, false) : countWord(token(i).lower);
    if (!count || !is(i + 2, u"ago"))
        return std::nullopt;
    const QStringView unit = token(i + 1).lower;
    RawDate::Kind kind;
    if (unit == u"day" || unit == u"days")
        kind = RawDate::AgoDays;
    else if (unit == u"week" || unit == u"weeks")
        kind = RawDate::AgoWeeks;
    else if (unit == u"month" || unit == u"months")
        kind = RawDate::AgoMonths;
    else if (unit == u"year" || unit == u"years")
        kind = RawDate::AgoYears;
    else if (unit == u"decade" || unit == u"decades")
        kind = RawDate::AgoDecades;
    else
        return std::nullopt;
    return RawDate { kind, i, i + 3, {}, {}, count, 0, false, false, u"time ago"_s };
}

// "in 2019", "a 2012 raid", "2014's", "(2012)", "2019 and 2020": a year alone needs a word that
// makes it one, before or after it.
std::optional<RawDate> Matcher::yearAlone(int i) const
{
    const int y = year(i);
    if (!y || y < 1800)
        return std::nullopt;
    if (is(i + 1, u"-") && adjacent(i))
        return std::nullopt; // "2023-24" seasons, "2019-nCoV"
    // "WWDC 2005", "COP 28"'s kind: a year after an event's acronym is that year's edition
    const bool before = i > m_first && (introducesYear(token(i - 1)) || (token(i - 1).allCaps && token(i - 1).lower.size() >= 3));
    const bool after = is(i + 1, u"'s") || (i > m_first && is(i - 1, u"(") && is(i + 1, u")"));
    if (!before && !after)
        return std::nullopt;
    if (before && (token(i - 1).lower == u"and" || token(i - 1).lower == u"or") && !(i >= m_first + 2 && year(i - 2)))
        return std::nullopt; // "2019 and 2020" only
    if (before && token(i - 1).lower == u"-" && !(i >= m_first + 2 && year(i - 2)))
        return std::nullopt;
    return RawDate { RawDate::Year, i, i + 1, { y, 0, 0 }, {}, 0, 0, false, false, u"year"_s };
}

} // namespace Entente::Suggest
