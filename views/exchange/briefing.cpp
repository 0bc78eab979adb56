#include "briefing.h"

#include "briefingdata.h"
#include "briefingfigures.h"
#include "briefinghtml.h"
#include "htmlwriter.h"
#include "exportableview.h"
#include "outputfiles.h"
#include "sources.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QSvgGenerator>
#include <QTextDocument>

#include <mutex>

namespace Entente {

namespace {

// Translated strings of the briefing (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::Briefing)
};

constexpr int dpi = 96; // one logical pixel of the views is one pixel of the page
constexpr qreal margin = 56; // about 15 mm
constexpr qreal footerHeight = 20;

QSizeF pageSize(bool landscape)
{
    const QSizeF a4 = QPageSize(QPageSize::A4).sizePixels(dpi);
    return landscape ? a4.transposed() : a4;
}

QRectF contentRect(bool landscape)
{
    const QSizeF size = pageSize(landscape);
    return QRectF(margin, margin, size.width() - 2 * margin, size.height() - 2 * margin - footerHeight);
}

// A figure as drawn when the briefing was made, to be played on any thread.
struct RecordedFigure
{
    QString title;
    QSizeF size;
    QPicture picture;
};

// The view as inline SVG: without the XML declaration, UTF-8 as QSvgGenerator wrote it.
QByteArray svgOf(const RecordedFigure& figure)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(figure.size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), figure.size));
    {
        QPainter painter(&generator);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.drawPicture(QPointF(0, 0), figure.picture);
    }
    const qsizetype start = buffer.data().indexOf("<svg");
    return start < 0 ? QByteArray() : buffer.data().sliced(start);
}

} // namespace

struct Briefing::Private
{
    Corpus corpus;
    Options options;
    Exchange::BriefingData data;
    // The quoted sentences, looked up on the thread that writes the briefing, when it first does.
    const Exchange::Sources& sources() const
    {
        std::call_once(sourcesMade,
                       [this] { sourcesFound = std::make_unique<Exchange::Sources>(corpus, options.spans); });
        return *sourcesFound;
    }
    mutable std::once_flag sourcesMade;
    mutable std::unique_ptr<Exchange::Sources> sourcesFound;
    QList<RecordedFigure> figures;
    QString title;
    // The pages for pageCount() and page(), laid out when first asked for, on the asking thread.
    class Paged;
    mutable std::unique_ptr<Paged> pagesShown;

    const Paged& shownPages() const;
    // The HTML file: the sections are made as they are written, until stopped() says so.
    bool writeHtml(QIODevice* device, const std::function<bool()>& stopped = {}) const;
};

// The briefing laid out in pages. Its texts are QObjects: it is made, used and destroyed on one
// thread, the one that writes the PDF.
class Briefing::Private::Paged
{
public:
    struct Page
    {
        int document = -1; // index into texts, or -1 for a figure
        int documentPage = 0;
        int figure = -1;
        bool landscape = false;
    };

    // Stops early, with no pages, when stop() says so between sections.
    Paged(const Briefing::Private& briefing, const std::function<bool()>& stop)
        : d(briefing)
    {
        const auto sections = {
            &Paged::titleText,
            &Paged::meetingsText,
            &Paged::figurePages,
            &Paged::sourcesText,
        };
        for (auto section : sections) {
            if (stop && stop()) {
                pages.clear();
                return;
            }
            (this->*section)();
        }
    }

    qsizetype count() const { return pages.size(); }
    bool landscape(qsizetype index) const { return pages.at(index).landscape; }
    void paint(QPainter* painter, int index) const;

private:
    void titleText() { addText(BriefingHtml::titleSection(d.corpus, d.data, d.sources(), d.title)); }
    void meetingsText() { addText(BriefingHtml::meetingsSection(d.corpus, d.data, d.sources())); }
    void sourcesText() { addText(BriefingHtml::sourcesSection(d.corpus, d.data, d.sources())); }
    void figurePages()
    {
        for (qsizetype f = 0; f < d.figures.size(); ++f) {
            const QSizeF size = d.figures.at(f).size;
            pages.append({ -1, 0, int(f), size.width() > size.height() });
        }
    }
    void addText(const QString& html)
    {
        auto document = std::make_unique<QTextDocument>();
        QFont font = QGuiApplication::font();
        font.setPointSizeF(10);
        document->setDefaultFont(font);
        document->setDefaultStyleSheet(BriefingHtml::styleSheet());
        document->setHtml(html);
        const QRectF content = contentRect(false);
        document->setPageSize(content.size());
        const int count = document->pageCount();
        for (int i = 0; i < count; ++i)
            pages.append({ int(texts.size()), i, -1, false });
        texts.push_back(std::move(document));
    }

    const Briefing::Private& d;
    std::vector<std::unique_ptr<QTextDocument>> texts;
    QList<Page> pages;
};

void Briefing::Private::Paged::paint(QPainter* painter, int index) const
{
    const Page& page = pages.at(index);
    const QRectF content = contentRect(page.landscape);
    painter->fillRect(QRectF(QPointF(0, 0), pageSize(page.landscape)), Qt::white);
    if (page.document >= 0) {
        QTextDocument* document = texts.at(page.document).get();
        painter->save();
        painter->translate(content.left(), content.top() - page.documentPage * content.height());
        document->drawContents(painter,
                               QRectF(0, page.documentPage * content.height(), content.width(), content.height()));
        painter->restore();
    } else {
        const RecordedFigure& figure = d.figures.at(page.figure);
        QFont heading = QGuiApplication::font();
        heading.setPointSizeF(15);
        heading.setWeight(QFont::DemiBold);
        painter->setFont(heading);
        painter->setPen(QColor(0x24, 0x45, 0x6b));
        const qreal headingHeight = QFontMetricsF(heading).height() + 10;
        painter->drawText(QRectF(content.topLeft(), QSizeF(content.width(), headingHeight)),
                          Qt::AlignLeft | Qt::AlignTop, figure.title);
        const QRectF area = content.adjusted(0, headingHeight, 0, 0);
        const QSizeF size = figure.size;
        const qreal scale = std::min({ area.width() / size.width(), area.height() / size.height(), 1.5 });
        painter->save();
        painter->translate(area.left() + (area.width() - size.width() * scale) / 2, area.top());
        painter->scale(scale, scale);
        painter->drawPicture(QPointF(0, 0), figure.picture);
        painter->restore();
    }
    QFont small = QGuiApplication::font();
    small.setPointSizeF(7.5);
    painter->setFont(small);
    painter->setPen(QColor(0x70, 0x7a, 0x88));
    const QRectF footer(content.left(), content.bottom() + footerHeight / 2, content.width(), footerHeight);
    painter->drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                      d.title + QStringLiteral(" · ") + BriefingHtml::period(d.data));
    painter->drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                      Text::tr("Page %1 of %2").arg(index + 1).arg(pages.size()));
}

const Briefing::Private::Paged& Briefing::Private::shownPages() const
{
    if (!pagesShown)
        pagesShown = std::make_unique<Paged>(*this, std::function<bool()>());
    return *pagesShown;
}

std::optional<Briefing::Output> Briefing::outputFromPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf")
        return Output::Pdf;
    if (suffix == u"html" || suffix == u"htm")
        return Output::Html;
    return std::nullopt;
}

Briefing::Prepared Briefing::prepare(const Corpus& corpus, const Options& options)
{
    Prepared prepared { corpus, options, Exchange::BriefingData::build(corpus, options.filter), {} };
    prepared.figures = Corpus::merge(prepared.data.viewDocuments(corpus));
    return prepared;
}

Briefing::Briefing(const Corpus& corpus, const Options& options)
    : Briefing(prepare(corpus, options))
{ }

Briefing::Briefing(const Prepared& prepared)
    : d(std::make_unique<Private>())
{
    d->corpus = prepared.corpus;
    d->options = prepared.options;
    d->title = prepared.options.title.isEmpty() ? Text::tr("Briefing") : prepared.options.title;
    d->data = prepared.data;
    const BriefingFigures figures(prepared.figures, d->data);
    // The views draw here, once; their pictures play on whichever thread writes the briefing.
    for (const BriefingFigures::Figure& figure : figures.figures()) {
        RecordedFigure recorded { figure.title, figure.view->exportSize(), QPicture() };
        QPainter painter(&recorded.picture);
        painter.setRenderHint(QPainter::Antialiasing);
        figure.view->renderExport(&painter, QRectF(QPointF(0, 0), recorded.size));
        painter.end();
        d->figures.append(recorded);
    }
}

Briefing::~Briefing() = default;

int Briefing::pageCount() const
{
    return int(d->shownPages().count());
}

int Briefing::meetingCount() const
{
    return int(d->data.meetings.size());
}

int Briefing::statusChangeCount() const
{
    return int(d->data.statuses.size());
}

QImage Briefing::page(int index, double scale) const
{
    const Private::Paged& pages = d->shownPages();
    const QSizeF size = pageSize(pages.landscape(index)) * scale;
    QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                           | QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    pages.paint(&painter, index);
    return image;
}

QByteArray Briefing::pdf(const Progress& progress) const
{
    const auto stopped = [&progress](int done, int total) { return progress && !progress(done, total); };
    // Laid out here and not kept: the texts belong to this thread.
    const Private::Paged pages(*d, [&stopped] { return stopped(0, 0); });
    if (pages.count() == 0 || stopped(0, int(pages.count())))
        return {};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(d->title);
    writer.setCreator(QStringLiteral("Entente"));
    writer.setResolution(dpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins({});
    const auto orient = [&writer](bool landscape) {
        writer.setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    };
    orient(pages.landscape(0));
    QPainter painter(&writer);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < pages.count(); ++i) {
        if (i > 0) {
            orient(pages.landscape(i));
            writer.newPage();
        }
        pages.paint(&painter, i);
        if (stopped(i + 1, int(pages.count())))
            return {};
    }
    painter.end();
    return buffer.data();
}

bool Briefing::Private::writeHtml(QIODevice* device, const std::function<bool()>& stopped) const
{
    HtmlWriter html(device, stopped);
    const auto write = [&html](const QString& piece) { html.write(piece); };
    html.write(QStringLiteral(
                   "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"/>"
                   "<meta name=\"generator\" content=\"Entente\"/><title>%2</title><style>%3"
                   "body { max-width: 60em; margin: 2em auto; padding: 0 1em; font-size: 11pt; }</style>"
                   "</head><body>\n")
                   .arg(QLocale().bcp47Name(), title.toHtmlEscaped(), BriefingHtml::styleSheet()));
    html.write(QStringLiteral("<section class=\"title\">"));
    BriefingHtml::titleSection(corpus, data, sources(), title, write);
    html.write(QStringLiteral("</section>\n<section class=\"meetings\">"));
    BriefingHtml::meetingsSection(corpus, data, sources(), write);
    html.write(QStringLiteral("</section>\n"));
    for (const RecordedFigure& figure : figures) {
        html.write(QStringLiteral("<figure><figcaption><h2>%1</h2></figcaption>\n")
                       .arg(figure.title.toHtmlEscaped()));
        html.write(svgOf(figure));
        html.write(QStringLiteral("\n</figure>\n"));
    }
    html.write(QStringLiteral("<section class=\"sources\">"));
    BriefingHtml::sourcesSection(corpus, data, sources(), write);
    html.write(QStringLiteral("</section>\n</body></html>\n"));
    html.flush();
    return html.ok();
}

QByteArray Briefing::html() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    d->writeHtml(&buffer);
    return buffer.data();
}

bool Briefing::write(const QString& path, QString* error, const Progress& progress) const
{
    const std::optional<Output> output = outputFromPath(path);
    if (!output) {
        *error = Text::tr("%1: a briefing is written as .pdf or .html").arg(path);
        return false;
    }
    const QString stoppedMessage = Text::tr("%1: the briefing was stopped before it was written").arg(path);
    if (*output == Output::Pdf) {
        const QByteArray bytes = pdf(progress);
        if (bytes.isEmpty()) {
            *error = stoppedMessage;
            return false;
        }
        return Exchange::writeFile(path, bytes, error);
    }
    // HTML straight into the file as it is made; a file stopped half-way is not kept.
    bool stopped = false;
    const auto stop = [&stopped, &progress] { return stopped = stopped || (progress && !progress(0, 0)); };
    if (Exchange::writeFile(path, [this, &stop](QIODevice* file) { return d->writeHtml(file, stop); }, error))
        return true;
    if (stopped)
        *error = stoppedMessage;
    return false;
}

} // namespace Entente
