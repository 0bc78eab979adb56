// What the data commands (export of data, import, briefing) share: reading the articles named on the
// command line, dates and filters from options, and reporting problems.
#pragma once

#include "corpus.h"
#include "exchangefilter.h"

#include <QCommandLineParser>

namespace Entente::CommandHelpers {

// Loads the articles of files and folders; unreadable ones are reported on stderr. False when one
// could not be read (the others are still in documents).
bool loadArticles(const QStringList& paths, QList<Document>* documents);

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
