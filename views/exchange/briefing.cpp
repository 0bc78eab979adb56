#include "briefing.h"

#include "briefingdata.h"
#include "briefingfigures.h"
#include "briefinghtml.h"
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
#include <QSvgGenerator>
#include <QTextDocument>

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

// The view as inline SVG: without the XML declaration, UTF-8 as QSvgGenerator wrote it.
QByteArray svgOf(ExportableView* view)
{
    const QSizeF size = view->exportSize();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    {
        QPainter painter(&generator);
        painter.setRenderHint(QPainter::Antialiasing);
        view->renderExport(&painter, QRectF(QPointF(0, 0), size));
    }
    const qsizetype start = buffer.data().indexOf("<svg");
    return start < 0 ? QByteArray() : buffer.data().sliced(start);
}

// HTML written to a device as UTF-8 as it is made, a buffer at a time, so that a briefing of a large
// corpus never sits in memory whole (pieces are whole strings: no surrogate pair is split).
class HtmlWriter
{
public:
    explicit HtmlWriter(QIODevice* device)
        : m_device(device)
    { }
    ~HtmlWriter() { flush(); }
    void write(const QString& piece)
    {
        m_buffer += piece;
        if (m_buffer.size() >= 1 << 16)
            flush();
    }
    void write(const QByteArray& utf8)
    {
        flush();
        put(utf8);
    }
    void flush()
    {
        if (!m_buffer.isEmpty())
            put(m_buffer.toUtf8());
        m_buffer.clear();
    }
    bool ok() const { return m_ok; }

private:
    void put(const QByteArray& bytes) { m_ok = m_ok && m_device->write(bytes) == bytes.size(); }

    QIODevice* m_device;
    QString m_buffer;
    bool m_ok = true;
};

} // namespace

struct Briefing::Private
{
    struct Page
    {
        int document = -1; // index into texts, or -1 for a figure
        int documentPage = 0;
        int figure = -1;
        bool landscape = false;
    };

    Corpus corpus;
    Options options;
    Exchange::BriefingData data;
    std::unique_ptr<Exchange::Sources> sources;
    std::unique_ptr<BriefingFigures> figures;
    QString title;
    std::vector<std::unique_ptr<QTextDocument>> texts;
    QList<Page> pages;
    bool paginated = false;

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

    // Lays the text out in pages when pages are first asked for: an HTML briefing needs none, and
    // laying out the tables of 10,000 articles' meetings takes most of a PDF's time.
    void paginate()
    {
        if (paginated)
            return;
        paginated = true;
        addText(BriefingHtml::titleSection(corpus, data, *sources, title));
        addText(BriefingHtml::meetingsSection(corpus, data, *sources));
        for (qsizetype f = 0; f < figures->figures().size(); ++f) {
            const QSizeF size = figures->figures().at(f).view->exportSize();
            pages.append({ -1, 0, int(f), size.width() > size.height() });
        }
        addText(BriefingHtml::sourcesSection(corpus, data, *sources));
    }

    // The HTML file: the sections are made as they are written.
    bool writeHtml(QIODevice* device) const;

    void paint(QPainter* painter, int index) const
    {
        const Page& page = pages.at(index);
        const QRectF content = contentRect(page.landscape);
        painter->fillRect(QRectF(QPointF(0, 0), pageSize(page.landscape)), Qt::white);
        if (page.document >= 0) {
            QTextDocument* document = texts.at(page.document).get();
            painter->save();
            painter->translate(content.left(), content.top() - page.documentPage * content.height());
            document->drawContents(
                painter, QRectF(0, page.documentPage * content.height(), content.width(), content.height()));
            painter->restore();
        } else {
            const BriefingFigures::Figure& figure = figures->figures().at(page.figure);
            QFont heading = QGuiApplication::font();
            heading.setPointSizeF(15);
            heading.setWeight(QFont::DemiBold);
            painter->setFont(heading);
            painter->setPen(QColor(0x24, 0x45, 0x6b));
            const qreal headingHeight = QFontMetricsF(heading).height() + 10;
            painter->drawText(QRectF(content.topLeft(), QSizeF(content.width(), headingHeight)),
                              Qt::AlignLeft | Qt::AlignTop, figure.title);
            const QRectF area = content.adjusted(0, headingHeight, 0, 0);
            const QSizeF size = figure.view->exportSize();
            const qreal scale = std::min({ area.width() / size.width(), area.height() / size.height(), 1.5 });
            painter->save();
            painter->translate(area.left() + (area.width() - size.width() * scale) / 2, area.top());
            painter->scale(scale, scale);
            figure.view->renderExport(painter, QRectF(QPointF(0, 0), size));
            painter->restore();
        }
        QFont small = QGuiApplication::font();
        small.setPointSizeF(7.5);
        painter->setFont(small);
        painter->setPen(QColor(0x70, 0x7a, 0x88));
        const QRectF footer(content.left(), content.bottom() + footerHeight / 2, content.width(),
                            footerHeight);
        painter->drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                          title + QStringLiteral(" · ") + BriefingHtml::period(data));
        painter->drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                          Text::tr("Page %1 of %2").arg(index + 1).arg(pages.size()));
    }
};

std::optional<Briefing::Output> Briefing::outputFromPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf")
        return Output::Pdf;
    if (suffix == u"html" || suffix == u"htm")
        return Output::Html;
    return std::nullopt;
}

Briefing::Briefing(const Corpus& corpus, const Options& options)
    : d(std::make_unique<Private>())
{
    d->corpus = corpus;
    d->options = options;
    d->title = options.title.isEmpty() ? Text::tr("Briefing") : options.title;
    d->data = Exchange::BriefingData::build(d->corpus, options.filter);
    d->sources = std::make_unique<Exchange::Sources>(d->corpus, options.spans);
    d->figures = std::make_unique<BriefingFigures>(d->corpus, d->data);
}

Briefing::~Briefing() = default;

int Briefing::pageCount() const
{
    d->paginate();
    return int(d->pages.size());
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
    d->paginate();
    const QSizeF size = pageSize(d->pages.at(index).landscape) * scale;
    QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                           | QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    d->paint(&painter, index);
    return image;
}

QByteArray Briefing::pdf() const
{
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
    d->paginate();
    orient(d->pages.value(0).landscape);
    QPainter painter(&writer);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0) {
            orient(d->pages.at(i).landscape);
            writer.newPage();
        }
        d->paint(&painter, i);
    }
    painter.end();
    return buffer.data();
}

bool Briefing::Private::writeHtml(QIODevice* device) const
{
    HtmlWriter html(device);
    const auto write = [&html](const QString& piece) { html.write(piece); };
    html.write(QStringLiteral(
                   "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"/>"
                   "<meta name=\"generator\" content=\"Entente\"/><title>%2</title><style>%3"
                   "body { max-width: 60em; margin: 2em auto; padding: 0 1em; font-size: 11pt; }</style>"
                   "</head><body>\n")
                   .arg(QLocale().bcp47Name(), title.toHtmlEscaped(), BriefingHtml::styleSheet()));
    html.write(QStringLiteral("<section class=\"title\">"));
    BriefingHtml::titleSection(corpus, data, *sources, title, write);
    html.write(QStringLiteral("</section>\n<section class=\"meetings\">"));
    BriefingHtml::meetingsSection(corpus, data, *sources, write);
    html.write(QStringLiteral("</section>\n"));
    for (const BriefingFigures::Figure& figure : figures->figures()) {
        html.write(QStringLiteral("<figure><figcaption><h2>%1</h2></figcaption>\n")
                       .arg(figure.title.toHtmlEscaped()));
        html.write(svgOf(figure.view));
        html.write(QStringLiteral("\n</figure>\n"));
    }
    html.write(QStringLiteral("<section class=\"sources\">"));
    BriefingHtml::sourcesSection(corpus, data, *sources, write);
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

bool Briefing::write(const QString& path, QString* error) const
{
    const std::optional<Output> output = outputFromPath(path);
    if (!output) {
        *error = Text::tr("%1: a briefing is written as .pdf or .html").arg(path);
        return false;
    }
    if (*output == Output::Pdf)
        return Exchange::writeFile(path, pdf(), error);
    // HTML straight into the file as it is made.
    return Exchange::writeFile(path, [this](QIODevice* file) { return d->writeHtml(file); }, error);
}

} // namespace Entente
