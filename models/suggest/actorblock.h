// The actor rules applied to one block of text (see actorfinder.h): people in actorpeople.cpp,
// organisations, states and later mentions in actorgroups.cpp.
#pragma once

#include "actorfinder.h"
#include "names.h"

namespace Entente::Suggest {

class ActorBlock
{
public:
    ActorBlock(const TokenizedText& text, ActorRegistry& registry, const Knowledge* knowledge, QDate articleDate,
        const QString& homeSide);
    QList<ActorMention> run();
    // The side of the article's dateline city or of the office that issued it ("WASHINGTON, ...").
    static QString homeSideOf(const TokenizedText& text);

private:
    const Token& token(int i) const { return m_text.tokens[i]; }
    bool is(int i, int end, QStringView word) const { return i < end && token(i).lower == word; }
    void mention(int first, int end, int coverFirst, int coverEnd, int actor, double confidence, QString reason);
    bool rejected(int first, int end) const;
    bool titleCase(int i) const; // in a headline that capitalises every word
    void addSurnameAlias(int actor);
    int matchAt(int i, int end);

    // actorpeople.cpp
    int sideAt(int& j, int end) const;
    int titlesAt(int& k, int end, QString* role, bool* capitalised = nullptr, bool lowerCaseTitles = false) const;
    Actor person(QStringView name, const QString& side, const QString& role) const;
    int honoredPerson(int i, int end);
    int titledPerson(int i, int end);
    int titleThenApposition(int i, int end);
    int nameInApposition(int i, int end);
    int officeMention(int i, int end);
    int namelessOfficial(int i, int end);
    int counterpart(int i, int end);
    int shapedPerson(int i, int end);
    QString sideOfPreviousInList(int i) const;
    void resolveOffices();
    int officeHolder(const QString& role, const QString& side, bool sideWritten, int sentence) const;

    // actorgroups.cpp
    int knownActor(int i, int end);
    int dictionaryActor(int i, int end);
    int lexiconOrganisation(int i, int end);
    int shapedOrganisation(int i, int end);
    int state(int i, int end);
    int unknownName(int i, int end);
    void decideUnknownNames();
    void addSurnameAliases();
    void findLaterMentions();
    void findAcronyms();

    struct Office
    {
        int mention = -1; // index in m_mentions
        QString role;
        QString side;
        bool sideWritten = false; // the words gave the side ("the French President")
    };
    struct Unknown
    {
        int first = 0;
        int end = 0;
        bool actorContext = false; // before "said", "'s", after "by": acting
    };

    const TokenizedText& m_text;
    const Lexicon& m_lexicon;
    NameShapes m_names;
    ActorRegistry& m_registry;
    const Knowledge* m_knowledge;
    QDate m_articleDate;
    QString m_homeSide;
    PhraseTable m_known;
    QList<bool> m_covered;
    QList<ActorMention> m_mentions;
    QList<Office> m_offices;
    QList<Unknown> m_unknown;
    QHash<int, int> m_lastSentence; // actor -> the last sentence of this block that names it
};

} // namespace Entente::Suggest
