// Writing what an export or an import made: each file atomically, and a set of files all or none,
// so that a failure never leaves half a table or half an import behind.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Entente::Exchange {

struct OutputFile
{
    QString path; // relative to the folder the set is written to ('/' separators, no "..")
    QByteArray bytes;
};

enum class Existing {
    Replace, // exports: a file already there is replaced
    Refuse, // imports: nothing is written when any file is already there
};

// Writes one file atomically (a temporary file renamed over it). On failure error names the file.
bool writeFile(const QString& path, const QByteArray& bytes, QString* error);

// Writes every file of the set under folder (created when missing): first all of them into a
// temporary folder beside them, then each renamed into place. When anything fails, the files moved
// so far are removed again (with Existing::Refuse they were new), and error says what failed.
bool writeFiles(const QString& folder, const QList<OutputFile>& files, Existing existing,
                QStringList* written, QString* error);

// A safe relative path for a name taken from input data: no absolute path, no "..", '/' separators.
QString safeRelativePath(const QString& name);

} // namespace Entente::Exchange
