#include "tokenizer.h"

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

// Words after which a full stop does not end a sentence.
bool isAbbreviation(const Token& token)
{
    static const QSet<QString> abbreviations = { u"mr"_s, u"mrs"_s, u"ms"_s, u"dr"_s, u"lt"_s, u"col"_s,
        u"gen"_s, u"sen"_s, u"rep"_s, u"gov"_s, u"st"_s, u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s,
        u"jun"_s, u"jul"_s, u"aug"_s, u"sep"_s, u"sept"_s, u"oct"_s, u"nov"_s, u"dec"_s, u"no"_s,
        u"vs"_s, u"jr"_s, u"sr"_s, u"adm"_s, u"maj"_s, u"capt"_s, u"prof"_s, u"amb"_s };
    if (token.kind != Token::Word)
        return false;
    if (token.lower.size() == 1 && token.capitalized)
        return true; // an initial: "John F. Kennedy"
    return abbreviations.contains(token.lower);
}

QString lowerForm(QStringView text)
{
    QString lower(text.size(), Qt::Uninitialized);
    QChar* out = lower.data();
    for (qsizetype k = 0; k < text.size(); ++k) {
        char16_t c = text[k].unicode();
        if (c < 128) {
            if (c >= u'A' && c <= u'Z')
                c = char16_t(c + (u'a' - u'A'));
        } else if (c == u'’') {
            c = u'\'';
        } else if (c == u'–' || c == u'‑') {
            c = u'-';
        } else {
            c = QChar(c).toLower().unicode();
        }
        out[k] = QChar(c);
    }
    return lower;
}

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
            if (text[p] == u'\n')
                return false;
        }
    }
    return true;
}

TokenizedText tokenize(QStringView text)
{
    TokenizedText result;
    result.text = text;
    result.tokens.reserve(text.size() / 5);
    const qsizetype n = text.size();
    qsizetype i = 0;
    bool lineBreakPending = false;
    auto push = [&](qsizetype start, qsizetype end, Token::Kind kind) {
        Token token;
        token.start = int(start);
        token.end = int(end);
        token.kind = kind;
        token.capitalized = text[start].isUpper();
        token.lower = lowerForm(text.sliced(start, end - start));
        token.hash = wordHash(token.lower);
        result.tokens.append(std::move(token));
    };
    std::vector<int> lineBreaksBefore; // token indexes that follow a line break
    while (i < n) {
        const QChar c = text[i];
        if (c == u'\n') {
            lineBreakPending = true;
            ++i;
            continue;
        }
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (lineBreakPending) {
            lineBreaksBefore.push_back(int(result.tokens.size()));
            lineBreakPending = false;
        }
        const qsizetype start = i;
        if (c.isLetter()) {
            // "U.S.", "D.C.": letters each followed by a full stop make one word.
            if (i + 3 < n && text[i + 1] == u'.' && text[i + 2].isLetter() && text[i + 3] == u'.') {
                while (i + 1 < n && text[i].isLetter() && text[i + 1] == u'.')
                    i += 2;
                push(start, i, Token::Word);
                continue;
            }
            while (i < n && (text[i].isLetterOrNumber() || text[i].isMark()))
                ++i;
            push(start, i, Token::Word);
            continue;
        }
        if (c.isDigit()) {
            while (i < n && (text[i].isDigit()
                       || ((text[i] == u',' || text[i] == u'.') && i + 1 < n && text[i + 1].isDigit())))
                ++i;
            while (i < n && text[i].isLetter()) // 13th, 2nd, 5pm
                ++i;
            push(start, i, Token::Number);
            continue;
        }
        if (isApostrophe(c) && i + 1 < n && text[i + 1].isLetter() && i > 0 && text[i - 1].isLetterOrNumber()) {
            // "’s", "'ll", "n't" style endings stay one token of their own
            ++i;
            while (i < n && text[i].isLetter())
                ++i;
            push(start, i, Token::Word);
            continue;
        }
        push(start, i + 1, Token::Punct);
        if (isDash(c)) {
            result.tokens.last().lower = QStringLiteral("-");
            result.tokens.last().hash = wordHash(result.tokens.last().lower);
        }
        ++i;
    }

    // Sentences: at line breaks, and after . ! ? that is not part of an abbreviation and is followed
    // by something that does not start with a lower-case letter.
    const int count = int(result.tokens.size());
    size_t nextBreak = 0;
    int first = 0;
    auto close = [&](int end) {
        if (end <= first)
            return;
        Sentence s;
        s.first = first;
        s.end = end;
        s.start = result.tokens[first].start;
        s.textEnd = result.tokens[end - 1].end;
        const QString& last = result.tokens[end - 1].lower;
        s.headline = !(last == u"." || last == u"!" || last == u"?" || last == u"\"" || last == u"”" || last == u":");
        const int index = int(result.sentences.size());
        for (int t = first; t < end; ++t)
            result.tokens[t].sentence = index;
        result.sentences.append(s);
        first = end;
    };
    for (int t = 0; t < count; ++t) {
        while (nextBreak < lineBreaksBefore.size() && lineBreaksBefore[nextBreak] < t)
            ++nextBreak;
        if (nextBreak < lineBreaksBefore.size() && lineBreaksBefore[nextBreak] == t)
            close(t);
        const Token& token = result.tokens[t];
        if (token.kind != Token::Punct || !(token.lower == u"." || token.lower == u"!" || token.lower == u"?"))
            continue;
        if (token.lower == u"." && t > 0 && isAbbreviation(result.tokens[t - 1])
            && result.tokens[t - 1].end == token.start)
            continue;
        if (t + 1 < count) {
            const Token& next = result.tokens[t + 1];
            if (next.kind == Token::Word && !next.capitalized && text[next.start].isLetter())
                continue;
        }
        close(t + 1);
    }
    close(count);
    return result;
}

QStringList tokenizePhrase(QStringView phrase)
{
    const TokenizedText tokens = tokenize(phrase);
    QStringList words;
    words.reserve(tokens.tokens.size());
    for (const Token& token : tokens.tokens)
        words.append(token.lower);
    return words;
}

} // namespace Entente::Suggest
