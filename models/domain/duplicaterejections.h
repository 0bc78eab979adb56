// Duplicate proposals the analyst rejected ("these are two different people"), remembered for the
// corpus in a small text file in its folder, `.entente-duplicates` (docs/format.md), so that the
// finder does not propose them again.
#pragma once

#include "types.h"

#include <QSet>
#include <QStringList>

namespace Entente {

class DuplicateRejections
{
public:
    static QString fileName() { return QStringLiteral(".entente-duplicates"); }
    // The file for a corpus: in the deepest folder that holds every article (empty without articles).
    static QString pathFor(const QStringList& articleFiles);

    // Reads path; a missing file is no rejection and no error. Lines it does not understand are
    // kept and written back; they are reported through warnings as "file:line: reason".
    bool load(const QString& path, QString* error = nullptr, QStringList* warnings = nullptr);
    // Writes atomically to path (the one given, or the one loaded).
    bool save(const QString& path, QString* error = nullptr) const;
    QString path() const { return m_path; }

    bool contains(MarkKind kind, const QString& a, const QString& b) const;
    // Adds the pair (in either order); false when it was there already.
    bool add(MarkKind kind, const QString& a, const QString& b);
    bool isEmpty() const { return m_pairs.isEmpty(); }
    int size() const { return int(m_pairs.size()); }
    struct Pair
    {
        MarkKind kind = MarkKind::Actor;
        QString first;
        QString second;
    };
    QList<Pair> pairs() const;

private:
    static QString key(MarkKind kind, const QString& a, const QString& b);

    QString m_path;
    QStringList m_lines; // the file's lines, unknown ones included, in order
    QSet<QString> m_pairs; // key(): "kind first second", ids in order
};

} // namespace Entente
