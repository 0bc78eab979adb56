#include "idpool.h"

#include "ids.h"

namespace Entente::Suggest {

QString slug(QStringView name)
{
    return idFromText(name); // the domain's rule, so that suggested ids look like hand-made ones
}

QString IdPool::unique(const QString& wanted)
{
    QString id = wanted;
    // The next number to try per wanted id, so that many meetings of the same pair stay linear.
    int& next = m_next[wanted];
    for (int n = std::max(next, 2); m_used.contains(id); ++n) {
        id = wanted + u'-' + QString::number(n);
        next = n + 1;
    }
    m_used.insert(id, 1);
    return id;
}

} // namespace Entente::Suggest
