// Actors in an article: people with their titles and sides ("US Secretary of State Antony Blinken",
// "Xie Feng, China's ambassador to the United States", "a senior US defense official"), states (by
// name, adjective + "government", capital), organisations, and later mentions of people already seen
// ("Blinken", "Blinken's"). Actors of the open corpus are matched first and keep their ids.
#pragma once

#include "idpool.h"
#include "lexicon.h"

namespace Entente::Suggest {

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

// The actors of one suggest() run: the corpus's known ones and the new ones found.
class ActorRegistry
{
public:
    explicit ActorRegistry(const QList<Actor>& known);

    QList<Actor> actors;
    QList<bool> known; // parallel to actors
    IdPool ids; // meeting and issue ids are taken from the same pool so no two records share one

    // The actor with this name or alias (any case), or -1.
    int findByName(QStringView name) const;
    // Adds a new actor, or completes the one with the same name or id (side, role) and returns it.
    int add(Actor actor);
    int stateActor(int state); // the actor of a Lexicon state, made on first use
    void addAlias(int actor, const QString& alias);

private:
    QHash<QString, int> m_byName; // lower-case names and aliases
    QHash<int, int> m_byState;
};

// Every actor mention of the text in text order, not overlapping.
QList<ActorMention> findActors(const TokenizedText& text, ActorRegistry& registry);

} // namespace Entente::Suggest
