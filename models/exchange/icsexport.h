// The meetings as an RFC 5545 calendar: all-day events for their days, imprecise dates marked as
// such in the summary, place as LOCATION, participants and source sentence in DESCRIPTION, status
// as STATUS, and a UID made of the meeting's id so that importing again updates the events.
#pragma once

#include "exchangefilter.h"
#include "sources.h"

#include <QByteArray>
#include <QDateTime>

namespace Entente::Exchange::IcsExport {

struct Options
{
    QDateTime stamp; // DTSTAMP; invalid: now
    QString calendarName; // X-WR-CALNAME, empty for none
    // The sentences of documents that lost their text and marks (see prepareSpans); may be null.
    const PreparedSpans* spans = nullptr;
};

struct Result
{
    QByteArray data;
    int events = 0;
    QStringList undated; // meetings left out: an event needs a day
};

Result write(const Corpus& corpus, const Selection& selection, const Options& options = {});

// "20230713" and the UID of a meeting, for tests and documentation.
QString uid(const Meeting& meeting);
// Escapes TEXT values (backslash, semicolon, comma, line breaks) and folds lines at 75 octets
// without splitting a UTF-8 character; lines end with CRLF.
QByteArray contentLine(const QString& name, const QString& value);

} // namespace Entente::Exchange::IcsExport
