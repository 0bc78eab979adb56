// The shapes of names in running text, without a list of the names themselves: a person's name is
// capitalised words with particles inside ("Ursula von der Leyen", "Mohammed bin Salman",
// "Jean-Yves Le Drian"), initials ("John F. Kennedy") and suffixes ("Jr."); an organisation's name
// ends in a head word or a company suffix ("the Foreign Affairs Council", "Lockheed Martin Corp.");
// honorifics ("HE Dr", "Sheikh", "Mr.") come before a name and are not part of it.
#pragma once

#include "lexicon.h"

namespace Entente::Suggest {

class NameShapes
{
public:
    enum class Shape { Unknown, Person, Organisation };

    NameShapes(const TokenizedText& text, const Lexicon& lexicon)
        : m_text(text)
        , m_lexicon(lexicon)
    {
    }

    // A capitalised word that may be part of a personal name.
    bool nameWord(int i, int end, bool first, bool afterTitle) const;
    // The end of a personal name starting at i (i when there is none).
    int personNameEnd(int i, int end, bool afterTitle) const;
    // The end of honorifics starting at i ("HE Dr", "His Excellency", "Sheikh", "Mr."; i when none).
    int honorificsEnd(int i, int end) const;
    // The end of an organisation's name starting at i, by its shape (i when there is none).
    int organisationEnd(int i, int end) const;
    // The end of a run of capitalised words starting at i (a name of unknown kind; i when none).
    int capitalisedEnd(int i, int end) const;
    Shape shapeOf(int first, int end) const;
    // A word list (title, state, adjective of a state, organisation) starts at i: such words end a name.
    bool startsLexiconPhrase(int i, int end) const;
    // "Jean-Yves", "Al-Jubeir": tokens i, i+1 ("-"), i+2 written as one word.
    bool hyphenJoins(int i, int end) const;

private:
    const Token& token(int i) const { return m_text.tokens[i]; }
    bool isInitial(int i, int end) const;

    const TokenizedText& m_text;
    const Lexicon& m_lexicon;
};

} // namespace Entente::Suggest
