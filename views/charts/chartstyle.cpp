#include "chartstyle.h"

#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>
#include <QPalette>

namespace Entente::ChartStyle {

namespace {

constexpr int titlePixels = 16;
constexpr int labelPixels = 12;

QFont pixelFont(const QFont& base, int pixels, bool bold)
{
    QFont font(base);
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

} // namespace

QChart::ChartTheme themeFor(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark
                                                             : QChart::ChartThemeLight;
}

void apply(QChart* chart, const QPalette& palette, const QFont& base)
{
    chart->setTheme(themeFor(palette));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setLocalizeNumbers(true);
    // The background reaches the edges: an export has no white frame around a dark chart.
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setTitleFont(pixelFont(base, titlePixels, true));
    chart->legend()->setFont(labelFont(base));
    chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void styleAxis(QAbstractAxis* axis, const QFont& base)
{
    axis->setLabelsFont(labelFont(base));
    axis->setTitleFont(pixelFont(base, labelPixels, true));
}

QColor backgroundColor(const QChart* chart)
{
    const QBrush brush = chart->backgroundBrush();
    if (const QGradient* gradient = brush.gradient(); gradient && !gradient->stops().isEmpty())
        return gradient->stops().constFirst().second;
    return brush.color();
}

QFont labelFont(const QFont& base)
{
    return pixelFont(base, labelPixels, false);
}

void render(QPainter* painter, const QRectF& target, const QSizeF& minimum,
            const std::function<void(QChart*)>& populate)
{
    if (target.isEmpty())
        return;
    QSizeF layoutSize = target.size();
    if (layoutSize.width() < minimum.width() || layoutSize.height() < minimum.height())
        layoutSize = layoutSize.scaled(minimum, Qt::KeepAspectRatioByExpanding);
    QGraphicsScene scene;
    auto* chart = new QChart; // owned by the scene
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), layoutSize));
    populate(chart);
    // The chart lays out on a posted LayoutRequest and the export cannot wait for the event loop.
    // Fitting labels to the plot area may invalidate the layout once more.
    for (int pass = 0; pass < 3 && !chart->layout()->isActivated(); ++pass)
        chart->layout()->activate();
    const QRectF source(QPointF(0, 0), layoutSize);
    scene.setSceneRect(source);
    painter->save();
    scene.render(painter, target, source, Qt::KeepAspectRatio);
    painter->restore();
}

} // namespace Entente::ChartStyle
