// Multi-word phrases looked up by their first word: the longest phrase that starts at a token is
// found with one hash lookup and a few string comparisons. The lexicon's tables skip even the hash
// lookup: each token knows which of them have a phrase starting with its word (Token::tables).
#pragma once

#include "tokenizer.h"

#include <QHash>

namespace Entente::Suggest {

class PhraseTable
{
public:
    // How the case of the text must agree with the phrase as written in the data.
    enum class CaseRule {
        Any, // "foreign minister" matches "Foreign Minister"
        ProperNoun, // words written with a capital need one ("Wang" does not match "wang"); acronyms match exactly
        Capitalised, // written in capitals in the data ("BARACK OBAMA"): every word of two letters or more
                     // needs a capital in the text, except small words ("of", "the", "de")
    };
    struct Match
    {
        int length = 0; // in tokens; 0 = no match
        int payload = -1;
        explicit operator bool() const { return length > 0; }
    };

    void add(QStringView phrase, int payload, CaseRule rule = CaseRule::Any);
    bool isEmpty() const { return m_byFirstWord.isEmpty(); }
    qsizetype size() const { return m_size; }
    // The longest phrase starting at token `at` and ending before token `end`; no match when `at`
    // is at or past `end` or the last token.
    Match longestAt(const TokenizedText& text, int at, int end) const;
    // As longestAt(), with the token at `skip` (> at) left out of the comparison ("is currently
    // visiting" matches "is visiting"); the length counts it.
    Match longestAtSkipping(const TokenizedText& text, int at, int end, int skip) const;
    // Every phrase length matching at `at` (longest first), for callers that try alternatives.
    QList<Match> allAt(const TokenizedText& text, int at, int end) const;
    // Every phrase's first word (the lexicon indexes its tables by them).
    QStringList firstWords() const;
    // The bit of Token::tables that says a phrase of this table may start at a token (0: none).
    void setTableBit(quint32 bit) { m_tableBit = bit; }

private:
    struct Entry
    {
        QStringList words;
        QList<quint8> wordCase; // per word: 0 any, 1 needs a capital, 2 exact
        QStringList exactWords;
        int payload = -1;
    };
    const QList<Entry>* entriesAt(const TokenizedText& text, int at, int end) const;
    bool matches(const Entry& entry, const TokenizedText& text, int at, int end, int skip = -1) const;
    QHash<size_t, QList<Entry>> m_byFirstWord; // by wordHash() of the first word; each list longest first
    quint32 m_tableBit = 0;
    qsizetype m_size = 0;
};

} // namespace Entente::Suggest
