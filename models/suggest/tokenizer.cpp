#include "tokenizer.h"

#include "lexicon.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Entente::Suggest {

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'’';
}

bool isDash(QChar c)
{
    return c == u'-' || c == u'–' || c == u'‑';
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == u'\u2028' || c == u'\u2029';
}

// Words after which a full stop does not end a sentence.
bool isAbbreviation(const Token& token)
{
    static const QSet<QString> abbreviations = { u"mr"_s, u"mrs"_s, u"ms"_s, u"dr"_s, u"lt"_s, u"col"_s,
        u"gen"_s, u"sen"_s, u"rep"_s, u"gov"_s, u"st"_s, u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s,
        u"jun"_s, u"jul"_s, u"aug"_s, u"sep"_s, u"sept"_s, u"oct"_s, u"nov"_s, u"dec"_s, u"no"_s,
        u"vs"_s, u"jr"_s, u"sr"_s, u"adm"_s, u"maj"_s, u"capt"_s, u"prof"_s, u"amb"_s, u"h.e"_s, u"messrs"_s,
        u"sgt"_s, u"cmdr"_s, u"rev"_s, u"hon"_s, u"corp"_s, u"inc"_s, u"ltd"_s, u"co"_s };
    if (token.kind != Token::Word)
        return false;
    if (token.lower.size() == 1 && token.capitalized)
        return true; // an initial: "John F. Kennedy"
    return abbreviations.contains(token.lower.toString());
}

QChar lowerOf(QChar c)
{
    char16_t u = c.unicode();
    if (u < 128)
        return QChar(u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u);
    if (u == u'’')
        return QChar(u'\'');
    if (u == u'–' || u == u'‑')
        return QChar(u'-');
    return c.toLower();
}

class Tokenizer
{
public:
    Tokenizer(QStringView text, TokenizedText& result)
        : m_text(text)
        , m_result(result)
    {
        m_result.text = text;
        m_result.lowered.reserve(text.size()); // never exceeded: tokens only leave characters out
        m_result.tokens.reserve(text.size() / 5);
    }

    void run()
    {
        const qsizetype n = m_text.size();
        qsizetype i = 0;
        bool lineBreakPending = false;
        while (i < n) {
            const QChar c = m_text[i];
            if (isLineBreak(c)) {
                lineBreakPending = true;
                ++i;
                continue;
            }
            if (c.isSpace() || isFormatCharacter(c)) {
                ++i;
                continue;
            }
            if (lineBreakPending) {
                m_lineBreaksBefore.push_back(int(m_result.tokens.size()));
                lineBreakPending = false;
            }
            i = next(i);
        }
        // Tokens point into `lowered`, which did not move while it grew within its capacity.
        for (Token& token : m_result.tokens) {
            token.lower = QStringView(m_result.lowered).sliced(m_lowerStarts[&token - m_result.tokens.data()],
                token.lower.size());
        }
        splitSentences();
    }

private:
    // One token from position i; returns the position after it.
    qsizetype next(qsizetype i)
    {
        const qsizetype n = m_text.size();
        const QChar c = m_text[i];
        const qsizetype start = i;
        if (c.isLetter()) {
            // "U.S.", "D.C.", "H.E.": letters each followed by a full stop make one word.
            if (i + 3 < n && m_text[i + 1] == u'.' && m_text[i + 2].isLetter() && m_text[i + 3] == u'.') {
                while (i + 1 < n && m_text[i].isLetter() && m_text[i + 1] == u'.')
                    i += 2;
                push(start, i, Token::Word);
                return i;
            }
            while (i < n) {
                const QChar d = m_text[i];
                if (d.isLetterOrNumber() || d.isMark()) {
                    ++i;
                } else if (isFormatCharacter(d) && i + 1 < n && m_text[i + 1].isLetterOrNumber()) {
                    ++i; // "Le\u00ADDrian": an invisible character inside the word
                } else if (isApostrophe(d) && i - start == 1 && i + 1 < n && m_text[i + 1].isUpper()) {
                    ++i; // "O'Brien", "d'Estaing": a one-letter prefix and a capital
                } else {
                    break;
                }
            }
            push(start, i, Token::Word);
            return i;
        }
        if (c.isDigit()) {
            while (i < n && (m_text[i].isDigit()
                       || ((m_text[i] == u',' || m_text[i] == u'.') && i + 1 < n && m_text[i + 1].isDigit())))
                ++i;
            while (i < n && m_text[i].isLetter()) // 13th, 2nd, 5pm
                ++i;
            push(start, i, Token::Number);
            return i;
        }
        if (isApostrophe(c) && i + 1 < n && m_text[i + 1].isLetter() && i > 0 && m_text[i - 1].isLetterOrNumber()) {
            // "’s", "'ll", "n't" style endings stay one token of their own
            ++i;
            while (i < n && m_text[i].isLetter())
                ++i;
            push(start, i, Token::Word);
            return i;
        }
        push(start, i + 1, Token::Punct);
        return i + 1;
    }

    void push(qsizetype start, qsizetype end, Token::Kind kind)
    {
        Token token;
        token.start = int(start);
        token.end = int(end);
        token.kind = kind;
        token.capitalized = m_text[start].isUpper();
        const int lowerStart = int(m_result.lowered.size());
        int letters = 0;
        bool lowerCase = false;
        for (qsizetype k = start; k < end; ++k) {
            const QChar c = m_text[k];
            if (isFormatCharacter(c))
                continue;
            if (c.isLetter()) {
                ++letters;
                lowerCase = lowerCase || c.isLower();
            }
            m_result.lowered.append(isDash(c) ? QChar(u'-') : lowerOf(c));
        }
        token.allCaps = kind == Token::Word && letters >= 2 && !lowerCase;
        const int length = int(m_result.lowered.size()) - lowerStart;
        token.lower = QStringView(m_result.lowered).sliced(lowerStart, length); // re-pointed in run()
        token.hash = wordHash(token.lower);
        m_lowerStarts.push_back(lowerStart);
        m_result.tokens.append(token);
    }

    // Sentences: at line breaks, and after . ! ? that is not part of an abbreviation and is followed
    // by something that does not start with a lower-case letter.
    void splitSentences()
    {
        QList<Token>& tokens = m_result.tokens;
        const int count = int(tokens.size());
        size_t nextBreak = 0;
        int first = 0;
        auto close = [&](int end) {
            if (end <= first)
                return;
            Sentence s;
            s.first = first;
            s.end = end;
            s.start = tokens[first].start;
            s.textEnd = tokens[end - 1].end;
            const QStringView last = tokens[end - 1].lower;
            s.headline = !(last == u"." || last == u"!" || last == u"?" || last == u"\"" || last == u"”" || last == u":");
            const int index = int(m_result.sentences.size());
            for (int t = first; t < end; ++t)
                tokens[t].sentence = index;
            m_result.sentences.append(s);
            first = end;
        };
        for (int t = 0; t < count; ++t) {
            while (nextBreak < m_lineBreaksBefore.size() && m_lineBreaksBefore[nextBreak] < t)
                ++nextBreak;
            if (nextBreak < m_lineBreaksBefore.size() && m_lineBreaksBefore[nextBreak] == t)
                close(t);
            const Token& token = tokens[t];
            if (token.kind != Token::Punct || !(token.lower == u"." || token.lower == u"!" || token.lower == u"?"))
                continue;
            if (token.lower == u"." && t > 0 && isAbbreviation(tokens[t - 1]) && tokens[t - 1].end == token.start)
                continue;
            if (t + 1 < count) {
                const Token& next = tokens[t + 1];
                if (next.kind == Token::Word && !next.capitalized && m_text[next.start].isLetter())
                    continue;
            }
            close(t + 1);
        }
        close(count);
    }

    QStringView m_text;
    TokenizedText& m_result;
    std::vector<int> m_lineBreaksBefore; // token indexes that follow a line break
    std::vector<int> m_lowerStarts;
};

} // namespace

QStringView TokenizedText::textOf(int firstToken, int endToken) const
{
    if (firstToken >= endToken)
        return {};
    const int start = tokens[firstToken].start;
    return text.sliced(start, tokens[endToken - 1].end - start);
}

bool TokenizedText::onOneLine(int firstToken, int endToken) const
{
    for (int i = firstToken + 1; i < endToken; ++i) {
        for (int p = tokens[i - 1].end; p < tokens[i].start; ++p) {
            if (isLineBreak(text[p]))
                return false;
        }
    }
    return true;
}

bool TokenizedText::markable(int firstToken, int endToken) const
{
    if (firstToken >= endToken || !onOneLine(firstToken, endToken))
        return false;
    const QStringView words = textOf(firstToken, endToken);
    return !words.contains(u'[') && !words.contains(u']') && !words.contains(u'{') && !words.contains(u'}');
}

bool TokenizedText::adjacentWords(int left, int right) const
{
    for (int p = tokens[left].end; p < tokens[right].start; ++p) {
        if (!text[p].isSpace() || isLineBreak(text[p]))
            return false;
    }
    return true;
}

bool TokenizedText::touching(int left, int right) const
{
    for (int p = tokens[left].end; p < tokens[right].start; ++p) {
        if (!isFormatCharacter(text[p]))
            return false;
    }
    return true;
}

TokenizedText tokenize(QStringView text, bool classify)
{
    TokenizedText result;
    Tokenizer(text, result).run();
    if (classify)
        Lexicon::instance().classify(result);
    return result;
}

QStringList tokenizePhrase(QStringView phrase)
{
    const TokenizedText tokens = tokenize(phrase, false);
    QStringList words;
    words.reserve(tokens.tokens.size());
    for (const Token& token : tokens.tokens)
        words.append(token.lower.toString());
    return words;
}

} // namespace Entente::Suggest
