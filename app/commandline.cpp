#include "commandline.h"

#include "corpus.h"
#include "format.h"
#include "jsonexport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace Entente::CommandLine {

namespace {

// Translated strings of this file (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::CommandLine)
};

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Loads every file; unreadable ones are reported and left out.
bool loadAll(const QStringList& paths, QList<Document>* documents)
{
    const QStringList files = Format::articleFiles(paths);
    if (files.isEmpty()) {
        err() << Text::tr("entente: no article files given") << Qt::endl;
        return false;
    }
    bool ok = true;
    for (const QString& file : files) {
        Document doc = Format::load(file);
        if (doc.unreadable) {
            err() << doc.diagnostics.first().toString() << Qt::endl;
            ok = false;
            continue;
        }
        documents->append(std::move(doc));
    }
    return ok;
}

} // namespace

int check(const QStringList& paths)
{
    QList<Document> documents;
    bool ok = loadAll(paths, &documents);
    const qsizetype fileCount = documents.size();
    const Corpus corpus = Corpus::merge(std::move(documents));
    int errors = ok ? 0 : 1;
    int warnings = 0;
    const auto report = [&](const Diagnostic& d) {
        err() << d.toString() << Qt::endl;
        (d.severity == Severity::Error ? errors : warnings) += 1;
    };
    for (const Document& doc : corpus.documents) {
        for (const Diagnostic& d : doc.diagnostics)
            report(d);
    }
    for (const Diagnostic& d : corpus.conflicts)
        report(d);
    out() << Text::tr("%n file(s) checked", nullptr, int(fileCount)) << QStringLiteral(", ") << Text::tr("%n error(s)", nullptr, errors) << QStringLiteral(", ")
          << Text::tr("%n warning(s)", nullptr, warnings) << Qt::endl;
    return errors > 0 ? 1 : 0;
}

int dump(const QStringList& paths)
{
    QList<Document> documents;
    const bool ok = loadAll(paths, &documents);
    const Corpus corpus = Corpus::merge(std::move(documents));
    out() << QString::fromUtf8(QJsonDocument(Json::toJson(corpus)).toJson(QJsonDocument::Indented));
    out().flush();
    return ok ? 0 : 1;
}

int plain(const QStringList& paths)
{
    QList<Document> documents;
    const bool ok = loadAll(paths, &documents);
    QFile standardOutput;
    if (!standardOutput.open(stdout, QIODevice::WriteOnly))
        return 1;
    for (const Document& doc : std::as_const(documents))
        standardOutput.write(Format::encodePlainText(doc));
    return ok ? 0 : 1;
}

} // namespace Entente::CommandLine
