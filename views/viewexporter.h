// Writes an ExportableView to PNG (any size or scale), SVG or PDF (both vector).
#pragma once

#include <QString>

#include <optional>

namespace Entente {

class ExportableView;

namespace ViewExporter {

enum class ImageFormat { Png, Svg, Pdf };

struct Options
{
    ImageFormat format = ImageFormat::Png;
    int width = 0; // logical width; 0 keeps the view's own exportSize()
    double scale = 1.0; // PNG pixels per logical pixel (2 for high-DPI)
    QString title; // SVG title / PDF title
    // PNG only: a larger picture is drawn smaller, to fit (a network of thousands of actors would
    // otherwise need gigabytes). SVG and PDF stay vector at any size.
    qint64 pixelBudget = 64'000'000;
};

std::optional<ImageFormat> formatFromName(const QString& name); // "png", "svg", "pdf"
std::optional<ImageFormat> formatFromPath(const QString& path); // by suffix
QString suffix(ImageFormat format);

// Writes atomically; on failure returns false and a message that names the file and the reason.
// notice, when given, says what was adapted (a PNG shrunk to the pixel budget).
bool write(ExportableView& view, const QString& path, const Options& options, QString* error, QString* notice = nullptr);

} // namespace ViewExporter
} // namespace Entente
