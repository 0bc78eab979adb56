#include "ploverexport.h"

#include "sources.h"
#include "textescape.h"

namespace Entente::Exchange::PloverExport {

namespace {

QString mode(const Meeting& meeting)
{
    if (meeting.status == MeetingStatus::Planned)
        return QStringLiteral("intent");
    const QString kind = meeting.kind.toLower();
    if (kind == u"call" || kind == u"phone" || kind == u"video")
        return QStringLiteral("phone");
    if (kind == u"visit")
        return QStringLiteral("visit");
    return QStringLiteral("meet");
}

QString sideOf(const Corpus& corpus, const QString& id)
{
    const int index = corpus.actorIndex(id);
    return index < 0 ? QString() : corpus.actors.at(index).side;
}

// Builds one object as text: 100,000 records through QJsonDocument take several times as long.
class JsonObject
{
public:
    explicit JsonObject(QString& out)
        : m_out(out)
    {
        m_out += u'{';
    }
    void key(QStringView name)
    {
        if (m_fields++)
            m_out += u',';
        Escape::appendJson(m_out, name);
        m_out += u':';
    }
    void string(QStringView name, QStringView value)
    {
        key(name);
        Escape::appendJson(m_out, value);
    }
    void number(QStringView name, int value)
    {
        key(name);
        m_out += QString::number(value);
    }
    void finish() { m_out += u'}'; }

private:
    QString& m_out;
    int m_fields = 0;
};

void appendActor(QString& out, const Corpus& corpus, const QString& id)
{
    JsonObject object(out);
    const int index = corpus.actorIndex(id);
    if (index < 0) {
        object.string(u"actorText", id);
    } else {
        const Actor& a = corpus.actors.at(index);
        object.string(u"actorText", a.name);
        object.string(u"code", a.side);
        object.string(u"kind", toString(a.kind));
        if (!a.role.isEmpty())
            object.string(u"role", a.role);
    }
    object.string(u"entente", id);
    object.finish();
}

} // namespace

QString record(const Corpus& corpus, const Meeting& meeting, const Sources& sources)
{
    // Participants are symmetric; source and target split them by side (the first participant's
    // side is the source) so that dyadic analyses see who met whom. One side only: all are source.
    const QString sourceSide
        = meeting.participants.isEmpty() ? QString() : sideOf(corpus, meeting.participants.first());
    QString text;
    JsonObject object(text);
    object.string(u"id", meeting.id);
    object.string(u"date", Escape::isoDay(meeting.start.first()));
    const QDate last = meeting.end.isValid() ? meeting.end.last() : meeting.start.last();
    if (last.isValid() && last != meeting.start.first())
        object.string(u"dateEnd", Escape::isoDay(last));
    object.string(u"dateText", meeting.start.toString());
    if (meeting.start.precision != DatePrecision::Day)
        object.string(u"datePrecision", toString(meeting.start.precision));
    for (const bool source : { true, false }) {
        object.key(source ? u"source" : u"target");
        text += u'[';
        bool first = true;
        for (const QString& id : meeting.participants) {
            if ((sideOf(corpus, id) == sourceSide) != source)
                continue;
            if (!first)
                text += u',';
            first = false;
            appendActor(text, corpus, id);
        }
        text += u']';
    }
    object.string(u"event", meeting.status == MeetingStatus::Planned ? u"AGREE" : u"CONSULT");
    object.string(u"mode", mode(meeting));
    object.string(u"context", QString());
    const QList<SourceSentence> sentences = sources.meetingSources(meeting);
    const SourceSentence first = sentences.value(0);
    object.string(u"eventText", first.words);
    object.string(u"text", first.sentence);
    if (!meeting.place.isEmpty())
        object.string(u"placeName", meeting.place);
    object.string(u"publication", first.title.isEmpty() ? first.article : first.title);
    object.string(u"article", first.article);
    object.number(u"line", first.line);
    object.string(u"status", toString(meeting.status));
    if (!meeting.issues.isEmpty()) {
        object.key(u"issues");
        text += u'[';
        for (qsizetype i = 0; i < meeting.issues.size(); ++i) {
            const int index = corpus.issueIndex(meeting.issues.at(i));
            if (i > 0)
                text += u',';
            Escape::appendJson(text, index < 0 ? meeting.issues.at(i) : corpus.issues.at(index).title);
        }
        text += u']';
    }
    if (!meeting.title.isEmpty())
        object.string(u"comment", meeting.title);
    object.finish();
    return text;
}

Result write(const Corpus& corpus, const Selection& selection, Layout layout, const PreparedSpans* spans)
{
    const Sources sources(corpus, spans);
    Result result;
    QString out;
    out.reserve(selection.meetings.size() * 400);
    if (layout == Layout::Array)
        out += u'[';
    for (int index : selection.meetings) {
        const Meeting& meeting = corpus.meetings.at(index);
        if (meeting.status == MeetingStatus::Cancelled || meeting.status == MeetingStatus::Failed) {
            result.leftOut.append(meeting.id);
            continue;
        }
        if (layout == Layout::Array)
            out += result.events > 0 ? QStringView(u",\n") : QStringView(u"\n");
        out += record(corpus, meeting, sources);
        if (layout == Layout::JsonLines)
            out += u'\n';
        ++result.events;
    }
    if (layout == Layout::Array)
        out += QStringView(u"\n]\n");
    result.data = out.toUtf8();
    return result;
}

} // namespace Entente::Exchange::PloverExport
