#include "ploverexport.h"

#include "sources.h"

#include <QJsonArray>
#include <QJsonDocument>

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

QJsonObject actor(const Corpus& corpus, const QString& id)
{
    const int index = corpus.actorIndex(id);
    if (index < 0)
        return { { QStringLiteral("actorText"), id }, { QStringLiteral("entente"), id } };
    const Actor& a = corpus.actors.at(index);
    QJsonObject object { { QStringLiteral("actorText"), a.name }, { QStringLiteral("code"), a.side },
        { QStringLiteral("kind"), toString(a.kind) }, { QStringLiteral("entente"), a.id } };
    if (!a.role.isEmpty())
        object.insert(QStringLiteral("role"), a.role);
    return object;
}

QString sideOf(const Corpus& corpus, const QString& id)
{
    const int index = corpus.actorIndex(id);
    return index < 0 ? QString() : corpus.actors.at(index).side;
}

} // namespace

QJsonObject record(const Corpus& corpus, const Meeting& meeting, const Sources& sources)
{
    // Participants are symmetric; source and target split them by side (the first participant's
    // side is the source) so that dyadic analyses see who met whom. One side only: all are source.
    const QString sourceSide = meeting.participants.isEmpty() ? QString() : sideOf(corpus, meeting.participants.first());
    QJsonArray source, target;
    for (const QString& id : meeting.participants)
        (sideOf(corpus, id) == sourceSide ? source : target).append(actor(corpus, id));
    const QList<SourceSentence> sentences = sources.meetingSources(meeting);
    const SourceSentence first = sentences.value(0);
    QJsonObject object { { QStringLiteral("id"), meeting.id },
        { QStringLiteral("date"), meeting.start.first().toString(Qt::ISODate) },
        { QStringLiteral("dateText"), meeting.start.toString() }, { QStringLiteral("source"), source },
        { QStringLiteral("target"), target },
        { QStringLiteral("event"), meeting.status == MeetingStatus::Planned ? QStringLiteral("AGREE") : QStringLiteral("CONSULT") },
        { QStringLiteral("mode"), mode(meeting) }, { QStringLiteral("context"), QString() },
        { QStringLiteral("eventText"), first.words }, { QStringLiteral("text"), first.sentence },
        { QStringLiteral("publication"), first.title.isEmpty() ? first.article : first.title },
        { QStringLiteral("article"), first.article }, { QStringLiteral("line"), first.line },
        { QStringLiteral("status"), toString(meeting.status) } };
    const QDate last = meeting.end.isValid() ? meeting.end.last() : meeting.start.last();
    if (last.isValid() && last != meeting.start.first())
        object.insert(QStringLiteral("dateEnd"), last.toString(Qt::ISODate));
    if (meeting.start.precision != DatePrecision::Day)
        object.insert(QStringLiteral("datePrecision"), toString(meeting.start.precision));
    if (!meeting.place.isEmpty())
        object.insert(QStringLiteral("placeName"), meeting.place);
    if (!meeting.title.isEmpty())
        object.insert(QStringLiteral("comment"), meeting.title);
    if (!meeting.issues.isEmpty()) {
        QJsonArray issues;
        for (const QString& id : meeting.issues) {
            const int index = corpus.issueIndex(id);
            issues.append(index < 0 ? id : corpus.issues.at(index).title);
        }
        object.insert(QStringLiteral("issues"), issues);
    }
    return object;
}

Result write(const Corpus& corpus, const Selection& selection, Layout layout)
{
    const Sources sources(corpus);
    Result result;
    QJsonArray all;
    for (int index : selection.meetings) {
        const Meeting& meeting = corpus.meetings.at(index);
        if (meeting.status == MeetingStatus::Cancelled || meeting.status == MeetingStatus::Failed) {
            result.leftOut.append(meeting.id);
            continue;
        }
        const QJsonObject object = record(corpus, meeting, sources);
        ++result.events;
        if (layout == Layout::Array) {
            all.append(object);
        } else {
            result.data += QJsonDocument(object).toJson(QJsonDocument::Compact);
            result.data += '\n';
        }
    }
    if (layout == Layout::Array)
        result.data = QJsonDocument(all).toJson(QJsonDocument::Indented);
    return result;
}

} // namespace Entente::Exchange::PloverExport
