// The words the calendar shows for a meeting: chip labels, agenda columns and tooltips, shared by the
// screen and the export so both say the same thing.
#pragma once

#include "corpus.h"

#include <QLocale>

namespace Entente::CalendarText {

// "Antony Blinken, Wang Yi": the participants' display names.
QString participantNames(const Meeting& meeting, const Corpus& corpus);
// The title, or the participants when there is none; "≈ " before it when the date is approximate.
QString chipLabel(const Meeting& meeting, const Corpus& corpus);
// "July 2023: Title", for a meeting known only to the month.
QString bandLabel(const Meeting& meeting, const Corpus& corpus, const QLocale& locale);
// "16–19 July 2023", "week of 3 July 2023", "around 18 June 2023".
QString dates(const Meeting& meeting, const QLocale& locale);
// Rich text: title, dates, status, place and participants.
QString toolTip(const Meeting& meeting, const Corpus& corpus, const QLocale& locale);
// "July 2023", as the month title and the date picker show it.
QString monthTitle(const QDate& month, const QLocale& locale);
// "+3 more", for a day whose meetings do not all fit.
QString moreLabel(int count);
// "+N" alone, for a cell too narrow for moreLabel.
QString moreCountLabel(int count);

} // namespace Entente::CalendarText
