// Finding words in every open article (Find in All Articles): the words as the reading view shows
// them, without marks' markup and without the records section, so that a phrase matches across the
// edge of a mark. Runs on a worker thread: it reads only the documents it is given.
#pragma once

#include "document.h"

#include <QList>
#include <QString>

#include <functional>

namespace Entente::CorpusSearch {

struct Hit
{
    QString fileName; // the document's file
    int start = 0; // the found words in the document's text (annotated positions)
    int end = 0;
    int line = 0; // 1-based line of the text
    QString context; // the line around the words, shortened with "…"
};

struct Result
{
    QList<Hit> hits; // in document order, then text order
    int documentsSearched = 0;
    bool truncated = false; // more hits than maximumHits: the first ones are kept
    bool cancelled = false;
};

// Every occurrence of needle in the documents' words; an empty needle finds nothing. cancelled is
// asked between documents.
Result search(const QList<Document>& documents, const QString& needle, Qt::CaseSensitivity sensitivity,
    int maximumHits, const std::function<bool()>& cancelled = {});

} // namespace Entente::CorpusSearch
