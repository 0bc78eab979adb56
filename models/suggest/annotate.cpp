// Writes a suggest() result as Entente's annotated-text format: the article with the marks, then the
// records section, so that the analyst can open, review and correct it like any article.
#include "format.h"
#include "suggester.h"

namespace Entente::Suggest {

QString annotateMarks(QStringView plainText, const QList<Suggestion>& marks)
{
    QString text;
    text.reserve(plainText.size() + marks.size() * 24);
    qsizetype position = 0;
    for (const Suggestion& mark : marks) {
        if (mark.ref.isEmpty() || mark.start < position || mark.end > plainText.size() || mark.start >= mark.end)
            continue; // vague dates have no value to write
        const QStringView words = plainText.sliced(mark.start, mark.end - mark.start);
        if (words.contains(u'[') || words.contains(u']') || words.contains(u'\n') || words.contains(u'\r'))
            continue; // never a mark the format would read differently
        text += plainText.sliced(position, mark.start - position);
        text += Format::formatMark(mark.kind, mark.ref, words, mark.anchor);
        position = mark.end;
    }
    text += plainText.sliced(position);
    return text;
}

QString annotate(const QString& plainText, const Result& result)
{
    Document document;
    document.text = annotateMarks(plainText, result.marks);
    document.article.date = result.articleDate;
    document.actors = result.actors;
    document.meetings = result.meetings;
    document.issues = result.issues;
    return Format::write(document);
}

} // namespace Entente::Suggest
