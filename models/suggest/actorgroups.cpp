// Organisations (from the lists, the actor dictionaries and the shape of their names), states (by
// name, adjective + "government", capital), names the lists do not know, and later mentions of the
// actors already seen; the block loop itself.
#include "actorblock.h"

#include "knowledge.h"

using namespace Qt::StringLiterals;

namespace Entente::Suggest {

ActorBlock::ActorBlock(const TokenizedText& text, ActorRegistry& registry, const Knowledge* knowledge,
    QDate articleDate, const QString& homeSide)
    : m_text(text)
    , m_lexicon(Lexicon::instance())
    , m_names(text, m_lexicon)
    , m_registry(registry)
    , m_knowledge(knowledge)
    , m_articleDate(articleDate)
    , m_homeSide(homeSide)
    , m_covered(text.tokens.size(), false)
{
    for (int i = 0; i < registry.actors.size(); ++i) {
        if (!registry.known[i])
            continue;
        m_known.add(registry.actors[i].name, i, PhraseTable::CaseRule::ProperNoun);
        for (const QString& alias : registry.actors[i].aliases)
            m_known.add(alias, i, PhraseTable::CaseRule::ProperNoun);
    }
}

QList<ActorMention> ActorBlock::run()
{
    for (const Sentence& sentence : m_text.sentences) {
        for (int i = sentence.first; i < sentence.end;)
            i = std::max(matchAt(i, sentence.end), i + 1);
    }
    decideUnknownNames();
    resolveOffices();
    addSurnameAliases();
    findAcronyms();
    findLaterMentions();
    std::sort(m_mentions.begin(), m_mentions.end(),
        [](const ActorMention& a, const ActorMention& b) { return a.first < b.first; });
    return m_mentions;
}

void ActorBlock::mention(int first, int end, int coverFirst, int coverEnd, int actor, double confidence, QString reason)
{
    for (int t = coverFirst; t < coverEnd; ++t)
        m_covered[t] = true;
    m_mentions.append({ first, end, coverFirst, coverEnd, actor, confidence, std::move(reason) });
    m_lastSentence.insert(actor, token(first).sentence);
    addSurnameAlias(actor); // "Blinken" in the next sentence is Antony Blinken
}

// "Diplomatic Flurries Aim to Strengthen US-China Relations": every word capitalised but the small
// ones, with or without a full stop.
bool ActorBlock::titleCase(int i) const
{
    static const QStringList small = { u"a"_s, u"an"_s, u"the"_s, u"to"_s, u"of"_s, u"and"_s, u"in"_s, u"on"_s,
        u"for"_s, u"with"_s, u"at"_s, u"by"_s, u"as"_s, u"or"_s, u"from"_s, u"into"_s, u"over"_s, u"amid"_s };
    const Sentence& sentence = m_text.sentences[token(i).sentence];
    int capitals = 0;
    int words = 0;
    for (int k = sentence.first; k < sentence.end; ++k) {
        const Token& t = token(k);
        if (t.kind != Token::Word || t.lower.startsWith(u'\''))
            continue;
        ++words;
        if (t.capitalized)
            ++capitals;
        else if (!small.contains(t.lower) && !(k > sentence.first && token(k - 1).is(u"-")))
            return false;
    }
    return words >= 3 && capitals * 3 > words * 2;
}

bool ActorBlock::rejected(int first, int end) const
{
    return m_knowledge && m_knowledge->isRejected(MarkKind::Actor, m_text.textOf(first, end));
}

int ActorBlock::matchAt(int i, int end)
{
    if (m_covered[i])
        return i + 1;
    const Token& t = token(i);
    // Only capitalised words, determiners ("the Foreign Secretary", "a senior official"),
    // possessives ("his Jordanian counterpart, ...") and titles ("spokeswoman Sandy Angers") start
    // an actor.
    const bool mayStart = t.capitalized || t.allCaps || t.has(Determiner | Possessive | RankAdjective)
        || m_lexicon.titleNames.longestAt(m_text, i, end);
    if (!mayStart)
        return i + 1;
    for (auto rule : { &ActorBlock::knownActor, &ActorBlock::dictionaryActor, &ActorBlock::honoredPerson,
             &ActorBlock::titledPerson, &ActorBlock::titleThenApposition, &ActorBlock::nameInApposition,
             &ActorBlock::officeMention, &ActorBlock::counterpart, &ActorBlock::namelessOfficial, &ActorBlock::lexiconOrganisation,
             &ActorBlock::state, &ActorBlock::shapedOrganisation, &ActorBlock::shapedPerson, &ActorBlock::unknownName }) {
        if (const int next = (this->*rule)(i, end); next > i)
            return next;
    }
    return i + 1;
}

int ActorBlock::knownActor(int i, int end)
{
    if (m_known.isEmpty())
        return i;
    const PhraseTable::Match m = m_known.longestAt(m_text, i, end);
    if (!m)
        return i;
    const QString& reason = m_registry.knownReasons.value(m.payload);
    mention(i, i + m.length, i, i + m.length, m.payload, 0.9, reason.isEmpty() ? u"known actor"_s : reason);
    return i + m.length;
}

// An actor of a PETRARCH/Phoenix dictionary, with the side and role of its code on the article date.
int ActorBlock::dictionaryActor(int i, int end)
{
    if (!m_knowledge || !token(i).capitalized)
        return i;
    for (const auto& dictionary : m_knowledge->dictionaries) {
        const PhraseTable::Match m = dictionary->names().longestAt(m_text, i, end);
        if (!m)
            continue;
        const ActorDictionary::Entry& entry = dictionary->entry(m.payload);
        // "PRESIDENT OBAMA": the mark is the name, after the titles and the side.
        int nameStart = i;
        QString role;
        sideAt(nameStart, i + m.length);
        titlesAt(nameStart, i + m.length, &role);
        if (nameStart >= i + m.length || m_names.personNameEnd(i + m.length, end, false) > i + m.length)
            continue; // only an office ("US VICE PRESIDENT"), or a longer name follows
        const QString code = ActorDictionary::codeOn(entry, m_articleDate);
        int index = -1;
        if (entry.kind == ActorKind::State) {
            index = m_registry.stateActor(m_lexicon.stateIndex(code));
        } else {
            Actor actor;
            actor.name = entry.name;
            actor.id = slug(entry.name);
            actor.kind = entry.kind;
            actor.side = ActorDictionary::sideOf(code);
            actor.role = role.isEmpty() ? ActorDictionary::roleOf(code) : role;
            if (!code.isEmpty())
                actor.extra.append({ u"cameo"_s, code });
            index = m_registry.add(actor);
        }
        const QString dated = m_articleDate.isValid() ? u" on "_s + m_articleDate.toString(Qt::ISODate) : QString();
        mention(nameStart, i + m.length, i, i + m.length, index, 0.85,
            u"actor dictionary %1, line %2: %3%4"_s.arg(dictionary->name()).arg(entry.line).arg(code.isEmpty() ? u"no code"_s : code, dated));
        return i + m.length;
    }
    return i;
}

int ActorBlock::lexiconOrganisation(int i, int end)
{
    const PhraseTable::Match m = m_lexicon.organisationNames.longestAt(m_text, i, end);
    if (!m || m_names.organisationEnd(i, end) > i + m.length)
        return i; // "State Department Office of ..." is a longer organisation
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

// "the Foreign Affairs Council", "Lockheed Martin Corp.", "the Russian Foreign Ministry"
int ActorBlock::shapedOrganisation(int i, int end)
{
    const int stop = m_names.organisationEnd(i, end);
    if (stop == i || rejected(i, stop) || titleCase(i))
        return i;
    // A lone head word ("the Coalition", "the Department") names the one organisation mentioned in
    // the last few sentences whose name ends with it, if there is exactly one.
    if (stop - i == 1) {
        int only = -1;
        for (int a = 0; a < m_registry.actors.size() && only != -2; ++a) {
            const Actor& actor = m_registry.actors[a];
            if (actor.kind != ActorKind::Organisation || actor.name.size() <= token(i).lower.size()
                || m_lastSentence.value(a, -100) < token(i).sentence - 3)
                continue;
            bool ends = actor.name.endsWith(m_text.textOf(token(i)));
            for (const QString& alias : actor.aliases)
                ends = ends || (alias.size() > token(i).lower.size() && alias.endsWith(m_text.textOf(token(i))));
            if (ends)
                only = only == -1 ? a : -2;
        }
        if (only < 0)
            return i;
        mention(i, stop, i, stop, only, 0.6, u"short name of "_s + m_registry.actors[only].name);
        return stop;
    }
    Actor actor;
    actor.name = m_text.textOf(i, stop).toString();
    actor.id = slug(actor.name);
    actor.kind = ActorKind::Organisation;
    for (int k = i; k < stop && actor.side.isEmpty(); ++k) {
        int j = k;
        if (const int state = sideAt(j, stop); state >= 0)
            actor.side = m_lexicon.sideLabel(state);
    }
    const int index = m_registry.add(actor);
    mention(i, stop, i, stop, index, 0.65, u"organisation by its name: "_s + actor.name);
    return stop;
}

int ActorBlock::state(int i, int end)
{
    if (const PhraseTable::Match m = m_lexicon.stateNames.longestAt(m_text, i, end)) {
        if (m_names.organisationEnd(i, end) > i + m.length)
            return i; // "United States Air Force"
        mention(i, i + m.length, i, i + m.length, m_registry.stateActor(m.payload), 0.85, u"state name"_s);
        return i + m.length;
    }
    if (const PhraseTable::Match m = m_lexicon.demonyms.longestAt(m_text, i, end)) {
        // "Israeli and Lebanese officials": adjectives joined by "and" share the group word.
        QList<std::pair<int, PhraseTable::Match>> adjectives { { i, m } };
        int k = i + m.length;
        while (k + 1 < end && (token(k).is(u"and") || token(k).is(u","))) {
            const PhraseTable::Match next = m_lexicon.demonyms.longestAt(m_text, k + 1, end);
            if (!next)
                break;
            adjectives.append({ k + 1, next });
            k += 1 + next.length;
        }
        if (k < end && token(k).has(StateGroup) && !token(k).capitalized) {
            for (qsizetype a = 0; a < adjectives.size(); ++a) {
                const auto& [at, match] = adjectives[a];
                const bool last = a + 1 == adjectives.size();
                mention(at, last ? k + 1 : at + match.length, at, last ? k + 1 : at + match.length,
                    m_registry.stateActor(match.payload), 0.75, u"state adjective + "_s + token(k).lower.toString());
            }
            return k + 1;
        }
        return i;
    }
    if (const PhraseTable::Match m = m_lexicon.placeNames.longestAt(m_text, i, end)) {
        const PlaceInfo& place = m_lexicon.places[m.payload];
        // "Beijing said", "talks with Moscow": the government; "in Beijing", "the Paris meeting": a place.
        const int after = i + m.length;
        const bool acts = after < end
            && (token(after).has(PersonVerb | ReportingVerb) || token(after).is(u"'s") || token(after).is(u"has")
                || token(after).is(u"have") || token(after).is(u"had") || token(after).is(u"will") || token(after).is(u"would")
                || token(after).is(u"could") || token(after).is(u"should") || token(after).is(u"may") || token(after).is(u"must")
                || token(after).is(u"is") || token(after).is(u"was") || token(after).is(u"and") || token(after).is(u","));
        const bool party = i > 0 && (token(i - 1).is(u"with") || token(i - 1).is(u"between") || token(i - 1).is(u"by"));
        const bool asPlace = (i > 0 && token(i - 1).has(PlacePreposition))
            || (i > 1 && token(i - 1).is(u"both") && token(i - 2).has(PlacePreposition)) || !(acts || party);
        if (place.capital && place.state >= 0 && !asPlace) {
            mention(i, i + m.length, i, i + m.length, m_registry.stateActor(place.state), 0.6,
                u"capital for its government: "_s + place.name);
        }
        return i + m.length; // a place, not an actor; not a name either
    }
    return i;
}

// A capitalised name no rule explains ("Boeing", "Northrop Grumman"): an actor only when the text
// makes it act or names it again (see decideUnknownNames()).
int ActorBlock::unknownName(int i, int end)
{
    if (!token(i).capitalized || token(i).has(FunctionWord | NotAName | Honorific) || token(i).kind != Token::Word)
        return i;
    const Sentence& sentence = m_text.sentences[token(i).sentence];
    int stop = i;
    while (stop < end && m_names.nameWord(stop, end, stop == i, false))
        stop = m_names.hyphenJoins(stop, end) ? stop + 3 : stop + 1;
    if (stop == i || (stop == i + 1 && token(i).has(OrganisationHead)))
        return i; // "the Department's": a word for any such body, not a name
    // An actor already named: "Blinken" after "Antony Blinken", "Wang Yi" after "Wang Yi, the ...".
    for (int k = stop; k > i; --k) {
        const int known = m_registry.findByName(m_text.textOf(i, k));
        if (known >= 0 && m_registry.actors[known].kind != ActorKind::State) {
            mention(i, k, i, k, known, 0.8, u"name seen before: "_s + m_registry.actors[known].name);
            return k;
        }
    }
    // A title-case headline capitalises every word; a place follows "in", "from", "to".
    if (titleCase(i))
        return stop;
    if (i > sentence.first && token(i - 1).has(PlacePreposition))
        return stop;
    // It acts: the subject of a verb ("Mordor will", "Boeing said"), a possessor ("Boeing's"), the
    // other party ("talks with Gondor", "hosted by Rohan").
    static const QStringList auxiliaries = { u"will"_s, u"would"_s, u"has"_s, u"have"_s, u"had"_s, u"is"_s, u"was"_s,
        u"could"_s, u"should"_s, u"may"_s, u"must"_s, u"did"_s, u"does"_s };
    const bool subject = stop < end
        && (token(stop).has(PersonVerb | ReportingVerb) || token(stop).is(u"'s") || auxiliaries.contains(token(stop).lower));
    const bool party = i > sentence.first
        && (token(i - 1).is(u"by") || token(i - 1).is(u"rival") || token(i - 1).is(u"with") || token(i - 1).is(u"between"));
    // A sentence's first word is capitalised anyway: it acts only as a verb's subject.
    m_unknown.append({ i, stop, subject || (party && i > sentence.first) });
    return stop;
}

// Unknown names that act in the text, or come back mid-sentence, are organisations (people have
// been found by their titles, appositions or the shape of their names).
void ActorBlock::decideUnknownNames()
{
    // "Fornost and Gondor welcomed": names joined by "and" or commas act together.
    for (qsizetype k = m_unknown.size() - 1; k > 0; --k) {
        Unknown& before = m_unknown[k - 1];
        const Unknown& after = m_unknown[k];
        bool joined = token(before.end).sentence == token(after.first).sentence;
        for (int t = before.end; t < after.first && joined; ++t)
            joined = token(t).is(u"and") || token(t).is(u",") || token(t).is(u"the") || (token(t).kind == Token::Word && !token(t).capitalized && after.first - before.end <= 4);
        if (joined && after.actorContext)
            before.actorContext = true;
    }
    QHash<QString, int> counts;
    QHash<QString, bool> acting;
    for (const Unknown& unknown : std::as_const(m_unknown)) {
        const QString name = m_text.textOf(unknown.first, unknown.end).toString();
        ++counts[name];
        acting[name] = acting.value(name) || unknown.actorContext;
    }
    for (const Unknown& unknown : std::as_const(m_unknown)) {
        const QString name = m_text.textOf(unknown.first, unknown.end).toString();
        const bool midSentence = unknown.first > m_text.sentences[token(unknown.first).sentence].first;
        if (!(acting.value(name) || (counts.value(name) >= 2 && midSentence)) || rejected(unknown.first, unknown.end))
            continue;
        if (name.size() < 3 || m_registry.findByName(name) == -2)
            continue;
        int index = m_registry.findByName(name);
        if (index < 0) {
            Actor actor;
            actor.name = name;
            actor.id = slug(name);
            actor.kind = ActorKind::Organisation;
            index = m_registry.add(actor);
        }
        mention(unknown.first, unknown.end, unknown.first, unknown.end, index, 0.5,
            acting.value(name) ? u"a name that acts in the text"_s : u"a name the text repeats"_s);
    }
}

void ActorBlock::addSurnameAliases()
{
    for (int a = 0; a < m_registry.actors.size(); ++a)
        addSurnameAlias(a);
}

// "Blinken" for Antony Blinken, "Wang" for Wang Yi (family name first on the Chinese side),
// "von der Leyen" for Ursula von der Leyen, "Lockheed" for Lockheed Martin.
void ActorBlock::addSurnameAlias(int a)
{
    {
        const Actor& actor = m_registry.actors[a];
        if (m_registry.known[a] || m_registry.unnamed[a] || actor.kind == ActorKind::State)
            return;
        const QStringList parts = actor.name.split(u' ', Qt::SkipEmptyParts);
        const bool named = std::all_of(parts.cbegin(), parts.cend(), [](const QString& part) { return part.front().isUpper(); });
        if (parts.size() < 2)
            return;
        if (actor.kind == ActorKind::Organisation) {
            const QString first = parts.first();
            const TokenizedText word = tokenize(first);
            const bool plain = word.tokens.size() == 1 && !(word.tokens[0].classes & (FunctionWord | NotAName | GivenName | OrganisationHead))
                && !NameShapes(word, m_lexicon).startsLexiconPhrase(0, 1);
            if (named && first.size() >= 4 && plain)
                m_registry.addAlias(a, first);
            return;
        }
        const int state = m_lexicon.stateIndex(actor.side);
        const bool surnameFirst = state >= 0 && m_lexicon.states[state].surnameFirst;
        // The family name: the last capitalised word, with its particles ("von der Leyen").
        qsizetype last = parts.size() - 1;
        while (last > 1 && m_lexicon.classesOf(parts[last - 1].toLower()) & NameParticle)
            --last;
        m_registry.addAlias(a, surnameFirst ? parts.first() : QStringList(parts.mid(last)).join(u' '));
    }
}

// "European Aeronautic Defence and Space Company (EADS)": the acronym in brackets is an alias.
void ActorBlock::findAcronyms()
{
    for (const ActorMention& m : std::as_const(m_mentions)) {
        const int open = m.coverEnd;
        if (open + 2 >= m_text.tokens.size() || !token(open).is(u"(") || !token(open + 2).is(u")") || !token(open + 1).allCaps)
            continue;
        if (m_registry.actors[m.actor].kind == ActorKind::State)
            continue;
        m_registry.addAlias(m.actor, m_text.textOf(open + 1, open + 2).toString());
    }
}

// Names seen once, met again without their title: "Blinken", "Blinken's visit", "Wang Yi", "EADS".
void ActorBlock::findLaterMentions()
{
    PhraseTable names;
    for (int a = 0; a < m_registry.actors.size(); ++a) {
        const Actor& actor = m_registry.actors[a];
        if (actor.kind == ActorKind::State || actor.name.front().isLower() || m_registry.unnamed[a])
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
            if (m_covered[i] || !token(i).capitalized)
                continue;
            const PhraseTable::Match m = names.longestAt(m_text, i, sentence.end);
            if (!m)
                continue;
            bool free = true;
            for (int t = i; t < i + m.length; ++t)
                free = free && !m_covered[t];
            if (!free)
                continue;
            mention(i, i + m.length, i, i + m.length, m.payload, 0.8, u"name seen before: "_s + m_registry.actors[m.payload].name);
            i += m.length - 1;
        }
    }
}

QString ActorBlock::homeSideOf(const TokenizedText& text)
{
    const Lexicon& lexicon = Lexicon::instance();
    if (text.sentences.isEmpty())
        return {};
    // "WASHINGTON, July 12, 2023 —", "BEIJING (Reuters) -": the dateline's city.
    const Sentence& first = text.sentences.first();
    if (const PhraseTable::Match place = lexicon.placeNames.longestAt(text, first.first, first.end);
        place && text.tokens[first.first].allCaps) {
        const int state = lexicon.places[place.payload].state;
        if (state >= 0)
            return lexicon.sideLabel(state);
    }
    // An issuing office among the first lines: "U.S. Department of State", "Foreign Office".
    for (int s = 0; s < std::min<qsizetype>(4, text.sentences.size()); ++s) {
        const Sentence& sentence = text.sentences[s];
        for (int t = sentence.first; t < sentence.end; ++t) {
            if (const PhraseTable::Match org = lexicon.organisationNames.longestAt(text, t, sentence.end)) {
                const QString side = lexicon.organisations[org.payload].side;
                if (lexicon.stateIndex(side) >= 0)
                    return side;
            }
        }
    }
    return {};
}

} // namespace Entente::Suggest
