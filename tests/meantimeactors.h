// Actors made from the MEANTIME corpus (../shared/data/meantime/intra_cross-doc_annotation/, read at
// run time, never copied): for each article, one Entente actor per PERSON or ORGANIZATION entity, as
// an analyst would write it: its most frequent name mention is the name, its other name mentions
// the aliases, its id an opaque "d<document>-e<entity>" (so ids tell nothing). The entity's
// cross-document instance id is the gold answer to "which actors are one".
#pragma once

#include "document.h"
#include "meantimereader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <algorithm>

namespace Entente::Testing {

// $ENTENTE_SHARED_DATA/meantime/..., or shared/data/meantime/... next to the checkout or a folder
// above it (a worktree sits deeper than the main checkout). Empty when absent.
inline QString meantimeFolder()
{
    const QString sub = QStringLiteral("meantime/intra_cross-doc_annotation");
    if (const QString data = qEnvironmentVariable("ENTENTE_SHARED_DATA"); !data.isEmpty())
        return QDir(data).exists(sub) ? QDir(data).filePath(sub) : QString();
    QDir dir(QStringLiteral(ENTENTE_SOURCE_DIR));
    for (int up = 0; up < 4 && dir.cdUp(); ++up) {
        if (dir.exists(QStringLiteral("shared/data/") + sub))
            return dir.filePath(QStringLiteral("shared/data/") + sub);
    }
    return {};
}

struct MeantimeArticle
{
    Document document; // actors only
    QHash<QString, QString> instanceOf; // actor id → cross-document instance id (empty: none)
};

namespace Detail {

// Pronouns and descriptions ("he", "the company") are not names; mentions without a syntactic type
// are names when they start with a capital after "the".
inline bool isNameMention(const QString& type, const QString& text)
{
    if (type == u"NAM" || type == u"PRE.NAM")
        return true;
    if (!type.isEmpty() && type != u"-")
        return false;
    QString rest = text;
    if (rest.startsWith(u"the ", Qt::CaseInsensitive))
        rest = rest.mid(4);
    const QString first = rest.section(u' ', 0, 0);
    for (const QStringView pronoun : { u"He", u"She", u"It", u"We", u"I", u"They", u"His", u"Her", u"Its",
                                       u"Our", u"Their", u"Which", u"Who", u"You", u"Us" }) {
        if (first == pronoun)
            return false;
    }
    return !rest.isEmpty() && rest.front().isUpper();
}

} // namespace Detail

// The article's person and organisation entities as actors, from the reader the suggestion
// evaluation uses (meantimereader.h).
inline MeantimeArticle readMeantimeArticle(const QString& path)
{
    MeantimeArticle article;
    article.document.fileName = path;
    const Evaluation::MeantimeDocument doc = Evaluation::readMeantime(path);
    for (const int entityId : doc.entityOrder) {
        const QString type = doc.entityTypes.value(entityId);
        if (type != u"PER" && type != u"ORG")
            continue;
        QHash<QString, int> counts;
        QStringList order;
        for (const int mention : doc.entityMentions.value(entityId)) {
            const Evaluation::MeantimeDocument::Span span = doc.mentionSpans.value(mention);
            const QString text = span.start >= 0 ? doc.text.mid(span.start, span.end - span.start) : QString();
            if (text.isEmpty() || !Detail::isNameMention(doc.syntacticTypes.value(mention), text))
                continue;
            if (!counts.contains(text))
                order.append(text);
            counts[text] += 1;
        }
        if (order.isEmpty())
            continue; // never named: an analyst would have no actor for it
        std::stable_sort(order.begin(), order.end(), [&](const QString& a, const QString& b) {
            return counts.value(a) != counts.value(b) ? counts.value(a) > counts.value(b) : a.size() > b.size();
        });
        Actor actor;
        actor.id = QStringLiteral("d%1-e%2").arg(doc.id).arg(entityId);
        actor.name = order.takeFirst();
        actor.aliases = order;
        actor.kind = type == u"PER" ? ActorKind::Person : ActorKind::Organisation;
        actor.origin.file = path;
        article.document.actors.append(actor);
        article.instanceOf.insert(actor.id, doc.entityInstances.value(entityId));
    }
    return article;
}

// Every article of the topics (folder names such as "corpus_airbus").
inline QList<MeantimeArticle> readMeantime(const QStringList& topics)
{
    QList<MeantimeArticle> articles;
    for (const QString& topic : topics) {
        const QDir folder(meantimeFolder() + u'/' + topic);
        for (const QString& name : folder.entryList({ QStringLiteral("*.xml") }, QDir::Files, QDir::Name))
            articles.append(readMeantimeArticle(folder.filePath(name)));
    }
    return articles;
}

} // namespace Entente::Testing
