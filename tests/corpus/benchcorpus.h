// Generated corpora for the benchmarks, written once per size under the temporary folder and reused
// by later runs (generating 50,000 articles takes a while), and the sizes a run measures.
#pragma once

#include "corpusgenerator.h"

#include <QDir>
#include <QFile>
#include <QList>
#include <QStandardPaths>

namespace Entente::Testing {

// ENTENTE_BENCH_SIZES="1000,10000,50000" (default: 1,000 and 10,000 articles).
inline QList<int> benchmarkSizes()
{
    const QByteArray value = qgetenv("ENTENTE_BENCH_SIZES");
    QList<int> sizes;
    for (const QByteArray& part : (value.isEmpty() ? QByteArray("1000,10000") : value).split(',')) {
        if (const int n = part.trimmed().toInt(); n > 0)
            sizes.append(n);
    }
    return sizes;
}

// The folder of a generated corpus of articles, made if it is not there yet.
inline QString benchmarkCorpus(int articles)
{
    const QString folder = QDir::temp().filePath(QStringLiteral("entente-bench/corpus-%1").arg(articles));
    const QString done = folder + QStringLiteral("/.complete");
    if (QFile::exists(done))
        return folder;
    QDir(folder).removeRecursively();
    CorpusSpec spec;
    spec.articles = articles;
    CorpusGenerator generator(spec);
    if (generator.writeTo(folder) < 0)
        return {};
    QFile marker(done);
    if (!marker.open(QIODevice::WriteOnly))
        return {};
    return folder;
}

} // namespace Entente::Testing
