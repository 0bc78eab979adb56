#include "tense.h"

namespace Entente::Suggest {

namespace {

// A regular past form: "revealed", "announced". Short words ("red", "bed", "need") are not verbs.
bool looksLikePastParticiple(const Token& token)
{
    return token.kind == Token::Word && token.lower.size() >= 5 && token.lower.endsWith(u"ed")
        && !token.capitalized;
}

} // namespace

Tense tenseNear(const TokenizedText& text, int first, int end)
{
    constexpr int maximumDistance = 12;
    const Lexicon& lexicon = Lexicon::instance();
    const Sentence& sentence = text.sentences[text.tokens[first].sentence];
    // Distances are in tokens; weaker cues count as if they were further away.
    int bestDistance = 1 << 20;
    Tense best = Tense::None;
    // A cue behind a comma speaks of another clause ("which began on February 18, are expected").
    const auto commaBetween = [&](int at) {
        const int from = at < first ? at : end;
        const int to = at < first ? first : at;
        for (int t = from; t < to; ++t) {
            if (text.tokens[t].is(u","))
                return true;
        }
        return false;
    };
    auto consider = [&](Tense tense, int at, int length, int penalty) {
        const int distance = (at >= end ? at - end : first - (at + length - 1)) + penalty + (commaBetween(at) ? 5 : 0);
        // A verb far away in a long sentence belongs to another clause.
        if (distance - penalty > maximumDistance)
            return;
        if (distance < bestDistance) {
            bestDistance = distance;
            best = tense;
        }
    };
    for (int t = sentence.first; t < sentence.end; ++t) {
        if (t >= first && t < end)
            continue;
        if (const PhraseTable::Match match = lexicon.tenseCues.longestAt(text, t, sentence.end)) {
            const auto tense = Tense(match.payload);
            if (t < first && t + match.length > first)
                continue; // overlaps the date itself ("last week")
            switch (tense) {
            case Tense::Future:
            case Tense::Past:
                consider(tense, t, match.length, 0);
                break;
            case Tense::Present:
                // "is", "are": weakly future, and only right next to the date's clause
                if ((t >= end ? t - end : first - (t + match.length - 1)) <= 3)
                    consider(Tense::Future, t, match.length, 6);
                break;
            case Tense::Report: {
                // "said on Tuesday" dates the saying; otherwise a reporting verb says little.
                const bool touching = t + match.length == first || t == end
                    || (t + match.length + 1 == first && text.tokens[first - 1].has(Preposition));
                consider(Tense::Past, t, match.length, touching ? 0 : 40);
                break;
            }
                break;
            case Tense::None:
                break;
            }
            t += match.length - 1;
            continue;
        }
        if (looksLikePastParticiple(text.tokens[t]))
            consider(Tense::Past, t, 1, 3);
    }
    return best;
}

} // namespace Entente::Suggest
