#include "dataexport.h"

#include "bratexport.h"
#include "csvexport.h"
#include "graphexport.h"
#include "icsexport.h"
#include "ploverexport.h"
#include "sources.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Entente::Exchange {

namespace {

// Translated strings of this file (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::Exchange::DataExport)
};

} // namespace

QList<DataFormat> dataFormats()
{
    return { DataFormat::Csv, DataFormat::Gexf, DataFormat::Graphml,
             DataFormat::Ics, DataFormat::Brat, DataFormat::Plover };
}

QString formatName(DataFormat format)
{
    switch (format) {
    case DataFormat::Csv:
        return QStringLiteral("csv");
    case DataFormat::Gexf:
        return QStringLiteral("gexf");
    case DataFormat::Graphml:
        return QStringLiteral("graphml");
    case DataFormat::Ics:
        return QStringLiteral("ics");
    case DataFormat::Brat:
        return QStringLiteral("brat");
    case DataFormat::Plover:
        return QStringLiteral("plover");
    }
    return {};
}

std::optional<DataFormat> dataFormatFromName(const QString& name)
{
    for (DataFormat format : dataFormats()) {
        if (formatName(format) == name.toLower())
            return format;
    }
    return std::nullopt;
}

std::optional<DataFormat> dataFormatFromPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"jsonl" || suffix == u"json")
        return DataFormat::Plover;
    if (suffix == u"ann")
        return DataFormat::Brat;
    if (suffix == u"brat")
        return std::nullopt;
    return dataFormatFromName(suffix);
}

bool writesFolder(DataFormat format, const QString& path)
{
    return format == DataFormat::Brat
        || (format == DataFormat::Csv && QFileInfo(path).suffix().toLower() != u"csv");
}

QString formatDescription(DataFormat format)
{
    switch (format) {
    case DataFormat::Csv:
        return Text::tr("CSV tables (spreadsheets, R, pandas)");
    case DataFormat::Gexf:
        return Text::tr("GEXF 1.3 network with a timeline (Gephi)");
    case DataFormat::Graphml:
        return Text::tr("GraphML network (igraph, NetworkX, yEd, Cytoscape)");
    case DataFormat::Ics:
        return Text::tr("iCalendar meetings (any calendar)");
    case DataFormat::Brat:
        return Text::tr("brat standoff annotations (brat, INCEpTION)");
    case DataFormat::Plover:
        return Text::tr("PLOVER event records (JSON)");
    }
    return {};
}

PreparedExport prepareExport(const Corpus& corpus, const QString& path, const ExportOptions& options)
{
    PreparedExport prepared;
    prepared.path = path;
    prepared.folder = writesFolder(options.format, path);
    const Selection selection = Selection::of(corpus, options.filter);
    const QString fileName = QFileInfo(path).fileName();
    const auto single = [&](const QByteArray& bytes) {
        prepared.files.append({ fileName, bytes });
    };
    switch (options.format) {
    case DataFormat::Csv:
        if (prepared.folder) {
            const Sources sources(corpus, options.spans);
            for (CsvExport::Table table : CsvExport::tables())
                prepared.files.append({ CsvExport::tableName(table) + QStringLiteral(".csv"),
                                        CsvExport::write(corpus, selection, table, sources) });
        } else {
            const QString name = options.table.isEmpty() ? QFileInfo(path).completeBaseName() : options.table;
            const std::optional<CsvExport::Table> table = CsvExport::tableFromName(name);
            if (!table) {
                prepared.error
                    = Text::tr(
                          "%1: name the table to write (actors, meetings, participants, issues or statuses), "
                          "or give a folder for all of them")
                          .arg(path);
                return prepared;
            }
            single(CsvExport::write(corpus, selection, *table, Sources(corpus, options.spans)));
        }
        prepared.summary = Text::tr("%n meeting(s), %1 actors, %2 issues and %3 status changes as CSV",
                                    nullptr, int(selection.meetings.size()))
                               .arg(selection.actors.size())
                               .arg(selection.issues.size())
                               .arg(selection.statuses.size());
        break;
    case DataFormat::Gexf:
    case DataFormat::Graphml: {
        single(options.format == DataFormat::Gexf ? GraphExport::gexf(corpus, options.filter, options.derivedSide)
                                                  : GraphExport::graphml(corpus, options.filter, options.derivedSide));
        prepared.summary = Text::tr("the network of %n meeting(s)", nullptr, int(selection.meetings.size()));
        break;
    }
    case DataFormat::Ics: {
        IcsExport::Options ics;
        ics.stamp = options.stamp;
        ics.calendarName = Text::tr("Entente meetings");
        ics.spans = options.spans;
        const IcsExport::Result result = IcsExport::write(corpus, selection, ics);
        single(result.data);
        for (const QString& id : result.undated)
            prepared.problems.append({ {},
                                       0,
                                       0,
                                       Severity::Warning,
                                       Text::tr("meeting '%1' has no date and is left out").arg(id) });
        prepared.summary = Text::tr("%n meeting(s) as calendar events", nullptr, result.events);
        break;
    }
    case DataFormat::Plover: {
        const bool array = QFileInfo(path).suffix().toLower() == u"json";
        const PloverExport::Result result = PloverExport::write(
            corpus, selection, array ? PloverExport::Layout::Array : PloverExport::Layout::JsonLines, options.spans);
        single(result.data);
        for (const QString& id : result.leftOut)
            prepared.problems.append(
                { {},
                  0,
                  0,
                  Severity::Warning,
                  Text::tr("meeting '%1' was cancelled or failed: not an event record").arg(id) });
        prepared.summary = Text::tr("%n event record(s)", nullptr, result.events);
        break;
    }
    case DataFormat::Brat: {
        BratExport::Result result = BratExport::write(corpus, options.filter);
        prepared.files = std::move(result.files);
        prepared.problems = std::move(result.problems);
        prepared.summary = Text::tr("%n article(s) as brat standoff", nullptr, result.documents);
        break;
    }
    }
    return prepared;
}

PreparedExport writeBrat(const Corpus& corpus, const QString& path, const Filter& filter,
                         const BratExport::WholeDocument& whole, QStringList* written)
{
    PreparedExport prepared;
    prepared.path = path;
    prepared.folder = true;
    StagedFolder staged(path, Existing::Replace);
    BratExport::Result result;
    const bool made = BratExport::write(
        corpus, filter, whole,
        [&staged](const QString& file, const QByteArray& bytes, QString* error) {
            return staged.add(file, bytes, error);
        },
        &result, &prepared.error);
    prepared.problems = std::move(result.problems);
    if (made && staged.commit(written, &prepared.error))
        prepared.summary = Text::tr("%n article(s) as brat standoff", nullptr, result.documents);
    return prepared;
}

bool commitExport(const PreparedExport& prepared, QStringList* written, QString* error)
{
    if (!prepared.error.isEmpty()) {
        *error = prepared.error;
        return false;
    }
    if (prepared.folder)
        return writeFiles(prepared.path, prepared.files, Existing::Replace, written, error);
    if (prepared.files.size() != 1 || !writeFile(prepared.path, prepared.files.first().bytes, error))
        return false;
    if (written)
        *written = { prepared.path };
    return true;
}

} // namespace Entente::Exchange
