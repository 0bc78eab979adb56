#include "names.h"

namespace Entente::Suggest {

bool NameShapes::startsLexiconPhrase(int i, int end) const
{
    return m_lexicon.titleNames.longestAt(m_text, i, end) || m_lexicon.stateNames.longestAt(m_text, i, end)
        || m_lexicon.demonyms.longestAt(m_text, i, end) || m_lexicon.organisationNames.longestAt(m_text, i, end);
}

bool NameShapes::hyphenJoins(int i, int end) const
{
    return i + 2 < end && token(i + 1).is(u"-") && m_text.touching(i, i + 1) && m_text.touching(i + 1, i + 2)
        && token(i + 2).kind == Token::Word;
}

bool NameShapes::isInitial(int i, int end) const
{
    // "F." in "John F. Kennedy"
    return i + 1 < end && token(i).kind == Token::Word && token(i).capitalized && token(i).lower.size() == 1
        && token(i + 1).is(u".") && token(i).end == token(i + 1).start;
}

bool NameShapes::nameWord(int i, int end, bool first, bool afterTitle) const
{
    if (i >= end)
        return false;
    const Token& t = token(i);
    if (t.kind != Token::Word || !t.capitalized || t.lower.size() < 2 || t.lower.startsWith(u'\''))
        return false;
    if (t.allCaps && !(t.lower.size() > 3 && t.has(GivenName)))
        return false; // an acronym
    const bool honorific = t.has(Honorific) && (!t.is(u"he") || t.allCaps); // "He" is a pronoun (or a name)
    if (t.has(NotAName | OrganisationSuffix) || honorific)
        return t.has(GivenName) && !first && !honorific; // "Theresa May"-like surnames only
    if (t.has(FunctionWord)) {
        // "Vice Premier He Ming": after a title, "He" followed by a name is a name.
        if (!(first && afterTitle && nameWord(i + 1, end, false, false)))
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
    if (!startsLexiconPhrase(i, end))
        return true;
    // "Amir Khan", "King Faisal"'s "Faisal" stay names: a first name that is also a title, before a name.
    return t.has(GivenName) && i + 1 < end && token(i + 1).capitalized && token(i + 1).kind == Token::Word
        && !startsLexiconPhrase(i + 1, end) && !token(i + 1).has(FunctionWord | NotAName);
}

int NameShapes::personNameEnd(int i, int end, bool afterTitle) const
{
    int k = i;
    int words = 0;
    while (k < end && words < 6 && m_text.onOneLine(i, k + 1)) {
        if (nameWord(k, end, k == i, afterTitle)) {
            ++words;
            // "Al-Jubeir", "Jae-won": a hyphen without spaces joins the parts of one name.
            k = hyphenJoins(k, end) ? k + 3 : k + 1;
            continue;
        }
        if (k > i && isInitial(k, end) && nameWord(k + 2, end, false, false)) {
            k += 2; // "John F. Kennedy"
            continue;
        }
        if (k == i && isInitial(k, end) && (nameWord(k + 2, end, false, false) || isInitial(k + 2, end))) {
            k += 2; // "J. Smith", "J. R. Smith"
            continue;
        }
        // Particles inside a name: "von der Leyen", "bin Salman", "al-Assad", "da Silva".
        if (k > i && token(k).has(NameParticle) && !token(k).capitalized) {
            int p = k;
            while (p < end && token(p).has(NameParticle) && !token(p).capitalized && p - k < 3)
                p = hyphenJoins(p, end) ? p + 2 : p + 1;
            if (p < end && nameWord(p, end, false, false)) {
                k = p;
                continue;
            }
            break;
        }
        // "Jr.", "III" after a name
        if (k > i && token(k).has(NameSuffix)) {
            k = (k + 1 < end && token(k + 1).is(u".") && token(k).end == token(k + 1).start) ? k + 2 : k + 1;
            break;
        }
        break;
    }
    return k;
}

int NameShapes::honorificsEnd(int i, int end) const
{
    int k = i;
    while (k < end) {
        const Token& t = token(k);
        if ((t.is(u"his") || t.is(u"her")) && k + 1 < end && (token(k + 1).is(u"excellency") || token(k + 1).is(u"highness"))
            && token(k + 1).capitalized) {
            k += 2;
            continue;
        }
        // "HE" and "H.E." are honorifics, "He" is a pronoun.
        const bool honorific = t.has(Honorific) && t.capitalized && (!t.is(u"he") || t.allCaps);
        if (!honorific)
            break;
        ++k;
        if (k < end && token(k).is(u".") && token(k - 1).end == token(k).start)
            ++k; // "Mr." as two tokens
    }
    return k;
}

int NameShapes::capitalisedEnd(int i, int end) const
{
    int k = i;
    while (k < end && m_text.onOneLine(i, k + 1)) {
        const Token& t = token(k);
        const bool word = t.kind == Token::Word && (t.capitalized || t.allCaps) && !t.lower.startsWith(u'\'');
        if (word) {
            k = hyphenJoins(k, end) ? k + 3 : k + 1;
            continue;
        }
        // "Bank of England", "Ministry of Foreign Affairs", "Marks & Spencer": connectors inside
        const bool connector = t.is(u"of") || t.is(u"and") || t.is(u"&") || t.is(u"for") || t.is(u"on");
        if (k > i && connector && k + 1 < end && token(k + 1).capitalized && token(k + 1).kind == Token::Word
            && !token(k + 1).has(FunctionWord))
            ++k;
        else if (k > i && t.is(u".") && token(k - 1).has(OrganisationSuffix) && token(k - 1).end == t.start)
            return k + 1; // "Corp."
        else
            break;
    }
    // A connector never ends a name.
    while (k > i && (token(k - 1).is(u"of") || token(k - 1).is(u"and") || token(k - 1).is(u"&")))
        --k;
    return k;
}

int NameShapes::organisationEnd(int i, int end) const
{
    if (i >= end || !token(i).capitalized || token(i).has(FunctionWord))
        return i;
    const int stop = capitalisedEnd(i, end);
    // The longest prefix that ends in a head word or a company suffix.
    for (int k = stop; k > i; --k) {
        const Token& last = token(k - 1);
        if (last.is(u".") && k - 1 > i)
            continue;
        if (last.has(OrganisationSuffix) || (last.has(OrganisationHead) && last.capitalized))
            return k;
    }
    return i;
}

NameShapes::Shape NameShapes::shapeOf(int first, int end) const
{
    if (first >= end)
        return Shape::Unknown;
    const Token& last = token(end - 1);
    if (last.has(OrganisationHead | OrganisationSuffix) || (last.is(u".") && end - 2 >= first && token(end - 2).has(OrganisationSuffix)))
        return Shape::Organisation;
    int words = 0;
    bool particle = false;
    bool initial = false;
    for (int k = first; k < end; ++k) {
        if (token(k).kind != Token::Word)
            continue;
        ++words;
        particle = particle || (token(k).has(NameParticle) && !token(k).capitalized);
        initial = initial || (token(k).lower.size() == 1 && token(k).capitalized);
    }
    const bool hyphenatedFirst = hyphenJoins(first, end) && token(first + 2).capitalized;
    if (words >= 2 && (token(first).has(GivenName) || particle || initial || hyphenatedFirst))
        return Shape::Person;
    return Shape::Unknown;
}

} // namespace Entente::Suggest
