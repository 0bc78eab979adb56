#include "phrasetable.h"

#include <algorithm>

namespace Entente::Suggest {

namespace {

bool isAcronym(QStringView word)
{
    int letters = 0;
    for (QChar c : word) {
        if (c.isLower())
            return false;
        letters += c.isLetter() ? 1 : 0;
    }
    return letters >= 2;
}

} // namespace

void PhraseTable::add(QStringView phrase, int payload, CaseRule rule)
{
    const TokenizedText tokens = tokenize(phrase);
    if (tokens.tokens.isEmpty())
        return;
    Entry entry;
    entry.payload = payload;
    for (const Token& token : tokens.tokens) {
        entry.words.append(token.lower);
        const QStringView written = tokens.textOf(token);
        quint8 wordCase = 0;
        if (rule == CaseRule::ProperNoun && token.kind == Token::Word)
            wordCase = isAcronym(written) ? 2 : token.capitalized ? 1 : 0;
        entry.wordCase.append(wordCase);
        entry.exactWords.append(wordCase == 2 ? written.toString() : QString());
    }
    QList<Entry>& list = m_byFirstWord[wordHash(entry.words.first())];
    for (const Entry& other : std::as_const(list)) {
        if (other.words == entry.words && other.wordCase == entry.wordCase)
            return; // first one wins
    }
    list.append(std::move(entry));
    std::stable_sort(list.begin(), list.end(),
        [](const Entry& a, const Entry& b) { return a.words.size() > b.words.size(); });
}

bool PhraseTable::matches(const Entry& entry, const TokenizedText& text, int at, int end) const
{
    const int length = int(entry.words.size());
    if (at + length > end || at + length > text.tokens.size())
        return false;
    for (int k = 0; k < length; ++k) {
        const Token& token = text.tokens[at + k];
        if (token.lower != entry.words[k]) // the first word too: different words may share a hash
            return false;
        if (entry.wordCase[k] == 1 && !token.capitalized)
            return false;
        if (entry.wordCase[k] == 2 && text.textOf(token) != entry.exactWords[k])
            return false;
    }
    return length == 1 || text.onOneLine(at, at + length);
}

PhraseTable::Match PhraseTable::longestAt(const TokenizedText& text, int at, int end) const
{
    if (at < 0 || at >= end || at >= text.tokens.size())
        return {}; // callers step past the last word ("... the"): nothing starts there
    const auto it = m_byFirstWord.constFind(text.tokens[at].hash);
    if (it == m_byFirstWord.cend())
        return {};
    for (const Entry& entry : *it) {
        if (matches(entry, text, at, end))
            return { int(entry.words.size()), entry.payload };
    }
    return {};
}

QList<PhraseTable::Match> PhraseTable::allAt(const TokenizedText& text, int at, int end) const
{
    QList<Match> result;
    if (at < 0 || at >= end || at >= text.tokens.size())
        return result;
    const auto it = m_byFirstWord.constFind(text.tokens[at].hash);
    if (it == m_byFirstWord.cend())
        return result;
    for (const Entry& entry : *it) {
        if (matches(entry, text, at, end))
            result.append({ int(entry.words.size()), entry.payload });
    }
    return result;
}

} // namespace Entente::Suggest
