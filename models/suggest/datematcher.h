// The matcher of date expressions (datepatterns.h), shared by the files that hold its rules:
// datepatterns.cpp (days, months, weekdays, words) and dateperiods.cpp (years, quarters, seasons,
// decades, parts of periods, "ago").
#pragma once

#include "datepatterns.h"
#include "lexicon.h"

#include <optional>

namespace Entente::Suggest {

// "two" -> 2, "a" -> 1: counts written as words (0 when not one).
int countWord(QStringView word);
// Words before a bare year that make it one: "in 2019", "a 2012 raid", "its 2014 decision".
bool introducesYear(const Token& token);

class Matcher
{
public:
    Matcher(const TokenizedText& text, int first, int end)
        : m_text(text)
        , m_lexicon(Lexicon::instance())
        , m_first(first)
        , m_end(end)
    {
    }

    std::optional<RawDate> at(int i) const;

private:
    const Token& token(int i) const { return m_text.tokens[i]; }
    bool is(int i, QStringView word) const { return i >= m_first && i < m_end && token(i).lower == word; }
    bool adjacent(int i) const { return i + 1 < m_end && token(i).end == token(i + 1).start; }

    const DateWord* dateWord(int i, int* length) const;

    const DateWord* dateWordOf(int i, DateWord::Type type, int* length) const;

    // A month name written with a capital, and the index after it ("Sept." takes its full stop).
    int month(int i, int* next) const;

    int number(int i, int minimum, int maximum, bool suffixAllowed) const;
    int day(int i) const { return number(i, 1, 31, true); }
    int year(int i) const { return i < m_end && token(i).lower.size() == 4 ? number(i, 1000, 2200, false) : 0; }
    // "22nd", "3rd": a day written as an ordinal.
    int ordinalDay(int i) const;
    int modifierAt(int i) const { return is(i, u"last") ? -1 : is(i, u"next") ? 1 : 0; }

    std::optional<RawDate> core(int i) const;

    std::optional<RawDate> iso(int i) const;

    // Expressions that start with "the": "the 1990s", "the fourth quarter of 2005", "the 22nd",
    // "the nineties", "the 19th century" ("the end of ..." is a part phrase of the date words).
    std::optional<RawDate> theExpression(int i) const;

    // "1990s", "'90s", "90s", "19th century"; first: where the expression starts ("the").
    std::optional<RawDate> decadeOrCentury(int n, int first) const;

    // "quarter of 2009", "quarter of last year", "quarter" alone, after "the fourth"; at: after "quarter".
    std::optional<RawDate> quarter(int at, int which, int first) const;

    // "Q3", "Q3 2023", "3Q"
    std::optional<RawDate> quarterCode(int i) const;

    RawDate weekdayAt(int first, int at, int weekday, int modifier) const;

    RawDate withWeekday(RawDate written, int first) const;

    std::optional<RawDate> fromDateWord(int i, const DateWord& word, int length) const;

    // "early 2011", "mid-May", "late April 2023", "the end of last year", "the beginning of the year",
    // "the end of June": the period they are part of (TIMEX3 gives the part as a modifier).
    std::optional<RawDate> partOf(int i, int length) const;

    // "the spring of 2022", "summer 2023", "this summer", "in the autumn", "spring"
    std::optional<RawDate> season(int i, const DateWord& word, int modifier, int first) const;

    std::optional<RawDate> monthFirst(int i) const;

    // "-19", " to July 19", " through 19, 2023", " and 23" after a first day
    void rangeAfter(RawDate* date, int at) const;

    // "13 July 2023", "16-19 July", "1 June"
    std::optional<RawDate> dayFirst(int i) const;

    // "two days ago", "18 months ago", "a year ago", "a decade ago"
    std::optional<RawDate> ago(int i) const;

    // "in 2019", "a 2012 raid", "2014's", "(2012)", "2019 and 2020": a year alone needs a word that
    // makes it one, before or after it.
    std::optional<RawDate> yearAlone(int i) const;

    const TokenizedText& m_text;
    const Lexicon& m_lexicon;
    int m_first;
    int m_end;
};

} // namespace Entente::Suggest
