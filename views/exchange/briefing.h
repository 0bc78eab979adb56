// A briefing of a period in one step: a title page, the meetings as a table, the calendar (or the
// meetings per month), the network, the issue status chart, and the sentence every meeting and
// status change rests on with its article — in the UI language. PDF through Qt's PDF writer, or one
// self-contained HTML file with the figures as inline SVG.
//
// The figures are drawn when the briefing is made, on the UI thread (they are the views' widgets);
// what they show is prepared before, and the PDF or HTML written after, on any thread.
#pragma once

#include "briefingdata.h"
#include "exchangefilter.h"
#include "sources.h"

#include <QImage>
#include <functional>
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

    // Told, on the writing thread, how many of the PDF's pages are written (0 of 0 while the text
    // is laid out); returns false to stop.
    using Progress = std::function<bool(int done, int total)>;

    // What a briefing holds before its figures are drawn: the period's records and the corpus its
    // views show (merged from every article: the costly part). Made on any thread.
    struct Prepared
    {
        Corpus corpus;
        Options options;
        Exchange::BriefingData data;
        Corpus figures;
    };
    static Prepared prepare(const Corpus& corpus, const Options& options);

    // Need a QApplication and the UI thread: the figures are the views' widgets. Keep no reference
    // to corpus.
    explicit Briefing(const Prepared& prepared);
    Briefing(const Corpus& corpus, const Options& options);
    ~Briefing();

    int pageCount() const; // of the PDF
    QByteArray pdf(const Progress& progress = {}) const; // empty when stopped
    QByteArray html() const;
    // A page as the PDF has it, scale × 96 pixels an inch (for previews and tests).
    QImage page(int index, double scale = 1.0) const;
    // Writes atomically; on failure, or when progress stops it, returns false and a message naming
    // the file, and the file is as it was.
    bool write(const QString& path, QString* error, const Progress& progress = {}) const;

    int meetingCount() const;
    int statusChangeCount() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Entente
