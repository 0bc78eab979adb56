#include "actorregistry.h"

#include "lexicon.h"

namespace Entente::Suggest {

QString validId(const QString& wanted, const QString& fallback)
{
    if (isValidId(wanted))
        return wanted;
    const QString made = slug(wanted);
    return isValidId(made) ? made : fallback;
}

ActorRegistry::ActorRegistry(const QList<Actor>& knownActors, const QStringList& reasons)
{
    for (qsizetype k = 0; k < knownActors.size(); ++k) {
        Actor actor = knownActors[k];
        actor.id = validId(actor.id, QStringLiteral("actor"));
        if (ids.contains(actor.id))
            continue; // the corpus has it once
        const int index = int(actors.size());
        ids.reserve(actor.id);
        actors.append(actor);
        known.append(true);
        knownReasons.append(reasons.value(k));
        unnamed.append(false);
        m_byName.insert(actor.name.toLower(), index);
        for (const QString& alias : actor.aliases)
            m_byName.insert(alias.toLower(), index);
    }
}

int ActorRegistry::findByName(QStringView name) const
{
    return m_byName.value(name.toString().toLower(), -1);
}

void ActorRegistry::addAlias(int actor, const QString& alias)
{
    const QString key = alias.toLower();
    const int other = m_byName.value(key, -1);
    if (other >= 0 && other != actor) {
        m_byName.insert(key, -2); // two people share the alias: it names neither
        ++m_revision;
        return;
    }
    if (other == actor || other == -2 || actors[actor].name.compare(alias, Qt::CaseInsensitive) == 0)
        return;
    m_byName.insert(key, actor);
    ++m_revision;
    if (!known[actor] && !actors[actor].aliases.contains(alias))
        actors[actor].aliases.append(alias);
}

int ActorRegistry::add(Actor actor)
{
    int index = findByName(actor.name);
    if (index < 0 && actor.kind == ActorKind::Person && !actor.name.contains(u' ')) {
        // "Special Advisor Thames" after "Knox Thames": one word names the person it belongs to.
        for (int i = 0; i < actors.size() && index != -2; ++i) {
            if (actors[i].kind == ActorKind::Person && actors[i].name.split(u' ').contains(actor.name))
                index = index < 0 ? i : -2;
        }
        index = std::max(index, -1);
    }
    if (index < 0 && actor.kind == ActorKind::Person && actor.name.contains(u' ')) {
        // "Secretary Brooks" in a headline, then "Secretary of State Daniel Brooks": one person, whose
        // name is now whole (the id stays, the short name becomes an alias).
        const QStringList parts = actor.name.split(u' ', Qt::SkipEmptyParts);
        int only = -1;
        for (int i = 0; i < actors.size() && only != -2; ++i) {
            if (!known[i] && !unnamed[i] && actors[i].kind == ActorKind::Person && !actors[i].name.contains(u' ')
                && (actors[i].name == parts.last() || actors[i].name == parts.first()))
                only = only == -1 ? i : -2;
        }
        if (only >= 0) {
            const QString shortName = actors[only].name;
            actors[only].name = actor.name;
            m_byName.insert(actor.name.toLower(), only);
            addAlias(only, shortName);
            ++m_revision;
            index = only;
        }
    }
    if (index < 0) {
        for (int i = 0; i < actors.size(); ++i) {
            if (actors[i].id == actor.id && actors[i].kind == actor.kind && actors[i].name == actor.name) {
                index = i;
                break;
            }
        }
    }
    if (index >= 0) {
        Actor& existing = actors[index];
        if (!known[index]) {
            if (existing.side.isEmpty())
                existing.side = actor.side;
            if (existing.role.isEmpty())
                existing.role = actor.role;
            for (const ExtraField& field : std::as_const(actor.extra)) {
                if (!existing.extra.contains(field))
                    existing.extra.append(field);
            }
        }
        return index;
    }
    actor.id = ids.unique(validId(actor.id, QStringLiteral("actor")));
    index = int(actors.size());
    m_byName.insert(actor.name.toLower(), index);
    ++m_revision;
    actors.append(std::move(actor));
    known.append(false);
    knownReasons.append(QString());
    unnamed.append(false);
    return index;
}

int ActorRegistry::stateActor(int state)
{
    if (const auto it = m_byState.constFind(state); it != m_byState.cend())
        return *it;
    const StateInfo& info = Lexicon::instance().states[state];
    Actor actor;
    actor.name = info.label;
    actor.id = slug(info.label);
    actor.kind = ActorKind::State;
    actor.side = info.label;
    int index = findByName(actor.name);
    if (index < 0 || actors[index].kind != ActorKind::State)
        index = add(actor);
    m_byState.insert(state, index);
    return index;
}

int ActorRegistry::holderOf(const QString& role, const QString& side, bool exactSide) const
{
    for (qsizetype i = actors.size() - 1; i >= 0; --i) {
        const Actor& actor = actors[i];
        // "the Deputy Secretary" is the "Deputy Secretary of State" the article named
        const bool sameRole = actor.role.compare(role, Qt::CaseInsensitive) == 0
            || (!actor.role.isEmpty() && !role.isEmpty()
                && (actor.role.startsWith(role + u' ', Qt::CaseInsensitive) || role.startsWith(actor.role + u' ', Qt::CaseInsensitive)));
        if (actor.kind == ActorKind::Person && sameRole
            && (side.isEmpty() || (actor.side.isEmpty() && !exactSide) || actor.side == side) && !unnamed[i])
            return int(i);
    }
    return -1;
}

} // namespace Entente::Suggest
