#include "commandline.h"

#include "commandhelpers.h"
#include "corpus.h"
#include "format.h"
#include "jsonexport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <optional>
#include <vector>

namespace Entente::CommandLine {

namespace {

// Translated strings of this file (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::CommandLine)
};

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Loads every file; unreadable ones are reported and left out, and so are the entries of folders that
// are not read (FIFOs, devices, broken links...). Returns false when something named could not be read.
bool loadAll(const Format::ArticleFiles& found, QList<Document>* documents, const CommandHelpers::Keep& keep,
    int* errors = nullptr, int* warnings = nullptr)
{
    int failed = 0;
    for (const QString& folder : found.emptyFolders) {
        err() << Text::tr("%1: error: a folder with no articles (no .entente or .txt files in it)").arg(folder) << Qt::endl;
        ++failed;
    }
    for (const Format::SkippedFile& skipped : found.skipped) {
        err() << Text::tr("%1: warning: skipped: %2").arg(skipped.path, skipped.reason) << Qt::endl;
        if (warnings)
            ++*warnings;
    }
    failed += CommandHelpers::loadFiles(found.files, documents, keep);
    // An id a mark or a meeting names may be defined in another of the articles.
    Format::resolveAcrossArticles(*documents);
    if (errors)
        *errors += failed;
    return failed == 0;
}

} // namespace

int check(const QStringList& paths)
{
    QList<Document> documents;
    int errors = 0;
    int warnings = 0;
    // --check needs the diagnostics only.
    loadAll(Format::findArticleFiles(paths), &documents, CommandHelpers::keepRecords, &errors, &warnings);
    const qsizetype fileCount = documents.size();
    const Corpus corpus = Corpus::merge(std::move(documents));
    const auto report = [&](const Diagnostic& d) {
        err() << d.toString() << Qt::endl;
        (d.severity == Severity::Error ? errors : warnings) += 1;
    };
    for (const Document& doc : corpus.documents) {
        for (const Diagnostic& d : doc.diagnostics)
            report(d);
    }
    for (const Diagnostic& d : corpus.conflicts)
        report(d);
    out() << Text::tr("%n file(s) checked", nullptr, int(fileCount)) << QStringLiteral(", ") << Text::tr("%n error(s)", nullptr, errors) << QStringLiteral(", ")
          << Text::tr("%n warning(s)", nullptr, warnings) << Qt::endl;
    return errors > 0 ? 1 : 0;
}

int dump(const QStringList& paths)
{
    QList<Document> documents;
    // Of the text and marks, --dump needs only the number of marks and the sentence of each meeting
    // report (a meeting that several articles report lists each one's): taken on the worker, then
    // the text and marks go.
    const Format::ArticleFiles found = Format::findArticleFiles(paths);
    std::vector<std::optional<Json::ArticleSummary>> summaries(size_t(found.files.size()));
    const bool ok = loadAll(found, &documents, [&summaries](qsizetype file, Document& document) {
        summaries[size_t(file)] = Json::ArticleSummary::of(document);
        CommandHelpers::keepRecords(file, document);
    });
    QList<Json::ArticleSummary> kept;
    kept.reserve(documents.size());
    for (std::optional<Json::ArticleSummary>& summary : summaries) {
        if (summary)
            kept.append(std::move(*summary));
    }
    summaries = {};
    const Corpus corpus = Corpus::merge(std::move(documents));
    // Written record by record, as bytes: no tree of the whole corpus, no QString of twice its size.
    QFile standardOutput;
    if (!standardOutput.open(stdout, QIODevice::WriteOnly) || !Json::write(corpus, kept, &standardOutput)
        || !standardOutput.flush()) {
        err() << Text::tr("entente: cannot write the corpus: %1").arg(standardOutput.errorString()) << Qt::endl;
        return 1;
    }
    return ok ? 0 : 1;
}

int plain(const QStringList& paths)
{
    QList<Document> documents;
    const bool ok = loadAll(Format::findArticleFiles(paths), &documents, {});
    QFile standardOutput;
    if (!standardOutput.open(stdout, QIODevice::WriteOnly))
        return 1;
    bool written = true;
    for (const Document& doc : std::as_const(documents)) {
        Format::encodePlainText(doc, [&](QByteArrayView bytes) {
            written = written && standardOutput.write(bytes.data(), bytes.size()) == bytes.size();
        });
    }
    if (!written || !standardOutput.flush()) {
        err() << Text::tr("entente: cannot write the plain text: %1").arg(standardOutput.errorString()) << Qt::endl;
        return 1;
    }
    return ok ? 0 : 1;
}

} // namespace Entente::CommandLine
