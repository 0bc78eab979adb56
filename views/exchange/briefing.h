// A briefing of a period in one step: a title page, the meetings as a table, the calendar (or the
// meetings per month), the network, the issue status chart, and the sentence every meeting and
// status change rests on with its article — in the UI language. PDF through Qt's PDF writer, or one
// self-contained HTML file with the figures as inline SVG.
#pragma once

#include "exchangefilter.h"
#include "sources.h"

#include <QImage>
#include <memory>

namespace Entente {

class Briefing
{
public:
    struct Options
    {
        QString title; // empty: "Briefing"
        Exchange::Filter filter; // the period (--from/--to) and the network's filters
        // The sentences of documents that lost their text and marks (Exchange::prepareSpans, with
        // statuses), for a corpus too large to keep them; must outlive the briefing. May be null.
        const Exchange::PreparedSpans* spans = nullptr;
    };
    enum class Output { Pdf, Html };
    static std::optional<Output> outputFromPath(const QString& path); // .pdf, .html or .htm

    // Needs a QApplication: the figures are the views' widgets. Keeps no reference to corpus.
    Briefing(const Corpus& corpus, const Options& options);
    ~Briefing();

    int pageCount() const; // of the PDF
    QByteArray pdf() const;
    QByteArray html() const;
    // A page as the PDF has it, scale × 96 pixels an inch (for previews and tests).
    QImage page(int index, double scale = 1.0) const;
    // Writes atomically; on failure returns false and a message naming the file.
    bool write(const QString& path, QString* error) const;

    int meetingCount() const;
    int statusChangeCount() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Entente
