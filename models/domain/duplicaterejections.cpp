#include "duplicaterejections.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Entente {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::DuplicateRejections)
};

const QString header = QStringLiteral(
    "# Duplicate proposals rejected in Entente: each line names two records that are different.\n"
    "# kind first-id second-id");

} // namespace

QString DuplicateRejections::pathFor(const QStringList& articleFiles)
{
    if (articleFiles.isEmpty())
        return {};
    QString common = QFileInfo(articleFiles.first()).absolutePath();
    for (const QString& file : articleFiles) {
        const QString folder = QFileInfo(file).absolutePath();
        while (!common.isEmpty() && folder != common
               && !folder.startsWith(common.endsWith(u'/') ? common : common + u'/')) {
            const QString parent = QFileInfo(common).path();
            common = parent == common ? QString() : parent;
        }
    }
    return common.isEmpty() ? QString() : QDir(common).filePath(fileName());
}

QString DuplicateRejections::key(MarkKind kind, const QString& a, const QString& b)
{
    return toString(kind) + u' ' + std::min(a, b) + u' ' + std::max(a, b);
}

bool DuplicateRejections::load(const QString& path, QString* error, QStringList* warnings)
{
    m_path = path;
    m_lines.clear();
    m_pairs.clear();
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("%1: cannot read the rejected duplicates: %2").arg(path, file.errorString());
        return false;
    }
    const QString text = QString::fromUtf8(file.readAll());
    m_lines = text.split(u'\n');
    if (!m_lines.isEmpty() && m_lines.constLast().isEmpty())
        m_lines.removeLast();
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const QString line = m_lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u' ', Qt::SkipEmptyParts);
        MarkKind kind = MarkKind::Actor;
        if (fields.size() == 3 && fromString(fields.at(0), &kind) && kind != MarkKind::Date
            && isValidId(fields.at(1)) && isValidId(fields.at(2))) {
            m_pairs.insert(key(kind, fields.at(1), fields.at(2)));
        } else if (warnings) {
            warnings->append(Text::tr("%1:%2: not a rejected pair (kind, then two ids): kept as it is")
                                 .arg(path)
                                 .arg(i + 1));
        }
    }
    return true;
}

bool DuplicateRejections::save(const QString& path, QString* error) const
{
    const QString target = path.isEmpty() ? m_path : path;
    QSaveFile file(target);
    QString text = m_lines.isEmpty() ? header + u'\n' : QString();
    for (const QString& line : m_lines)
        text += line + u'\n';
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = Text::tr("%1: cannot write the rejected duplicates: %2").arg(target, file.errorString());
        return false;
    }
    return true;
}

bool DuplicateRejections::contains(MarkKind kind, const QString& a, const QString& b) const
{
    return m_pairs.contains(key(kind, a, b));
}

bool DuplicateRejections::add(MarkKind kind, const QString& a, const QString& b)
{
    const QString pair = key(kind, a, b);
    if (a == b || m_pairs.contains(pair))
        return false;
    if (m_lines.isEmpty())
        m_lines = header.split(u'\n');
    m_pairs.insert(pair);
    m_lines.append(pair);
    return true;
}

QList<DuplicateRejections::Pair> DuplicateRejections::pairs() const
{
    QList<Pair> result;
    for (const QString& pair : m_pairs) {
        const QStringList fields = pair.split(u' ');
        MarkKind kind = MarkKind::Actor;
        fromString(fields.at(0), &kind);
        result.append({ kind, fields.at(1), fields.at(2) });
    }
    return result;
}

} // namespace Entente
