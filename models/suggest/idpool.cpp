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
    for (int n = 2; m_used.contains(id); ++n)
        id = wanted + u'-' + QString::number(n);
    m_used.insert(id, 1);
    return id;
}

} // namespace Entente::Suggest
