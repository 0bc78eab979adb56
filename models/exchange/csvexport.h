// The corpus as CSV tables (see docs/data-formats.md): actors, meetings, meeting participants,
// issues and status changes, each row with the article and record line it came from.
#pragma once

#include "exchangefilter.h"

#include <QByteArray>
#include <optional>

namespace Entente::Exchange {
class Sources;
}

namespace Entente::Exchange::CsvExport {

enum class Table { Actors, Meetings, Participants, Issues, Statuses };

QList<Table> tables();
QString tableName(Table table); // "actors", "meetings", ... (also the file's base name)
std::optional<Table> tableFromName(const QString& name);
QStringList header(Table table);

QByteArray write(const Corpus& corpus, const Selection& selection, Table table);
// The same with the sources of the corpus made once for several tables.
QByteArray write(const Corpus& corpus, const Selection& selection, Table table, const Sources& sources);

// "key=value; key=value" with the record format's escapes, and back.
QString extraText(const ExtraFields& extra);
ExtraFields extraFromText(const QString& text);

} // namespace Entente::Exchange::CsvExport
