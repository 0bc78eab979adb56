// ViewExporter writes what a view paints: the PNG's pixels and size, SVG text as text, a real PDF.
#include "exportableview.h"
#include "exportdialog.h"
#include "viewexporter.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace Entente;

namespace {

// A view whose picture is known: a red square in the top-left quarter and a caption.
class KnownView : public ExportableView
{
public:
    QString exportName() const override { return QStringLiteral("known"); }
    QSizeF exportSize() const override { return { 400, 200 }; }
    void renderExport(QPainter* painter, const QRectF& target) override
    {
        painter->fillRect(QRectF(target.topLeft(), target.size() / 2), QColor(200, 0, 0));
        painter->setPen(Qt::black);
        painter->drawText(target.adjusted(0, target.height() / 2, 0, 0), Qt::AlignCenter, QStringLiteral("Jakarta talks"));
    }
};

// The same picture, saying what it shows.
class CaptionedView : public KnownView
{
public:
    ExportCaption exportCaption() const override
    {
        return { QStringLiteral("Known view"), QStringLiteral("July 2023"), { QStringLiteral("lanes: actor pairs"), QStringLiteral("sides: USA") } };
    }
};

// A large picture drawn smaller by default (as a network of thousands of actors is).
class LargeCaptionedView : public CaptionedView
{
public:
    QSizeF exportSize() const override { return { 4000, 2000 }; }
    QSizeF defaultPngSize() const override { return { 800, 400 }; }
};

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestViewExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pngHasTheRequestedSize_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<double>("scale");
        QTest::addColumn<QSize>("pixels");
        QTest::newRow("natural") << 0 << 1.0 << QSize(400, 200);
        QTest::newRow("width") << 800 << 1.0 << QSize(800, 400);
        QTest::newRow("high-dpi") << 0 << 2.0 << QSize(800, 400);
        QTest::newRow("both") << 1000 << 1.5 << QSize(1500, 750);
    }
    void pngHasTheRequestedSize()
    {
        QFETCH(int, width);
        QFETCH(double, scale);
        QFETCH(QSize, pixels);
        QTemporaryDir dir;
        KnownView view;
        const QString path = dir.filePath(QStringLiteral("view.png"));
        QString error;
        QVERIFY2(ViewExporter::write(view, path, { ViewExporter::ImageFormat::Png, width, scale, {} }, &error),
            qPrintable(error));
        const QImage image(path);
        // The view's picture, and under it a strip with the caption (in logical pixels, scaled too).
        const int logicalWidth = width > 0 ? width : 400;
        const int caption = qRound(ExportCaptions::height(ExportCaptions::of(view), logicalWidth) * scale);
        QCOMPARE(image.size(), pixels + QSize(0, caption));
        // The red quarter is where the view painted it, scaled with the image.
        QCOMPARE(image.pixelColor(pixels.width() / 4, pixels.height() / 4), QColor(200, 0, 0));
        QCOMPARE(image.pixelColor(pixels.width() * 3 / 4, pixels.height() / 4), QColor(Qt::white));
    }

    void svgKeepsTextAsText()
    {
        QTemporaryDir dir;
        KnownView view;
        const QString path = dir.filePath(QStringLiteral("view.svg"));
        QString error;
        QVERIFY2(ViewExporter::write(view, path, { ViewExporter::ImageFormat::Svg, 0, 1, QStringLiteral("Known") }, &error),
            qPrintable(error));
        QXmlStreamReader xml(readAll(path));
        QStringList texts;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
                texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(texts.contains(QStringLiteral("Jakarta talks")));
    }

    void captionSaysWhatThePictureShows()
    {
        QTemporaryDir dir;
        CaptionedView view;
        QCOMPARE(ExportCaptions::of(view).text(), QStringLiteral("Known view · July 2023 · lanes: actor pairs; sides: USA"));
        // A view that says nothing is named by its export name, for every date, with no filters.
        KnownView plain;
        QCOMPARE(ExportCaptions::of(plain).text(), QStringLiteral("known · all dates · no filters"));

        const QString svgPath = dir.filePath(QStringLiteral("view.svg"));
        QString error;
        QVERIFY2(ViewExporter::write(view, svgPath, { ViewExporter::ImageFormat::Svg, 0, 1, {} }, &error), qPrintable(error));
        QXmlStreamReader xml(readAll(svgPath));
        QStringList texts;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
                texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
        }
        QVERIFY(texts.contains(QStringLiteral("Known view · July 2023 · lanes: actor pairs; sides: USA")));
        QVERIFY(readAll(svgPath).contains("<desc>Exported from Entente\nKnown view"));

        // In a PNG, the caption's words are dark pixels in the strip under the view's 200 pixels.
        const QString pngPath = dir.filePath(QStringLiteral("view.png"));
        QVERIFY2(ViewExporter::write(view, pngPath, { ViewExporter::ImageFormat::Png, 0, 1, {} }, &error), qPrintable(error));
        const QImage image(pngPath);
        QVERIFY(image.height() > 200);
        int dark = 0;
        for (int y = 201; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                dark += qGray(image.pixel(x, y)) < 100 ? 1 : 0;
        }
        QVERIFY2(dark > 100, qPrintable(QString::number(dark)));
    }

    void exportDialogLabelsHaveBuddies()
    {
        CaptionedView view;
        ExportDialog dialog(&view, QStringLiteral("Known"));
        // Every label of the form shows its mnemonic underlined, never a literal "&": each has a buddy.
        const QList<QLabel*> labels = dialog.findChildren<QLabel*>();
        QLabel* file = nullptr;
        for (QLabel* label : labels) {
            if (label->text() == ExportDialog::tr("Fi&le:"))
                file = label;
            if (label->text().contains(u'&'))
                QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
        QVERIFY(file);
        QVERIFY(qobject_cast<QLineEdit*>(file->buddy()));
        auto* caption = dialog.findChild<QLabel*>(QStringLiteral("caption"));
        QVERIFY(caption);
        QCOMPARE(caption->text(), QStringLiteral("Known view · July 2023 · lanes: actor pairs; sides: USA"));
    }

    void pdfIsAPdf()
    {
        QTemporaryDir dir;
        KnownView view;
        const QString path = dir.filePath(QStringLiteral("view.pdf"));
        QString error;
        QVERIFY2(ViewExporter::write(view, path, { ViewExporter::ImageFormat::Pdf, 0, 1, QStringLiteral("Known") }, &error),
            qPrintable(error));
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        // Vector: the page is the view's size in points (with the caption under it), not a bitmap.
        const qsizetype box = bytes.indexOf("/MediaBox");
        const QByteArray expected = "/MediaBox [0 0 400.000000 "
            + QByteArray::number(200 + ExportCaptions::height(ExportCaptions::of(view), 400), 'f', 6) + ']';
        QVERIFY2(bytes.mid(box).startsWith(expected), bytes.mid(box, 40).constData());
    }

    void refusesWhatCannotBeWritten()
    {
        KnownView view;
        QString error;
        QVERIFY(!ViewExporter::write(view, QStringLiteral("/nonexistent-folder/view.png"), {}, &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent-folder/view.png")));
        // Without a pixel budget, a picture too large to draw is refused.
        ViewExporter::Options huge { ViewExporter::ImageFormat::Png, 0, 100, {}, 0 };
        QVERIFY(!ViewExporter::write(view, QStringLiteral("/tmp/too-big.png"), huge, &error));
        QVERIFY(error.contains(QStringLiteral("too large")));
    }

    void pngFitsThePixelBudget()
    {
        KnownView view; // 400 × 200
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("budget.png"));
        ViewExporter::Options options { ViewExporter::ImageFormat::Png, 0, 100, {}, 1'000'000 };
        QString error;
        QString notice;
        QVERIFY2(ViewExporter::write(view, path, options, &error, &notice), qPrintable(error));
        const QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(qint64(image.width()) * image.height() <= 1'000'000);
        // Drawn smaller, not cut: the picture (the view and its caption strip) keeps its shape.
        const qreal logicalHeight = 200 + ExportCaptions::height(ExportCaptions::of(view), 400);
        QVERIFY2(qAbs(image.width() / qreal(image.height()) - 400 / logicalHeight) < 0.01,
            qPrintable(QStringLiteral("%1×%2").arg(image.width()).arg(image.height())));
        const QString asked = QStringLiteral("40000×%1").arg(qRound(logicalHeight * 100));
        QVERIFY2(notice.contains(asked), qPrintable(notice + QStringLiteral(" / ") + asked));
        // Within the budget nothing is said.
        notice.clear();
        QVERIFY(ViewExporter::write(view, path, { ViewExporter::ImageFormat::Png, 0, 2, {}, 1'000'000 }, &error, &notice));
        QVERIFY(notice.isEmpty());
    }

    void legibleSizeNoticeGivesThePicturesSize()
    {
        // The notice names the size of the file written: the view and its caption strip.
        LargeCaptionedView view;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("large.png"));
        QString error;
        QString notice;
        QVERIFY2(ViewExporter::write(view, path, { ViewExporter::ImageFormat::Png, 0, 1, {}, 64'000'000 }, &error, &notice),
            qPrintable(error));
        const QImage image(path);
        QCOMPARE(image.width(), 800);
        QVERIFY(image.height() > 400); // the caption strip is under the view
        const QString drawn = QStringLiteral("%1×%2").arg(image.width()).arg(image.height());
        QVERIFY2(notice.contains(QStringLiteral("drawn at ") + drawn), qPrintable(notice + QStringLiteral(" / ") + drawn));
        const QString full = QStringLiteral("4000×%1").arg(qRound(2000 + ExportCaptions::height(ExportCaptions::of(view), 4000)));
        QVERIFY2(notice.contains(full), qPrintable(notice + QStringLiteral(" / ") + full));
    }

    void neverWritesAnEmptyImage_data()
    {
        QTest::addColumn<double>("scale");
        QTest::addColumn<int>("width");
        QTest::newRow("scale 1e-300") << 1e-300 << 0;
        QTest::newRow("scale nan") << std::nan("") << 0;
        QTest::newRow("scale 0.001") << 0.001 << 0;
        QTest::newRow("width 1e9") << 1.0 << 1000000000;
    }
    void neverWritesAnEmptyImage()
    {
        // Before: a 0-byte PNG replaced the existing file and write() said it succeeded.
        QFETCH(double, scale);
        QFETCH(int, width);
        QTemporaryDir dir;
        KnownView view;
        const QString path = dir.filePath(QStringLiteral("existing.png"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("an existing picture");
        }
        for (const auto format : { ViewExporter::ImageFormat::Png, ViewExporter::ImageFormat::Svg, ViewExporter::ImageFormat::Pdf }) {
            if (format != ViewExporter::ImageFormat::Png && width == 0)
                continue; // the scale is for PNG only
            QString error;
            QVERIFY(!ViewExporter::write(view, path, { format, width, scale, {} }, &error));
            QVERIFY2(error.startsWith(path + u':'), qPrintable(error));
            QCOMPARE(readAll(path), QByteArray("an existing picture"));
        }
    }

    void neverReplacesADevice()
    {
        KnownView view;
        QString error;
        QVERIFY(!ViewExporter::write(view, QStringLiteral("/dev/null"), {}, &error));
        QVERIFY2(error.contains(QStringLiteral("device")), qPrintable(error));
        QVERIFY(!QFileInfo(QStringLiteral("/dev/null")).isFile());
    }

    void formatsByNameAndSuffix()
    {
        QCOMPARE(ViewExporter::formatFromName(QStringLiteral("SVG")), ViewExporter::ImageFormat::Svg);
        QCOMPARE(ViewExporter::formatFromPath(QStringLiteral("/a/b.pdf")), ViewExporter::ImageFormat::Pdf);
        QVERIFY(!ViewExporter::formatFromName(QStringLiteral("gif")).has_value());
    }
};

QTEST_MAIN(TestViewExporter)
#include "tst_viewexporter.moc"
