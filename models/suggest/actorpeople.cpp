// People: with a title ("US Secretary of State Antony Blinken"), an honorific ("HE Dr Salem
// Al-Mansoori"), an apposition ("Xie Feng, China's ambassador to ..."; "the Egyptian Foreign
// Minister, Sameh Shoukry"), by office only ("the Foreign Secretary"), nameless ("a senior US
// defense official"), or by the shape of their name ("Ursula von der Leyen met ...").
#include "actorblock.h"

using namespace Qt::StringLiterals;

namespace Entente::Suggest {

namespace {

QString capitalizeFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

// A side before a title: "US", "China's", "Chinese". Returns the state or -1, moves j past it.
int ActorBlock::sideAt(int& j, int end) const
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

// Titles from k ("Deputy Secretary of State", "Foreign Minister"); the first role any of them says.
int ActorBlock::titlesAt(int& k, int end, QString* role, bool* capitalised, bool lowerCaseTitles) const
{
    int count = 0;
    while (k < end) {
        const PhraseTable::Match m = m_lexicon.titleNames.longestAt(m_text, k, end);
        if (!m)
            break;
        const TitleInfo& title = m_lexicon.titles[m.payload];
        if (title.needsCapital && !token(k).capitalized && !lowerCaseTitles)
            break;
        // "Foreign Minister Amir Khan": a title that is also a first name, before a name, is the name.
        if (count > 0 && token(k).has(GivenName) && m.length == 1 && m_names.nameWord(k + 1, end, false, false))
            break;
        if (capitalised && count == 0)
            *capitalised = token(k).capitalized;
        if (role->isEmpty() && !title.role.isEmpty())
            *role = title.role;
        k += m.length;
        ++count;
    }
    return count;
}

Actor ActorBlock::person(QStringView name, const QString& side, const QString& role) const
{
    Actor actor;
    actor.name = name.toString();
    actor.id = slug(name);
    actor.kind = ActorKind::Person;
    actor.side = side;
    actor.role = role;
    return actor;
}

// "HE Dr Salem Al-Mansoori", "Sheikh Hamad bin Khalid", "Mr. Grant", "Sir Edward Langley": the
// honorifics go into the role when no title says more.
int ActorBlock::honoredPerson(int i, int end)
{
    const int honorEnd = m_names.honorificsEnd(i, end);
    if (honorEnd == i)
        return i;
    int k = honorEnd;
    QString role;
    const int titles = titlesAt(k, end, &role);
    const int nameStop = m_names.personNameEnd(k, end, true);
    if (nameStop == k || rejected(k, nameStop))
        return i;
    // "Ms. Amara Okafor, the Nigerian foreign minister, ...": the apposition says the role.
    if (titles == 0 && is(nameStop, end, u",")) {
        if (const int next = nameInApposition(k, end); next > k) {
            m_mentions.last().coverFirst = i;
            for (int t = i; t < k; ++t)
                m_covered[t] = true;
            return next;
        }
    }
    if (role.isEmpty() || titles == 0) {
        role = m_text.textOf(i, honorEnd).toString();
        role.remove(u'.');
    }
    const int index = m_registry.add(person(m_text.textOf(k, nameStop), sideOfPreviousInList(i), role));
    mention(k, nameStop, i, nameStop, index, 0.85, u"honorific + name: "_s + m_text.textOf(i, k).toString());
    return nameStop;
}

// "US Secretary of State Antony Blinken", "Pentagon spokesperson Lieutenant Colonel Martin Meiners"
int ActorBlock::titledPerson(int i, int end)
{
    int j = i;
    if (token(j).has(Determiner))
        ++j; // "the Egyptian Foreign Minister, Sameh Shoukry" is titleThenApposition's
    while (j < end && token(j).has(RankAdjective))
        ++j;
    const int sideStart = j;
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
    if (m_names.personNameEnd(k, end, true) == k && k + 1 < end
        && (token(k).is(u"for") || token(k).is(u"of") || token(k).is(u"to"))) {
        const int n = token(k + 1).is(u"the") ? k + 2 : k + 1;
        PhraseTable::Match what = n < end ? m_lexicon.organisationNames.longestAt(m_text, n, end) : PhraseTable::Match {};
        if (!what && n < end)
            what = m_lexicon.stateNames.longestAt(m_text, n, end);
        if (!what && n < end) { // "President of the European Council Carl Verhoeven": a body by its name's shape
            const int org = m_names.organisationEnd(n, end);
            if (org > n)
                what = { org - n, -1 };
        }
        if (what && m_names.personNameEnd(n + what.length, end, true) > n + what.length) {
            role += u' ' + m_text.textOf(k, n + what.length).toString();
            if (sideLabel.isEmpty() && m_lexicon.stateNames.longestAt(m_text, n, end))
                sideLabel = m_lexicon.sideLabel(m_lexicon.stateNames.longestAt(m_text, n, end).payload);
            k = n + what.length;
        }
    }
    const int honorEnd = m_names.honorificsEnd(k, end); // "Foreign Minister HE Dr ..."
    const int nameStop = m_names.personNameEnd(honorEnd, end, true);
    if (nameStop == honorEnd || rejected(honorEnd, nameStop))
        return i;
    if (m_names.shapeOf(honorEnd, nameStop) == NameShapes::Shape::Organisation)
        return i; // "General Electric"
    if (sideLabel.isEmpty())
        sideLabel = sideOfPreviousInList(i);
    const int index = m_registry.add(person(m_text.textOf(honorEnd, nameStop), sideLabel, role));
    const QString titleText = m_text.textOf(sideStart, k).toString();
    mention(honorEnd, nameStop, i, nameStop, index, 0.9, u"title + name: "_s + titleText);
    return nameStop;
}

// "the Egyptian Foreign Minister, Sameh Shoukry," / "His Jordanian counterpart, Ayman Haddad"
int ActorBlock::titleThenApposition(int i, int end)
{
    int j = i;
    if (!(token(j).has(Determiner) || token(j).has(Possessive)))
        return i;
    ++j;
    while (j < end && token(j).has(RankAdjective))
        ++j;
    const int state = sideAt(j, end);
    QString role;
    int k = j;
    if (!titlesAt(k, end, &role, nullptr, true))
        return i;
    QString side = m_lexicon.sideLabel(state);
    if (is(k, end, u"of") && k + 1 < end) { // "the President of France, Luc Morel", "the king of Jordan, ..."
        int n = token(k + 1).is(u"the") ? k + 2 : k + 1;
        const int of = sideAt(n, end);
        if (of >= 0) {
            side = m_lexicon.sideLabel(of);
            k = n;
        }
    }
    // "... for Foreign Affairs and Security Policy, Josep Moreno": the office's field, capitalised
    if ((is(k, end, u"for") || is(k, end, u"of") || is(k, end, u"to")) && k + 1 < end) {
        int n = token(k + 1).is(u"the") ? k + 2 : k + 1;
        const int stop = m_names.capitalisedEnd(n, end);
        if (stop > n && is(stop, end, u",")) {
            role += u' ' + m_text.textOf(k, stop).toString();
            k = stop;
        }
    }
    if (!is(k, end, u","))
        return i;
    const int honorEnd = m_names.honorificsEnd(k + 1, end);
    const int nameStop = m_names.personNameEnd(honorEnd, end, true);
    if (nameStop == honorEnd || rejected(honorEnd, nameStop) || m_names.shapeOf(honorEnd, nameStop) == NameShapes::Shape::Organisation)
        return i;
    // The apposition ends with a comma, the sentence's end, or a verb: not with more capitals.
    const int index = m_registry.add(person(m_text.textOf(honorEnd, nameStop), side, role));
    mention(honorEnd, nameStop, i, nameStop, index, 0.85, u"title, name: "_s + m_text.textOf(i, k).toString());
    return nameStop;
}

// In "X, Foreign Minister Qin Gang, and Wang Yi", a person without a side takes X's.
QString ActorBlock::sideOfPreviousInList(int i) const
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
int ActorBlock::nameInApposition(int i, int end)
{
    const int nameStop = m_names.personNameEnd(i, end, false);
    if (nameStop - i < 2 || !is(nameStop, end, u",") || rejected(i, nameStop))
        return i;
    int j = nameStop + 1;
    if (j < end && token(j).has(Determiner))
        ++j;
    const int roleStart = j;
    while (j < end && token(j).has(RankAdjective))
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
    QString side = m_lexicon.sideLabel(state);
    // "... for Climate", "... to the United States", "... of Jordan"
    if (j + 1 < end && (is(j, end, u"for") || is(j, end, u"to") || is(j, end, u"of"))) {
        int k = j + 1;
        if (is(k, end, u"the"))
            ++k;
        const int capitals = k;
        if (side.isEmpty() && is(j, end, u"of")) {
            int n = k;
            if (const int of = sideAt(n, end); of >= 0)
                side = m_lexicon.sideLabel(of);
        }
        while (k < end && k - capitals < 4 && token(k).capitalized && token(k).kind == Token::Word)
            ++k;
        if (k > capitals)
            j = k;
    }
    QString roleText = m_text.textOf(roleStart, sideStart).toString();
    if (sideEnd < j)
        roleText += u' ' + m_text.textOf(sideEnd, j).toString();
    const QStringView name = m_text.textOf(i, nameStop);
    const int index = m_registry.add(person(name, side, capitalizeFirst(roleText.trimmed())));
    mention(i, nameStop, i, j, index, 0.85, u"name, apposition: "_s + m_text.textOf(nameStop + 1, j).toString());
    return j;
}

// "the Foreign Secretary", "The French President", "the President of Kenya": a person named by
// office only, linked to the named holder when the article has one (see resolveOffices()).
int ActorBlock::officeMention(int i, int end)
{
    int j = i;
    const bool determined = token(i).is(u"the");
    if (determined)
        ++j;
    if (token(i).is(u"a") || token(i).is(u"an") || (i > 0 && (token(i - 1).is(u"a") || token(i - 1).is(u"an"))))
        return i; // "the first visit by a US Secretary of State": any holder
    if (titleCase(i))
        return i;
    const int sideStart = j;
    const int state = sideAt(j, end);
    QString role;
    int k = j;
    bool capitalised = false;
    const int titleStart = k;
    const PhraseTable::Match first = m_lexicon.titleNames.longestAt(m_text, k, end);
    if (!first || !m_lexicon.titles[first.payload].office || !titlesAt(k, end, &role, &capitalised) || role.isEmpty())
        return i;
    // "the Foreign Secretary" (capitalised, as releases write a holder) or "the French president";
    // not the end of a longer title ("Vice Premier").
    if (!(capitalised || state >= 0) || !(determined || state >= 0))
        return i;
    QString side = m_lexicon.sideLabel(state);
    int stop = k;
    if (is(k, end, u"of") && k + 1 < end) {
        int n = token(k + 1).is(u"the") ? k + 2 : k + 1;
        if (const int of = sideAt(n, end); of >= 0) {
            side = m_lexicon.sideLabel(of);
            stop = n;
        }
    }
    if (m_names.personNameEnd(stop, end, true) > stop || m_names.honorificsEnd(stop, end) > stop || is(stop, end, u","))
        return i; // a name follows: titledPerson's or an apposition
    if (is(stop, end, u"'s") && !capitalised)
        return i;
    // Without a side in the words, the holder the article names of any side; else the article's own.
    const bool sideWritten = !side.isEmpty();
    const int holder = officeHolder(role, side, sideWritten, token(i).sentence);
    if (side.isEmpty())
        side = m_homeSide;
    Actor actor;
    actor.name = capitalizeFirst(m_text.textOf(sideStart, stop).toString());
    actor.id = slug(QString(side + u' ' + role));
    actor.kind = ActorKind::Person;
    actor.side = side;
    actor.role = role;
    const int index = holder >= 0 ? holder : m_registry.add(actor);
    if (holder < 0)
        m_registry.unnamed[index] = true;
    const QString reason = holder >= 0 ? u"office: %1 = %2"_s.arg(m_text.textOf(titleStart, k), m_registry.actors[holder].name)
                                       : u"office, no name: %1"_s.arg(m_text.textOf(i, stop));
    mention(sideStart, stop, i, stop, index, holder >= 0 ? 0.75 : 0.6, reason);
    if (holder < 0)
        m_offices.append({ int(m_mentions.size()) - 1, role, side, sideWritten });
    return stop;
}

// The person the article names in an office. Without a side in the words: one of the article's
// side, or of any side named in another sentence ("The President welcomed Chilean President X" is
// not X).
int ActorBlock::officeHolder(const QString& role, const QString& side, bool sideWritten, int sentence) const
{
    if (sideWritten)
        return m_registry.holderOf(role, side);
    const int holder = m_registry.holderOf(role, {});
    if (holder < 0)
        return -1;
    const QString& holderSide = m_registry.actors[holder].side;
    if (!m_homeSide.isEmpty())
        return holderSide.isEmpty() || holderSide == m_homeSide ? holder : -1;
    return m_lastSentence.value(holder, -1) == sentence && !holderSide.isEmpty() ? -1 : holder;
}

// An office mentioned before its holder is named ("The Prime Minister ... Prime Minister Sara
// Lindqvist said"): the mention goes to the named person.
void ActorBlock::resolveOffices()
{
    for (const Office& office : std::as_const(m_offices)) {
        const int holder = officeHolder(office.role, office.side, office.sideWritten, token(m_mentions[office.mention].first).sentence);
        if (holder < 0 || holder == m_mentions[office.mention].actor)
            continue;
        ActorMention& mention = m_mentions[office.mention];
        mention.actor = holder;
        mention.confidence = 0.75;
        mention.reason = u"office: %1 = %2"_s.arg(office.role, m_registry.actors[holder].name);
    }
}

// "her Ghanaian counterpart", "his Chinese counterpart": the person of that side in the same office
// as the sentence's subject, whom the article does not name.
int ActorBlock::counterpart(int i, int end)
{
    if (!token(i).has(Possessive | Determiner))
        return i;
    int j = i + 1;
    const int state = sideAt(j, end);
    if (state < 0 || !(is(j, end, u"counterpart")))
        return i;
    if (m_names.personNameEnd(j + 1, end, true) > j + 1 || is(j + 1, end, u","))
        return i; // named: titledPerson's or an apposition
    // The office of the person before in the sentence.
    QString role;
    for (qsizetype m = m_mentions.size() - 1; m >= 0 && role.isEmpty(); --m) {
        const ActorMention& before = m_mentions[m];
        if (token(before.first).sentence != token(i).sentence)
            break;
        role = m_registry.actors[before.actor].kind == ActorKind::Person ? m_registry.actors[before.actor].role : QString();
    }
    const QString side = m_lexicon.sideLabel(state);
    Actor actor;
    actor.name = role.isEmpty() ? m_text.textOf(i + 1, j + 1).toString() : side + u' ' + role;
    actor.id = slug(actor.name);
    actor.kind = ActorKind::Person;
    actor.side = side;
    actor.role = role;
    const int holder = role.isEmpty() ? -1 : m_registry.holderOf(role, side, true);
    const int index = holder >= 0 ? holder : m_registry.add(actor);
    if (holder < 0)
        m_registry.unnamed[index] = true;
    mention(i + 1, j + 1, i, j + 1, index, 0.6, u"counterpart: "_s + actor.name);
    return j + 1;
}

// "a senior US defense official for Asia": a person the article does not name.
int ActorBlock::namelessOfficial(int i, int end)
{
    if (!token(i).has(Determiner))
        return i;
    int j = i + 1;
    while (j < end && token(j).has(RankAdjective))
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
    m_registry.unnamed[index] = true;
    mention(i, j, i, j, index, 0.7, u"unnamed official"_s);
    return j;
}

// "Ursula von der Leyen met ...", "Jean-Yves Le Drian said": a person by the shape of the name
// (a given name first, a particle, an initial, a hyphenated first name).
int ActorBlock::shapedPerson(int i, int end)
{
    const int nameStop = m_names.personNameEnd(i, end, false);
    if (nameStop - i < 2 || m_names.shapeOf(i, nameStop) != NameShapes::Shape::Person || rejected(i, nameStop))
        return i;
    if (titleCase(i) && m_registry.findByName(m_text.textOf(i, nameStop)) < 0)
        return i; // "John Kerry to Visit China": a headline capitalises every word
    // A sentence's first word is capitalised anyway: "Following Ursula ..." is stopped by function words.
    const int index = m_registry.add(person(m_text.textOf(i, nameStop), sideOfPreviousInList(i), QString()));
    mention(i, nameStop, i, nameStop, index, 0.7, u"a person's name by its shape"_s);
    return nameStop;
}

} // namespace Entente::Suggest
