#include "suggestknowledge.h"

#include "corpus.h"
#include "lexicon.h"

#include <QDir>
#include <QSettings>

namespace Entente {

namespace {

const QString dictionariesKey = QStringLiteral("suggest/actorDictionaries");

// Whether the built-in lists already know a meeting phrasing ("held talks", "the visit").
bool knownPhrasing(const QString& words)
{
    const Suggest::TokenizedText text = Suggest::tokenize(words);
    const Suggest::Lexicon& lexicon = Suggest::Lexicon::instance();
    const int end = int(text.tokens.size());
    for (int t = 0; t < end; ++t) {
        if (lexicon.verbCues.longestAt(text, t, end) || lexicon.baseCues.longestAt(text, t, end)
            || lexicon.nounCues.longestAt(text, t, end))
            return true;
    }
    return end == 0 || end > 8;
}

} // namespace

SuggestKnowledge::SuggestKnowledge(QObject* parent)
    : QObject(parent)
{
    setDictionaryPaths(QSettings().value(dictionariesKey).toStringList());
}

SuggestKnowledge::~SuggestKnowledge() = default;

std::shared_ptr<const Suggest::Knowledge> SuggestKnowledge::knowledge()
{
    if (!m_knowledge)
        m_knowledge = Suggest::Knowledge::make(m_dictionaries, m_lexicon);
    return m_knowledge;
}

void SuggestKnowledge::setFolder(const QString& folder)
{
    if (folder == m_folder)
        return;
    m_folder = folder;
    reload();
}

QString SuggestKnowledge::lexiconPath() const
{
    return m_folder.isEmpty() ? QString() : QDir(m_folder).filePath(Suggest::LearnedLexicon::fileName());
}

void SuggestKnowledge::reload()
{
    m_lexicon = m_folder.isEmpty() ? Suggest::LearnedLexicon() : Suggest::LearnedLexicon::read(lexiconPath());
    m_knowledge.reset();
    Q_EMIT changed();
}

void SuggestKnowledge::setDictionaryPaths(const QStringList& paths, QStringList* problems)
{
    m_dictionaryPaths = paths;
    m_dictionaries.clear();
    for (const QString& path : paths) {
        QString error;
        if (auto dictionary = Suggest::ActorDictionary::load(path, &error))
            m_dictionaries.append(dictionary);
        else if (problems)
            problems->append(tr("%1: %2").arg(path, error));
    }
    QSettings().setValue(dictionariesKey, paths);
    m_knowledge.reset();
    Q_EMIT changed();
}

qsizetype SuggestKnowledge::dictionarySize(const QString& path) const
{
    const qsizetype index = m_dictionaryPaths.indexOf(path);
    QString error;
    if (index < 0)
        return 0;
    const auto dictionary = Suggest::ActorDictionary::load(path, &error); // cached
    return dictionary ? dictionary->size() : 0;
}

bool SuggestKnowledge::save(QString* error)
{
    m_knowledge.reset();
    Q_EMIT changed();
    if (m_folder.isEmpty())
        return true; // nowhere to keep it: it lasts this session
    return m_lexicon.write(error);
}

bool SuggestKnowledge::learnFromCorpus(const Corpus& corpus, QString* error)
{
    bool changed = false;
    for (const Actor& actor : corpus.actors) {
        Actor learned = actor;
        learned.extra.clear();
        learned.origin = {};
        changed = m_lexicon.learnActor(learned) || changed;
    }
    // Meeting marks in words the lists do not know: "paid a courtesy call on".
    for (const Document& doc : corpus.documents) {
        for (const Mark& mark : doc.marks) {
            if (mark.kind != MarkKind::Meeting)
                continue;
            const QString words = doc.text.mid(mark.textStart, mark.textEnd - mark.textStart);
            const int meeting = corpus.meetingIndex(mark.ref);
            if (meeting < 0 || knownPhrasing(words))
                continue;
            const Meeting& record = corpus.meetings[meeting];
            changed = m_lexicon.learnCue(words, record.status, record.kind.isEmpty() ? QStringLiteral("talks") : record.kind) || changed;
        }
    }
    return !changed || save(error);
}

bool SuggestKnowledge::learnActor(const Actor& actor, QString* error)
{
    return !m_lexicon.learnActor(actor) || save(error);
}

bool SuggestKnowledge::reject(MarkKind kind, const QString& words, const QString& ref, QString* error)
{
    return !m_lexicon.reject(kind, words, ref) || save(error);
}

bool SuggestKnowledge::unreject(MarkKind kind, const QString& words, const QString& ref, QString* error)
{
    return !m_lexicon.unreject(kind, words, ref) || save(error);
}

bool SuggestKnowledge::forgetAll(QString* error)
{
    m_lexicon = Suggest::LearnedLexicon::parse(QString(), lexiconPath());
    return save(error);
}

} // namespace Entente
