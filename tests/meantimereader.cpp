#include "meantimereader.h"

#include <QFile>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Entente::Evaluation {

// Penn-Treebank tokens back into running text: no space before closing punctuation, quotes as
// typographic ones.
namespace {

bool attachesLeft(const QString& token)
{
    static const QStringList words = { u","_s, u"."_s, u";"_s, u":"_s, u"!"_s, u"?"_s, u")"_s, u"'s"_s, u"n't"_s,
        u"%"_s, u"''"_s, u"'"_s, u"'re"_s, u"'ve"_s, u"'ll"_s, u"'d"_s, u"'m"_s };
    return words.contains(token);
}

} // namespace

MeantimeDocument readMeantime(const QString& path)
{
    MeantimeDocument doc;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return doc;
    QXmlStreamReader xml(&file);
    QHash<int, std::pair<int, int>> tokenSpans; // t_id -> text span
    int lastSentence = -1;
    bool attachNext = false;
    int currentMention = -1;
    QString currentElement;
    int currentTarget = -1;
    QList<int> currentSources;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            const QXmlStreamAttributes a = xml.attributes();
            if (name == u"Document") {
                doc.id = a.value(u"doc_id").toString();
            } else if (name == u"token") {
                const int sentence = a.value(u"sentence").toInt();
                const int id = a.value(u"t_id").toInt();
                QString word = xml.readElementText();
                const bool open = word == u"``";
                if (word == u"``")
                    word = u"\u201c"_s;
                else if (word == u"''")
                    word = u"\u201d"_s;
                if (sentence != lastSentence && lastSentence >= 0)
                    doc.text += u'\n';
                else if (lastSentence >= 0 && !attachNext && !attachesLeft(word) && word != u"\u201d")
                    doc.text += u' ';
                lastSentence = sentence;
                tokenSpans.insert(id, { int(doc.text.size()), int(doc.text.size() + word.size()) });
                doc.text += word;
                attachNext = open || word == u"(" || word == u"$";
            } else if (name == u"ENTITY_MENTION" || name == u"TIMEX3") {
                currentElement = name.toString();
                currentMention = a.value(u"m_id").toInt();
                if (name == u"ENTITY_MENTION") {
                    doc.named.insert(currentMention, a.value(u"syntactic_type") == u"NAM");
                    doc.syntacticTypes.insert(currentMention, a.value(u"syntactic_type").toString());
                } else {
                    doc.timexes.append({ currentMention, a.value(u"type").toString(), a.value(u"value").toString() });
                    if (a.value(u"functionInDocument") == u"CREATION_TIME") {
                        doc.creationMention = currentMention;
                        doc.creationDate = QDate::fromString(a.value(u"value").toString().left(10), Qt::ISODate);
                    }
                }
            } else if (name == u"token_anchor" && currentMention >= 0) {
                const auto span = tokenSpans.value(a.value(u"t_id").toInt(), { -1, -1 });
                MeantimeDocument::Span& mention = doc.mentionSpans[currentMention];
                if (span.first >= 0) {
                    mention.start = mention.start < 0 ? span.first : std::min(mention.start, span.first);
                    mention.end = std::max(mention.end, span.second);
                }
            } else if (name == u"ENTITY") {
                const int entity = a.value(u"m_id").toInt();
                doc.entityOrder.append(entity);
                doc.entityTypes.insert(entity, a.value(u"ent_type").toString());
                doc.entityInstances.insert(entity, a.value(u"instance_id").toString());
            } else if (name == u"REFERS_TO") {
                currentSources.clear();
                currentTarget = -1;
            } else if (name == u"source") {
                currentSources.append(a.value(u"m_id").toInt());
            } else if (name == u"target") {
                currentTarget = a.value(u"m_id").toInt();
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"ENTITY_MENTION" || xml.name() == u"TIMEX3")
                currentMention = -1;
            if (xml.name() == u"REFERS_TO" && currentTarget >= 0)
                doc.entityMentions[currentTarget] += currentSources;
        }
    }
    return doc;
}

} // namespace Entente::Evaluation
