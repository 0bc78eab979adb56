#include "naturalorder.h"

#include <QLocale>

namespace Entente::NaturalOrder {

QCollator collator()
{
    // The C locale compares code points, numbers digit by digit: natural order needs a language.
    QCollator collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale());
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

QCollatorSortKey keyOf(const QCollator& collator, const QString& path)
{
    // The paths are absolute: the name is what follows the last slash (no QFileInfo per file).
    const qsizetype slash = path.lastIndexOf(u'/');
    return collator.sortKey(slash >= 0 ? path.mid(slash + 1) : path);
}

} // namespace Entente::NaturalOrder
