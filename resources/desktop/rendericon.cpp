// Renders Entente's SVG icon as the PNG sizes of the hicolor icon theme, at build time:
//   entente_rendericon ICON.svg OUTPUT_DIR NAME SIZE...   writes OUTPUT_DIR/SIZExSIZE/NAME.png
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    const QStringList arguments = QGuiApplication::arguments();
    if (arguments.size() < 5) {
        std::fprintf(stderr, "usage: entente_rendericon ICON.svg OUTPUT_DIR NAME SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(arguments.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "entente_rendericon: cannot read %s\n", qPrintable(arguments.at(1)));
        return 1;
    }
    for (const QString& argument : arguments.mid(4)) {
        const int size = argument.toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString folder = arguments.at(2) + QStringLiteral("/%1x%1").arg(size);
        const QString path = folder + u'/' + arguments.at(3) + QStringLiteral(".png");
        if (size <= 0 || !QDir().mkpath(folder) || !image.save(path)) {
            std::fprintf(stderr, "entente_rendericon: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
