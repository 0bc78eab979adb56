// Splits an article into words, numbers and punctuation once, and into sentences, so that every
// finder works on tokens and hash lookups instead of running regular expressions over the text.
#pragma once

#include <QHashFunctions>
#include <QList>
#include <QString>
#include <QStringView>

namespace Entente::Suggest {

struct Token
{
    enum Kind : quint8 { Word, Number, Punct };
    int start = 0;
    int end = 0;
    Kind kind = Word;
    bool capitalized = false; // starts with an upper-case letter
    int sentence = 0;
    QString lower; // lower case, typographic apostrophes and dashes made plain ("’s" -> "'s", "–" -> "-")
    size_t hash = 0; // wordHash(lower), computed once so that phrase tables need not hash again

    bool is(QStringView word) const { return lower == word; }
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
    QList<Token> tokens;
    QList<Sentence> sentences;

    QStringView textOf(int firstToken, int endToken) const;
    QStringView textOf(const Token& token) const { return text.sliced(token.start, token.end - token.start); }
    // Whether tokens first..end-1 are adjacent or separated by spaces only (no line break).
    bool onOneLine(int firstToken, int endToken) const;
};

// The hash phrase tables file a word under.
inline size_t wordHash(QStringView lower)
{
    return qHash(lower, size_t(0));
}

// Tokens of text; the text must outlive the result.
TokenizedText tokenize(QStringView text);
// The lower-case token strings of a phrase, as tokenize() would give them.
QStringList tokenizePhrase(QStringView phrase);

} // namespace Entente::Suggest
