#include "suggestcommand.h"

#include "format.h"
#include "suggester.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

namespace Entente::SuggestCommand {

namespace {

// Translated strings of this file (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::SuggestCommand)
};

int usageError(const QString& message)
{
    qCritical("entente suggest: %s", qPrintable(message));
    qCritical("%s", qPrintable(Text::tr("usage: entente suggest FILE [--date YYYY-MM-DD] [--output FILE]")));
    return 2;
}

} // namespace

int run(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption date(QStringLiteral("date"),
        Text::tr("The article's publication date, YYYY-MM-DD (default: the file's, or guessed from the text)."),
        QStringLiteral("date"));
    const QCommandLineOption output(QStringLiteral("output"),
        Text::tr("Write the annotated article to this file instead of standard output."), QStringLiteral("file"));
    const QCommandLineOption lang(QStringLiteral("lang"), Text::tr("Language."), QStringLiteral("language"));
    parser.addOptions({ date, output, lang });
    if (!parser.parse(QStringList { QStringLiteral("entente-suggest") } + arguments))
        return usageError(parser.errorText());
    const QStringList paths = parser.positionalArguments();
    if (paths.size() != 1)
        return usageError(Text::tr("name exactly one article file"));
    const QString path = paths.first();

    Suggest::Options options;
    if (parser.isSet(date)) {
        options.articleDate = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!options.articleDate.isValid())
            return usageError(Text::tr("--date must be YYYY-MM-DD, not '%1'").arg(parser.value(date)));
    }

    const Document source = Format::load(path);
    if (source.unreadable) {
        qCritical("%s", qPrintable(source.diagnostics.first().toString()));
        return 1;
    }
    // An article that is already annotated: its records are the corpus the suggestions build on.
    if (!options.articleDate.isValid())
        options.articleDate = source.article.date;
    options.knownActors = source.actors;
    options.knownIssues = source.issues;
    const QString plain = source.plainText();
    const Suggest::Result result = Suggest::suggest(plain, options);
    if (!result.articleDate.isValid()) {
        qCritical("%s", qPrintable(Text::tr("%1: error: no publication date: the text names none; give it with "
                                            "--date YYYY-MM-DD so that words like 'on Thursday' can be placed")
                                       .arg(path)));
        return 2;
    }
    if (result.articleDateGuessed) {
        qInfo("%s", qPrintable(Text::tr("%1: note: publication date %2 guessed from the text; give --date if it is wrong")
                                   .arg(path, result.articleDate.toString(Qt::ISODate))));
    }

    Document annotated;
    annotated.text = Suggest::annotate(plain, result);
    annotated.hasBom = source.hasBom;
    annotated.lineEnding = source.lineEnding;
    const QByteArray bytes = Format::encode(annotated);
    if (!parser.isSet(output)) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return 0;
    }
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        qCritical("%s", qPrintable(Text::tr("%1: error: cannot write: %2").arg(parser.value(output), file.errorString())));
        return 1;
    }
    return 0;
}

} // namespace Entente::SuggestCommand
