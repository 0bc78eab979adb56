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

} // namespace

QDate FuzzyDate::first() const
{
    return date;
}

QDate FuzzyDate::last() const
{
    switch (precision) {
    case DatePrecision::Week:
        return date.addDays(6);
    case DatePrecision::Month:
        return date.addDays(date.daysInMonth() - 1);
    case DatePrecision::Day:
    case DatePrecision::Approximate:
        break;
    }
    return date;
}

FuzzyDate FuzzyDate::parse(QStringView text)
{
    FuzzyDate result;
    text = text.trimmed();
    if (text.startsWith(u'~')) {
        result.precision = DatePrecision::Approximate;
        text = text.mid(1);
    }
    const int year = toNumber(text.left(4), 4);
    if (year < 0 || text.size() < 7 || text[4] != u'-')
        return {};
    if (text.size() == 8 && text[5] == u'W' && result.precision == DatePrecision::Day) {
        result.precision = DatePrecision::Week;
        result.date = mondayOfIsoWeek(year, toNumber(text.mid(6), 2));
        return result.date.isValid() ? result : FuzzyDate {};
    }
    const int month = toNumber(text.mid(5, 2), 2);
    if (text.size() == 7) {
        if (result.precision == DatePrecision::Day)
            result.precision = DatePrecision::Month;
        else
            return {}; // "~2023-07" would have no day to be approximate around
        result.date = QDate(year, month, 1);
        return result.date.isValid() ? result : FuzzyDate {};
    }
    if (text.size() != 10 || text[7] != u'-')
        return {};
    result.date = QDate(year, month, toNumber(text.mid(8, 2), 2));
    return result.date.isValid() ? result : FuzzyDate {};
}

QString FuzzyDate::toString() const
{
    if (!date.isValid())
        return {};
    switch (precision) {
    case DatePrecision::Day:
        return date.toString(Qt::ISODate);
    case DatePrecision::Approximate:
        return u'~' + date.toString(Qt::ISODate);
    case DatePrecision::Month:
        return date.toString(QStringLiteral("yyyy-MM"));
    case DatePrecision::Week: {
        int year = 0;
        const int week = date.weekNumber(&year);
        return QStringLiteral("%1-W%2").arg(year, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
    }
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
    }
    return {};
}

} // namespace Entente
