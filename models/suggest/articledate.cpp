#include "articledate.h"

#include "datenormalizer.h"

using namespace Qt::StringLiterals;

namespace Entente::Suggest {

namespace {

// The line of the text around position `at`.
QStringView lineAt(QStringView text, int at, int* lineNumber)
{
    qsizetype start = at;
    while (start > 0 && text[start - 1] != u'\n' && text[start - 1] != u'\r')
        --start;
    qsizetype end = at;
    while (end < text.size() && text[end] != u'\n' && text[end] != u'\r')
        ++end;
    *lineNumber = int(text.first(start).count(u'\n'));
    return text.sliced(start, end - start);
}

bool isDash(QChar c)
{
    return c == u'—' || c == u'–' || c == u'-';
}

// What a line says around its date: only the date (with a weekday, a place or "Updated:"), or a
// released/posted/published line.
bool isDateLine(QStringView line, QStringView date)
{
    static const QStringList labels = { u"released"_s, u"posted"_s, u"published"_s, u"issued"_s, u"updated"_s,
        u"date"_s, u"dated"_s, u"for immediate release"_s, u"press release"_s, u"media note"_s, u"press statement"_s,
        u"readout"_s, u"statement"_s, u"last updated"_s, u"on"_s };
    QString rest = line.toString();
    rest.remove(date.toString());
    rest = rest.toLower();
    for (const QString& label : labels)
        rest.remove(label);
    for (const QString& weekday : { u"monday"_s, u"tuesday"_s, u"wednesday"_s, u"thursday"_s, u"friday"_s,
             u"saturday"_s, u"sunday"_s })
        rest.remove(weekday);
    // What is left: punctuation, a short place or an office ("Washington, DC", "Office of the
    // Spokesperson"), no sentence ("It was signed on ...").
    static const QStringList small = { u"of"_s, u"the"_s, u"at"_s, u"by"_s, u"and"_s };
    if (rest.simplified().size() > 40)
        return false;
    for (QStringView word : QStringView(line).split(u' ', Qt::SkipEmptyParts)) {
        const QString lower = word.toString().toLower();
        if (word.front().isLower() && !small.contains(lower) && !labels.contains(lower))
            return false;
    }
    return true;
}

} // namespace

ArticleDate guessArticleDate(const TokenizedText& text)
{
    const QStringView all = text.text;
    const int lastLines = int(all.count(u'\n')) - 3;
    ArticleDate found;
    for (const DateExpression& date : normalizeDates(text, QDate())) {
        if (!date.fullDate)
            continue;
        const QStringView words = all.sliced(date.start, date.end - date.start);
        int lineNumber = 0;
        const QStringView line = lineAt(all, date.start, &lineNumber);
        const QStringView after = all.sliced(date.end).left(4).trimmed();
        // A dateline: "WASHINGTON, July 12, 2023 —" among the first words, before a dash.
        if (date.start < 120 && !after.isEmpty() && (isDash(after.front()) || after.startsWith(u'(')))
            return { date.value.date, u"dateline"_s, 0.95 };
        if ((lineNumber < 8 || lineNumber >= lastLines) && isDateLine(line, words)) {
            const QString lower = line.toString().toLower();
            const bool released = lower.contains(u"released") || lower.contains(u"posted") || lower.contains(u"published")
                || lower.contains(u"issued") || lower.contains(u"updated");
            if (!found.date.isValid() || released)
                found = { date.value.date, released ? u"released line"_s : u"date line"_s, 0.9 };
            continue;
        }
        // "Today, July 12, 2023, ..." / "today (July 12, 2023)": the text's present.
        const QString before = all.sliced(std::max(0, date.start - 12), std::min(12, date.start)).toString().toLower();
        if (!found.date.isValid() && (before.contains(u"today") || all.sliced(date.end).left(10).contains(u"today")))
            found = { date.value.date, u"the date the text calls today"_s, 0.8 };
    }
    return found;
}

} // namespace Entente::Suggest
