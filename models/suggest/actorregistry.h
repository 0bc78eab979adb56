// The actors of one suggest() run: the corpus's known ones (and those the analyst taught, see
// learnedlexicon.h), then the new ones found, with their ids, names and aliases. It outlives the
// blocks of a long text, so that a name seen in one block is known in the next.
#pragma once

#include "idpool.h"
#include "types.h"

#include <QHash>

namespace Entente::Suggest {

class ActorRegistry
{
public:
    // reasons: per known actor, what to say when it is found ("known actor", "learned: ...").
    ActorRegistry(const QList<Actor>& known, const QStringList& reasons = {});

    QList<Actor> actors;
    QList<bool> known; // parallel to actors
    QStringList knownReasons; // parallel to actors: why a known actor is known (empty for new ones)
    QList<bool> unnamed; // parallel to actors: a person the article names by office only
    IdPool ids; // meeting and issue ids are taken from the same pool so no two records share one

    // The actor with this name or alias (any case), or -1 (-2: two people share it).
    int findByName(QStringView name) const;
    // Adds a new actor, or completes the one with the same name or id (side, role) and returns it.
    int add(Actor actor);
    int stateActor(int state); // the actor of a Lexicon state, made on first use
    void addAlias(int actor, const QString& alias);
    // A person holding an office (role and side; an empty side matches any, and a person without a
    // side matches unless exactSide): the most recently added, or -1.
    int holderOf(const QString& role, const QString& side, bool exactSide = false) const;
    // Bumped whenever a name or an alias is added: finders rebuild their name tables then.
    int revision() const { return m_revision; }

private:
    QHash<QString, int> m_byName; // lower-case names and aliases
    QHash<int, int> m_byState;
    int m_revision = 0;
};

// An id the format accepts, from any text: the domain's rule, and "actor" when nothing is left.
QString validId(const QString& wanted, const QString& fallback);

} // namespace Entente::Suggest
