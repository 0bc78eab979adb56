// Writes a suggest() result as Entente's annotated-text format: the article with the marks, then the
// records section, so that the analyst can open, review and correct it like any article.
#include "format.h"
#include "suggester.h"

namespace Entente::Suggest {

QString annotate(const QString& plainText, const Result& result)
{
    Document document;
    document.text.reserve(plainText.size() + result.marks.size() * 24);
    int position = 0;
    for (const Suggestion& mark : result.marks) {
        if (mark.ref.isEmpty() || mark.start < position || mark.end > plainText.size() || mark.start >= mark.end)
            continue; // vague dates have no value to write
        document.text += QStringView(plainText).sliced(position, mark.start - position);
        document.text += Format::formatMark(mark.kind, mark.ref,
            QStringView(plainText).sliced(mark.start, mark.end - mark.start), mark.anchor);
        position = mark.end;
    }
    document.text += QStringView(plainText).sliced(position);
    document.article.date = result.articleDate;
    document.actors = result.actors;
    document.meetings = result.meetings;
    document.issues = result.issues;
    return Format::write(document);
}

} // namespace Entente::Suggest
