#include "calendartext.h"

#include "calendarlayout.h"
#include "labels.h"

#include <QCoreApplication>

namespace Entente::CalendarText {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::CalendarText)
};

} // namespace

QString participantNames(const Meeting& meeting, const Corpus& corpus)
{
    QStringList names;
    names.reserve(meeting.participants.size());
    for (const QString& id : meeting.participants)
        names.append(corpus.actorName(id));
    return names.join(Text::tr(", ", "separator of participant names"));
}

QString chipLabel(const Meeting& meeting, const Corpus& corpus)
{
    QString label = meeting.title.trimmed();
    if (label.isEmpty())
        label = participantNames(meeting, corpus);
    if (label.isEmpty())
        label = meeting.id;
    if (CalendarLayout::vaguestPrecision(meeting) == DatePrecision::Approximate)
        return Text::tr("≈ %1", "label of a meeting whose date is approximate").arg(label);
    return label;
}

QString bandLabel(const Meeting& meeting, const Corpus& corpus, const QLocale& locale)
{
    return Text::tr("%1: %2", "a month-only meeting: its month, then its label")
        .arg(dates(meeting, locale), chipLabel(meeting, corpus));
}

QString dates(const Meeting& meeting, const QLocale& locale)
{
    return Labels::dateRange(meeting.start, meeting.end, locale);
}

QString toolTip(const Meeting& meeting, const Corpus& corpus, const QLocale& locale)
{
    const QString title = meeting.title.isEmpty() ? meeting.id : meeting.title;
    QString text = QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped());
    const auto line = [&text](const QString& name, const QString& value) {
        if (!value.isEmpty())
            text += QStringLiteral("<br>%1 %2").arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    line(Text::tr("Dates:"), dates(meeting, locale));
    line(Text::tr("Status:"), Labels::meetingStatus(meeting.status));
    line(Text::tr("Place:"), meeting.place);
    line(Text::tr("Participants:"), participantNames(meeting, corpus));
    return text;
}

QString monthTitle(const QDate& month, const QLocale& locale)
{
    return Labels::fuzzyDate({ month, DatePrecision::Month }, locale);
}

QString moreLabel(int count)
{
    return Text::tr("+%n more", "meetings of a day that do not fit in its cell", count);
}

QString moreCountLabel(int count)
{
    return Text::tr("+%1", "meetings of a day that do not fit in a narrow cell").arg(QLocale().toString(count));
}

} // namespace Entente::CalendarText
