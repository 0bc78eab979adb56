// What every edit has in common: applying and inverting edits, and the check by parsing that every
// result passes. The edits themselves are in markedits.cpp (marks: small insertions and deletions
// around their words, never rewriting them, so that the editor keeps cursor and formatting) and
// recordedits.cpp (records: the lines of the records section rebuilt, only the characters that
// differ replaced).
#include "documentedits.h"
#include "documentedits_p.h"
#include "format.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Entente::DocumentEdits {

namespace {

// Translated strings of this file (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::DocumentEdits)
};

QList<TextEdit> sorted(QList<TextEdit> edits)
{
    // An insertion goes before an edit starting at the same place, whatever order it was listed in.
    std::stable_sort(edits.begin(), edits.end(), [](const TextEdit& a, const TextEdit& b) {
        return std::pair(a.start, a.length > 0) < std::pair(b.start, b.length > 0);
    });
    return edits;
}

} // namespace

namespace Detail {

EditResult failure(const QString& message)
{
    return { {}, message };
}

QString badId(QStringView id)
{
    return Text::tr("bad id '%1': use letters, digits, '-', '_' or '.'").arg(id);
}

EditResult finish(const Document& doc, QList<TextEdit> edits, const Section* section)
{
    const QString changed = Text::tr("the document has changed since it was read; try again");
    if (section && section->broken())
        return failure(changed);
    if (section)
        section->appendEdit(edits);
    edits = sorted(std::move(edits));
    for (qsizetype i = 0; i < edits.size(); ++i) {
        const TextEdit& e = edits.at(i);
        if (e.start < 0 || e.length < 0 || e.start + e.length > doc.text.size()
            || (i > 0 && e.start < edits.at(i - 1).start + edits.at(i - 1).length))
            return failure(changed);
    }
    const auto errors = [](const Document& d) {
        return std::count_if(d.diagnostics.cbegin(), d.diagnostics.cend(),
            [](const Diagnostic& x) { return x.severity == Severity::Error; });
    };
    const Document after = Format::parse(apply(doc.text, edits), doc.fileName);
    if (after.plainText() != doc.plainText() || errors(after) > errors(doc))
        return failure(Text::tr("this change would alter the article's words or break the file"));
    return { edits, {} };
}

QString markSuffix(MarkKind kind, QStringView ref, QStringView anchor)
{
    return Format::formatMark(kind, ref, {}, anchor).sliced(1); // "]{kind=ref #anchor}"
}

void unwrap(const Mark& mark, QList<TextEdit>& edits)
{
    edits.append({ mark.start, mark.textStart - mark.start, {} });
    edits.append({ mark.textEnd, mark.end - mark.textEnd, {} });
}

void dropLostEvidence(const Document& doc, Section& section, const QList<int>& removedMarks)
{
    QSet<QString> lost;
    QSet<QString> kept;
    for (qsizetype i = 0; i < doc.marks.size(); ++i) {
        if (!doc.marks.at(i).anchor.isEmpty())
            (removedMarks.contains(int(i)) ? lost : kept).insert(doc.marks.at(i).anchor);
    }
    lost.subtract(kept);
    for (const Issue& issue : doc.issues) {
        for (StatusChange change : issue.history) {
            const int line = lost.contains(change.evidence) ? section.lineOf(change.origin.line) : -1;
            change.evidence.clear();
            if (line >= 0 && !section.isRemoved(line))
                section.replace(line, Format::formatStatus(issue.id, change));
        }
    }
}

} // namespace Detail

QString apply(QString text, const QList<TextEdit>& edits)
{
    const QList<TextEdit> ordered = sorted(edits);
    for (auto it = ordered.crbegin(); it != ordered.crend(); ++it) {
        Q_ASSERT(it->start >= 0 && it->length >= 0 && it->start + it->length <= text.size());
        text.replace(it->start, it->length, it->replacement);
    }
    return text;
}

QList<TextEdit> inverse(const QString& text, const QList<TextEdit>& edits)
{
    QList<TextEdit> undo;
    int shift = 0;
    for (const TextEdit& e : sorted(edits)) {
        undo.append({ e.start + shift, int(e.replacement.size()), text.sliced(e.start, e.length) });
        shift += int(e.replacement.size()) - e.length;
    }
    return undo;
}

} // namespace Entente::DocumentEdits
