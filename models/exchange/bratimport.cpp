#include "bratimport.h"

#include "bratdocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace Entente::Exchange::BratImport {

namespace {

// Translated strings of this file (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::Exchange::BratImport)
};

bool readAll(const QString& path, QByteArray* bytes, QList<Diagnostic>* problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append({ path, 0, 0, Severity::Error, file.errorString() });
        return false;
    }
    *bytes = file.readAll();
    return true;
}

} // namespace

Result import(const QStringList& paths, const Brat::TypeMap& types)
{
    // (.ann path, output name) in a stable order.
    QList<std::pair<QString, QString>> documents;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, { QStringLiteral("*.ann") }, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                found.append(it.next());
            found.sort();
            const QDir base(path);
            for (const QString& ann : std::as_const(found))
                documents.append({ ann, base.relativeFilePath(ann) });
        } else {
            documents.append({ path, info.fileName() });
        }
    }
    Result result;
    for (const auto& [ann, relative] : std::as_const(documents)) {
        ++result.documents;
        QString txt = ann;
        if (txt.endsWith(QStringLiteral(".ann")))
            txt.chop(4);
        txt += QStringLiteral(".txt");
        if (!QFileInfo::exists(txt)) {
            result.problems.append(
                { ann, 0, 0, Severity::Error, Text::tr("no %1 beside it; not imported").arg(txt) });
            continue;
        }
        QByteArray txtBytes, annBytes;
        if (!readAll(txt, &txtBytes, &result.problems) || !readAll(ann, &annBytes, &result.problems))
            continue;
        const Brat::ImportedDocument imported
            = Brat::importDocument(txtBytes, txt, annBytes, ann, types, &result.problems);
        if (imported.bytes.isEmpty() && !txtBytes.isEmpty())
            continue;
        QString name = relative;
        if (name.endsWith(QStringLiteral(".ann")))
            name.chop(4);
        result.files.append({ name + QStringLiteral(".entente"), imported.bytes });
        result.marks += imported.marks;
    }
    return result;
}

} // namespace Entente::Exchange::BratImport
