#include "bratann.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Entente::Exchange::Brat {

namespace {

// Translated strings of this file (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::Exchange::Brat)
};

bool parseFragments(QStringView text, QList<std::pair<int, int>>* fragments)
{
    for (QStringView fragment : text.split(u';')) {
        const QList<QStringView> ends = fragment.trimmed().split(u' ', Qt::SkipEmptyParts);
        bool startOk = false, endOk = false;
        if (ends.size() != 2)
            return false;
        const int start = ends.at(0).toInt(&startOk);
        const int end = ends.at(1).toInt(&endOk);
        if (!startOk || !endOk || start < 0 || end < start)
            return false;
        fragments->append({ start, end });
    }
    return !fragments->isEmpty();
}

} // namespace

Annotations parse(const QString& text, const QString& fileName, QList<Diagnostic>* problems)
{
    Annotations result;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const int number = int(i + 1);
        const auto bad = [&](const QString& message) {
            problems->append(
                { fileName, number, 1, Severity::Error, Text::tr("%1; the line is skipped").arg(message) });
        };
        const QStringList columns = line.split(u'\t');
        const QString id = columns.at(0);
        const QStringList fields = columns.value(1).split(u' ', Qt::SkipEmptyParts);
        switch (id.isEmpty() ? u' ' : id.at(0).unicode()) {
        case u'T': {
            TextBound bound { id, fields.value(0), {}, columns.mid(2).join(u'\t'), number };
            const qsizetype space = columns.value(1).indexOf(u' ');
            if (columns.size() < 3 || space < 0
                || !parseFragments(QStringView(columns.at(1)).sliced(space + 1), &bound.fragments))
                bad(Text::tr("expected 'T1<tab>Type start end<tab>text'"));
            else
                result.textBounds.append(bound);
            break;
        }
        case u'E': {
            EventLine event { id, {}, {}, {}, number };
            bool ok = !fields.isEmpty();
            for (qsizetype f = 0; f < fields.size() && ok; ++f) {
                const qsizetype colon = fields.at(f).lastIndexOf(u':');
                ok = colon > 0 && colon + 1 < fields.at(f).size();
                if (!ok)
                    break;
                const QString role = fields.at(f).first(colon);
                const QString target = fields.at(f).sliced(colon + 1);
                if (f == 0) {
                    event.type = role;
                    event.trigger = target;
                } else {
                    event.arguments.append({ role, target });
                }
            }
            if (ok)
                result.events.append(event);
            else
                bad(Text::tr("expected 'E1<tab>Type:T1 Role:T2 ...'"));
            break;
        }
        case u'R': {
            const QString arg1 = fields.value(1).section(u':', 1);
            const QString arg2 = fields.value(2).section(u':', 1);
            if (fields.size() < 3 || arg1.isEmpty() || arg2.isEmpty())
                bad(Text::tr("expected 'R1<tab>Type Arg1:T1 Arg2:T2'"));
            else
                result.relations.append({ id, fields.at(0), arg1, arg2, number });
            break;
        }
        case u'A':
        case u'M':
            if (fields.size() < 2)
                bad(Text::tr("expected 'A1<tab>Name target [value]'"));
            else
                result.attributes.append({ fields.at(0), fields.at(1), fields.value(2), number });
            break;
        case u'N': {
            const qsizetype colon = fields.value(2).indexOf(u':');
            if (fields.size() < 3 || colon <= 0)
                bad(Text::tr("expected 'N1<tab>Reference T1 Database:key<tab>text'"));
            else
                result.normalizations.append(
                    { fields.at(1), fields.at(2).first(colon), fields.at(2).sliced(colon + 1), number });
            break;
        }
        case u'#':
            if (fields.size() < 2)
                bad(Text::tr("expected '#1<tab>AnnotatorNotes T1<tab>text'"));
            else
                result.notes.append({ fields.at(1), columns.mid(2).join(u'\t'), number });
            break;
        case u'*':
            if (fields.size() < 3)
                bad(Text::tr("expected '*<tab>Equiv T1 T2 ...'"));
            else
                result.equivalences.append(fields.mid(1));
            break;
        default:
            bad(Text::tr("'%1' is not a brat annotation id (T, E, R, A, M, N, # or *)").arg(id));
        }
    }
    return result;
}

OffsetMap::OffsetMap(const QByteArray& bytes, OffsetUnit unit)
{
    // A byte-order mark is a character of the file to brat (Python's "utf-8" keeps it): keep it too.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    const QString raw = utf8.decode(bytes);
    // Position in Entente's text of every UTF-16 unit of the raw text, and one past the end.
    QList<int> rawToText(raw.size() + 1);
    int position = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        rawToText[i] = position;
        const bool bom = i == 0 && raw.at(0) == QChar(0xFEFF);
        const bool crBeforeLf = raw.at(i) == u'\r' && i + 1 < raw.size() && raw.at(i + 1) == u'\n';
        if (!bom && !crBeforeLf)
            ++position;
    }
    rawToText[raw.size()] = position;

    switch (unit) {
    case OffsetUnit::Utf16:
        m_positions = rawToText;
        break;
    case OffsetUnit::CodePoints:
        m_positions.reserve(raw.size() + 1);
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (!(raw.at(i).isLowSurrogate() && i > 0 && raw.at(i - 1).isHighSurrogate()))
                m_positions.append(rawToText.at(i));
        }
        m_positions.append(rawToText.at(raw.size()));
        break;
    case OffsetUnit::Utf8Bytes: {
        m_positions.fill(-1, bytes.size() + 1);
        qsizetype unitIndex = 0;
        for (qsizetype b = 0; b < bytes.size(); ++b) {
            const quint8 byte = quint8(bytes.at(b));
            if ((byte & 0xC0) == 0x80)
                continue; // inside a character
            m_positions[b] = rawToText.at(std::min(unitIndex, raw.size()));
            unitIndex += byte >= 0xF0 ? 2 : 1; // four-byte sequences are two UTF-16 units
        }
        m_positions[bytes.size()] = rawToText.at(raw.size());
        break;
    }
    }
}

int OffsetMap::position(int offset) const
{
    return offset >= 0 && offset < m_positions.size() ? m_positions.at(offset) : -1;
}

} // namespace Entente::Exchange::Brat
