// Record ids made from names ("Antony Blinken" -> "antony-blinken"), unique within one suggest() run.
#pragma once

#include <QHash>
#include <QString>

namespace Entente::Suggest {

QString slug(QStringView name);

// Hands out ids that are unique within one suggest() run: "talks", "talks-2", ...
class IdPool
{
public:
    void reserve(const QString& id) { m_used.insert(id, 1); }
    bool contains(const QString& id) const { return m_used.contains(id); }
    QString unique(const QString& wanted);

private:
    QHash<QString, int> m_used;
    QHash<QString, int> m_next;
};

} // namespace Entente::Suggest
