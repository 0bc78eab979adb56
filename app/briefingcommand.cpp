#include "briefingcommand.h"

#include "briefing.h"
#include "commandhelpers.h"
#include "format.h"
#include "sources.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>
#include <vector>

namespace Entente::BriefingCommand {

namespace {

// Translated strings of this file (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::BriefingCommand)
};

int usageError(const QString& message)
{
    qCritical("entente briefing: %s", qPrintable(message));
    qCritical("%s",
              qPrintable(Text::tr(
                  "usage: entente briefing FILE|FOLDER... --from DATE --to DATE "
                  "--output briefing.pdf|briefing.html [--title TEXT] [--sides A,B] [--statuses S,T]")));
    return 2;
}

} // namespace

int run(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringLiteral("output"), Text::tr("briefing.pdf or briefing.html."),
                                    QStringLiteral("path"));
    const QCommandLineOption title(QStringLiteral("title"), Text::tr("The title on the first page."),
                                   QStringLiteral("text"));
    const QCommandLineOption lang(QStringLiteral("lang"), Text::tr("Language."), QStringLiteral("language"));
    const CommandHelpers::FilterOptions filterOptions;
    parser.addOptions({ output, title, lang });
    parser.addOptions(filterOptions.all());
    if (!parser.parse(QStringList { QStringLiteral("entente-briefing") } + arguments))
        return usageError(parser.errorText());
    if (parser.positionalArguments().isEmpty())
        return usageError(Text::tr("name at least one article file or folder"));
    if (!parser.isSet(output) || !Briefing::outputFromPath(parser.value(output)))
        return usageError(Text::tr("--output must name a .pdf or .html file"));
    Briefing::Options options;
    options.title = parser.value(title);
    QString error;
    if (!filterOptions.read(parser, &options.filter, &error))
        return usageError(error);
    if (!options.filter.from.isValid() || !options.filter.to.isValid())
        return usageError(Text::tr("--from and --to are required"));

    // The briefing quotes the sentences its meetings and status changes rest on: they are taken from
    // each article as soon as it is parsed, and its text and marks dropped (its views need neither).
    QList<Document> documents;
    const QStringList files = Format::articleFiles(parser.positionalArguments());
    CommandHelpers::FileSpans spans(size_t(files.size()));
    const auto keep = [&spans](qsizetype file, Document& document) {
        auto prepared = Exchange::prepareSpans(document, true);
        for (Exchange::LocatedSpan& span : prepared)
            span.words = QString(); // the briefing quotes sentences, not the marked words
        spans[size_t(file)] = std::move(prepared);
        CommandHelpers::keepRecords(file, document);
    };
    const bool loaded = CommandHelpers::loadFiles(files, &documents, keep) == 0;
    const Exchange::PreparedSpans sentences = CommandHelpers::takeSpans(files, &spans);
    options.spans = &sentences;
    if (documents.isEmpty()) {
        qCritical("%s", qPrintable(Text::tr("entente briefing: no readable article files")));
        return 1;
    }
    const Briefing briefing(Corpus::merge(std::move(documents)), options);
    if (!briefing.write(parser.value(output), &error)) {
        qCritical("entente briefing: %s", qPrintable(error));
        return 1;
    }
    CommandHelpers::printLine(
        Text::tr("Wrote %1: %n meeting(s), %2 status changes", nullptr, briefing.meetingCount())
            .arg(parser.value(output))
            .arg(briefing.statusChangeCount()));
    return loaded ? 0 : 1;
}

} // namespace Entente::BriefingCommand
