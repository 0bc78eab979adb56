#include "sidefromtitle.h"

#include "lexicon.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <memory>
#include <string_view>

namespace Entente::Suggest {

namespace {

// A state after these is whom the office deals with: "ambassador to China", "envoy for Iran".
constexpr std::array<std::u16string_view, 14> targetWords { u"to", u"in", u"for", u"on", u"with", u"at", u"toward",
    u"towards", u"against", u"about", u"into", u"over", u"regarding", u"visiting" };

// Bodies of a state whose members speak for it, beside the titles of titles.tsv.
constexpr std::array<std::u16string_view, 16> governmentWords { u"ministry", u"department", u"government", u"embassy",
    u"consulate", u"army", u"navy", u"military", u"forces", u"cabinet", u"administration",
    u"delegation", u"mission", u"authorities", u"officials", u"negotiator" };

template <size_t N>
bool contains(const std::array<std::u16string_view, N>& words, QStringView word)
{
    return std::any_of(words.cbegin(), words.cend(), [word](std::u16string_view w) { return QStringView(w) == word; });
}

bool isHyphen(const Token& token)
{
    return token.kind == Token::Punct && (token.lower == u"-" || token.lower == u"/");
}

} // namespace

QString sideFromTitle(QStringView title)
{
    if (title.trimmed().isEmpty())
        return {};
    const Lexicon& lexicon = Lexicon::instance();
    const TokenizedText text = tokenize(title);
    const int count = int(text.tokens.size());
    bool office = false;
    QString side;
    for (int i = 0; i < count; ++i) {
        const Token& token = text.tokens.at(i);
        if (token.kind != Token::Word)
            continue;
        // Hyphenated words the tokenizer keeps whole ("Chinese-American") are no state and no title.
        if (lexicon.titleNames.longestAt(text, i, count) || contains(governmentWords, token.lower))
            office = true;
        PhraseTable::Match state = lexicon.demonyms.longestAt(text, i, count);
        if (!state)
            state = lexicon.stateNames.longestAt(text, i, count);
        if (!state)
            continue;
        const int end = i + state.length;
        const bool joinedBefore = i > 0 && isHyphen(text.tokens.at(i - 1)) && text.touching(i - 1, i);
        const bool joinedAfter = end < count && isHyphen(text.tokens.at(end)) && text.touching(end - 1, end);
        if (joinedBefore || joinedAfter)
            return {}; // "Chinese-American", "US-China": ancestry or a pair
        int before = i - 1;
        if (before >= 0 && text.tokens.at(before).lower == u"the")
            --before;
        const bool counterpart = before >= 0 && contains(targetWords, text.tokens.at(before).lower);
        i = end - 1;
        if (counterpart)
            continue;
        const QString label = lexicon.sideLabel(state.payload);
        if (!side.isEmpty() && side != label)
            return {}; // two states: unclear whose
        side = label;
    }
    return office ? side : QString();
}

ActorSide actorSide(const Actor& actor)
{
    if (!actor.side.isEmpty())
        return { actor.side, false };
    QString side = sideFromTitle(actor.role);
    if (side.isEmpty())
        side = sideFromTitle(actor.name);
    return { side, !side.isEmpty() };
}

DerivedSide derivedSides()
{
    auto known = std::make_shared<QHash<QString, QString>>();
    return [known](const Actor& actor) {
        auto found = known->constFind(actor.id);
        if (found == known->cend())
            found = known->insert(actor.id, actorSide(actor).side);
        return *found;
    };
}

} // namespace Entente::Suggest
