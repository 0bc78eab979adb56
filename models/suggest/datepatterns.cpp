// Days, months, weekdays and date words; the matcher's entry point. See datepatterns.h.
#include "datematcher.h"

using namespace Qt::StringLiterals;

namespace Entente::Suggest {

int countWord(QStringView word)
{
    static const QHash<QString, int> counts = { { u"a"_s, 1 }, { u"an"_s, 1 }, { u"one"_s, 1 }, { u"two"_s, 2 },
        { u"three"_s, 3 }, { u"four"_s, 4 }, { u"five"_s, 5 }, { u"six"_s, 6 }, { u"seven"_s, 7 },
        { u"eight"_s, 8 }, { u"nine"_s, 9 }, { u"ten"_s, 10 }, { u"eleven"_s, 11 }, { u"twelve"_s, 12 },
        { u"fifteen"_s, 15 }, { u"twenty"_s, 20 }, { u"thirty"_s, 30 }, { u"several"_s, 0 } };
    return counts.value(word.toString(), 0);
}

// Words before a bare year that make it one: "in 2019", "a 2012 raid", "its 2014 decision".
bool introducesYear(const Token& token)
{
    static const QStringList words = { u"in"_s, u"since"_s, u"of"_s, u"by"_s, u"until"_s, u"from"_s, u"before"_s,
        u"after"_s, u"during"_s, u"and"_s, u"through"_s, u"to"_s, u"between"_s, u"a"_s, u"an"_s, u"the"_s,
        u"its"_s, u"his"_s, u"her"_s, u"their"_s, u"this"_s, u"that"_s, u"fiscal"_s, u"or"_s, u"around"_s,
        u"circa"_s, u"early"_s, u"late"_s, u"mid"_s, u"-"_s, u"year"_s, u"'s"_s, u"till"_s, u"throughout"_s };
    return words.contains(token.lower);
}

std::optional<RawDate> Matcher::at(int i) const
{
    // "around July 13", "about two weeks ago": the modifier is part of the expression.
    const bool around = is(i, u"around") || is(i, u"approximately") || is(i, u"roughly") || is(i, u"circa");
    if ((around || is(i, u"about")) && i + 1 < m_end) {
        if (auto date = core(i + 1); date
            && (around ? date->kind == RawDate::Exact || date->kind == RawDate::Weekday
                         || date->kind == RawDate::RelativeDay || date->kind == RawDate::AgoDays
                       : date->kind == RawDate::AgoDays || date->kind == RawDate::AgoWeeks)) {
            date->first = i;
            date->around = true;
            return date;
        }
    }
    return core(i);
}

const DateWord* Matcher::dateWord(int i, int* length) const
{
    const PhraseTable::Match match = m_lexicon.dateWordTable.longestAt(m_text, i, m_end);
    if (!match)
        return nullptr;
    *length = match.length;
    return &m_lexicon.dateWords[match.payload];
}

const DateWord* Matcher::dateWordOf(int i, DateWord::Type type, int* length) const
{
    const DateWord* word = dateWord(i, length);
    return word && word->type == type ? word : nullptr;
}

// A month name written with a capital, and the index after it ("Sept." takes its full stop).
int Matcher::month(int i, int* next) const
{
    if (i >= m_end || !token(i).capitalized)
        return 0;
    int length = 0;
    const DateWord* word = dateWord(i, &length);
    if (!word || word->type != DateWord::Month || length != 1)
        return 0;
    *next = i + 1;
    const QStringView name = token(i).lower;
    const bool abbreviated = name.size() <= 4 && name != u"may" && name != u"june" && name != u"july";
    if (abbreviated && is(i + 1, u".") && adjacent(i))
        *next = i + 2;
    return word->value;
}

int Matcher::number(int i, int minimum, int maximum, bool suffixAllowed) const
{
    if (i >= m_end || token(i).kind != Token::Number)
        return 0;
    QStringView digits = token(i).lower;
    while (!digits.isEmpty() && digits.back().isLetter())
        digits.chop(1);
    if (digits.size() != token(i).lower.size() && !suffixAllowed)
        return 0;
    bool ok = false;
    const int value = digits.toInt(&ok);
    return ok && value >= minimum && value <= maximum ? value : 0;
}

// "22nd", "3rd": a day written as an ordinal.
int Matcher::ordinalDay(int i) const
{
    if (i >= m_end || token(i).kind != Token::Number)
        return 0;
    const QStringView word = token(i).lower;
    const bool ordinal = word.endsWith(u"st") || word.endsWith(u"nd") || word.endsWith(u"rd") || word.endsWith(u"th");
    return ordinal ? day(i) : 0;
}

std::optional<RawDate> Matcher::core(int i) const
{
    if (i >= m_end)
        return std::nullopt;
    if (auto date = iso(i))
        return date;
    if (is(i, u"the")) {
        if (auto date = theExpression(i))
            return date;
    }
    int length = 0;
    if (const DateWord* word = dateWord(i, &length)) {
        if (auto date = fromDateWord(i, *word, length))
            return date;
    }
    if (i + 1 < m_end && (is(i, u"last") || is(i, u"next") || is(i, u"this"))) {
        int wordLength = 0;
        const DateWord* word = dateWord(i + 1, &wordLength);
        const int modifier = modifierAt(i);
        if (word && word->type == DateWord::Weekday && token(i + 1).capitalized)
            return weekdayAt(i, i + 1, word->value, modifier);
        if (word && word->type == DateWord::Season)
            return season(i + 1, *word, modifier, i);
        if (word && word->type == DateWord::Month && token(i + 1).capitalized && wordLength == 1)
            return RawDate { RawDate::MonthOfYear, i, i + 2, { 0, word->value, 0 }, {}, 0, modifier, false, false,
                u"month of the year before, this or next"_s };
    }
    if (token(i).kind == Token::Number) {
        if (auto date = dayFirst(i))
            return date;
        if (auto date = decadeOrCentury(i, i))
            return date;
        if (auto date = ago(i))
            return date;
        if (auto date = quarterCode(i))
            return date;
        if (auto date = yearAlone(i))
            return date;
    } else if (countWord(token(i).lower) > 0) {
        return ago(i);
    } else if (is(i, u"'") && i + 1 < m_end && token(i + 1).kind == Token::Number && token(i + 1).lower.size() == 2
        && adjacent(i) && i > m_first && (token(i - 1).has(Preposition) || token(i - 1).is(u"the"))) {
        // "the crash of '82": the century is guessed against the article date
        return RawDate { RawDate::Year, i, i + 2, { -100 - number(i + 1, 0, 99, false), 0, 0 }, {}, 0, 0, false, false,
            u"year"_s };
    } else if (token(i).allCaps && token(i).lower.size() == 2 && token(i).lower.front() == u'q') {
        return quarterCode(i); // "Q3 2023"
    }
    return std::nullopt;
}

std::optional<RawDate> Matcher::iso(int i) const
{
    const int y = year(i);
    if (!y || !is(i + 1, u"-") || !is(i + 3, u"-") || !adjacent(i) || !adjacent(i + 1) || !adjacent(i + 2)
        || !adjacent(i + 3) || token(i + 2).lower.size() != 2 || i + 4 >= m_end || token(i + 4).lower.size() != 2)
        return std::nullopt;
    const int m = number(i + 2, 1, 12, false);
    const int d = number(i + 4, 1, 31, false);
    if (!m || !d)
        return std::nullopt;
    return RawDate { RawDate::Exact, i, i + 5, { y, m, d }, {}, 0, 0, false, false, u"ISO date"_s };
}

// Expressions that start with "the": "the 1990s", "the fourth quarter of 2005", "the 22nd",
// "the nineties", "the 19th century" ("the end of ..." is a part phrase of the date words).
std::optional<RawDate> Matcher::theExpression(int i) const
{
    const int n = i + 1;
    if (n >= m_end)
        return std::nullopt;
    if (auto date = decadeOrCentury(n, i))
        return date;
    int length = 0;
    if (const DateWord* ordinal = dateWordOf(n, DateWord::Ordinal, &length); ordinal && is(n + length, u"quarter"))
        return quarter(n + length + 1, ordinal->value, i);
    if (const DateWord* decade = dateWordOf(n, DateWord::Decade, &length))
        return RawDate { RawDate::Decade, i, n + length, { 1900 + decade->value, 0, 0 }, {}, 0, 0, false, false, u"decade"_s };
    if (const int d = ordinalDay(n); d && !is(n + 1, u"century")) {
        // "the 22nd", "the 22nd and 23rd": days of the month the article speaks of
        RawDate date { RawDate::Exact, i, n + 1, { 0, -1, d }, {}, 0, 0, false, false, u"day of the month"_s };
        if ((is(n + 1, u"and") || is(n + 1, u"-") || is(n + 1, u"to")) && ordinalDay(n + 2) > d) {
            date.rangeEnd = { 0, -1, ordinalDay(n + 2) };
            date.end = n + 3;
        }
        return date;
    }
    return std::nullopt;
}

RawDate Matcher::weekdayAt(int first, int at, int weekday, int modifier) const
{
    RawDate date { RawDate::Weekday, first, at + 1, {}, {}, weekday, modifier, false, false, u"weekday"_s };
    int next = at + 1;
    // "Monday, July 13", "Monday (13 July)": the written date says which Monday.
    if (is(next, u",") || is(next, u"("))
        ++next;
    if (next < m_end) {
        if (auto written = dayFirst(next); written && written->day.day)
            return withWeekday(*written, first);
        int after = 0;
        if (month(next, &after)) {
            if (auto written = monthFirst(next); written && written->day.day)
                return withWeekday(*written, first);
        }
    }
    // "Sunday morning", "Friday night": the day.
    if (is(at + 1, u"morning") || is(at + 1, u"afternoon") || is(at + 1, u"evening") || is(at + 1, u"night"))
        date.end = at + 2;
    return date;
}

RawDate Matcher::withWeekday(RawDate written, int first) const
{
    written.first = first;
    if (is(written.end, u")"))
        ++written.end;
    written.reason = u"weekday and date"_s;
    return written;
}

std::optional<RawDate> Matcher::fromDateWord(int i, const DateWord& word, int length) const
{
    switch (word.type) {
    case DateWord::Month:
        return monthFirst(i);
    case DateWord::Weekday:
        if (!token(i).capitalized)
            return std::nullopt;
        return weekdayAt(i, i, word.value, 0);
    case DateWord::RelativeDay:
    case DateWord::DayPart:
        return RawDate { RawDate::RelativeDay, i, i + length, {}, {}, word.value, 0, false, false,
            word.type == DateWord::DayPart ? u"part of a day"_s : u"relative day"_s };
    case DateWord::Present:
        return RawDate { RawDate::Present, i, i + length, {}, {}, 0, 0, false, false, u"the present"_s };
    case DateWord::RelativeWeek:
        return RawDate { RawDate::RelativeWeek, i, i + length, {}, {}, word.value, 0, false, false, u"relative week"_s };
    case DateWord::RelativeMonth:
        return RawDate { RawDate::RelativeMonth, i, i + length, {}, {}, word.value, 0, false, false, u"relative month"_s };
    case DateWord::RelativeYear:
        return RawDate { RawDate::RelativeYear, i, i + length, {}, {}, word.value, 0, false, false, u"relative year"_s };
    case DateWord::Vague:
        // "over the past 48 hours", "in the past few days" are durations
        if (i + length < m_end && (token(i + length).kind == Token::Number || countWord(token(i + length).lower) > 0
                || is(i + length, u"few") || is(i + length, u"several")))
            return std::nullopt;
        return RawDate { RawDate::Vague, i, i + length, {}, {}, word.value, 0, false, false, u"vague"_s };
    case DateWord::Part:
        return partOf(i, length);
    case DateWord::Season:
        return season(i, word, 0, i);
    case DateWord::Ordinal: {
        // "third-quarter earnings", "first quarter 2024"
        int next = i + length;
        if (is(next, u"-") && adjacent(next - 1))
            ++next;
        if (is(next, u"quarter"))
            return quarter(next + 1, word.value, i);
        return std::nullopt;
    }
    case DateWord::SameDay:
        // "the day after the vote", "the day of the attack" are other days
        if (is(i + length, u"after") || is(i + length, u"before") || is(i + length, u"of") || is(i + length, u"when")
            || is(i + length, u"that") || is(i + length, u"on") || is(i + length, u"he") || is(i + length, u"she"))
            return std::nullopt;
        return RawDate { RawDate::SameDay, i, i + length, {}, {}, 0, 0, false, false, u"the day told before"_s };
    case DateWord::Quarter:
    case DateWord::Decade:
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<RawDate> Matcher::monthFirst(int i) const
{
    int next = 0;
    const int m = month(i, &next);
    if (!m)
        return std::nullopt;
    RawDate date { RawDate::Exact, i, next, { 0, m, 0 }, {}, 0, 0, false, false, u"month"_s };
    if (const int d = day(next)) {
        date.day.day = d;
        date.end = next + 1;
        date.reason = u"month and day"_s;
        int after = next + 1;
        if (is(after, u",") && year(after + 1))
            ++after;
        if (const int y = year(after)) {
            date.day.year = y;
            date.end = after + 1;
            date.reason = u"written date"_s;
        }
        rangeAfter(&date, date.end);
        return date;
    }
    int after = next;
    if (is(after, u",") || is(after, u"of"))
        ++after;
    if (const int y = year(after)) {
        date.day.year = y;
        date.end = after + 1;
        date.reason = u"month and year"_s;
        return date;
    }
    if (is(after, u"'") && number(after + 1, 0, 99, false) && token(after + 1).lower.size() == 2) {
        date.day.year = -100 - number(after + 1, 0, 99, false); // "October '82": the century is guessed later
        date.end = after + 2;
        return date;
    }
    // "Jan" alone is a name, "May" also a verb: alone a month is written out and, if May, follows
    // a preposition.
    if (next == i + 1 && token(i).lower.size() <= 3 && m != 5)
        return std::nullopt;
    static const QStringList prepositions = { u"in"_s, u"since"_s, u"until"_s, u"by"_s, u"from"_s, u"of"_s,
        u"through"_s, u"during"_s, u"before"_s, u"after"_s, u"-"_s, u"for"_s, u"to"_s, u"early"_s, u"late"_s,
        u"mid"_s, u"last"_s, u"next"_s, u"this"_s };
    if (m == 5 && !(i > m_first && prepositions.contains(token(i - 1).lower)))
        return std::nullopt;
    return date;
}

// "-19", " to July 19", " through 19, 2023", " and 23" after a first day
void Matcher::rangeAfter(RawDate* date, int at) const
{
    // "May 25 and 26", "between April 26 and April 28": "and" makes a range of consecutive days
    if (!(is(at, u"-") || is(at, u"to") || is(at, u"through") || is(at, u"until") || is(at, u"and")))
        return;
    int next = at + 1;
    int m = date->day.month;
    int after = 0;
    if (const int named = month(next, &after)) {
        m = named;
        next = after;
    }
    const int d = day(next);
    if (!d || token(next).lower.size() == 4 || (is(at, u"and") && m == date->day.month && d <= date->day.day))
        return;
    if (is(at, u"and") && next + 1 < m_end && token(next + 1).kind == Token::Word && !token(next + 1).capitalized
        && !is(next + 1, u"in") && !is(next + 1, u"at") && !is(next + 1, u"and"))
        return; // "May 25 and 26 people": a count, not a day
    date->rangeEnd = { date->day.year, m, d };
    date->end = next + 1;
    int yearAt = next + 1;
    if (is(yearAt, u","))
        ++yearAt;
    if (const int y = year(yearAt)) {
        date->rangeEnd.year = y;
        if (!date->day.year)
            date->day.year = y;
        date->end = yearAt + 1;
    }
    date->reason = u"range"_s;
}

// "13 July 2023", "16-19 July", "1 June"
std::optional<RawDate> Matcher::dayFirst(int i) const
{
    const int d = day(i);
    if (!d || token(i).lower.size() > 4)
        return std::nullopt;
    int next = i + 1;
    int endDay = 0;
    if ((is(next, u"-") || is(next, u"to") || is(next, u"and")) && day(next + 1)) {
        endDay = day(next + 1);
        next += 2;
    }
    if (is(next, u"of"))
        ++next;
    int after = 0;
    const int m = month(next, &after);
    if (!m)
        return std::nullopt;
    RawDate date { RawDate::Exact, i, after, { 0, m, d }, {}, 0, 0, false, false, u"day and month"_s };
    if (const int y = year(after)) {
        date.day.year = y;
        date.end = after + 1;
        date.reason = u"written date"_s;
    }
    if (endDay > d) {
        date.rangeEnd = { date.day.year, m, endDay };
        date.reason = u"range"_s;
    }
    return date;
}

QList<RawDate> findRawDates(const TokenizedText& text, int first, int end)
{
    QList<RawDate> dates;
    const Matcher matcher(text, first, end);
    for (int i = first; i < end;) {
        if (std::optional<RawDate> date = matcher.at(i)) {
            i = std::max(date->end, i + 1);
            dates.append(std::move(*date));
        } else {
            ++i;
        }
    }
    return dates;
}

} // namespace Entente::Suggest
