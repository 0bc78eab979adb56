// Escaping text into XML and JSON that the exports write as text: the writers build their files in
// one string (far faster than a stream writer per element for 100,000 records), and the tests read
// every one of them back with real parsers.
#pragma once

#include <QDate>
#include <QString>

namespace Entente::Exchange::Escape {

// &, <, > and " as entities; characters XML 1.0 does not allow (C0 controls other than tab, line
// feed and carriage return, unpaired surrogates, U+FFFE/U+FFFF) are left out.
void appendXml(QString& out, QStringView text);
// A JSON string with its quotes: ", \ and control characters escaped (RFC 8259).
void appendJson(QString& out, QStringView text);

// "2023-07-13" (QDate::toString(Qt::ISODate) for years 0–9999, a good deal faster); empty when invalid.
QString isoDay(const QDate& date);
// "20230713", as iCalendar writes dates.
QString compactDay(const QDate& date);

} // namespace Entente::Exchange::Escape
