// What the suggestions of the window know beyond the built-in lists: the actor dictionaries chosen
// in Settings ▸ Actor Dictionaries (kept in the settings) and the lexicon learned in the workspace
// folder (entente-lexicon.tsv next to the articles). It learns from what the analyst accepts,
// rejects, tags and corrects, and writes the lexicon file so that the next run uses it.
#pragma once

#include "knowledge.h"

#include <QObject>

namespace Entente {

struct Corpus;

class SuggestKnowledge : public QObject
{
    Q_OBJECT
public:
    explicit SuggestKnowledge(QObject* parent = nullptr);
    ~SuggestKnowledge() override;

    // The knowledge for the next run (rebuilt when the dictionaries or the lexicon changed).
    std::shared_ptr<const Suggest::Knowledge> knowledge();

    // The workspace folder: the lexicon is its entente-lexicon.tsv.
    void setFolder(const QString& folder);
    QString lexiconPath() const;
    const Suggest::LearnedLexicon& lexicon() const { return m_lexicon; }

    QStringList dictionaryPaths() const { return m_dictionaryPaths; }
    // Loads the dictionaries (problems name the files that could not be read, which are left out).
    void setDictionaryPaths(const QStringList& paths, QStringList* problems = nullptr);
    // Entries of a loaded dictionary (0 when it could not be read).
    qsizetype dictionarySize(const QString& path) const;

    // Learning: the corpus's actors (names, aliases, titles, sides, as tagged and corrected) and the
    // phrasings of its meeting marks the lists do not know; a rejection, and taking it back.
    // Each writes the lexicon file when it changed; false with *error when it could not.
    bool learnFromCorpus(const Corpus& corpus, QString* error = nullptr);
    bool learnActor(const Actor& actor, QString* error = nullptr);
    bool reject(MarkKind kind, const QString& words, const QString& ref, QString* error = nullptr);
    bool unreject(MarkKind kind, const QString& words, const QString& ref, QString* error = nullptr);
    // Empties the lexicon file (the analyst's "forget everything").
    bool forgetAll(QString* error = nullptr);

Q_SIGNALS:
    void changed();

private:
    bool save(QString* error);
    void reload();

    QString m_folder;
    Suggest::LearnedLexicon m_lexicon;
    QStringList m_dictionaryPaths;
    QList<std::shared_ptr<const Suggest::ActorDictionary>> m_dictionaries;
    std::shared_ptr<const Suggest::Knowledge> m_knowledge; // null: to be rebuilt
};

} // namespace Entente
