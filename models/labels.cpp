#include "labels.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Entente::Labels {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::Labels)
};

// The locale's long date format without the weekday, which only widens date columns.
QString dayFormat(const QLocale& locale)
{
    static const QRegularExpression weekday(QStringLiteral("\\s*[,،]?\\s*dddd[,.،]?\\s*"));
    const QString longFormat = locale.dateFormat(QLocale::LongFormat);
    QString format = longFormat;
    format.replace(weekday, QStringLiteral(" "));
    format = format.trimmed();
    return format.contains(u'd') ? format : longFormat;
}

QString day(const QDate& date, const QLocale& locale)
{
    return locale.toString(date, dayFormat(locale));
}

} // namespace

QString actorKind(ActorKind kind)
{
    switch (kind) {
    case ActorKind::Person:
        return Text::tr("Person");
    case ActorKind::Organisation:
        return Text::tr("Organisation");
    case ActorKind::State:
        return Text::tr("State");
    }
    return {};
}

QString meetingStatus(MeetingStatus status)
{
    switch (status) {
    case MeetingStatus::Planned:
        return Text::tr("Planned");
    case MeetingStatus::Held:
        return Text::tr("Held");
    case MeetingStatus::Cancelled:
        return Text::tr("Cancelled");
    case MeetingStatus::Failed:
        return Text::tr("Failed");
    }
    return {};
}

QString issueStatus(IssueStatus status)
{
    switch (status) {
    case IssueStatus::Open:
        return Text::tr("Open");
    case IssueStatus::InDialogue:
        return Text::tr("In dialogue");
    case IssueStatus::Stalled:
        return Text::tr("Stalled");
    case IssueStatus::Escalating:
        return Text::tr("Escalating");
    case IssueStatus::Resolved:
        return Text::tr("Resolved");
    }
    return {};
}

QString datePrecision(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return Text::tr("Day");
    case DatePrecision::Week:
        return Text::tr("Week");
    case DatePrecision::Month:
        return Text::tr("Month");
    case DatePrecision::Approximate:
        return Text::tr("Approximate");
    case DatePrecision::Year:
        return Text::tr("Year");
    case DatePrecision::Quarter:
        return Text::tr("Quarter");
    case DatePrecision::Season:
        return Text::tr("Season");
    case DatePrecision::Decade:
        return Text::tr("Decade");
    case DatePrecision::Century:
        return Text::tr("Century");
    }
    return {};
}

QString fuzzyDate(const FuzzyDate& date, const QLocale& locale)
{
    if (!date.isValid())
        return {};
    switch (date.precision) {
    case DatePrecision::Day:
        return day(date.date, locale);
    case DatePrecision::Week:
        return Text::tr("week of %1", "a week, named by its Monday").arg(day(date.date, locale));
    case DatePrecision::Month:
        return locale.toString(date.date, Text::tr("MMMM yyyy", "QDate format of a month: July 2023"));
    case DatePrecision::Approximate:
        return Text::tr("around %1", "an approximate date").arg(day(date.date, locale));
    case DatePrecision::Year:
        return QString::number(date.date.year());
    case DatePrecision::Quarter:
        return Text::tr("Q%1 %2", "a quarter of a year: Q3 2023").arg((date.date.month() + 2) / 3).arg(date.date.year());
    case DatePrecision::Season: {
        const int month = date.date.month();
        const QString year = QString::number(date.date.year());
        if (month == 3)
            return Text::tr("spring %1", "a season").arg(year);
        if (month == 6)
            return Text::tr("summer %1", "a season").arg(year);
        if (month == 9)
            return Text::tr("autumn %1", "a season").arg(year);
        return Text::tr("winter %1–%2", "a season: December to February").arg(year).arg(date.date.year() + 1);
    }
    case DatePrecision::Decade:
        return Text::tr("the %1s", "a decade: the 1990s").arg(date.date.year());
    case DatePrecision::Century:
        return Text::tr("%1–%2", "a century, as its years: 1900–1999").arg(date.date.year()).arg(date.date.year() + 99);
    }
    return {};
}

QString dateRange(const FuzzyDate& start, const FuzzyDate& end, const QLocale& locale)
{
    if (!end.isValid() || end == start)
        return fuzzyDate(start, locale);
    if (start.precision == DatePrecision::Day && end.precision == DatePrecision::Day
        && start.date.year() == end.date.year() && start.date.month() == end.date.month()) {
        // Day-first locales share the month and year: "16–19 July 2023".
        const QString format = dayFormat(locale);
        const QString dayPart = format.section(u' ', 0, 0);
        if (format.startsWith(u'd') && dayPart.size() < format.size() && !dayPart.contains(u'M')
            && !dayPart.contains(u'y')) {
            return Text::tr("%1–%2", "days of one month: 16–19 July 2023")
                .arg(locale.toString(start.date, dayPart), day(end.date, locale));
        }
    }
    return Text::tr("%1 – %2", "a date range").arg(fuzzyDate(start, locale), fuzzyDate(end, locale));
}

QColor meetingStatusColor(MeetingStatus status)
{
    switch (status) {
    case MeetingStatus::Planned:
        return QColor(0x3b, 0x7d, 0xd8); // blue
    case MeetingStatus::Held:
        return QColor(0x2e, 0x9e, 0x4f); // green
    case MeetingStatus::Cancelled:
        return QColor(0x8a, 0x8a, 0x8a); // grey
    case MeetingStatus::Failed:
        return QColor(0xd6, 0x45, 0x41); // red
    }
    return {};
}

QColor issueStatusColor(IssueStatus status)
{
    switch (status) {
    case IssueStatus::Open:
        return QColor(0x3b, 0x7d, 0xd8); // blue
    case IssueStatus::InDialogue:
        return QColor(0x2e, 0x9e, 0x4f); // green
    case IssueStatus::Stalled:
        return QColor(0xc0, 0x7a, 0x00); // amber
    case IssueStatus::Escalating:
        return QColor(0xd6, 0x45, 0x41); // red
    case IssueStatus::Resolved:
        return QColor(0x8e, 0x5f, 0xd0); // purple
    }
    return {};
}

} // namespace Entente::Labels
