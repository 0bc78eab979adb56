#include "actorfinder.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace Entente::Suggest {

ActorRegistry::ActorRegistry(const QList<Actor>& knownActors)
{
    for (const Actor& actor : knownActors) {
        const int index = int(actors.size());
        actors.append(actor);
        known.append(true);
        ids.reserve(actor.id);
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
        return;
    }
    if (other == actor || actors[actor].name.compare(alias, Qt::CaseInsensitive) == 0)
        return;
    m_byName.insert(key, actor);
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
    if (index < 0) {
        for (int i = 0; i < actors.size(); ++i) {
            if (actors[i].id == actor.id && actors[i].kind == actor.kind) {
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
        }
        return index;
    }
    actor.id = ids.unique(actor.id);
    index = int(actors.size());
    m_byName.insert(actor.name.toLower(), index);
    actors.append(std::move(actor));
    known.append(false);
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

namespace {

const QStringList& determiners()
{
    static const QStringList words = { u"a"_s, u"an"_s, u"the"_s };
    return words;
}

const QStringList& rankAdjectives()
{
    static const QStringList words = { u"senior"_s, u"top"_s, u"high-ranking"_s, u"junior"_s, u"former"_s,
        u"acting"_s, u"unnamed"_s, u"chief"_s, u"new"_s, u"then"_s, u"newly"_s, u"appointed"_s };
    return words;
}

// Group nouns that make a state adjective stand for the state: "the Chinese government".
const QStringList& stateGroupNouns()
{
    static const QStringList words = { u"government"_s, u"officials"_s, u"authorities"_s, u"military"_s,
        u"army"_s, u"navy"_s, u"leaders"_s, u"leadership"_s, u"side"_s, u"delegation"_s, u"embassy"_s,
        u"regime"_s, u"administration"_s, u"forces"_s };
    return words;
}

// Words before a city that make it a place, not the state's government.
const QStringList& placePrepositions()
{
    static const QStringList words = { u"in"_s, u"to"_s, u"from"_s, u"at"_s, u"visit"_s, u"visited"_s,
        u"visiting"_s, u"visits"_s, u"near"_s, u"via"_s, u"into"_s, u"toward"_s, u"towards"_s, u"left"_s,
        u"leave"_s, u"outside"_s, u"around"_s, u"across"_s };
    return words;
}

QString capitalizeFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

class Finder
{
public:
    Finder(const TokenizedText& text, ActorRegistry& registry)
        : m_text(text)
        , m_lexicon(Lexicon::instance())
        , m_registry(registry)
        , m_covered(text.tokens.size(), false)
    {
        for (int i = 0; i < registry.actors.size(); ++i) {
            m_known.add(registry.actors[i].name, i, PhraseTable::CaseRule::ProperNoun);
            for (const QString& alias : registry.actors[i].aliases)
                m_known.add(alias, i, PhraseTable::CaseRule::ProperNoun);
        }
    }

    QList<ActorMention> run()
    {
        for (const Sentence& sentence : m_text.sentences) {
            for (int i = sentence.first; i < sentence.end;)
                i = matchAt(i, sentence.end);
        }
        addSurnameAliases();
        findLaterMentions();
        std::sort(m_mentions.begin(), m_mentions.end(),
            [](const ActorMention& a, const ActorMention& b) { return a.first < b.first; });
        return m_mentions;
    }

private:
    const Token& token(int i) const { return m_text.tokens[i]; }
    bool is(int i, int end, QStringView word) const { return i < end && token(i).lower == word; }

    void mention(int first, int end, int coverFirst, int coverEnd, int actor, double confidence, QString reason)
    {
        for (int t = coverFirst; t < coverEnd; ++t)
            m_covered[t] = true;
        m_mentions.append({ first, end, coverFirst, coverEnd, actor, confidence, std::move(reason) });
    }

    // True when a word list (title, state, ...) starts at i: such words end a name.
    bool startsLexiconPhrase(int i, int end) const
    {
        return m_lexicon.titleNames.longestAt(m_text, i, end) || m_lexicon.stateNames.longestAt(m_text, i, end)
            || m_lexicon.demonyms.longestAt(m_text, i, end) || m_lexicon.organisationNames.longestAt(m_text, i, end);
    }

    bool nameWord(int i, int end, bool first, bool afterTitle) const
    {
        const Token& t = token(i);
        if (t.kind != Token::Word || !t.capitalized || t.lower.size() < 2 || t.lower.startsWith(u'\''))
            return false;
        const QStringView written = m_text.textOf(t);
        if (written.size() >= 2 && written.toString().toUpper() == written)
            return false; // an acronym
        if (m_lexicon.functionWords.contains(written.toString())) {
            // "Vice Premier He Ming": after a title, "He" followed by a name is a name.
            if (!(first && afterTitle && i + 1 < end && nameWord(i + 1, end, false, false)))
                return false;
        }
        // Weekdays and dates end a name; "Jan Nowak" and "Theresa May" are names.
        if (const PhraseTable::Match date = m_lexicon.dateWordTable.longestAt(m_text, i, end); date && date.length == 1) {
            const DateWord& word = m_lexicon.dateWords[date.payload];
            const bool beforeNumber = i + 1 < end && token(i + 1).kind == Token::Number;
            if (word.type == DateWord::Weekday
                || (word.type == DateWord::Month && (beforeNumber || (first && t.lower.size() > 3))))
                return false;
        }
        return !startsLexiconPhrase(i, end);
    }

    // End of a personal name of 1..3 capitalised words starting at i (i when there is none).
    int nameEnd(int i, int end, bool afterTitle) const
    {
        int k = i;
        while (k < end && k - i < 5 && nameWord(k, end, k == i, afterTitle) && m_text.onOneLine(i, k + 1)) {
            ++k;
            // "Al-Jubeir", "Min-jun": a hyphen without spaces joins the parts of one name.
            if (k + 1 < end && token(k).is(u"-") && token(k - 1).end == token(k).start
                && token(k).end == token(k + 1).start && token(k + 1).kind == Token::Word)
                k += 2;
        }
        return k;
    }

    // A side before a title: "US", "China's", "Chinese". Returns the state or -1, moves j past it.
    int sideAt(int& j, int end) const
    {
        if (PhraseTable::Match m = m_lexicon.stateNames.longestAt(m_text, j, end)) {
            j += m.length;
            if (is(j, end, u"'s"))
                ++j;
            return m.payload;
        }
        if (PhraseTable::Match m = m_lexicon.demonyms.longestAt(m_text, j, end)) {
            j += m.length;
            return m.payload;
        }
        return -1;
    }

    int titlesAt(int& k, int end, QString* role) const
    {
        int count = 0;
        while (k < end) {
            const PhraseTable::Match m = m_lexicon.titleNames.longestAt(m_text, k, end);
            if (!m)
                break;
            const TitleInfo& title = m_lexicon.titles[m.payload];
            if (role->isEmpty() && !title.role.isEmpty())
                *role = title.role;
            k += m.length;
            ++count;
        }
        return count;
    }

    Actor person(QStringView name, const QString& side, const QString& role) const
    {
        Actor actor;
        actor.name = name.toString();
        actor.id = slug(name);
        actor.kind = ActorKind::Person;
        actor.side = side;
        actor.role = role;
        return actor;
    }

    int matchAt(int i, int end)
    {
        if (m_covered[i])
            return i + 1;
        if (const PhraseTable::Match m = m_known.longestAt(m_text, i, end)) {
            mention(i, i + m.length, i, i + m.length, m.payload, 0.9, u"known actor"_s);
            return i + m.length;
        }
        if (const int next = titledPerson(i, end); next > i)
            return next;
        if (const int next = nameInApposition(i, end); next > i)
            return next;
        if (const int next = namelessOfficial(i, end); next > i)
            return next;
        if (const PhraseTable::Match m = m_lexicon.organisationNames.longestAt(m_text, i, end)) {
            const OrganisationInfo& org = m_lexicon.organisations[m.payload];
            Actor actor;
            actor.id = org.id;
            actor.name = org.name;
            actor.kind = ActorKind::Organisation;
            actor.side = org.side;
            const int index = m_registry.add(actor);
            const QString written = m_text.textOf(i, i + m.length).toString();
            if (written != org.name)
                m_registry.addAlias(index, written);
            mention(i, i + m.length, i, i + m.length, index, 0.9, u"organisation: "_s + org.name);
            return i + m.length;
        }
        if (const PhraseTable::Match m = m_lexicon.stateNames.longestAt(m_text, i, end)) {
            mention(i, i + m.length, i, i + m.length, m_registry.stateActor(m.payload), 0.85, u"state name"_s);
            return i + m.length;
        }
        if (const PhraseTable::Match m = m_lexicon.demonyms.longestAt(m_text, i, end)) {
            if (i + m.length < end && stateGroupNouns().contains(token(i + m.length).lower)) {
                mention(i, i + m.length + 1, i, i + m.length + 1, m_registry.stateActor(m.payload), 0.75,
                    u"state adjective + "_s + token(i + m.length).lower);
                return i + m.length + 1;
            }
        }
        if (const PhraseTable::Match m = m_lexicon.placeNames.longestAt(m_text, i, end)) {
            const PlaceInfo& place = m_lexicon.places[m.payload];
            const bool asPlace = (i > 0 && placePrepositions().contains(token(i - 1).lower))
                || (i > 1 && token(i - 1).is(u"both") && placePrepositions().contains(token(i - 2).lower));
            if (place.capital && place.state >= 0 && !asPlace) {
                mention(i, i + m.length, i, i + m.length, m_registry.stateActor(place.state), 0.6,
                    u"capital for its government: "_s + place.name);
            }
            return i + m.length;
        }
        return i + 1;
    }

    // "US Secretary of State Antony Blinken", "Pentagon spokesperson Lieutenant Colonel Martin Meiners"
    int titledPerson(int i, int end)
    {
        int j = i;
        const int state = sideAt(j, end);
        QString sideLabel = m_lexicon.sideLabel(state);
        QString role;
        int k = j;
        if (!titlesAt(k, end, &role)) {
            const PhraseTable::Match org = m_lexicon.organisationNames.longestAt(m_text, j, end);
            if (!org)
                return i;
            k = j + org.length;
            if (!titlesAt(k, end, &role))
                return i;
            if (sideLabel.isEmpty())
                sideLabel = m_lexicon.organisations[org.payload].side;
            role = m_lexicon.organisations[org.payload].name + u' ' + role.toLower();
        }
        // "Special Presidential Envoy for the Global Coalition to Counter ISIL Brett McGurk"
        if (nameEnd(k, end, true) == k && k + 1 < end
            && (token(k).is(u"for") || token(k).is(u"of") || token(k).is(u"to"))) {
            int n = token(k + 1).is(u"the") ? k + 2 : k + 1;
            PhraseTable::Match what = n < end ? m_lexicon.organisationNames.longestAt(m_text, n, end) : PhraseTable::Match {};
            if (!what && n < end)
                what = m_lexicon.stateNames.longestAt(m_text, n, end);
            if (what && nameEnd(n + what.length, end, true) > n + what.length) {
                role += u' ' + m_text.textOf(k, n + what.length).toString();
                k = n + what.length;
            }
        }
        const int nameStop = nameEnd(k, end, true);
        if (nameStop == k)
            return i;
        if (sideLabel.isEmpty())
            sideLabel = sideOfPreviousInList(i);
        const QStringView name = m_text.textOf(k, nameStop);
        const int index = m_registry.add(person(name, sideLabel, role));
        const QString titleText = m_text.textOf(j, k).toString();
        mention(k, nameStop, i, nameStop, index, 0.9, u"title + name: "_s + titleText);
        return nameStop;
    }

    // In "X, Foreign Minister Qin Gang, and Wang Yi", a person without a side takes X's.
    QString sideOfPreviousInList(int i) const
    {
        if (m_mentions.isEmpty() || i == 0 || token(i - 1).lower != u",")
            return {};
        const ActorMention& previous = m_mentions.constLast();
        if (previous.end != i - 1 || token(previous.first).sentence != token(i).sentence)
            return {};
        const Actor& actor = m_registry.actors[previous.actor];
        return actor.kind == ActorKind::Person ? actor.side : QString();
    }

    // "John Kerry, the Special Presidential Envoy for Climate," / "Xie Feng, China's ambassador to ..."
    int nameInApposition(int i, int end)
    {
        const int nameStop = nameEnd(i, end, false);
        if (nameStop - i < 2 || !is(nameStop, end, u","))
            return i;
        int j = nameStop + 1;
        if (j < end && determiners().contains(token(j).lower))
            ++j;
        const int roleStart = j;
        while (j < end && rankAdjectives().contains(token(j).lower))
            ++j;
        const int sideStart = j;
        const int state = sideAt(j, end);
        const int sideEnd = j;
        for (int words = 0; words < 3 && j < end && !m_lexicon.titleNames.longestAt(m_text, j, end); ++words) {
            if (token(j).kind != Token::Word || token(j).capitalized)
                return i;
            ++j;
        }
        QString role;
        if (!titlesAt(j, end, &role))
            return i;
        // "... for Climate", "... to the United States"
        if (j + 1 < end && (is(j, end, u"for") || is(j, end, u"to") || is(j, end, u"of"))) {
            int k = j + 1;
            if (is(k, end, u"the"))
                ++k;
            const int capitals = k;
            while (k < end && k - capitals < 4 && token(k).capitalized && token(k).kind == Token::Word)
                ++k;
            if (k > capitals)
                j = k;
        }
        QString roleText = m_text.textOf(roleStart, sideStart).toString();
        if (sideEnd < j)
            roleText += u' ' + m_text.textOf(sideEnd, j).toString();
        const QStringView name = m_text.textOf(i, nameStop);
        const int index = m_registry.add(person(name, m_lexicon.sideLabel(state), capitalizeFirst(roleText.trimmed())));
        mention(i, nameStop, i, j, index, 0.85, u"name, apposition: "_s + m_text.textOf(nameStop + 1, j).toString());
        return j;
    }

    // "a senior US defense official for Asia": a person the article does not name.
    int namelessOfficial(int i, int end)
    {
        if (!determiners().contains(token(i).lower))
            return i;
        int j = i + 1;
        while (j < end && rankAdjectives().contains(token(j).lower))
            ++j;
        const int sideStart = j;
        const int state = sideAt(j, end);
        if (state < 0)
            return i;
        const int sideEnd = j;
        while (j < end && j - sideEnd < 2 && token(j).kind == Token::Word && !token(j).capitalized
            && !m_lexicon.titleNames.longestAt(m_text, j, end))
            ++j;
        const PhraseTable::Match title = m_lexicon.titleNames.longestAt(m_text, j, end);
        if (!title || !m_lexicon.titles[title.payload].official || token(j + title.length - 1).lower.endsWith(u's'))
            return i;
        j += title.length;
        if (j + 1 < end && is(j, end, u"for") && token(j + 1).capitalized)
            j += 2;
        const QString side = m_text.textOf(sideStart, sideEnd).toString();
        Actor actor;
        actor.name = capitalizeFirst(m_text.textOf(i + 1, j).toString());
        actor.id = slug(QString(side + u' ' + m_text.textOf(sideEnd, j).toString().section(u" for "_s, 0, 0)));
        actor.kind = ActorKind::Person;
        actor.side = m_lexicon.sideLabel(state);
        actor.role = capitalizeFirst(m_text.textOf(sideEnd, j).toString());
        const int index = m_registry.add(actor);
        mention(i, j, i, j, index, 0.7, u"unnamed official"_s);
        return j;
    }

    // "Blinken" for Antony Blinken, "Wang" for Wang Yi (family name first on the Chinese side).
    void addSurnameAliases()
    {
        for (int a = 0; a < m_registry.actors.size(); ++a) {
            const Actor& actor = m_registry.actors[a];
            if (m_registry.known[a] || actor.kind != ActorKind::Person)
                continue;
            const QStringList parts = actor.name.split(u' ', Qt::SkipEmptyParts);
            const bool named = std::all_of(parts.cbegin(), parts.cend(), [](const QString& part) { return part.front().isUpper(); });
            if (parts.size() < 2 || !named)
                continue; // "Senior US defense official for Asia" has no family name
            const int state = m_lexicon.stateIndex(actor.side);
            const bool surnameFirst = state >= 0 && m_lexicon.states[state].surnameFirst;
            m_registry.addAlias(a, surnameFirst ? parts.first() : parts.last());
        }
    }

    // Names seen once, met again without their title: "Blinken", "Blinken's visit", "Wang Yi".
    void findLaterMentions()
    {
        PhraseTable names;
        for (int a = 0; a < m_registry.actors.size(); ++a) {
            const Actor& actor = m_registry.actors[a];
            if (actor.kind != ActorKind::Person || actor.name.front().isLower())
                continue;
            names.add(actor.name, a, PhraseTable::CaseRule::ProperNoun);
            for (const QString& alias : actor.aliases) {
                if (m_registry.findByName(alias) == a)
                    names.add(alias, a, PhraseTable::CaseRule::ProperNoun);
            }
        }
        if (names.isEmpty())
            return;
        for (const Sentence& sentence : m_text.sentences) {
            for (int i = sentence.first; i < sentence.end; ++i) {
                if (m_covered[i])
                    continue;
                const PhraseTable::Match m = names.longestAt(m_text, i, sentence.end);
                if (!m)
                    continue;
                bool free = true;
                for (int t = i; t < i + m.length; ++t)
                    free = free && !m_covered[t];
                if (!free)
                    continue;
                mention(i, i + m.length, i, i + m.length, m.payload, 0.8,
                    u"name seen before: "_s + m_registry.actors[m.payload].name);
                i += m.length - 1;
            }
        }
    }

    const TokenizedText& m_text;
    const Lexicon& m_lexicon;
    ActorRegistry& m_registry;
    PhraseTable m_known;
    QList<bool> m_covered;
    QList<ActorMention> m_mentions;
};

} // namespace

QList<ActorMention> findActors(const TokenizedText& text, ActorRegistry& registry)
{
    return Finder(text, registry).run();
}

} // namespace Entente::Suggest
