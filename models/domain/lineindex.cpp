#include "lineindex.h"

#include <algorithm>

namespace Entente {

void LineIndex::build()
{
    m_built = true;
    m_starts.append(0);
    for (qsizetype at = m_text.indexOf(u'\n'); at >= 0; at = m_text.indexOf(u'\n', at + 1))
        m_starts.append(at + 1);
}

std::pair<int, int> LineIndex::at(qsizetype position)
{
    if (!m_built)
        build();
    position = std::clamp<qsizetype>(position, 0, m_text.size());
    const auto after = std::upper_bound(m_starts.cbegin(), m_starts.cend(), position);
    const qsizetype line = after - m_starts.cbegin(); // >= 1: the first start is 0
    return { int(line), int(position - m_starts.at(line - 1)) + 1 };
}

qsizetype LineIndex::lineStart(int line)
{
    if (!m_built)
        build();
    return line >= 1 && line <= m_starts.size() ? m_starts.at(line - 1) : m_text.size();
}

int LineIndex::lineCount()
{
    if (!m_built)
        build();
    return int(m_starts.size());
}

} // namespace Entente
