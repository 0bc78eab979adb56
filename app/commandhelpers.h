// What the data commands (export of data, import, briefing) share: reading the articles named on the
// command line, dates and filters from options, and reporting problems.
#pragma once

#include "corpus.h"
#include "exchangefilter.h"
#include "sources.h"

#include <QCommandLineParser>

#include <functional>
#include <optional>
#include <vector>

namespace Entente::CommandHelpers {

// Runs on a worker thread on each document right after it is parsed (file: its index in the list of
// files): drops what the command does not need, so that a folder of articles never sits in memory
// whole (the text is the largest part of a document, its marks next).
using Keep = std::function<void(qsizetype file, Document& document)>;

// Reads and parses files on every core, a chunk at a time; unreadable ones are reported on stderr in
// file order and left out. Returns how many could not be read.
int loadFiles(const QStringList& files, QList<Document>* documents, const Keep& keep = {});

// Loads the articles of files and folders; unreadable ones are reported on stderr. False when one
// could not be read (the others are still in documents).
bool loadArticles(const QStringList& paths, QList<Document>* documents, const Keep& keep = {});

// Keep: drops the text and the marks (for commands that read the records only).
void keepRecords(qsizetype file, Document& document);

// The sentences each file's Keep prepared (by index in files), keyed by file name; perFile is emptied.
using FileSpans = std::vector<std::optional<QHash<std::pair<int, int>, Exchange::LocatedSpan>>>;
Exchange::PreparedSpans takeSpans(const QStringList& files, FileSpans* perFile);

// --from, --to (a day, or a week or month: --from takes its first day, --to its last), --sides and
// --statuses. On a bad value returns false with a translated message.
struct FilterOptions
{
    QCommandLineOption from;
    QCommandLineOption to;
    QCommandLineOption sides;
    QCommandLineOption statuses;
    FilterOptions();
    QList<QCommandLineOption> all() const { return { from, to, sides, statuses }; }
    bool read(const QCommandLineParser& parser, Exchange::Filter* filter, QString* error) const;
};

void printProblems(const QList<Diagnostic>& problems);
void printLine(const QString& text); // to stdout

} // namespace Entente::CommandHelpers
