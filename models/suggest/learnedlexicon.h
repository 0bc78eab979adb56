// What the analyst taught the pre-tagger in a folder of articles: actors with their names, aliases,
// titles and sides, meeting phrasings, and words that are no actor (or no date...) however they
// look. A plain-text file of the folder (entente-lexicon.tsv: not .txt, so that opening the folder
// does not take it for an article), read by the next suggestion run,
// that the analyst may edit: every entry is one line, and deleting the line forgets it. Lines the
// lexicon does not understand (and comments) are kept as they are.
#pragma once

#include "types.h"

#include <QStringList>

namespace Entente::Suggest {

class LearnedLexicon
{
public:
    struct ActorEntry
    {
        Actor actor;
        int line = 0; // 1-based, for reasons and error messages
    };
    struct CueEntry
    {
        QString phrase; // "paid a courtesy call on"
        MeetingStatus status = MeetingStatus::Held;
        QString kind; // "talks", "visit", "call"
        int line = 0;
    };

    static QString fileName() { return QStringLiteral("entente-lexicon.tsv"); }
    // The lexicon of a folder (empty when the folder has none yet; problems name bad lines).
    static LearnedLexicon read(const QString& path, QStringList* problems = nullptr);
    static LearnedLexicon parse(QStringView text, const QString& path, QStringList* problems = nullptr);
    QString toText() const;
    bool write(QString* error) const; // to path(), atomically
    QString path() const { return m_path; }
    bool isEmpty() const { return m_actors.isEmpty() && m_cues.isEmpty() && m_rejections.isEmpty(); }

    const QList<ActorEntry>& actors() const { return m_actors; }
    const QList<CueEntry>& cues() const { return m_cues; }
    // Whether these words were rejected as this kind of mark, for any record or for `ref`.
    bool isRejected(MarkKind kind, QStringView words, QStringView ref = {}) const;

    // Learning; each returns whether the lexicon changed.
    bool learnActor(const Actor& actor); // adds it, or updates the entry with the same id
    bool forgetActor(const QString& id);
    bool reject(MarkKind kind, const QString& words, const QString& ref = {});
    bool unreject(MarkKind kind, const QString& words, const QString& ref = {});
    bool learnCue(const QString& phrase, MeetingStatus status, const QString& kind);
    bool forgetCue(const QString& phrase);

private:
    void reparse();
    static QString rejectionKey(MarkKind kind, QStringView words, QStringView ref);
    int lineOfActor(const QString& id) const;

    QString m_path;
    QStringList m_lines; // the file, line by line: the entries are read from these
    QList<ActorEntry> m_actors;
    QList<CueEntry> m_cues;
    QStringList m_rejections; // rejectionKey()s
    QList<int> m_rejectionLines;
};

} // namespace Entente::Suggest
