#include "viewexporter.h"

#include "exportableview.h"
#include "safefile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

namespace Entente::ViewExporter {

namespace {

constexpr int pngQuality = 80; // QImage's PNG quality: zlib level 1

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
    // The caption goes in a strip under the view: each picture is that much taller.
    const ExportCaption caption = ExportCaptions::of(view);
    QSizeF size = view.exportSize();
    if (options.width > 0 && size.width() > 0) {
        size = QSizeF(options.width, size.height() * options.width / size.width());
    } else if (options.format == ImageFormat::Png) {
        // A picture of a large network is drawn at the size its names stay legible, not at its full
        // size (64 megapixels took 10 s); asked for, a width gets it up to the pixel budget.
        const QSizeF fitted = view.defaultPngSize();
        if (!fitted.isEmpty() && fitted.width() < size.width()) {
            if (notice) {
                const double fittedHeight = fitted.height() + ExportCaptions::height(caption, fitted.width());
                const double fullHeight = size.height() + ExportCaptions::height(caption, size.width());
                *notice = Text::tr("%1: drawn at %2×%3 pixels, where its names are legible and it draws in a moment; "
                                   "at full size it is %4×%5: --width draws it larger (up to %L6 megapixels); "
                                   "SVG and PDF keep every detail at any size")
                              .arg(path)
                              .arg(qRound(fitted.width() * options.scale))
                              .arg(qRound(fittedHeight * options.scale))
                              .arg(qRound(size.width()))
                              .arg(qRound(fullHeight))
                              .arg(options.pixelBudget / 1'000'000);
            }
            size = fitted;
        }
    }
    if (size.isEmpty()) {
        *error = Text::tr("%1: the view has nothing to export").arg(path);
        return false;
    }
    if (options.width > maximumPixels) {
        *error = Text::tr("%1: %2 is too wide; the limit is %3").arg(path).arg(options.width).arg(maximumPixels);
        return false;
    }
    if (size.width() > maximumPixels || size.height() > maximumPixels) {
        // A network of thousands of actors is larger than any page: drawn smaller, whole.
        const QSizeF wanted = size;
        size *= maximumPixels / std::max(size.width(), size.height());
        if (notice) {
            *notice = Text::tr("%1: drawn at %2×%3 instead of %4×%5, the largest size Entente writes")
                          .arg(path)
                          .arg(qRound(size.width()))
                          .arg(qRound(size.height()))
                          .arg(qRound(wanted.width()))
                          .arg(qRound(wanted.height()));
        }
    }
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
        if (!std::isfinite(scale) || scale <= 0 || pixels.width() > maximumPixels || pixels.height() > maximumPixels) {
            *error = Text::tr("%1: %2×%3 pixels is too large; the limit is %4 pixels a side")
                         .arg(path)
                         .arg(pixels.width())
                         .arg(pixels.height())
                         .arg(maximumPixels);
            return false;
        }
        if (pixels.isEmpty()) { // a scale so small that no pixel is left
            *error = Text::tr("%1: %2×%3 pixels is an empty image; use a larger --scale or --width")
                         .arg(path)
                         .arg(pixels.width())
                         .arg(pixels.height());
            return false;
        }
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull()) {
            *error = Text::tr("%1: not enough memory for a %2×%3 pixel image").arg(path).arg(pixels.width()).arg(pixels.height());
            return false;
        }
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
            painter.scale(scale, scale);
            ExportCaptions::renderWithCaption(view, &painter, viewSize, caption);
        }
        image.setDotsPerMeterX(qRound(3780 * scale));
        image.setDotsPerMeterY(qRound(3780 * scale));
        // Every pixel is opaque (drawn over white): written as RGB, not RGBA, a quarter less to filter
        // and compress; and with zlib's fast levels (quality 80), lossless still. A 64-megapixel
        // network took 3 s of CPU to encode, now under 2, and its file is a fifth smaller.
        image.reinterpretAsFormat(QImage::Format_RGB32);
        if (!image.save(&buffer, "PNG", pngQuality)) {
            *error = Text::tr("%1: the PNG could not be made").arg(path);
            return false;
        }
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
    if (buffer.data().isEmpty()) { // never an empty file over an existing one
        *error = Text::tr("%1: nothing was drawn, so nothing was written").arg(path);
        return false;
    }
    // Atomic, and never over a device node, a FIFO or a folder.
    return SafeFile::write(path, buffer.data(), error);
}

} // namespace Entente::ViewExporter
