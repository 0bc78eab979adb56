// The natural order of article file names (a1, a2, a10, a100; numbers by value, case ignored) as
// sort keys, made once per file: the loader makes them on its worker for the articles it opens, so
// that ordering ten thousand tabs costs byte comparisons on the UI thread, not collation.
#pragma once

#include <QCollator>
#include <QString>

namespace Entente::NaturalOrder {

// A collator for the order (each thread uses its own: a collator is not shared between threads).
QCollator collator();
// The key of a path's file name.
QCollatorSortKey keyOf(const QCollator& collator, const QString& path);

} // namespace Entente::NaturalOrder
