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

// Words that stay in lower case inside names written in capitals ("BANK OF ENGLAND").
bool isSmallWord(QStringView lower)
{
    static const QStringList words = { QStringLiteral("of"), QStringLiteral("the"), QStringLiteral("and"),
        QStringLiteral("for"), QStringLiteral("de"), QStringLiteral("la"), QStringLiteral("le"), QStringLiteral("du"),
        QStringLiteral("des"), QStringLiteral("del"), QStringLiteral("da"), QStringLiteral("di"), QStringLiteral("van"),
        QStringLiteral("von"), QStringLiteral("der"), QStringLiteral("den"), QStringLiteral("bin"), QStringLiteral("al"),
        QStringLiteral("el"), QStringLiteral("in"), QStringLiteral("on"), QStringLiteral("to"), QStringLiteral("y") };
    return words.contains(lower);
}

} // namespace

void PhraseTable::add(QStringView phrase, int payload, CaseRule rule)
{
    const TokenizedText tokens = tokenize(phrase, false);
    if (tokens.tokens.isEmpty())
        return;
    Entry entry;
    entry.payload = payload;
    for (const Token& token : tokens.tokens) {
        entry.words.append(token.lower.toString());
        const QStringView written = tokens.textOf(token);
        quint8 wordCase = 0;
        if (rule == CaseRule::ProperNoun && token.kind == Token::Word)
            wordCase = isAcronym(written) ? 2 : token.capitalized ? 1 : 0;
        else if (rule == CaseRule::Capitalised && token.kind == Token::Word && token.lower.size() >= 2
            && !isSmallWord(token.lower))
            wordCase = 1;
        entry.wordCase.append(wordCase);
        entry.exactWords.append(wordCase == 2 ? written.toString() : QString());
    }
    QList<Entry>& list = m_byFirstWord[wordHash(entry.words.first())];
    for (const Entry& other : std::as_const(list)) {
        if (other.words == entry.words && other.wordCase == entry.wordCase)
            return; // first one wins
    }
    // Longest first: insert before the first shorter entry.
    const auto at = std::find_if(list.begin(), list.end(),
        [&](const Entry& other) { return other.words.size() < entry.words.size(); });
    list.insert(at, std::move(entry));
    ++m_size;
}

QStringList PhraseTable::firstWords() const
{
    QStringList words;
    for (const QList<Entry>& entries : m_byFirstWord) {
        for (const Entry& entry : entries) {
            if (!words.contains(entry.words.first()))
                words.append(entry.words.first());
        }
    }
    return words;
}

const QList<PhraseTable::Entry>* PhraseTable::entriesAt(const TokenizedText& text, int at, int end) const
{
    if (at < 0 || at >= end || at >= text.tokens.size())
        return nullptr; // callers step past the last word ("... the"): nothing starts there
    const Token& token = text.tokens[at];
    if (m_tableBit && text.classified && !(token.tables & m_tableBit))
        return nullptr;
    const auto it = m_byFirstWord.constFind(token.hash);
    return it == m_byFirstWord.cend() ? nullptr : &*it;
}

bool PhraseTable::matches(const Entry& entry, const TokenizedText& text, int at, int end, int skip) const
{
    const int length = int(entry.words.size()) + (skip > at ? 1 : 0);
    if (at + length > end || at + length > text.tokens.size() || (skip > at && skip >= at + length))
        return false;
    for (int k = 0; k < int(entry.words.size()); ++k) {
        const int position = skip > at && at + k >= skip ? at + k + 1 : at + k;
        const Token& token = text.tokens[position];
        if (token.lower != entry.words[k]) // the first word too: different words may share a hash
            return false;
        if (entry.wordCase[k] == 1 && !token.capitalized)
            return false;
        if (entry.wordCase[k] == 2 && text.textOf(token) != entry.exactWords[k])
            return false;
    }
    return length == 1 || text.onOneLine(at, at + length);
}

PhraseTable::Match PhraseTable::longestAtSkipping(const TokenizedText& text, int at, int end, int skip) const
{
    if (const QList<Entry>* entries = entriesAt(text, at, end)) {
        for (const Entry& entry : *entries) {
            if (entry.words.size() > 1 && matches(entry, text, at, end, skip))
                return { int(entry.words.size()) + 1, entry.payload };
        }
    }
    return {};
}

PhraseTable::Match PhraseTable::longestAt(const TokenizedText& text, int at, int end) const
{
    if (const QList<Entry>* entries = entriesAt(text, at, end)) {
        for (const Entry& entry : *entries) {
            if (matches(entry, text, at, end))
                return { int(entry.words.size()), entry.payload };
        }
    }
    return {};
}

QList<PhraseTable::Match> PhraseTable::allAt(const TokenizedText& text, int at, int end) const
{
    QList<Match> result;
    if (const QList<Entry>* entries = entriesAt(text, at, end)) {
        for (const Entry& entry : *entries) {
            if (matches(entry, text, at, end))
                result.append({ int(entry.words.size()), entry.payload });
        }
    }
    return result;
}

} // namespace Entente::Suggest
