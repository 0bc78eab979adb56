#include "dataexportcommand.h"

#include "bratexport.h"
#include "commandhelpers.h"
#include "dataexport.h"
#include "format.h"
#include "sidefromtitle.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QtConcurrentMap>

#include <optional>
#include <vector>

namespace Entente::DataExportCommand {

namespace {

// Translated strings of this file (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::DataExportCommand)
};

int usageError(const QString& message)
{
    qCritical("entente export: %s", qPrintable(message));
    qCritical("%s",
              qPrintable(Text::tr(
                  "usage: entente export FILE|FOLDER... --format csv|gexf|graphml|ics|brat|plover "
                  "--output PATH [--from DATE] [--to DATE] [--sides A,B] [--statuses S,T] [--table NAME]")));
    return 2;
}

QString valueOf(const QStringList& arguments, const QString& name)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--" + name && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(u"--" + name + u'='))
            return arguments.at(i).sliced(name.size() + 3);
    }
    return {};
}

// brat: the articles read again in the corpus's order, a chunk at a time on every core, each handed
// out once (so that only a chunk of whole articles is in memory).
class Rereader
{
public:
    Rereader(const Corpus& corpus, const Exchange::Filter& filter)
    {
        for (int index : Exchange::BratExport::exportedDocuments(corpus, filter))
            m_files.append(corpus.documents.at(index).fileName);
    }
    Document take(const QString& file)
    {
        if (!m_ready.contains(file)) {
            m_ready.clear();
            constexpr qsizetype chunk = 64;
            qsizetype first = m_files.indexOf(file, m_next);
            if (first < 0)
                first = m_files.indexOf(file);
            if (first < 0)
                return Format::load(file);
            const QStringList next = m_files.mid(first, chunk);
            const QList<Document> loaded
                = QtConcurrent::blockingMapped(next, [](const QString& path) { return Format::load(path); });
            for (const Document& document : loaded)
                m_ready.insert(document.fileName, document);
            m_next = first + next.size();
        }
        return m_ready.take(file);
    }

private:
    QStringList m_files;
    qsizetype m_next = 0;
    QHash<QString, Document> m_ready;
};

} // namespace

bool applies(const QStringList& arguments)
{
    const QString format = valueOf(arguments, QStringLiteral("format"));
    if (!format.isEmpty())
        return Exchange::dataFormatFromName(format).has_value();
    return valueOf(arguments, QStringLiteral("view")).isEmpty()
        && Exchange::dataFormatFromPath(valueOf(arguments, QStringLiteral("output"))).has_value();
}

int run(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
                                    Text::tr("csv, gexf, graphml, ics, brat or plover."),
                                    QStringLiteral("format"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    Text::tr("The file, or the folder for CSV tables and brat."),
                                    QStringLiteral("path"));
    const QCommandLineOption table(
        QStringLiteral("table"),
        Text::tr("CSV into one file: actors, meetings, participants, issues or statuses."),
        QStringLiteral("name"));
    const QCommandLineOption lang(QStringLiteral("lang"), Text::tr("Language."), QStringLiteral("language"));
    const CommandHelpers::FilterOptions filterOptions;
    parser.addOptions({ format, output, table, lang });
    parser.addOptions(filterOptions.all());
    if (!parser.parse(QStringList { QStringLiteral("entente-export") } + arguments))
        return usageError(parser.errorText());
    if (parser.positionalArguments().isEmpty())
        return usageError(Text::tr("name at least one article file or folder"));
    if (!parser.isSet(output))
        return usageError(Text::tr("--output PATH is required"));
    const std::optional<Exchange::DataFormat> dataFormat = parser.isSet(format)
        ? Exchange::dataFormatFromName(parser.value(format))
        : Exchange::dataFormatFromPath(parser.value(output));
    if (!dataFormat)
        return usageError(Text::tr("--format must be csv, gexf, graphml, ics, brat or plover"));
    Exchange::ExportOptions options;
    options.format = *dataFormat;
    options.table = parser.value(table);
    options.derivedSide = Suggest::derivedSides(); // as the network view colours officials
    QString error;
    if (!filterOptions.read(parser, &options.filter, &error))
        return usageError(error);

    QList<Document> documents;
    // The graphs need the records only; CSV, iCalendar and PLOVER the sentences records rest on,
    // taken from each article as soon as it is parsed; brat the text and marks themselves.
    const QStringList files = Format::articleFiles(parser.positionalArguments());
    CommandHelpers::FileSpans spans;
    CommandHelpers::Keep keep;
    // brat: the text of each article is read again when its files are made (see writeBrat); its
    // hash tells whether the file changed in between.
    std::vector<size_t> textHashes;
    if (options.format == Exchange::DataFormat::Gexf || options.format == Exchange::DataFormat::Graphml) {
        keep = CommandHelpers::keepRecords;
    } else if (options.format == Exchange::DataFormat::Brat) {
        textHashes.resize(size_t(files.size()));
        keep = [&textHashes](qsizetype file, Document& document) {
            textHashes[size_t(file)] = qHash(document.text);
            CommandHelpers::keepRecords(file, document);
        };
    } else {
        spans.resize(size_t(files.size()));
        const bool statuses = options.format == Exchange::DataFormat::Csv;
        keep = [&spans, statuses](qsizetype file, Document& document) {
            spans[size_t(file)] = Exchange::prepareSpans(document, statuses);
            CommandHelpers::keepRecords(file, document);
        };
    }
    const bool loaded = CommandHelpers::loadFiles(files, &documents, keep) == 0;
    const Exchange::PreparedSpans sentences = CommandHelpers::takeSpans(files, &spans);
    if (options.format != Exchange::DataFormat::Brat)
        options.spans = &sentences;
    if (documents.isEmpty()) {
        qCritical("%s", qPrintable(Text::tr("entente export: no readable article files")));
        return 1;
    }
    const Corpus corpus = Corpus::merge(std::move(documents));
    QStringList written;
    if (options.format == Exchange::DataFormat::Brat) {
        QHash<QString, size_t> hashOf;
        for (qsizetype file = 0; file < files.size(); ++file)
            hashOf.insert(files.at(file), textHashes[size_t(file)]);
        Rereader rereader(corpus, options.filter);
        const auto whole = [&](const Document& document, Document* article, QString* changed) {
            Document reread = rereader.take(document.fileName);
            if (reread.unreadable || qHash(reread.text) != hashOf.value(document.fileName)
                || reread.recordsStart != document.recordsStart) {
                *changed = Text::tr("%1 changed while it was exported; export again").arg(document.fileName);
                return false;
            }
            *article = document;
            article->text = std::move(reread.text);
            article->marks = std::move(reread.marks);
            return true;
        };
        const Exchange::PreparedExport prepared
            = Exchange::writeBrat(corpus, parser.value(output), options.filter, whole, &written);
        CommandHelpers::printProblems(prepared.problems);
        if (!prepared.error.isEmpty()) {
            qCritical("entente export: %s", qPrintable(prepared.error));
            return 1;
        }
        CommandHelpers::printLine(Text::tr("Wrote %1 to %2").arg(prepared.summary, parser.value(output)));
        return loaded ? 0 : 1;
    }
    const Exchange::PreparedExport prepared = Exchange::prepareExport(corpus, parser.value(output), options);
    CommandHelpers::printProblems(prepared.problems);
    if (!Exchange::commitExport(prepared, &written, &error)) {
        qCritical("entente export: %s", qPrintable(error));
        return 1;
    }
    CommandHelpers::printLine(Text::tr("Wrote %1 to %2").arg(prepared.summary, parser.value(output)));
    return loaded ? 0 : 1;
}

} // namespace Entente::DataExportCommand
