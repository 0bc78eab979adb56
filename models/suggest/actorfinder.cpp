#include "actorfinder.h"

#include "actorblock.h"
#include "knowledge.h"

using namespace Qt::StringLiterals;

namespace Entente::Suggest {

ActorFinder::ActorFinder(ActorRegistry& registry, const Knowledge* knowledge, QDate articleDate)
    : m_registry(registry)
    , m_knowledge(knowledge)
    , m_articleDate(articleDate)
{
}

ActorFinder::~ActorFinder() = default;

QList<ActorMention> ActorFinder::find(const TokenizedText& text)
{
    if (!m_homeSideKnown) {
        m_homeSide = ActorBlock::homeSideOf(text);
        m_homeSideKnown = true;
    }
    ActorBlock block(text, m_registry, m_knowledge, m_articleDate, m_homeSide);
    return block.run();
}

int ActorFinder::speaker(const TokenizedText& text)
{
    if (m_speaker >= 0)
        return m_speaker;
    // The titled person of a headline or the first lines ("Statement by Foreign Secretary ...").
    const Lexicon& lexicon = Lexicon::instance();
    for (int s = 0; s < std::min<qsizetype>(3, text.sentences.size()); ++s) {
        const Sentence& sentence = text.sentences[s];
        if (!sentence.headline)
            continue;
        for (int t = sentence.first; t < sentence.end; ++t) {
            if (const PhraseTable::Match title = lexicon.titleNames.longestAt(text, t, sentence.end)) {
                const NameShapes names(text, lexicon);
                const int nameEnd = names.personNameEnd(t + title.length, sentence.end, true);
                if (nameEnd > t + title.length) {
                    const int found = m_registry.findByName(text.textOf(t + title.length, nameEnd));
                    if (found >= 0)
                        return m_speaker = found;
                }
            }
        }
    }
    Actor author;
    author.name = u"Author of the statement"_s;
    author.id = u"statement-author"_s;
    author.kind = ActorKind::Person;
    author.side = m_homeSide;
    author.role = u"Speaker in the first person"_s;
    m_speaker = m_registry.add(author);
    m_registry.unnamed[m_speaker] = true;
    return m_speaker;
}

} // namespace Entente::Suggest
