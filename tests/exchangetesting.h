// Shared by the exchange tests: the corpus they export (the shipped sample and the non-ASCII test
// articles under tests/data/exchange), and records compared without where they came from.
#pragma once

#include "corpus.h"
#include "format.h"

#include <QDir>
#include <QFileInfo>

namespace Entente::Testing {

// A file of the development sets in ../shared/data (beside the checkout, or beside its parent for a
// worktree; $ENTENTE_SHARED_DATA names the data folder where the build root cannot see it), or an
// empty string when it is not there.
inline QString sharedData(const QString& relative)
{
    const QString given = qEnvironmentVariable("ENTENTE_SHARED_DATA");
    if (!given.isEmpty() && QFileInfo::exists(given + u'/' + relative))
        return given + u'/' + relative;
    QDir dir(QStringLiteral(ENTENTE_SOURCE_DIR));
    for (int up = 0; up < 4; ++up) {
        const QString candidate = dir.filePath(QStringLiteral("shared/data/") + relative);
        if (QFileInfo::exists(candidate))
            return candidate;
        if (!dir.cdUp())
            break;
    }
    return {};
}

inline QStringList exchangeArticles()
{
    return { QStringLiteral(ENTENTE_SAMPLE),
             QStringLiteral(ENTENTE_SOURCE_DIR "/tests/data/exchange/berlin-gespraeche.entente"),
             QStringLiteral(ENTENTE_SOURCE_DIR "/tests/data/exchange/beijing-climate-zh.entente") };
}

inline Corpus loadCorpus(const QStringList& paths)
{
    QList<Document> documents;
    for (const QString& file : Format::articleFiles(paths))
        documents.append(Format::load(file));
    return Corpus::merge(std::move(documents));
}

template<typename Record> QList<Record> withoutOrigins(QList<Record> records)
{
    for (Record& record : records)
        record.origin = {};
    return records;
}

inline QList<Issue> issuesWithoutOrigins(QList<Issue> issues)
{
    for (Issue& issue : issues) {
        issue.origin = {};
        for (StatusChange& change : issue.history)
            change.origin = {};
    }
    return issues;
}

} // namespace Entente::Testing
