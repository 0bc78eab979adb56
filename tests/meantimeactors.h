// Actors made from the MEANTIME corpus (../shared/data/meantime/intra_cross-doc_annotation/, read at
// run time, never copied): for each article, one Entente actor per PERSON or ORGANIZATION entity, as
// an analyst would write it: its most frequent name mention is the name, its other name mentions
// the aliases, its id an opaque "d<document>-e<entity>" (so ids tell nothing). The entity's
// cross-document instance id is the gold answer to "which actors are one".
#pragma once

#include "document.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QXmlStreamReader>
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

inline QString joinTokens(const QStringList& tokens)
{
    QString text;
    for (const QString& token : tokens) {
        const bool glue = token == u"," || token == u"." || token == u")" || token == u"'s" || token == u"'"
            || text.endsWith(u'(');
        if (!text.isEmpty() && !glue)
            text += u' ';
        text += token;
    }
    return text;
}

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

inline MeantimeArticle readMeantimeArticle(const QString& path)
{
    MeantimeArticle article;
    article.document.fileName = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return article;
    QXmlStreamReader xml(&file);
    QString docId;
    QHash<QString, QString> tokens; // t_id → text
    struct Mention
    {
        QString type;
        QStringList tokens;
    };
    QHash<QString, Mention> mentions;
    struct Entity
    {
        QString type;
        QString instance;
        QStringList sources;
    };
    QHash<QString, Entity> entities;
    QStringList entityOrder;
    QString currentToken;
    QString currentMention;
    QStringList currentSources;
    bool inRefers = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            const auto attributes = xml.attributes();
            if (name == u"Document") {
                docId = attributes.value(u"doc_id").toString();
            } else if (name == u"token") {
                currentToken = attributes.value(u"t_id").toString();
                tokens.insert(currentToken, xml.readElementText());
            } else if (name == u"ENTITY_MENTION") {
                currentMention = attributes.value(u"m_id").toString();
                mentions.insert(currentMention,
                                { attributes.hasAttribute(u"syntactic_type")
                                      ? attributes.value(u"syntactic_type").toString()
                                      : QString(),
                                  {} });
            } else if (name == u"token_anchor" && !currentMention.isEmpty()) {
                mentions[currentMention].tokens.append(attributes.value(u"t_id").toString());
            } else if (name == u"ENTITY") {
                const QString id = attributes.value(u"m_id").toString();
                entities.insert(id,
                                { attributes.value(u"ent_type").toString(),
                                  attributes.value(u"instance_id").toString(),
                                  {} });
                entityOrder.append(id);
            } else if (name == u"REFERS_TO") {
                inRefers = true;
                currentSources.clear();
            } else if (inRefers && name == u"source") {
                currentSources.append(attributes.value(u"m_id").toString());
            } else if (inRefers && name == u"target") {
                const QString target = attributes.value(u"m_id").toString();
                if (entities.contains(target))
                    entities[target].sources.append(currentSources);
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"ENTITY_MENTION")
                currentMention.clear();
            else if (xml.name() == u"REFERS_TO")
                inRefers = false;
        }
    }
    for (const QString& entityId : std::as_const(entityOrder)) {
        const Entity& entity = entities.value(entityId);
        if (entity.type != u"PER" && entity.type != u"ORG")
            continue;
        QHash<QString, int> counts;
        QStringList order;
        for (const QString& source : entity.sources) {
            const Mention mention = mentions.value(source);
            QStringList words;
            for (const QString& t : mention.tokens)
                words.append(tokens.value(t));
            const QString text = Detail::joinTokens(words);
            if (text.isEmpty() || !Detail::isNameMention(mention.type, text))
                continue;
            if (!counts.contains(text))
                order.append(text);
            counts[text] += 1;
        }
        if (order.isEmpty())
            continue; // never named: an analyst would have no actor for it
        std::stable_sort(order.begin(), order.end(), [&](const QString& a, const QString& b) {
            return counts.value(a) != counts.value(b) ? counts.value(a) > counts.value(b)
                                                      : a.size() > b.size();
        });
        Actor actor;
        actor.id = QStringLiteral("d%1-e%2").arg(docId, entityId);
        actor.name = order.takeFirst();
        actor.aliases = order;
        actor.kind = entity.type == u"PER" ? ActorKind::Person : ActorKind::Organisation;
        actor.origin.file = path;
        article.document.actors.append(actor);
        article.instanceOf.insert(actor.id, entity.instance);
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
