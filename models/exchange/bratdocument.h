// One brat document (.txt and .ann) as an Entente file: the words of the .txt unchanged, a mark for
// each text-bound annotation whose type the mapping knows, and records for what they name — the
// Entente records an export left in notes, or new ones made from entities, events (participants,
// date, place), Discusses relations and status attributes.
#pragma once

#include "brattypes.h"

#include <QByteArray>

namespace Entente::Exchange::Brat {

struct ImportedDocument
{
    QByteArray bytes; // the Entente file; empty when the document could not be imported
    int marks = 0;
};

// Problems name the .ann or .txt file and line; skipped annotations are warnings, a document that
// cannot be imported at all gives an error and no bytes.
ImportedDocument importDocument(const QByteArray& txt, const QString& txtPath, const QByteArray& ann,
                                const QString& annPath, const TypeMap& types, QList<Diagnostic>* problems);

} // namespace Entente::Exchange::Brat
