// Writes a generated corpus of annotated articles for trying Entente at scale by hand:
//   gencorpus --articles 10000 [--seed N] FOLDER
#include "corpusgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a generated corpus of annotated news articles."));
    parser.addHelpOption();
    const QCommandLineOption articles(QStringLiteral("articles"), QStringLiteral("How many articles."), QStringLiteral("N"),
        QStringLiteral("1000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("N"), QStringLiteral("24301"));
    parser.addOptions({ articles, seed });
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("Where to write the articles."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    Entente::Testing::CorpusSpec spec;
    spec.articles = parser.value(articles).toInt();
    spec.seed = parser.value(seed).toULongLong();
    if (spec.articles <= 0)
        parser.showHelp(2);
    QElapsedTimer timer;
    timer.start();
    Entente::Testing::CorpusGenerator generator(spec);
    const qint64 bytes = generator.writeTo(parser.positionalArguments().constFirst());
    if (bytes < 0) {
        qCritical("gencorpus: could not write into %s", qPrintable(parser.positionalArguments().constFirst()));
        return 1;
    }
    qInfo("%d articles, %.1f MB, in %.1f s", spec.articles, double(bytes) / 1e6, double(timer.elapsed()) / 1000.0);
    return 0;
}
