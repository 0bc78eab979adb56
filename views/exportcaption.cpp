#include "exportcaption.h"

#include "actorgraph.h"
#include "exportableview.h"
#include "labels.h"
#include "network/networkview.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QTextLayout>
#include <cmath>

namespace Entente {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::ExportCaption)
};

constexpr qreal padding = 8;
constexpr int captionPixels = 12;

QFont captionFont()
{
    QFont font = QGuiApplication::font();
    font.setPixelSize(captionPixels);
    return font;
}

// The caption broken into lines of width: one drawText per line keeps each line one SVG <text>.
QStringList lines(const QString& text, qreal width)
{
    QStringList result;
    QTextLayout layout(text, captionFont());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(std::max<qreal>(20, width));
        result.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return result;
}

} // namespace

QString ExportCaption::text() const
{
    const QString filterText = filters.isEmpty() ? Text::tr("no filters") : filters.join(Text::tr("; ", "between filters"));
    const QString rangeText = range.isEmpty() ? Text::tr("all dates") : range;
    return Text::tr("%1 · %2 · %3", "export caption: view · date range · filters").arg(view, rangeText, filterText);
}

namespace ExportCaptions {

ExportCaption of(const ExportableView& view)
{
    // Until the network view describes itself, its filter is read here.
    if (const auto* network = dynamic_cast<const NetworkView*>(&view))
        return forNetwork(network->filter(), network->locale());
    ExportCaption caption = view.exportCaption();
    if (caption.view.isEmpty())
        caption.view = view.exportName();
    return caption;
}

ExportCaption forNetwork(const ActorGraphFilter& filter, const QLocale& locale)
{
    ExportCaption caption;
    caption.view = Text::tr("Actor network");
    if (filter.from.isValid() || filter.to.isValid()) {
        const QString from = filter.from.isValid() ? Labels::fuzzyDate({ filter.from, DatePrecision::Day }, locale) : QString();
        const QString to = filter.to.isValid() ? Labels::fuzzyDate({ filter.to, DatePrecision::Day }, locale) : QString();
        caption.range = from.isEmpty() ? Text::tr("until %1").arg(to)
            : to.isEmpty()             ? Text::tr("from %1").arg(from)
                                       : Text::tr("%1 – %2", "a date range").arg(from, to);
    }
    if (!filter.sides.isEmpty())
        caption.filters.append(Text::tr("sides: %1").arg(filter.sides.join(Text::tr(", ", "between names"))));
    if (!filter.statuses.isEmpty()) {
        QStringList names;
        for (MeetingStatus status : filter.statuses)
            names.append(Labels::meetingStatus(status));
        caption.filters.append(Text::tr("meetings: %1").arg(names.join(Text::tr(", ", "between names"))));
    }
    if (!filter.includeIsolated)
        caption.filters.append(Text::tr("actors without meetings hidden"));
    if (!filter.focus.isEmpty())
        caption.filters.append(Text::tr("ego view of %1").arg(filter.focus));
    return caption;
}

qreal height(const ExportCaption& caption, qreal width)
{
    const qreal line = std::ceil(QFontMetricsF(captionFont()).height());
    return std::ceil(lines(caption.text(), width - 2 * padding).size() * line + 2 * padding);
}

void paint(QPainter* painter, const QRectF& strip, const ExportCaption& caption)
{
    const QPalette palette = QGuiApplication::palette();
    const QFont font = captionFont();
    const qreal line = std::ceil(QFontMetricsF(font).height());
    painter->save();
    painter->fillRect(strip, palette.color(QPalette::Base));
    painter->setPen(QPen(palette.color(QPalette::Mid), 1));
    painter->drawLine(QPointF(strip.left() + padding, strip.top() + 0.5), QPointF(strip.right() - padding, strip.top() + 0.5));
    painter->setFont(font);
    painter->setPen(palette.color(QPalette::Text));
    qreal y = strip.top() + padding;
    for (const QString& text : lines(caption.text(), strip.width() - 2 * padding)) {
        painter->drawText(QRectF(strip.left() + padding, y, strip.width() - 2 * padding, line),
            Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text);
        y += line;
    }
    painter->restore();
}

void renderWithCaption(ExportableView& view, QPainter* painter, const QSizeF& viewSize, const ExportCaption& caption)
{
    view.renderExport(painter, QRectF(QPointF(0, 0), viewSize));
    paint(painter, QRectF(0, viewSize.height(), viewSize.width(), height(caption, viewSize.width())), caption);
}

} // namespace ExportCaptions
} // namespace Entente
