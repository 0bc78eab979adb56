#include "bratbuilder.h"
#include "format.h"
#include "ids.h"
#include "recordparser.h"

#include <QStringDecoder>
#include <numeric>

namespace Entente::Exchange::Brat {

using namespace Internal;

namespace Internal {

bool Builder::locate(const QByteArray& txt, const Annotations& annotations)
{
    // The unit under which the most T lines' texts match their offsets is the file's.
    const OffsetUnit units[] = { OffsetUnit::CodePoints, OffsetUnit::Utf16, OffsetUnit::Utf8Bytes };
    std::optional<OffsetMap> best;
    qsizetype bestMatches = -1;
    QList<std::pair<int, int>> bestPositions;
    for (OffsetUnit unit : units) {
        OffsetMap map(txt, unit);
        QList<std::pair<int, int>> positions;
        qsizetype matches = 0;
        for (const TextBound& t : annotations.textBounds) {
            QStringList pieces;
            int start = -1, end = -1;
            for (const auto& [from, to] : t.fragments) {
                const int a = map.position(from), b = map.position(to);
                if (a < 0 || b < 0) {
                    start = -1;
                    break;
                }
                if (start < 0)
                    start = a;
                end = b;
                pieces.append(m_text.sliced(a, b - a));
            }
            const bool match = start >= 0 && pieces.join(u' ') == t.text;
            matches += match ? 1 : 0;
            positions.append(match ? std::pair { start, end } : std::pair { -1, -1 });
        }
        if (matches > bestMatches) {
            bestMatches = matches;
            bestPositions = positions;
        }
        if (matches == annotations.textBounds.size())
            break;
    }
    for (qsizetype i = 0; i < annotations.textBounds.size(); ++i) {
        const TextBound& t = annotations.textBounds.at(i);
        const auto [start, end] = bestPositions.value(i, { -1, -1 });
        if (start < 0) {
            warn(t.line,
                 Text::tr("the text at %1's offsets is not '%2'; the annotation is skipped")
                     .arg(t.id, t.text));
            continue;
        }
        Bound bound;
        bound.source = &t;
        bound.start = start;
        bound.end = end;
        bound.words = m_text.sliced(start, end - start);
        m_byId.insert(t.id, int(m_bounds.size()));
        m_bounds.append(bound);
    }
    return true;
}

void Builder::chooseMarks(const Annotations& annotations)
{
    QHash<QString, QString> triggerType; // T id → event type
    for (const EventLine& event : annotations.events) {
        triggerType.insert(event.trigger, event.type);
        m_eventTrigger.insert(event.id, event.trigger);
    }
    QSet<QString> unmapped;
    for (Bound& b : m_bounds) {
        const QString type = triggerType.value(b.source->id, b.source->type);
        b.target = m_types.target(type);
        if (!b.target) {
            b.target = m_types.target(b.source->type);
            if (!b.target && !unmapped.contains(type)) {
                unmapped.insert(type);
                warn(b.source->line,
                     Text::tr("the type '%1' is not in the type mapping; its annotations are skipped")
                         .arg(type));
            }
        }
    }
    // Marks do not nest or overlap, and lie on one line without brackets.
    QList<int> order(m_bounds.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return m_bounds.at(a).start < m_bounds.at(b).start; });
    int coveredTo = 0;
    const Bound* previous = nullptr;
    for (int index : std::as_const(order)) {
        Bound& b = m_bounds[index];
        if (!b.target || *b.target == Target::Ignore || b.source->type == articleType)
            continue;
        QString why;
        if (b.source->fragments.size() > 1)
            why = Text::tr("discontinuous annotations cannot be marks");
        else if (b.words.trimmed().isEmpty())
            why = Text::tr("the annotation covers no words");
        else if (b.words.contains(u'\n'))
            why = Text::tr("a mark lies on one line");
        else if (b.words.contains(u'[') || b.words.contains(u']'))
            why = Text::tr("a mark's words contain no '[' or ']'");
        else if (previous && b.start < coveredTo)
            why = Text::tr("it overlaps %1, and marks do not overlap").arg(previous->source->id);
        if (!why.isEmpty()) {
            warn(b.source->line, Text::tr("%1 is skipped: %2").arg(b.source->id, why));
            continue;
        }
        b.isMark = true;
        switch (*b.target) {
        case Target::Person:
        case Target::Organisation:
        case Target::State:
            b.kind = MarkKind::Actor;
            break;
        case Target::Meeting:
            b.kind = MarkKind::Meeting;
            break;
        case Target::Issue:
            b.kind = MarkKind::Issue;
            break;
        case Target::Date:
            b.kind = MarkKind::Date;
            break;
        case Target::Ignore:
            break;
        }
        coveredTo = b.end;
        previous = &b;
    }
}

void Builder::readRefs(const Annotations& annotations)
{
    for (const NormalizationLine& n : annotations.normalizations) {
        Bound* b = bound(n.target);
        if (!b || !b->isMark)
            continue;
        if (n.database.compare(dateDb, Qt::CaseInsensitive) == 0 && b->kind == MarkKind::Date) {
            if (RecordParser::parseDateRange(n.key).first.isValid())
                b->ref = n.key;
            else
                warn(n.line, Text::tr("'%1' is not a date").arg(n.key));
        } else if (n.database.compare(recordDb, Qt::CaseInsensitive) == 0 && b->kind != MarkKind::Date) {
            if (isValidId(n.key)) {
                b->ref = n.key;
                b->fromEntente = true;
            } else {
                warn(n.line, Text::tr("bad id '%1': use letters, digits, '-', '_' or '.'").arg(n.key));
            }
        }
    }
    // Other tools keep a date's normalised value in an attribute ("A1<tab>Value T5 2023-07-20").
    for (const AttributeLine& attribute : annotations.attributes) {
        Bound* b = bound(attribute.target);
        if (b && b->isMark && b->kind == MarkKind::Date && b->ref.isEmpty()
            && attribute.name.compare(u"value", Qt::CaseInsensitive) == 0
            && RecordParser::parseDateRange(attribute.value).first.isValid())
            b->ref = attribute.value;
    }
    for (const NoteLine& note : annotations.notes) {
        Bound* b = bound(note.target);
        if (b && b->isMark && note.text.startsWith(notePrefix + u'#')) {
            const QString anchor = note.text.sliced(notePrefix.size() + 1).trimmed();
            if (isValidId(anchor) && !m_anchors.contains(anchor)) {
                b->anchor = anchor;
                m_anchors.insert(anchor);
            }
        }
    }
    // Entities of other tools: one id per group of equivalent annotations, else per words.
    QHash<QString, QString> groupId; // T id → shared id
    for (const QStringList& group : annotations.equivalences) {
        QString id;
        for (const QString& t : group) {
            if (const Bound* b = bound(t); b && b->isMark && id.isEmpty())
                id = b->ref.isEmpty() ? idFromText(b->words) : b->ref;
        }
        for (const QString& t : group)
            groupId.insert(t, id);
    }
    for (Bound& b : m_bounds) {
        if (!b.isMark || !b.ref.isEmpty())
            continue;
        switch (b.kind) {
        case MarkKind::Actor:
        case MarkKind::Issue:
            b.ref = groupId.value(b.source->id, idFromText(b.words));
            break;
        case MarkKind::Meeting:
            break; // from its event, see addMeetings()
        case MarkKind::Date:
            if (RecordParser::parseDateRange(b.words.trimmed()).first.isValid()) {
                b.ref = b.words.trimmed();
            } else {
                warn(b.source->line,
                     Text::tr(
                         "%1 is skipped: the date '%2' has no value (give it an N line 'Date:2023-07-13')")
                         .arg(b.source->id, b.words));
                b.isMark = false;
            }
            break;
        }
    }
}

ImportedDocument Builder::build(const QByteArray& txt, const QString& txtPath, const QByteArray& ann,
                                const QString& annPath)
{
    m_annPath = annPath;
    const Format::Decoded decoded = Format::decode(txt);
    if (!decoded.error.isEmpty()) {
        m_problems->append(
            { txtPath, decoded.errorLine, decoded.errorColumn, Severity::Error, decoded.error });
        return {};
    }
    m_text = decoded.text;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString annText = utf8.decode(ann);
    if (utf8.hasError()) {
        m_problems->append({ annPath, 0, 0, Severity::Error, Text::tr("the file is not UTF-8 text") });
        return {};
    }
    const Annotations annotations = parse(annText, annPath, m_problems);
    locate(txt, annotations);
    chooseMarks(annotations);
    readRefs(annotations);
    readNoteRecords(annotations);
    addMeetings(annotations);
    addEntityRecords();
    addRelations(annotations);
    addStatuses(annotations);

    // The words with the marks put in, from the last to the first so that positions stay right.
    QList<const Bound*> marks;
    for (const Bound& b : std::as_const(m_bounds)) {
        if (b.isMark && !b.ref.isEmpty())
            marks.append(&b);
    }
    std::sort(marks.begin(), marks.end(), [](const Bound* a, const Bound* b) { return a->start < b->start; });
    QString text = m_text;
    for (auto it = marks.crbegin(); it != marks.crend(); ++it) {
        const Bound* b = *it;
        text.replace(b->start, b->end - b->start, Format::formatMark(b->kind, b->ref, b->words, b->anchor));
    }
    Document document;
    document.fileName = txtPath;
    document.text = text;
    document.article = m_records.article;
    document.actors = m_records.actors;
    document.meetings = m_records.meetings;
    document.issues = m_records.issues;
    document.hasBom = decoded.hasBom;
    document.lineEnding = decoded.lineEnding;
    document.text = Format::write(document);

    // The words must come back unchanged; text that reads as markup would not.
    const Document check = Format::parse(document.text, txtPath);
    if (check.plainText() != m_text) {
        m_problems->append({ txtPath, 0, 0, Severity::Error,
                             Text::tr("the text contains Entente markup of its own ('[words]{kind=…}' or the "
                                      "records line); not imported") });
        return {};
    }
    if (check.hasErrors()) {
        for (const Diagnostic& d : check.diagnostics) {
            if (d.severity == Severity::Error)
                m_problems->append(
                    { annPath, 0, 0, Severity::Error,
                      Text::tr("not imported: the result does not read back: %1").arg(d.message) });
        }
        return {};
    }
    return { Format::encode(document), int(marks.size()) };
}

} // namespace Internal

ImportedDocument importDocument(const QByteArray& txt, const QString& txtPath, const QByteArray& ann,
                                const QString& annPath, const TypeMap& types, QList<Diagnostic>* problems)
{
    return Builder(types, problems).build(txt, txtPath, ann, annPath);
}

} // namespace Entente::Exchange::Brat
