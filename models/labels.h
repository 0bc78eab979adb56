// Human-readable, translated names and colours for the domain's values, shared by every view.
#pragma once

#include "types.h"

#include <QColor>
#include <QLocale>
#include <QString>

namespace Entente::Labels {

QString actorKind(ActorKind kind);
QString meetingStatus(MeetingStatus status);
QString issueStatus(IssueStatus status);
QString datePrecision(DatePrecision precision);

// "13 July 2023", "week of 3 July 2023", "July 2023", "around 15 October 2023", "Q3 2023",
// "summer 2023", "2023", "the 1990s", in the locale's order and month names; empty for an invalid
// date.
QString fuzzyDate(const FuzzyDate& date, const QLocale& locale = {});
// "16–19 July 2023" for days of one month, otherwise "start – end"; just the start when the end
// is invalid or the same.
QString dateRange(const FuzzyDate& start, const FuzzyDate& end, const QLocale& locale = {});

// Distinct mid-tone colours with at least 3:1 contrast against both light and dark backgrounds.
QColor meetingStatusColor(MeetingStatus status);
QColor issueStatusColor(IssueStatus status);

} // namespace Entente::Labels
