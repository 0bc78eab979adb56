#include "recordprefill.h"

#include "ids.h"
#include "wordspan.h"

namespace Entente::RecordPrefill {

namespace {

QString stripped(QStringView words)
{
    QString name = words.trimmed().toString();
    for (const QString& article : { QStringLiteral("the "), QStringLiteral("The ") }) {
        if (name.startsWith(article))
            name.remove(0, article.size());
    }
    for (const QString& possessive : { QStringLiteral("’s"), QStringLiteral("'s"), QStringLiteral("’"), QStringLiteral("'") }) {
        if (name.endsWith(possessive))
            name.chop(possessive.size());
    }
    return name;
}

// Marks of doc inside the sentence around [start, end), in text order.
QList<const Mark*> sentenceMarks(const Document& doc, int start, int end)
{
    const WordSpan::Span sentence = WordSpan::sentence(doc.text, start, end);
    QList<const Mark*> found;
    for (const Mark& mark : doc.marks) {
        if (mark.start >= sentence.start && mark.end <= sentence.end)
            found.append(&mark);
    }
    return found;
}

void setDates(const QString& ref, FuzzyDate* first, FuzzyDate* last)
{
    const qsizetype dots = ref.indexOf(u"..");
    *first = FuzzyDate::parse(dots < 0 ? QStringView(ref) : QStringView(ref).first(dots));
    *last = dots < 0 ? *first : FuzzyDate::parse(QStringView(ref).sliced(dots + 2));
}

bool containsAny(const QString& text, std::initializer_list<const char16_t*> cues)
{
    return std::any_of(cues.begin(), cues.end(), [&text](const char16_t* cue) {
        return text.contains(QStringView(cue), Qt::CaseInsensitive);
    });
}

} // namespace

Actor actor(const Corpus& corpus, QStringView words)
{
    Actor a;
    a.name = stripped(words);
    a.id = uniqueId(corpus, MarkKind::Actor, idFromText(a.name));
    static const QStringList organisationWords = { QStringLiteral("Department"), QStringLiteral("Ministry"),
        QStringLiteral("House"), QStringLiteral("Council"), QStringLiteral("Association"),
        QStringLiteral("Organization"), QStringLiteral("Organisation"), QStringLiteral("Agency"),
        QStringLiteral("Commission"), QStringLiteral("Pentagon"), QStringLiteral("Inc"), QStringLiteral("Corporation"),
        QStringLiteral("Union"), QStringLiteral("Bank"), QStringLiteral("Office"), QStringLiteral("Committee") };
    const QStringList nameWords = a.name.split(u' ', Qt::SkipEmptyParts);
    const bool organisation = std::any_of(nameWords.cbegin(), nameWords.cend(),
        [](const QString& w) { return organisationWords.contains(w); });
    const bool acronym = a.name.size() >= 2 && a.name.size() <= 6 && a.name == a.name.toUpper();
    a.kind = organisation || acronym ? ActorKind::Organisation : ActorKind::Person;
    return a;
}

QString sentenceDateRef(const Document& doc, int start, int end)
{
    for (const Mark* mark : sentenceMarks(doc, start, end)) {
        if (mark->kind == MarkKind::Date)
            return mark->ref;
    }
    return {};
}

Meeting meeting(const Corpus& corpus, const Document& doc, int start, int end)
{
    Meeting m;
    m.title = stripped(QStringView(doc.text).sliced(start, end - start));
    m.id = uniqueId(corpus, MarkKind::Meeting, idFromText(m.title));
    for (const Mark* mark : sentenceMarks(doc, start, end)) {
        if (mark->kind == MarkKind::Actor && !m.participants.contains(mark->ref))
            m.participants.append(mark->ref);
    }
    setDates(sentenceDateRef(doc, start, end), &m.start, &m.end);
    const QString sentence = [&] {
        const WordSpan::Span s = WordSpan::sentence(doc.text, start, end);
        return doc.text.sliced(s.start, s.end - s.start);
    }();
    const QString words = doc.text.sliced(start, end - start);
    if (containsAny(words, { u"cancel", u"call off", u"called off", u"postpone" }))
        m.status = MeetingStatus::Cancelled;
    else if (containsAny(words, { u"unsuccessful", u"failed", u"collapsed" }))
        m.status = MeetingStatus::Failed;
    else if (containsAny(words, { u"scheduled", u"will ", u"set to", u"plans", u"planned", u"to meet", u"to visit", u"expected" }))
        m.status = MeetingStatus::Planned;
    else
        m.status = MeetingStatus::Held;
    if (containsAny(words, { u"visit", u"trip", u"travel" }))
        m.kind = QStringLiteral("visit");
    else if (containsAny(words, { u"call" }))
        m.kind = QStringLiteral("call");
    else if (containsAny(words, { u"summit" }))
        m.kind = QStringLiteral("summit");
    else
        m.kind = QStringLiteral("talks");
    // "in Jakarta", "to Beijing": a capitalised word after the preposition names the place.
    for (const QString& preposition : { QStringLiteral(" in "), QStringLiteral(" to ") }) {
        qsizetype at = sentence.indexOf(preposition);
        while (at >= 0 && m.place.isEmpty()) {
            const qsizetype from = at + preposition.size();
            qsizetype to = from;
            while (to < sentence.size() && (sentence.at(to).isLetter() || sentence.at(to) == u'-'))
                ++to;
            const QString word = sentence.sliced(from, to - from);
            const bool month = QDate::fromString(word, QStringLiteral("MMMM")).isValid();
            if (!word.isEmpty() && word.at(0).isUpper() && !month && word != u"The")
                m.place = word;
            at = sentence.indexOf(preposition, at + 1);
        }
    }
    return m;
}

Issue issue(const Corpus& corpus, const Document& doc, int start, int end, const QString& anchor)
{
    Issue i;
    i.title = stripped(QStringView(doc.text).sliced(start, end - start));
    if (!i.title.isEmpty())
        i.title[0] = i.title.at(0).toUpper();
    i.id = uniqueId(corpus, MarkKind::Issue, idFromText(i.title));
    StatusChange opened;
    FuzzyDate last;
    setDates(sentenceDateRef(doc, start, end), &opened.date, &last);
    if (!opened.date.isValid())
        opened.date = { doc.article.date, DatePrecision::Day };
    opened.status = IssueStatus::Open;
    opened.evidence = anchor;
    if (opened.date.isValid())
        i.history.append(opened);
    return i;
}

} // namespace Entente::RecordPrefill
