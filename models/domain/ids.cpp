#include "ids.h"

#include <QSet>

namespace Entente {

QString idFromText(QStringView text)
{
    // Decomposition turns "é" into "e" plus a combining accent, which is then dropped.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD).toLower();
    QString id;
    id.reserve(decomposed.size());
    bool pendingDash = false;
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber()) {
            if (pendingDash && !id.isEmpty())
                id.append(u'-');
            id.append(c);
            pendingDash = false;
        } else if (c.category() != QChar::Mark_NonSpacing && c != u'\'' && c != u'\u2019') {
            pendingDash = true; // "Blinken's" stays one word
        }
    }
    if (id.size() > 48) {
        const qsizetype cut = id.lastIndexOf(u'-', 48);
        id.truncate(cut > 8 ? cut : 48);
    }
    return id.isEmpty() ? QStringLiteral("record") : id;
}

QString uniqueId(const Corpus& corpus, MarkKind kind, const QString& base)
{
    const auto taken = [&corpus, kind](const QString& id) {
        switch (kind) {
        case MarkKind::Actor: return corpus.actorIndex(id) >= 0;
        case MarkKind::Meeting: return corpus.meetingIndex(id) >= 0;
        case MarkKind::Issue: return corpus.issueIndex(id) >= 0;
        case MarkKind::Date: return false;
        }
        return false;
    };
    QString id = base;
    for (int n = 2; taken(id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

QString uniqueAnchor(const Document& document, const QString& base)
{
    QSet<QString> anchors;
    for (const Mark& mark : document.marks) {
        if (!mark.anchor.isEmpty())
            anchors.insert(mark.anchor);
    }
    QString anchor = base;
    for (int n = 2; anchors.contains(anchor); ++n)
        anchor = base + u'-' + QString::number(n);
    return anchor;
}

} // namespace Entente
