#include "importcommand.h"

#include "bratimport.h"
#include "commandhelpers.h"
#include "csvimport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Entente::ImportCommand {

namespace {

// Translated strings of this file (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::ImportCommand)
};

int usageError(const QString& message)
{
    qCritical("entente import: %s", qPrintable(message));
    qCritical("%s",
              qPrintable(Text::tr("usage: entente import FILE|FOLDER... --output FOLDER [--format brat|csv] "
                                  "[--types MAPPING]  |  entente import --print-types")));
    return 2;
}

// Which format the paths hold: .ann files (or folders with some) are brat, .csv files are CSV.
QString guessFormat(const QStringList& paths)
{
    bool brat = false, csv = false;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            brat = brat || !QDir(path).entryList({ QStringLiteral("*.ann") }, QDir::Files).isEmpty();
            csv = csv || !QDir(path).entryList({ QStringLiteral("*.csv") }, QDir::Files).isEmpty();
        } else {
            brat = brat || info.suffix().toLower() == u"ann";
            csv = csv || info.suffix().toLower() == u"csv";
        }
    }
    return brat == csv ? QString() : brat ? QStringLiteral("brat") : QStringLiteral("csv");
}

QStringList csvFiles(const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        const QDir dir(path);
        for (const QString& name : dir.entryList({ QStringLiteral("*.csv") }, QDir::Files, QDir::Name))
            files.append(dir.filePath(name));
    }
    return files;
}

} // namespace

int run(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringLiteral("output"),
                                    Text::tr("The folder to write the Entente files to."),
                                    QStringLiteral("folder"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Text::tr("brat or csv (default: from the files)."),
                                    QStringLiteral("format"));
    const QCommandLineOption types(QStringLiteral("types"),
                                   Text::tr("A brat type mapping ('Type = actor:person' lines)."),
                                   QStringLiteral("file"));
    const QCommandLineOption printTypes(QStringLiteral("print-types"),
                                        Text::tr("Print the default brat type mapping."));
    const QCommandLineOption lang(QStringLiteral("lang"), Text::tr("Language."), QStringLiteral("language"));
    parser.addOptions({ output, format, types, printTypes, lang });
    if (!parser.parse(QStringList { QStringLiteral("entente-import") } + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(printTypes)) {
        CommandHelpers::printLine(Exchange::Brat::TypeMap::defaults().toText().trimmed());
        return 0;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return usageError(Text::tr("name the files or folders to import"));
    if (!parser.isSet(output))
        return usageError(Text::tr("--output FOLDER is required"));
    const QString kind = parser.isSet(format) ? parser.value(format).toLower() : guessFormat(paths);
    if (kind != u"brat" && kind != u"csv")
        return usageError(Text::tr("say --format brat or --format csv"));

    QList<Exchange::OutputFile> files;
    QList<Diagnostic> problems;
    QString summary;
    if (kind == u"brat") {
        Exchange::Brat::TypeMap map = Exchange::Brat::TypeMap::defaults();
        if (parser.isSet(types)) {
            QFile file(parser.value(types));
            if (!file.open(QIODevice::ReadOnly))
                return usageError(Text::tr("%1: %2").arg(parser.value(types), file.errorString()));
            const Exchange::Brat::TypeMap given = Exchange::Brat::TypeMap::parse(
                QString::fromUtf8(file.readAll()), parser.value(types), &problems);
            for (const auto& [type, target] : given.entries())
                map.set(type, target);
        }
        Exchange::BratImport::Result result = Exchange::BratImport::import(paths, map);
        files = std::move(result.files);
        problems += result.problems;
        summary = Text::tr("%1 of %n brat document(s), %2 marks", nullptr, result.documents)
                      .arg(files.size())
                      .arg(result.marks);
    } else {
        Exchange::CsvImport::Result result = Exchange::CsvImport::import(csvFiles(paths));
        files = std::move(result.files);
        problems += result.problems;
        summary = Text::tr("%1 of %n CSV row(s)", nullptr, result.rows).arg(result.imported);
    }
    CommandHelpers::printProblems(problems);
    const bool skipped = std::any_of(problems.cbegin(), problems.cend(),
                                     [](const Diagnostic& d) { return d.severity == Severity::Error; });
    if (files.isEmpty()) {
        qCritical("%s", qPrintable(Text::tr("entente import: nothing to write")));
        return 1;
    }
    QStringList written;
    QString error;
    if (!Exchange::writeFiles(parser.value(output), files, Exchange::Existing::Refuse, &written, &error)) {
        qCritical("entente import: %s", qPrintable(error));
        return 1;
    }
    CommandHelpers::printLine(Text::tr("Imported %1 into %n file(s) in %2", nullptr, int(written.size()))
                                  .arg(summary, parser.value(output)));
    return skipped ? 1 : 0;
}

} // namespace Entente::ImportCommand
