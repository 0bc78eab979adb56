// Actors in an article: people with their titles and sides ("US Secretary of State Antony Blinken",
// "Xie Feng, China's ambassador to the United States", "HE Dr Salem Al-Mansoori", "Ursula von der
// Leyen"), people named by office only ("the Foreign Secretary"), nameless officials ("a senior US
// defense official"), states (by name, adjective + "government", capital), organisations (from the
// lists, by the shape of their names, from actor dictionaries), and later mentions of those already
// seen ("Blinken", "Blinken's"). Actors of the open corpus and of the learned lexicon come first and
// keep their ids.
#pragma once

#include "actorregistry.h"
#include "lexicon.h"

#include <memory>

namespace Entente::Suggest {

class ActorDictionary;
struct Knowledge;

struct ActorMention
{
    int first = 0; // tokens of the mark: the name
    int end = 0;
    int coverFirst = 0; // tokens the mention explains (title, side, apposition): no other mark there
    int coverEnd = 0;
    int actor = -1; // index in ActorRegistry::actors
    double confidence = 0;
    QString reason;
};

// Finds actors block after block of one article; the registry keeps what earlier blocks taught.
class ActorFinder
{
public:
    ActorFinder(ActorRegistry& registry, const Knowledge* knowledge, QDate articleDate);
    ~ActorFinder();

    // Every actor mention of the text in text order, not overlapping.
    QList<ActorMention> find(const TokenizedText& text);
    // The person speaking in the first person ("I have spoken today to ..."): the titled person of
    // the first lines when there is one, else an unnamed author of the statement.
    int speaker(const TokenizedText& text);

private:
    class Block;
    ActorRegistry& m_registry;
    const Knowledge* m_knowledge;
    QDate m_articleDate;
    QString m_homeSide; // the side of the article's dateline or issuer, when it has one
    bool m_homeSideKnown = false;
    int m_speaker = -1;
};

} // namespace Entente::Suggest
