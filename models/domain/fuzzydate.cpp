#include "fuzzydate.h"

namespace Entente {

namespace {

int toNumber(QStringView text, int digits)
{
    if (text.size() != digits)
        return -1;
    int value = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

QDate mondayOfIsoWeek(int year, int week)
{
    // 4 January is always in ISO week 1.
    const QDate jan4(year, 1, 4);
    const QDate monday = jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (week - 1));
    int checkYear = 0;
    if (week < 1 || monday.weekNumber(&checkYear) != week || checkYear != year)
        return {};
    return monday;
}

// Seasons as TIMEX3 writes them, by their first month (meteorological seasons of the northern
// hemisphere; winter starts in December of its year).
constexpr struct
{
    char16_t code[3];
    int firstMonth;
} seasons[] = { { u"SP", 3 }, { u"SU", 6 }, { u"FA", 9 }, { u"WI", 12 } };

FuzzyDate valid(QDate date, DatePrecision precision)
{
    return date.isValid() ? FuzzyDate { date, precision } : FuzzyDate {};
}

// "2023-Q3", "2023-SU", "2023-W28", "2023-07" after the year and its dash.
FuzzyDate parsePart(int year, QStringView part, bool approximate)
{
    if (part.size() == 2 && part[0] == u'Q' && !approximate) {
        const int quarter = toNumber(part.sliced(1), 1);
        return quarter >= 1 && quarter <= 4 ? valid(QDate(year, 3 * quarter - 2, 1), DatePrecision::Quarter) : FuzzyDate {};
    }
    for (const auto& season : seasons) {
        if (part == QStringView(season.code, 2) && !approximate)
            return valid(QDate(year, season.firstMonth, 1), DatePrecision::Season);
    }
    if (part.size() == 3 && part[0] == u'W' && !approximate)
        return valid(mondayOfIsoWeek(year, toNumber(part.sliced(1), 2)), DatePrecision::Week);
    const int month = toNumber(part.first(std::min<qsizetype>(2, part.size())), 2);
    if (part.size() == 2)
        return approximate ? FuzzyDate {} : valid(QDate(year, month, 1), DatePrecision::Month); // "~2023-07": no day to be around
    if (part.size() != 5 || part[2] != u'-')
        return {};
    return valid(QDate(year, month, toNumber(part.sliced(3), 2)), approximate ? DatePrecision::Approximate : DatePrecision::Day);
}

} // namespace

QDate FuzzyDate::first() const
{
    return date;
}

QDate FuzzyDate::last() const
{
    if (!date.isValid())
        return {};
    switch (precision) {
    case DatePrecision::Week:
        return date.addDays(6);
    case DatePrecision::Month:
        return date.addMonths(1).addDays(-1);
    case DatePrecision::Quarter:
    case DatePrecision::Season:
        return date.addMonths(3).addDays(-1);
    case DatePrecision::Year:
        return date.addYears(1).addDays(-1);
    case DatePrecision::Decade:
        return date.addYears(10).addDays(-1);
    case DatePrecision::Century:
        return date.addYears(100).addDays(-1);
    case DatePrecision::Day:
    case DatePrecision::Approximate:
        break;
    }
    return date;
}

FuzzyDate FuzzyDate::parse(QStringView text)
{
    text = text.trimmed();
    const bool approximate = text.startsWith(u'~');
    if (approximate)
        text = text.sliced(1);
    if (text.size() < 4)
        return {};
    if (text.size() == 4 && !approximate) {
        // "2023", "202X" (a decade), "20XX" (a century)
        if (const int year = toNumber(text, 4); year >= 0)
            return valid(QDate(year, 1, 1), DatePrecision::Year);
        if (const int decade = toNumber(text.first(3), 3); decade >= 0 && text[3] == u'X')
            return valid(QDate(decade * 10, 1, 1), DatePrecision::Decade);
        if (const int century = toNumber(text.first(2), 2); century >= 0 && text.sliced(2) == u"XX")
            return valid(QDate(century * 100, 1, 1), DatePrecision::Century);
        return {};
    }
    const int year = toNumber(text.first(4), 4);
    if (year < 0 || text.size() < 7 || text[4] != u'-')
        return {};
    return parsePart(year, text.sliced(5), approximate);
}

namespace {

// "2023-07-13" or "2023-07" for years 1–9999, as QDate::toString gives them but without its
// general formatter (the exports and --dump write a date or two per record); empty for other years.
QString fourDigitYearDate(const QDate& date, bool withDay)
{
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1 || year > 9999)
        return {};
    const char16_t text[10] = { char16_t(u'0' + year / 1000), char16_t(u'0' + year / 100 % 10),
                                char16_t(u'0' + year / 10 % 10), char16_t(u'0' + year % 10), u'-',
                                char16_t(u'0' + month / 10), char16_t(u'0' + month % 10), u'-',
                                char16_t(u'0' + day / 10), char16_t(u'0' + day % 10) };
    return QString(reinterpret_cast<const QChar*>(text), withDay ? 10 : 7);
}

QString isoDay(const QDate& date)
{
    const QString fast = fourDigitYearDate(date, true);
    return fast.isEmpty() ? date.toString(Qt::ISODate) : fast;
}

} // namespace

QString FuzzyDate::toString() const
{
    if (!date.isValid())
        return {};
    switch (precision) {
    case DatePrecision::Day:
        return isoDay(date);
    case DatePrecision::Approximate:
        return u'~' + isoDay(date);
    case DatePrecision::Month: {
        const QString fast = fourDigitYearDate(date, false);
        return fast.isEmpty() ? date.toString(QStringLiteral("yyyy-MM")) : fast;
    }
    default:
        break;
    }
    const QString year = QStringLiteral("%1").arg(date.year(), 4, 10, QLatin1Char('0'));
    switch (precision) {
    case DatePrecision::Day:
    case DatePrecision::Approximate:
    case DatePrecision::Month:
        break; // above
    case DatePrecision::Week: {
        int weekYear = 0;
        const int week = date.weekNumber(&weekYear);
        return QStringLiteral("%1-W%2").arg(weekYear, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
    }
    case DatePrecision::Quarter:
        return year + QStringLiteral("-Q") + QString::number((date.month() + 2) / 3);
    case DatePrecision::Season:
        for (const auto& season : seasons) {
            if (season.firstMonth == date.month())
                return year + u'-' + QStringView(season.code, 2);
        }
        return {};
    case DatePrecision::Year:
        return year;
    case DatePrecision::Decade:
        return year.first(3) + u'X';
    case DatePrecision::Century:
        return year.first(2) + QStringLiteral("XX");
    }
    return {};
}

QString FuzzyDate::toTimex() const
{
    switch (precision) {
    case DatePrecision::Approximate:
        return isoDay(date);
    case DatePrecision::Decade:
        return toString().first(3);
    case DatePrecision::Century:
        return toString().first(2);
    default:
        return toString();
    }
}

FuzzyDate FuzzyDate::containing(QDate day, DatePrecision precision)
{
    if (!day.isValid())
        return {};
    const int y = day.year();
    switch (precision) {
    case DatePrecision::Day:
    case DatePrecision::Approximate:
        return { day, precision };
    case DatePrecision::Week:
        return { day.addDays(1 - day.dayOfWeek()), precision };
    case DatePrecision::Month:
        return { QDate(y, day.month(), 1), precision };
    case DatePrecision::Quarter:
        return { QDate(y, (day.month() - 1) / 3 * 3 + 1, 1), precision };
    case DatePrecision::Season: {
        // December opens the winter of its year; January and February end the previous one.
        const int month = day.month();
        if (month <= 2)
            return { QDate(y - 1, 12, 1), precision };
        return { QDate(y, month == 12 ? 12 : (month - 3) / 3 * 3 + 3, 1), precision };
    }
    case DatePrecision::Year:
        return { QDate(y, 1, 1), precision };
    case DatePrecision::Decade:
        return { QDate(y - y % 10, 1, 1), precision };
    case DatePrecision::Century:
        return { QDate(y - y % 100, 1, 1), precision };
    }
    return {};
}

QString toString(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return QStringLiteral("day");
    case DatePrecision::Week:
        return QStringLiteral("week");
    case DatePrecision::Month:
        return QStringLiteral("month");
    case DatePrecision::Approximate:
        return QStringLiteral("approximate");
    case DatePrecision::Year:
        return QStringLiteral("year");
    case DatePrecision::Quarter:
        return QStringLiteral("quarter");
    case DatePrecision::Season:
        return QStringLiteral("season");
    case DatePrecision::Decade:
        return QStringLiteral("decade");
    case DatePrecision::Century:
        return QStringLiteral("century");
    }
    return {};
}

bool spansMonths(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
    case DatePrecision::Week:
    case DatePrecision::Approximate:
        return false;
    default:
        return true;
    }
}

} // namespace Entente
