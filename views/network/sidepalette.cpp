#include "sidepalette.h"

#include "forcelayout.h"
#include "lexicon.h"

#include <array>

namespace Entente::SidePalette {

namespace {

struct FixedSide
{
    const char16_t* side;
    QRgb color;
};

// Mid-tone colours at least 29 CIELAB units apart from each other and from the no-side grey, each
// with a contrast of at least 2:1 against both a white and a near-black background (the outline
// darker still). Side labels as the suggester writes them (resources/suggest/states.tsv).
constexpr std::array<FixedSide, 12> fixed { {
    { u"USA", 0x2f6fd6 },
    { u"China", 0xd62728 },
    { u"Russia", 0x8c54c8 },
    { u"Ukraine", 0xe0b000 },
    { u"UK", 0x17a398 },
    { u"France", 0xe377c2 },
    { u"Germany", 0x8c6d31 },
    { u"Japan", 0xff7f0e },
    { u"India", 0x6fbf3a },
    { u"EU", 0x4fc3f7 },
    { u"Iran", 0x1f7a3a },
    { u"Israel", 0xa05a7a },
} };

// The label the suggester's state table writes for a side given as a label, ISO code or name; the
// European Union's spellings (not a state, so not in the table) by hand.
QString canonical(const QString& side)
{
    const QString trimmed = side.trimmed();
    if (trimmed.compare(u"EU", Qt::CaseInsensitive) == 0 || trimmed.compare(u"European Union", Qt::CaseInsensitive) == 0
        || trimmed.compare(u"Europe", Qt::CaseInsensitive) == 0 || trimmed.compare(u"E.U.", Qt::CaseInsensitive) == 0)
        return QStringLiteral("EU");
    const Suggest::Lexicon& lexicon = Suggest::Lexicon::instance();
    int state = lexicon.stateIndex(trimmed);
    if (state < 0 && trimmed.size() <= 3)
        state = lexicon.stateIndex(trimmed.toUpper());
    if (state < 0) { // a name of the state: "United Kingdom", "the United States"
        const Suggest::TokenizedText text = Suggest::tokenize(trimmed);
        const int count = int(text.tokens.size());
        const Suggest::PhraseTable::Match name = lexicon.stateNames.longestAt(text, 0, count);
        if (name.length == count)
            state = name.payload;
    }
    return state >= 0 ? lexicon.sideLabel(state) : trimmed;
}

} // namespace

QColor color(const QString& side)
{
    if (side.trimmed().isEmpty())
        return noSide();
    const QString name = canonical(side);
    for (const FixedSide& entry : fixed) {
        if (name == QStringView(entry.side))
            return QColor::fromRgb(entry.color);
    }
    // Any other side: a hue from its name, at a saturation and lightness that read like the fixed set.
    const quint32 hash = ForceLayout::stableHash(name.toCaseFolded());
    const float hue = float(hash % 360) / 360.0f;
    const float lightness = 0.42f + float((hash / 360) % 3) * 0.07f;
    return QColor::fromHslF(hue, 0.55f, lightness);
}

QColor noSide()
{
    return QColor::fromRgb(0x9a9a9a);
}

QStringList fixedSides()
{
    QStringList result;
    for (const FixedSide& entry : fixed)
        result.append(QString::fromUtf16(entry.side));
    return result;
}

} // namespace Entente::SidePalette
