// Writing what an export or an import made: each file atomically, and a set of files all or none,
// so that a failure never leaves half a table or half an import behind.
#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QIODevice;

class QTemporaryDir;

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
// The same for a file written as it is made: write puts the bytes into the device, false on failure.
bool writeFile(const QString& path, const std::function<bool(QIODevice* device)>& write, QString* error);

// Writes every file of the set under folder (created when missing): first all of them into a
// temporary folder beside them, then each renamed into place. When anything fails, the files moved
// so far are removed again (with Existing::Refuse they were new), and error says what failed.
bool writeFiles(const QString& folder, const QList<OutputFile>& files, Existing existing,
                QStringList* written, QString* error);

// A set of files written one at a time, so that a large set never sits in memory whole: each goes
// into a staging folder beside its place as it is made, and commit() moves them all into place, with
// the same all-or-none as writeFiles (a set never committed leaves nothing behind). When the folder
// does not exist yet, the staging folder is made beside it and becomes it by one rename (20,000
// renames of its files were a large part of a brat export's time).
class StagedFolder
{
public:
    StagedFolder(const QString& folder, Existing existing);
    ~StagedFolder();
    // Writes one file of the set (path relative to the folder); false with error on failure, after
    // which nothing of the set is written.
    bool add(const QString& path, QByteArrayView bytes, QString* error);
    // Makes the files durable, then moves each into place in the order they were added.
    bool commit(QStringList* written, QString* error);

private:
    bool open(QString* error);

    bool commitWholeFolder(QStringList* written);

    QString m_folder;
    Existing m_existing;
    std::unique_ptr<QTemporaryDir> m_staging;
    bool m_stagingIsTheFolder = false; // made beside a folder that did not exist
    QStringList m_paths;
    QSet<QString> m_stagingFolders; // made so far: a set of 20,000 files has a handful of folders
};

// A safe relative path for a name taken from input data: no absolute path, no "..", '/' separators.
QString safeRelativePath(const QString& name);

} // namespace Entente::Exchange
