// Splits an article into words, numbers and punctuation once, and into sentences, so that every
// finder works on tokens and hash lookups instead of running regular expressions over the text.
// Invisible format characters (U+200E, U+200F, soft hyphen, zero-width space, ...) inside a word are
// left out of its lower-case form, so "Le\u200EDrian" matches "Le Drian"'s words; the text itself is
// never changed.
#pragma once

#include <QHashFunctions>
#include <QList>
#include <QString>
#include <QStringView>

namespace Entente::Suggest {

struct Token
{
    enum Kind : quint8 { Word, Number, Punct };
    int start = 0; // [start, end) in TokenizedText::text
    int end = 0;
    int sentence = 0;
    quint32 classes = 0; // WordClass bits (see lexicon.h), set by the lexicon
    quint32 tables = 0; // bits of the lexicon's phrase tables with a phrase starting with this word
    size_t hash = 0; // wordHash(lower), computed once so that phrase tables need not hash again
    QStringView lower; // lower case, typographic apostrophes and dashes made plain ("’s" -> "'s", "–" -> "-")
    Kind kind = Word;
    bool capitalized = false; // starts with an upper-case letter
    bool allCaps = false; // two or more letters, none of them lower case: "EADS", "HE", "U.S."

    bool is(QStringView word) const { return lower == word; }
    bool has(quint32 wordClass) const { return (classes & wordClass) != 0; }
};

struct Sentence
{
    int first = 0; // index of its first token
    int end = 0; // one past its last token
    int start = 0; // text position of its first token
    int textEnd = 0;
    bool headline = false; // no full stop at its end: a title line ("Renewed Dialogue on Military Matters")
};

struct TokenizedText
{
    QStringView text;
    QString lowered; // the tokens' lower-case forms, one after the other (Token::lower points here)
    QList<Token> tokens;
    QList<Sentence> sentences;
    bool classified = false; // the lexicon has set Token::classes and Token::tables

    QStringView textOf(int firstToken, int endToken) const;
    QStringView textOf(const Token& token) const { return text.sliced(token.start, token.end - token.start); }
    // Whether tokens first..end-1 are adjacent or separated by spaces only (no line break).
    bool onOneLine(int firstToken, int endToken) const;
    // Whether tokens first..end-1 can be one mark: on one line, with no bracket or brace in them (the
    // format would read those words differently).
    bool markable(int firstToken, int endToken) const;
    // Whether the text between two tokens is only spaces (no punctuation, no line break).
    bool adjacentWords(int left, int right) const;
    // Whether two tokens touch: nothing, or only invisible format characters, between them.
    bool touching(int left, int right) const;
};

// The hash phrase tables file a word under.
inline size_t wordHash(QStringView lower)
{
    return qHash(lower, size_t(0));
}

// Characters of Unicode category Cf (format): bidirectional marks, soft hyphen, zero-width spaces.
inline bool isFormatCharacter(QChar c)
{
    return c.unicode() >= 0xAD && c.category() == QChar::Other_Format;
}

// Tokens of text; the text must outlive the result. With `classify`, the lexicon marks each token's
// word classes (the lexicon itself tokenizes its phrases without).
TokenizedText tokenize(QStringView text, bool classify = true);
// The lower-case token strings of a phrase, as tokenize() would give them.
QStringList tokenizePhrase(QStringView phrase);

} // namespace Entente::Suggest
