#include "briefinghtml.h"

#include "labels.h"

#include <QCoreApplication>
#include <QLocale>

namespace Entente::BriefingHtml {

namespace {

// Rows of a table or items of a list, at most (see meetingsSection).
constexpr int rowsPerTable = 100;

// Translated strings of the briefing (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::Briefing)
};

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString participants(const Corpus& corpus, const Meeting& meeting)
{
    QStringList names;
    for (const QString& id : meeting.participants)
        names.append(corpus.actorName(id));
    return names.join(QStringLiteral(", "));
}

// "article.entente, line 12" for each source, or a dash.
QString citations(const QList<Exchange::SourceSentence>& sources)
{
    QStringList cited;
    for (const Exchange::SourceSentence& source : sources)
        cited.append(Text::tr("%1, line %2").arg(escaped(source.article)).arg(source.line));
    return cited.isEmpty() ? QStringLiteral("–") : cited.join(QStringLiteral("<br/>"));
}

QString quote(const QList<Exchange::SourceSentence>& sources)
{
    QString html;
    for (const Exchange::SourceSentence& source : sources) {
        const QString sentence = source.sentence.isEmpty()
            ? Text::tr("(no sentence of the article is marked for it)")
            : QStringLiteral("“%1”").arg(source.sentence);
        const QString article = source.title.isEmpty()
            ? escaped(source.article)
            : QStringLiteral("%1 (%2)").arg(escaped(source.title), escaped(source.article));
        html += QStringLiteral("<p class=\"quote\">%1</p><p class=\"cite\">— %2</p>")
                    .arg(escaped(sentence), Text::tr("%1, line %2").arg(article).arg(source.line));
    }
    return html;
}

} // namespace

QString period(const Exchange::BriefingData& data)
{
    const QLocale locale;
    const QDate from = data.filter.from.isValid() ? data.filter.from : data.firstDay;
    const QDate to = data.filter.to.isValid() ? data.filter.to : data.lastDay;
    if (!from.isValid() && !to.isValid())
        return Text::tr("no dated records");
    return QStringLiteral("%1 – %2").arg(Labels::fuzzyDate({ from, DatePrecision::Day }, locale),
                                         Labels::fuzzyDate({ to, DatePrecision::Day }, locale));
}

QString styleSheet()
{
    return QStringLiteral(
        "body { font-family: 'DejaVu Sans', 'Noto Sans', sans-serif; color: #1d2430; }"
        "h1 { font-size: 26pt; font-weight: 600; margin-bottom: 4pt; }"
        "h2 { font-size: 15pt; font-weight: 600; margin-top: 14pt; margin-bottom: 6pt; color: #24456b; }"
        "p.claim { font-weight: 600; margin-top: 9pt; margin-bottom: 2pt; }"
        "p.period { font-size: 14pt; color: #3d4a5c; margin-top: 0; }"
        "p.quote { margin-left: 16pt; margin-top: 2pt; margin-bottom: 0; font-style: italic; }"
        "p.cite { margin-left: 16pt; margin-top: 0; margin-bottom: 0; color: #5b6675; font-size: 8.5pt; }"
        "p.note { color: #5b6675; }"
        "table.meetings { width: 100%; }"
        "table.meetings th { background-color: #e4ebf3; text-align: left; font-weight: 600; padding: 4px; "
        "border-width: 0; border-bottom: 1px solid #b9c4d0; }"
        "table.meetings td { padding: 4px; border-width: 0; border-bottom: 1px solid #d3dae2; vertical-align: top; }"
        "h3 { font-size: 11pt; font-weight: 600; margin-top: 10pt; margin-bottom: 4pt; color: #24456b; }"
        "td.cite { color: #5b6675; font-size: 8.5pt; }"
        "figure { margin: 18pt 0; } figcaption { color: #5b6675; font-size: 9pt; }"
        "svg { max-width: 100%; height: auto; }");
}

void titleSection(const Corpus& corpus, const Exchange::BriefingData& data, const Exchange::Sources& sources,
                  const QString& title, const Sink& write)
{
    write(QStringLiteral("<h1>%1</h1><p class=\"period\">%2</p>").arg(escaped(title), escaped(period(data))));
    write(QStringLiteral("<p>%1 %2</p>")
                .arg(Text::tr("%n meeting(s)", nullptr, int(data.meetings.size())) + u',',
                     Text::tr("%n issue status change(s)", nullptr, int(data.statuses.size()))));
    if (!data.filter.sides.isEmpty())
        write(QStringLiteral("<p>%1</p>")
                    .arg(Text::tr("Meetings with a participant of: %1")
                             .arg(escaped(data.filter.sides.join(QStringLiteral(", "))))));
    if (!data.filter.statuses.isEmpty()) {
        QStringList names;
        for (MeetingStatus status : data.filter.statuses)
            names.append(Labels::meetingStatus(status));
        write(QStringLiteral("<p>%1</p>")
                    .arg(Text::tr("Meeting statuses: %1").arg(escaped(names.join(QStringLiteral(", "))))));
    }
    write(QStringLiteral("<h2>%1</h2>").arg(Text::tr("Articles")));
    // Qt's rich text numbers a list item by searching its whole list: a long list is written as
    // several, the later ones joined to the one before without a gap.
    const qsizetype articleCount = data.articles.size();
    for (qsizetype i = 0; i < articleCount; ++i) {
        const QString& file = data.articles.at(i);
        if (i % rowsPerTable == 0) {
            if (i > 0)
                write(QStringLiteral("</ul>"));
            QStringList joined;
            if (i > 0)
                joined.append(QStringLiteral("margin-top: 0px"));
            if (i + rowsPerTable < articleCount)
                joined.append(QStringLiteral("margin-bottom: 0px"));
            write(joined.isEmpty() ? QStringLiteral("<ul>")
                                   : QStringLiteral("<ul style=\"%1\">").arg(joined.join(QStringLiteral("; "))));
        }
        const int index = corpus.documentIndex(file);
        const QString articleTitle = index < 0 ? QString() : corpus.documents.at(index).article.title;
        const QDate published = index < 0 ? QDate() : corpus.documents.at(index).article.date;
        QString item = escaped(articleTitle.isEmpty() ? sources.articleName(file) : articleTitle);
        if (published.isValid())
            item += QStringLiteral(", ") + escaped(Labels::fuzzyDate({ published, DatePrecision::Day }));
        if (!articleTitle.isEmpty())
            item += QStringLiteral(" <span class=\"cite\">(%1)</span>")
                        .arg(escaped(sources.articleName(file)));
        write(QStringLiteral("<li>%1</li>").arg(item));
    }
    if (data.articles.isEmpty())
        write(QStringLiteral("<ul><li>%1</li>").arg(Text::tr("none")));
    write(QStringLiteral("</ul><p class=\"note\">%1</p>")
                .arg(Text::tr("Prepared with Entente on %1. Every meeting and status change below cites the "
                              "sentence it rests on.")
                         .arg(escaped(Labels::fuzzyDate({ QDate::currentDate(), DatePrecision::Day })))));
}

void meetingsSection(const Corpus& corpus, const Exchange::BriefingData& data,
                     const Exchange::Sources& sources, const Sink& write)
{
    write(QStringLiteral("<h2>%1</h2>").arg(Text::tr("Meetings")));
    if (data.meetings.isEmpty()) {
        write(QStringLiteral("<p class=\"note\">%1</p>").arg(Text::tr("No meetings in this period.")));
        return;
    }
    const QString tableStart
        = QStringLiteral("<table class=\"meetings\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr>"
                         "<th width=\"17%\">%1</th><th width=\"33%\">%2</th><th width=\"13%\">%3</th><th "
                         "width=\"11%\">%4</th>"
                         "<th width=\"26%\">%5</th></tr></thead><tbody>")
              .arg(Text::tr("Date"), Text::tr("Participants"), Text::tr("Place"), Text::tr("Status"),
                   Text::tr("Sources"));
    const QString tableEnd = QStringLiteral("</tbody></table>");
    // A period of several months gets a table per month under its name (the month of the first day
    // a meeting may have been on, as the meetings are sorted). Qt's rich text finds a table cell's
    // row by searching the whole table, so no table is longer than rowsPerTable rows.
    const auto monthOf = [&corpus](int index) {
        const QDate day = corpus.meetings.at(index).start.first();
        return day.isValid() ? QDate(day.year(), day.month(), 1) : QDate();
    };
    const bool byMonth = monthOf(data.meetings.constFirst()) != monthOf(data.meetings.constLast());
    QDate month;
    int rows = 0;
    for (qsizetype i = 0; i < data.meetings.size(); ++i) {
        const int index = data.meetings.at(i);
        const bool newMonth = byMonth && (i == 0 || monthOf(index) != month);
        if (i > 0 && (newMonth || rows == rowsPerTable)) {
            write(tableEnd);
            rows = 0;
        }
        if (newMonth) {
            month = monthOf(index);
            write(QStringLiteral("<h3>%1</h3>")
                      .arg(month.isValid() ? escaped(Labels::fuzzyDate({ month, DatePrecision::Month }))
                                           : Text::tr("Undated")));
        }
        if (rows == 0)
            write(tableStart);
        ++rows;
        const Meeting& meeting = corpus.meetings.at(index);
        QString who = escaped(participants(corpus, meeting));
        if (!meeting.title.isEmpty())
            who = QStringLiteral("<b>%1</b><br/>%2").arg(escaped(meeting.title), who);
        write(QStringLiteral(
                    "<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td class=\"cite\">%5</td></tr>")
                    .arg(escaped(Labels::dateRange(meeting.start, meeting.end)), who, escaped(meeting.place),
                         escaped(Labels::meetingStatus(meeting.status)),
                         citations(sources.meetingSources(meeting))));
    }
    write(tableEnd);
}

void sourcesSection(const Corpus& corpus, const Exchange::BriefingData& data,
                    const Exchange::Sources& sources, const Sink& write)
{
    write(QStringLiteral("<h2>%1</h2>").arg(Text::tr("Sources of the meetings")));
    for (int index : data.meetings) {
        const Meeting& meeting = corpus.meetings.at(index);
        const QString name = meeting.title.isEmpty() ? participants(corpus, meeting) : meeting.title;
        write(QStringLiteral("<p class=\"claim\">%1 — %2</p>")
                    .arg(escaped(Labels::dateRange(meeting.start, meeting.end)), escaped(name)));
        write(quote(sources.meetingSources(meeting)));
    }
    if (data.meetings.isEmpty())
        write(QStringLiteral("<p class=\"note\">%1</p>").arg(Text::tr("No meetings in this period.")));
    write(QStringLiteral("<h2>%1</h2>").arg(Text::tr("Sources of the issue status changes")));
    for (const Exchange::StatusRef& ref : data.statuses) {
        const Issue& issue = corpus.issues.at(ref.issue);
        const StatusChange& change = issue.history.at(ref.change);
        write(QStringLiteral("<p class=\"claim\">%1 — %2: %3</p>")
                    .arg(escaped(Labels::fuzzyDate(change.date)), escaped(issue.title),
                         escaped(Labels::issueStatus(change.status))));
        if (!change.note.isEmpty())
            write(QStringLiteral("<p class=\"cite\">%1</p>").arg(escaped(change.note)));
        write(quote(sources.statusSources(change)));
    }
    if (data.statuses.isEmpty())
        write(QStringLiteral("<p class=\"note\">%1</p>").arg(Text::tr("No status changes in this period.")));
}

QString titleSection(const Corpus& corpus, const Exchange::BriefingData& data,
                     const Exchange::Sources& sources, const QString& title)
{
    QString html;
    titleSection(corpus, data, sources, title, [&html](const QString& piece) { html += piece; });
    return html;
}

QString meetingsSection(const Corpus& corpus, const Exchange::BriefingData& data,
                        const Exchange::Sources& sources)
{
    QString html;
    meetingsSection(corpus, data, sources, [&html](const QString& piece) { html += piece; });
    return html;
}

QString sourcesSection(const Corpus& corpus, const Exchange::BriefingData& data,
                       const Exchange::Sources& sources)
{
    QString html;
    sourcesSection(corpus, data, sources, [&html](const QString& piece) { html += piece; });
    return html;
}

} // namespace Entente::BriefingHtml
