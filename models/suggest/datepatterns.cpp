#include "datepatterns.h"

#include "lexicon.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace Entente::Suggest {

namespace {

int countWord(QStringView word)
{
    static const QHash<QString, int> counts = { { u"a"_s, 1 }, { u"an"_s, 1 }, { u"one"_s, 1 }, { u"two"_s, 2 },
        { u"three"_s, 3 }, { u"four"_s, 4 }, { u"five"_s, 5 }, { u"six"_s, 6 }, { u"seven"_s, 7 },
        { u"eight"_s, 8 }, { u"nine"_s, 9 }, { u"ten"_s, 10 }, { u"eleven"_s, 11 }, { u"twelve"_s, 12 } };
    return counts.value(word.toString(), 0);
}

class Matcher
{
public:
    Matcher(const TokenizedText& text, int end)
        : m_text(text)
        , m_lexicon(Lexicon::instance())
        , m_end(end)
    {
    }

    std::optional<RawDate> at(int i) const
    {
        if (auto date = core(i))
            return date;
        static const QStringList prefixes = { u"on"_s, u"in"_s, u"from"_s, u"between"_s };
        if (i + 1 < m_end && prefixes.contains(m_text.tokens[i].lower)) {
            if (auto date = core(i + 1)) {
                date->first = i;
                return date;
            }
        }
        return std::nullopt;
    }

private:
    const Token& token(int i) const { return m_text.tokens[i]; }
    bool is(int i, QStringView word) const { return i < m_end && token(i).lower == word; }
    bool adjacent(int i) const { return i + 1 < m_end && token(i).end == token(i + 1).start; }

    const DateWord* dateWord(int i, int* length) const
    {
        const PhraseTable::Match match = m_lexicon.dateWordTable.longestAt(m_text, i, m_end);
        if (!match)
            return nullptr;
        *length = match.length;
        return &m_lexicon.dateWords[match.payload];
    }

    // A month name written with a capital, and the index after it ("Sept." takes its full stop).
    int month(int i, int* next) const
    {
        if (i >= m_end || !token(i).capitalized)
            return 0;
        int length = 0;
        const DateWord* word = dateWord(i, &length);
        if (!word || word->type != DateWord::Month || length != 1)
            return 0;
        *next = i + 1;
        // "Sept." takes its full stop; "May." ends a sentence.
        const QString& name = token(i).lower;
        const bool abbreviated = name.size() <= 4 && name != u"may" && name != u"june" && name != u"july";
        if (abbreviated && is(i + 1, u".") && adjacent(i))
            *next = i + 2;
        return word->value;
    }

    int number(int i, int minimum, int maximum, bool suffixAllowed) const
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
    int day(int i) const { return number(i, 1, 31, true); }
    int year(int i) const { return i < m_end && token(i).lower.size() == 4 ? number(i, 1800, 2200, false) : 0; }

    std::optional<RawDate> core(int i) const
    {
        if (i >= m_end)
            return std::nullopt;
        if (auto date = iso(i))
            return date;
        int length = 0;
        if (const DateWord* word = dateWord(i, &length))
            return fromDateWord(i, *word, length);
        if (i + 1 < m_end && (is(i, u"last") || is(i, u"next") || is(i, u"this"))) {
            int weekdayLength = 0;
            const DateWord* weekday = dateWord(i + 1, &weekdayLength);
            if (weekday && weekday->type == DateWord::Weekday && token(i + 1).capitalized)
                return RawDate { RawDate::Weekday, i, i + 2, {}, {}, weekday->value, is(i, u"last") ? -1 : is(i, u"next") ? 1 : 0,
                    u"weekday"_s };
            if (weekday && weekday->type == DateWord::Season)
                return season(i + 1, *weekday, is(i, u"last") ? -1 : is(i, u"next") ? 1 : 0, i);
        }
        if (token(i).kind == Token::Number) {
            if (auto date = dayFirst(i))
                return date;
            if (auto date = ago(i))
                return date;
            if (auto date = yearAlone(i))
                return date;
        } else if (countWord(token(i).lower) > 0) {
            return ago(i);
        }
        return std::nullopt;
    }

    std::optional<RawDate> iso(int i) const
    {
        const int y = year(i);
        if (!y || !is(i + 1, u"-") || !is(i + 3, u"-") || !adjacent(i) || !adjacent(i + 1) || !adjacent(i + 2)
            || !adjacent(i + 3) || token(i + 2).lower.size() != 2 || token(i + 4).lower.size() != 2)
            return std::nullopt;
        const int m = number(i + 2, 1, 12, false);
        const int d = number(i + 4, 1, 31, false);
        if (!m || !d)
            return std::nullopt;
        return RawDate { RawDate::Exact, i, i + 5, { y, m, d }, {}, 0, 0, u"ISO date"_s };
    }

    std::optional<RawDate> fromDateWord(int i, const DateWord& word, int length) const
    {
        switch (word.type) {
        case DateWord::Month:
            return monthFirst(i);
        case DateWord::Weekday:
            if (!token(i).capitalized)
                return std::nullopt;
            return RawDate { RawDate::Weekday, i, i + 1, {}, {}, word.value, 0, u"weekday"_s };
        case DateWord::RelativeDay:
            return RawDate { RawDate::RelativeDay, i, i + length, {}, {}, word.value, 0, u"relative day"_s };
        case DateWord::RelativeWeek:
            return RawDate { RawDate::RelativeWeek, i, i + length, {}, {}, word.value, 0, u"relative week"_s };
        case DateWord::RelativeMonth:
            return RawDate { RawDate::RelativeMonth, i, i + length, {}, {}, word.value, 0, u"relative month"_s };
        case DateWord::RelativeYear:
            return RawDate { RawDate::RelativeYear, i, i + length, {}, {}, word.value, 0, u"relative year"_s };
        case DateWord::Vague:
            return RawDate { RawDate::Vague, i, i + length, {}, {}, word.value, 0, u"vague"_s };
        case DateWord::Part: {
            int next = i + length;
            if (is(next, u"-"))
                ++next;
            int after = 0;
            const int m = month(next, &after);
            if (!m)
                return std::nullopt;
            RawDate date { RawDate::Part, i, after, { 0, m, word.value }, {}, 0, 0, u"part of a month"_s };
            if (const int y = year(after)) {
                date.day.year = y;
                date.end = after + 1;
            }
            return date;
        }
        case DateWord::Season:
            return season(i, word, 0, i);
        }
        return std::nullopt;
    }

    // "the spring of 2022", "summer 2023", "this summer", "in the autumn"
    std::optional<RawDate> season(int i, const DateWord& word, int modifier, int first) const
    {
        RawDate date { RawDate::Season, first, i + 1, { 0, word.value, 15 }, {}, 0, modifier, u"season"_s };
        int next = i + 1;
        if (is(next, u"of"))
            ++next;
        if (const int y = year(next)) {
            date.day.year = y;
            date.end = next + 1;
            return date;
        }
        const bool determined = first < i || (i > 0 && (is(i - 1, u"the") || is(i - 1, u"in")));
        return determined ? std::optional<RawDate>(date) : std::nullopt;
    }

    std::optional<RawDate> monthFirst(int i) const
    {
        int next = 0;
        const int m = month(i, &next);
        if (!m)
            return std::nullopt;
        RawDate date { RawDate::Exact, i, next, { 0, m, 0 }, {}, 0, 0, u"month"_s };
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
        // "Jan" alone is a name, "May" also a verb: alone a month is written out and, if May, follows
        // a preposition.
        if (next == i + 1 && token(i).lower.size() <= 3 && m != 5)
            return std::nullopt;
        // "May" is also a verb: alone it must follow a preposition.
        static const QStringList prepositions = { u"in"_s, u"since"_s, u"until"_s, u"by"_s, u"from"_s, u"of"_s,
            u"through"_s, u"during"_s, u"before"_s, u"after"_s, u"-"_s, u"for"_s, u"to"_s };
        if (m == 5 && !(i > 0 && prepositions.contains(token(i - 1).lower)))
            return std::nullopt;
        return date;
    }

    // "-19", " to July 19", " through 19, 2023" after a first day
    void rangeAfter(RawDate* date, int at) const
    {
        const bool between = date->first > 0 && token(date->first - 1).lower == u"between";
        if (!(is(at, u"-") || is(at, u"to") || is(at, u"through") || is(at, u"until") || (between && is(at, u"and"))))
            return;
        int next = at + 1;
        int m = date->day.month;
        int after = 0;
        if (const int named = month(next, &after)) {
            m = named;
            next = after;
        }
        const int d = day(next);
        if (!d)
            return;
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
    std::optional<RawDate> dayFirst(int i) const
    {
        const int d = day(i);
        if (!d)
            return std::nullopt;
        int next = i + 1;
        int endDay = 0;
        if (is(next, u"-") && day(next + 1)) {
            endDay = day(next + 1);
            next += 2;
        }
        if (is(next, u"of"))
            ++next;
        int after = 0;
        const int m = month(next, &after);
        if (!m)
            return std::nullopt;
        RawDate date { RawDate::Exact, i, after, { 0, m, d }, {}, 0, 0, u"day and month"_s };
        if (const int y = year(after)) {
            date.day.year = y;
            date.end = after + 1;
            date.reason = u"written date"_s;
        }
        if (endDay) {
            date.rangeEnd = { date.day.year, m, endDay };
            date.reason = u"range"_s;
        }
        return date;
    }

    // "two days ago", "18 months ago", "a year ago"
    std::optional<RawDate> ago(int i) const
    {
        const int count = token(i).kind == Token::Number ? number(i, 1, 1000, false) : countWord(token(i).lower);
        if (!count || !is(i + 2, u"ago"))
            return std::nullopt;
        const QString& unit = token(i + 1).lower;
        RawDate::Kind kind;
        if (unit == u"day" || unit == u"days")
            kind = RawDate::AgoDays;
        else if (unit == u"week" || unit == u"weeks")
            kind = RawDate::AgoWeeks;
        else if (unit == u"month" || unit == u"months")
            kind = RawDate::AgoMonths;
        else if (unit == u"year" || unit == u"years")
            kind = RawDate::AgoYears;
        else
            return std::nullopt;
        return RawDate { kind, i, i + 3, {}, {}, count, 0, u"time ago"_s };
    }

    // "in 2019", "since 2020", "of 2012": a year alone needs a preposition before it.
    std::optional<RawDate> yearAlone(int i) const
    {
        static const QStringList prepositions = { u"in"_s, u"since"_s, u"of"_s, u"by"_s, u"until"_s, u"from"_s,
            u"before"_s, u"after"_s, u"during"_s, u"and"_s };
        const int y = year(i);
        if (!y || i == 0 || !prepositions.contains(token(i - 1).lower))
            return std::nullopt;
        if (is(i + 1, u"-") && adjacent(i))
            return std::nullopt;
        if (token(i - 1).lower == u"and" && !(i >= 2 && year(i - 2)))
            return std::nullopt; // "2019 and 2020" only
        return RawDate { RawDate::Year, i, i + 1, { y, 0, 0 }, {}, 0, 0, u"year"_s };
    }

    const TokenizedText& m_text;
    const Lexicon& m_lexicon;
    int m_end;
};

} // namespace

QList<RawDate> findRawDates(const TokenizedText& text, int first, int end)
{
    QList<RawDate> dates;
    const Matcher matcher(text, end);
    for (int i = first; i < end;) {
        if (std::optional<RawDate> date = matcher.at(i)) {
            i = date->end;
            dates.append(std::move(*date));
        } else {
            ++i;
        }
    }
    return dates;
}

} // namespace Entente::Suggest
