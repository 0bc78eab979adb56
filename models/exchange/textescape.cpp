#include "textescape.h"

namespace Entente::Exchange::Escape {

void appendXml(QString& out, QStringView text)
{
    qsizetype plainFrom = 0;
    const auto flush = [&](qsizetype upTo) {
        if (upTo > plainFrom)
            out.append(text.sliced(plainFrom, upTo - plainFrom));
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const char16_t* entity = nullptr;
        bool drop = false;
        if (c == u'&')
            entity = u"&amp;";
        else if (c == u'<')
            entity = u"&lt;";
        else if (c == u'>')
            entity = u"&gt;";
        else if (c == u'"')
            entity = u"&quot;";
        else if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0xFFFE || c == 0xFFFF)
            drop = true;
        else if (QChar::isHighSurrogate(c))
            drop = i + 1 >= text.size() || !text[i + 1].isLowSurrogate();
        else if (QChar::isLowSurrogate(c))
            drop = i == 0 || !text[i - 1].isHighSurrogate();
        if (!entity && !drop)
            continue;
        flush(i);
        if (entity)
            out.append(QStringView(entity));
        plainFrom = i + 1;
    }
    flush(text.size());
}

void appendJson(QString& out, QStringView text)
{
    out.append(u'"');
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out.append(text.sliced(plainFrom, i - plainFrom));
        switch (c) {
        case u'"':
            out.append(u"\\\"");
            break;
        case u'\\':
            out.append(u"\\\\");
            break;
        case u'\n':
            out.append(u"\\n");
            break;
        case u'\r':
            out.append(u"\\r");
            break;
        case u'\t':
            out.append(u"\\t");
            break;
        default:
            out.append(QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0')));
        }
        plainFrom = i + 1;
    }
    out.append(text.sliced(plainFrom));
    out.append(u'"');
}

namespace {

QString digits(const QDate& date, bool separated)
{
    if (!date.isValid() || date.year() < 0 || date.year() > 9999)
        return separated ? date.toString(Qt::ISODate) : date.toString(QStringLiteral("yyyyMMdd"));
    char16_t text[10];
    int n = 0;
    const auto put = [&](int value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            text[n + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
        n += width;
    };
    put(date.year(), 4);
    if (separated)
        text[n++] = u'-';
    put(date.month(), 2);
    if (separated)
        text[n++] = u'-';
    put(date.day(), 2);
    return QString(reinterpret_cast<const QChar*>(text), n);
}

} // namespace

QString isoDay(const QDate& date)
{
    return digits(date, true);
}

QString compactDay(const QDate& date)
{
    return digits(date, false);
}

} // namespace Entente::Exchange::Escape
