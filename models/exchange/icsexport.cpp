#include "icsexport.h"

#include "sources.h"
#include "textescape.h"

#include <QCoreApplication>
#include <algorithm>

namespace Entente::Exchange::IcsExport {

namespace {

// Translated strings of this file (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::Exchange::IcsExport)
};

QString escapedText(const QString& value)
{
    const bool plain = std::none_of(value.cbegin(), value.cend(), [](QChar c) {
        return c == u'\\' || c == u';' || c == u',' || c == u'\n' || c == u'\r';
    });
    if (plain)
        return value;
    QString out;
    out.reserve(value.size() + 8);
    for (QChar c : value) {
        if (c == u'\\' || c == u';' || c == u',')
            out += u'\\' + QString(c);
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c != u'\r')
            out += c;
    }
    return out;
}

QByteArray folded(const QByteArray& line)
{
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype start = 0;
    int limit = 75; // octets on the first line; continuation lines start with a space
    while (line.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (quint8(line.at(cut)) & 0xC0) == 0x80) // not inside a UTF-8 sequence
            --cut;
        out += line.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = 74;
    }
    out += line.mid(start);
    out += "\r\n";
    return out;
}

QString compactDate(const QDate& date)
{
    return Escape::compactDay(date);
}

// What the summary says about an imprecise date, in the analyst's language.
QString imprecision(const FuzzyDate& start, const FuzzyDate& end)
{
    const QLocale locale;
    const auto describe = [&locale](const FuzzyDate& date) -> QString {
        switch (date.precision) {
        case DatePrecision::Day:
            return {};
        case DatePrecision::Week:
            return Text::tr("week %1 of %2, day not known").arg(date.date.weekNumber()).arg(date.date.year());
        case DatePrecision::Month:
            return Text::tr("%1, day not known").arg(locale.toString(date.date, QStringLiteral("MMMM yyyy")));
        case DatePrecision::Quarter:
            return Text::tr("quarter %1 of %2, day not known").arg((date.date.month() - 1) / 3 + 1).arg(date.date.year());
        case DatePrecision::Season:
            return Text::tr("a season of %1, day not known").arg(date.date.year());
        case DatePrecision::Year:
            return Text::tr("%1, day not known").arg(date.date.year());
        case DatePrecision::Decade:
            return Text::tr("the %1s, day not known").arg(date.date.year() / 10 * 10);
        case DatePrecision::Century:
            return Text::tr("century %1, day not known").arg(date.date.year() / 100 + 1);
        case DatePrecision::Approximate:
            return Text::tr("approximate date");
        }
        return {};
    };
    QString text = describe(start);
    if (text.isEmpty() && end.isValid() && end != start)
        text = describe(end);
    return text;
}

QString statusName(MeetingStatus status)
{
    switch (status) {
    case MeetingStatus::Planned:
        return QStringLiteral("TENTATIVE");
    case MeetingStatus::Held:
        return QStringLiteral("CONFIRMED");
    case MeetingStatus::Cancelled:
    case MeetingStatus::Failed:
        return QStringLiteral("CANCELLED");
    }
    return {};
}

} // namespace

QString uid(const Meeting& meeting)
{
    return meeting.id + QStringLiteral("@meetings.entente");
}

QByteArray contentLine(const QString& name, const QString& value)
{
    return folded((name + u':' + escapedText(value)).toUtf8());
}

Result write(const Corpus& corpus, const Selection& selection, const Options& options)
{
    const Sources sources(corpus, options.spans);
    const QDateTime stamp
        = (options.stamp.isValid() ? options.stamp : QDateTime::currentDateTimeUtc()).toUTC();
    const QByteArray stampLine
        = "DTSTAMP:" + stamp.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1() + "\r\n";
    Result result;
    QByteArray& out = result.data;
    out += "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Entente//Entente "
           "meetings//EN\r\n"
           "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n";
    if (!options.calendarName.isEmpty())
        out += contentLine(QStringLiteral("X-WR-CALNAME"), options.calendarName);
    // Translated once, not per meeting.
    const QString participantsText = Text::tr("Participants: %1");
    const QString kindText = Text::tr("Kind: %1");
    const QString sourceText = Text::tr("Source (%1, line %2): %3");
    for (int index : selection.meetings) {
        const Meeting& meeting = corpus.meetings.at(index);
        const QDate first = meeting.start.first();
        QDate last = meeting.end.isValid() ? meeting.end.last() : meeting.start.last();
        if (!first.isValid()) {
            result.undated.append(meeting.id);
            continue;
        }
        if (!last.isValid() || last < first)
            last = first;
        QStringList names;
        for (const QString& id : meeting.participants)
            names.append(corpus.actorName(id));
        QString summary = meeting.title.isEmpty() ? names.join(QStringLiteral(" – ")) : meeting.title;
        const QString vague = imprecision(meeting.start, meeting.end);
        if (!vague.isEmpty())
            summary += QStringLiteral(" (%1)").arg(vague);
        QStringList description { participantsText.arg(names.join(QStringLiteral(", "))) };
        if (!meeting.kind.isEmpty())
            description.append(kindText.arg(meeting.kind));
        for (const SourceSentence& source : sources.meetingSources(meeting)) {
            if (!source.sentence.isEmpty())
                description.append(sourceText.arg(source.article).arg(source.line).arg(source.sentence));
        }
        out += "BEGIN:VEVENT\r\n";
        out += contentLine(QStringLiteral("UID"), uid(meeting));
        out += stampLine;
        out += "DTSTART;VALUE=DATE:" + compactDate(first).toLatin1() + "\r\n";
        out += "DTEND;VALUE=DATE:" + compactDate(last.addDays(1)).toLatin1() + "\r\n"; // exclusive
        out += contentLine(QStringLiteral("SUMMARY"), summary);
        if (!meeting.place.isEmpty())
            out += contentLine(QStringLiteral("LOCATION"), meeting.place);
        out += contentLine(QStringLiteral("DESCRIPTION"), description.join(u'\n'));
        out += "STATUS:" + statusName(meeting.status).toLatin1() + "\r\n";
        if (!meeting.kind.isEmpty())
            out += contentLine(QStringLiteral("CATEGORIES"), meeting.kind);
        out += "TRANSP:TRANSPARENT\r\nEND:VEVENT\r\n";
        ++result.events;
    }
    out += "END:VCALENDAR\r\n";
    return result;
}

} // namespace Entente::Exchange::IcsExport
