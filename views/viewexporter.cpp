#include "viewexporter.h"

#include "exportableview.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace Entente::ViewExporter {

namespace {

// Translated strings of this file (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::ViewExporter)
};

// Largest PNG edge: beyond this an export would take seconds and hundreds of MB.
constexpr int maximumPixels = 16000;

} // namespace

std::optional<ImageFormat> formatFromName(const QString& name)
{
    const QString lower = name.toLower();
    if (lower == u"png")
        return ImageFormat::Png;
    if (lower == u"svg")
        return ImageFormat::Svg;
    if (lower == u"pdf")
        return ImageFormat::Pdf;
    return std::nullopt;
}

std::optional<ImageFormat> formatFromPath(const QString& path)
{
    return formatFromName(QFileInfo(path).suffix());
}

QString suffix(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png:
        return QStringLiteral("png");
    case ImageFormat::Svg:
        return QStringLiteral("svg");
    case ImageFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

bool write(ExportableView& view, const QString& path, const Options& options, QString* error, QString* notice)
{
    view.prepareExport();
    QSizeF size = view.exportSize();
    if (options.width > 0 && size.width() > 0)
        size = QSizeF(options.width, size.height() * options.width / size.width());
    if (size.isEmpty()) {
        *error = Text::tr("%1: the view has nothing to export").arg(path);
        return false;
    }
    // The caption goes in a strip under the view: the picture is that much taller.
    const ExportCaption caption = ExportCaptions::of(view);
    const QSizeF viewSize = size;
    size.setHeight(size.height() + ExportCaptions::height(caption, size.width()));
    const QRectF target(QPointF(0, 0), size);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    switch (options.format) {
    case ImageFormat::Png: {
        double scale = options.scale;
        const double wanted = size.width() * scale * size.height() * scale;
        if (options.pixelBudget > 0 && wanted > double(options.pixelBudget)) {
            scale *= std::sqrt(double(options.pixelBudget) / wanted);
            const QSize asked = (size * options.scale).toSize();
            const QSize fitted = (size * scale).toSize();
            if (notice) {
                *notice = Text::tr("%1: drawn at %2×%3 pixels instead of %4×%5, to stay within %L6 megapixels; "
                                   "SVG and PDF keep every detail at any size")
                              .arg(path)
                              .arg(fitted.width())
                              .arg(fitted.height())
                              .arg(asked.width())
                              .arg(asked.height())
                              .arg(options.pixelBudget / 1'000'000);
            }
        }
        const QSize pixels = (size * scale).toSize();
        if (scale <= 0 || pixels.width() > maximumPixels || pixels.height() > maximumPixels) {
            *error = Text::tr("%1: %2×%3 pixels is too large; the limit is %4 pixels a side")
                         .arg(path)
                         .arg(pixels.width())
                         .arg(pixels.height())
                         .arg(maximumPixels);
            return false;
        }
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
            painter.scale(scale, scale);
            ExportCaptions::renderWithCaption(view, &painter, viewSize, caption);
        }
        image.setDotsPerMeterX(qRound(3780 * scale));
        image.setDotsPerMeterY(qRound(3780 * scale));
        image.save(&buffer, "PNG");
        break;
    }
    case ImageFormat::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size.toSize());
        generator.setViewBox(target);
        generator.setTitle(options.title);
        generator.setDescription(Text::tr("Exported from Entente") + u'\n' + caption.text());
        QPainter painter(&generator);
        painter.setRenderHint(QPainter::Antialiasing);
        ExportCaptions::renderWithCaption(view, &painter, viewSize, caption);
        break;
    }
    case ImageFormat::Pdf: {
        QPdfWriter writer(&buffer);
        writer.setTitle(options.title);
        writer.setCreator(QStringLiteral("Entente"));
        writer.setResolution(72); // one logical pixel is one point
        writer.setPageSize(QPageSize(size, QPageSize::Point));
        writer.setPageMargins({});
        QPainter painter(&writer);
        painter.setRenderHint(QPainter::Antialiasing);
        ExportCaptions::renderWithCaption(view, &painter, viewSize, caption);
        break;
    }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.size() || !file.commit()) {
        *error = Text::tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Entente::ViewExporter
