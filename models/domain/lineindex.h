// Line and column of positions in a text, found by binary search in the line starts, which are
// listed once: a diagnostic's position costs O(log lines) wherever it is, even on one long line.
#pragma once

#include <QList>
#include <QStringView>

#include <utility>

namespace Entente {

class LineIndex
{
public:
    // Lines end at '\n' (document text has no other line break). The text must outlive the index.
    explicit LineIndex(QStringView text)
        : m_text(text)
    {
    }
    // 1-based line and column (in UTF-16 code units, as QTextDocument counts) of position.
    std::pair<int, int> at(qsizetype position);
    // Where line (1-based) starts; the text's size past the last line.
    qsizetype lineStart(int line);
    int lineCount();

private:
    void build();

    QStringView m_text;
    QList<qsizetype> m_starts; // built on first use: texts without diagnostics never need it
    bool m_built = false;
};

} // namespace Entente
