// What Entente knows of an article's file: a hash of the bytes it last read or wrote, and the
// file's stamp (size and times) then. A file whose stamp is unchanged is not read again.
#pragma once

#include <QByteArray>
#include <QString>

namespace Entente {

struct FileState
{
    QByteArray hash; // of the bytes; empty when unknown
    QString stamp; // size, modification and status-change times; empty when the file is missing

    static QByteArray hashOf(const QByteArray& bytes);
    static QString stampOf(const QString& path);
    friend bool operator==(const FileState&, const FileState&) = default;
};

} // namespace Entente
