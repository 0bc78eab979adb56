// Edits of marks: a mark changes by small insertions and deletions around its words (the words are
// never rewritten, so the editor keeps cursor and formatting).
#include "documentedits.h"
#include "documentedits_p.h"
#include "recordparser.h"

#include <QCoreApplication>

#include <algorithm>

namespace Entente::DocumentEdits {

using namespace Detail;

namespace {

// Translated strings of this file (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::DocumentEdits)
};

QString checkRef(MarkKind kind, QStringView ref)
{
    if (kind != MarkKind::Date)
        return isValidId(ref) ? QString() : badId(ref);
    const auto [start, end] = RecordParser::parseDateRange(ref);
    if (!start.isValid() || std::any_of(ref.begin(), ref.end(), [](QChar c) { return c.isSpace(); }))
        return Text::tr("'%1' is not a date (use 2023-07-13, 2023-W28, 2023-07, ~2023-07-13 or start..end)")
            .arg(ref);
    if (end.last() < start.first())
        return Text::tr("the dates '%1' end before they start").arg(ref);
    return {};
}

// Where the words of a mark may be: plain article words on one line, outside every other mark.
QString checkWords(const Document& doc, int start, int end, QStringView words, int markIndex)
{
    if (start < 0 || end > doc.text.size() || start >= end || words.isEmpty())
        return Text::tr("select some words to mark");
    if (end > doc.articleEnd())
        return Text::tr("marks belong in the article, not in the records section");
    if (words.contains(u'\n'))
        return Text::tr("a mark lies on one line: the words cross a line break");
    if (words.contains(u'[') || words.contains(u']'))
        return Text::tr("the words of a mark cannot contain '[' or ']'");
    for (qsizetype i = 0; i < doc.marks.size(); ++i) {
        if (i != markIndex && start < doc.marks.at(i).end && doc.marks.at(i).start < end)
            return Text::tr("the words overlap a mark: marks do not nest");
    }
    return {};
}

} // namespace

EditResult addMark(const Document& doc, int start, int end, MarkKind kind, const QString& ref,
    const QString& anchor)
{
    const bool inText = start >= 0 && start < end && end <= doc.text.size();
    const QStringView words = inText ? QStringView(doc.text).sliced(start, end - start) : QStringView();
    if (QString error = checkWords(doc, start, end, words, -1); !error.isEmpty())
        return failure(error);
    if (QString error = checkRef(kind, ref); !error.isEmpty())
        return failure(error);
    if (!anchor.isEmpty() && !isValidId(anchor))
        return failure(Text::tr("bad anchor '#%1': use letters, digits, '-', '_' or '.'").arg(anchor));
    const auto named = [&anchor](const Mark& m) { return !anchor.isEmpty() && m.anchor == anchor; };
    if (std::any_of(doc.marks.cbegin(), doc.marks.cend(), named))
        return failure(Text::tr("another mark already has the anchor '#%1'").arg(anchor));
    return finish(doc, { { start, 0, QStringLiteral("[") }, { end, 0, markSuffix(kind, ref, anchor) } });
}

EditResult removeMark(const Document& doc, int markIndex)
{
    if (markIndex < 0 || markIndex >= doc.marks.size())
        return failure(Text::tr("there is no such mark"));
    QList<TextEdit> edits;
    unwrap(doc.marks.at(markIndex), edits);
    Section section(doc);
    dropLostEvidence(doc, section, { markIndex });
    return finish(doc, edits, &section);
}

EditResult changeMark(const Document& doc, int markIndex, MarkKind kind, const QString& ref)
{
    if (markIndex < 0 || markIndex >= doc.marks.size())
        return failure(Text::tr("there is no such mark"));
    if (QString error = checkRef(kind, ref); !error.isEmpty())
        return failure(error);
    const Mark& mark = doc.marks.at(markIndex);
    return finish(doc, { { mark.textEnd, mark.end - mark.textEnd, markSuffix(kind, ref, mark.anchor) } });
}

EditResult resizeMark(const Document& doc, int markIndex, int newTextStart, int newTextEnd)
{
    if (markIndex < 0 || markIndex >= doc.marks.size())
        return failure(Text::tr("there is no such mark"));
    const Mark& m = doc.marks.at(markIndex);
    // On the mark's own markup, '[' is where its words start and all of "]{...}" where they end.
    const auto edge = [&m](int p) {
        return p == m.start ? m.textStart : (p > m.textEnd && p <= m.end ? m.textEnd : p);
    };
    const int start = edge(newTextStart);
    const int end = edge(newTextEnd);
    // The new span without this mark's markup, which it either covers whole or leaves out.
    const bool inText = start >= 0 && start < end && end <= doc.text.size();
    QString words = inText ? doc.text.sliced(start, end - start) : QString();
    if (inText && start <= m.textEnd && end > m.end)
        words.remove(m.textEnd - start, m.end - m.textEnd);
    if (inText && start < m.start && end > m.start)
        words.remove(m.start - start, 1);
    if (QString error = checkWords(doc, start, end, words, markIndex); !error.isEmpty())
        return failure(error);
    // Moving the brackets rather than rewriting the words keeps the editor's cursor and formatting.
    QList<TextEdit> edits;
    if (start != m.textStart)
        edits << TextEdit { m.start, 1, {} } << TextEdit { start, 0, QStringLiteral("[") };
    if (end != m.textEnd)
        edits << TextEdit { m.textEnd, m.end - m.textEnd, {} }
              << TextEdit { end, 0, doc.text.sliced(m.textEnd, m.end - m.textEnd) };
    return finish(doc, edits);
}

} // namespace Entente::DocumentEdits
