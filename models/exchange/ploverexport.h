// The meetings as PLOVER-style event records (the Open Event Data Alliance's successor of CAMEO):
// one JSON object per meeting, CONSULT for held meetings and AGREE (intent to meet, CAMEO 036) for
// planned ones; cancelled and failed meetings are not events and are left out.
#pragma once

#include "exchangefilter.h"
#include "sources.h"

#include <QByteArray>

namespace Entente::Exchange::PloverExport {

enum class Layout {
    JsonLines, // one object a line (.jsonl), what event-data pipelines stream
    Array, // one JSON array (.json)
};

struct Result
{
    QByteArray data;
    int events = 0;
    QStringList leftOut; // cancelled and failed meetings
};

// One meeting's record as compact JSON, fields in the order of PLOVER's records.
QString record(const Corpus& corpus, const Meeting& meeting, const Sources& sources);
// spans: the sentences of documents that lost their text and marks (see prepareSpans); may be null.
Result write(const Corpus& corpus, const Selection& selection, Layout layout, const PreparedSpans* spans = nullptr);

} // namespace Entente::Exchange::PloverExport
