// The suggester's word lists: country names from Debian's iso-codes (embedded at build time) and the
// project's data files in resources/suggest/ (titles, adjectives, capitals, organisations, word
// classes, given names, meeting and issue cues, date words). Loaded once, shared read-only by every
// suggest() call. Every token of a text is classified with one hash lookup (classify()): its word
// classes, and which phrase tables have a phrase starting with it.
#pragma once

#include "phrasetable.h"
#include "types.h"

#include <QSet>

namespace Entente::Suggest {

enum class Tense { None, Future, Past, Report, Present };

// Word classes of resources/suggest/word-classes.tsv (and given-names.txt), as Token::classes bits.
enum WordClass : quint32 {
    Determiner = 1u << 0, // a, an, the
    FunctionWord = 1u << 1, // capitalised at a sentence start but never part of a name: "The", "However"
    NameParticle = 1u << 2, // de, van, von, bin, al: inside a name in lower case
    Honorific = 1u << 3, // Mr, Dr, Sheikh, HE: before a name, not part of it
    GivenName = 1u << 4, // a common first name
    Pronoun = 1u << 5, // he, she, they, I, we
    Possessive = 1u << 6, // his, her, their, its
    RankAdjective = 1u << 7, // senior, former, acting
    StateGroup = 1u << 8, // "the Chinese government", "Israeli officials"
    PlacePreposition = 1u << 9, // a capital after these is a place: "in Beijing", "visited Beijing"
    OrganisationHead = 1u << 10, // Ministry, Council, Group, Bank: a capitalised name ending in one is an organisation
    ReportingVerb = 1u << 11, // said, told, announced
    Conjunction = 1u << 12, // and, or
    NameSuffix = 1u << 13, // Jr, Sr, II, III
    NotAName = 1u << 14, // capitalised words that are not names anywhere: "Internet", "Government"
    Preposition = 1u << 15, // of, for, to, with, ...
    PersonVerb = 1u << 16, // verbs whose subject is a person: "said", "met", "told"
    LightVerb = 1u << 17, // "paid a visit", "began a visit", "made a trip", "held a meeting"
    FirstPerson = 1u << 18, // I, we
    OrganisationSuffix = 1u << 19, // Inc, Corp, Ltd: the end of a company's name
};

struct StateInfo
{
    QString code; // ISO 3166-1 alpha-2
    QString code3; // ISO 3166-1 alpha-3 (CAMEO codes start with it)
    QString label; // the side written in records: "USA", "China"
    bool surnameFirst = false; // personal names of this side put the family name first
};

struct PlaceInfo
{
    QString name;
    int state = -1;
    bool capital = false;
};

struct TitleInfo
{
    QString role; // empty: the title says nothing about the role ("counterpart")
    bool official = false; // can stand for a nameless person ("a senior US defense official")
    bool office = false; // one holder: "the Foreign Secretary said" names that person
    bool needsCapital = false; // a common word that is a title only when capitalised: "General Lee"
};

struct OrganisationInfo
{
    QString id;
    QString name;
    QString side;
};

struct MeetingCue
{
    enum Type { Verb, Aux, Base, Noun, Modifier, Stop };
    enum Flag : quint8 {
        Target = 1, // "visit Beijing": the words after it are the place
        Object = 2, // an actor must follow: "received the ambassador", not "received reports"
        With = 4, // a meeting only with "with <actor>" after it: "discussed trade with ..."
        NeedsNoun = 8, // a meeting only with a meeting word after it: "joined X for talks"
        Passive = 16, // "was received by": the actor after "by" is the other participant
    };
    Type type = Verb;
    bool hasStatus = false;
    MeetingStatus status = MeetingStatus::Planned;
    QString kind;
    quint8 flags = 0;
    QString family; // the CAMEO code whose phrasings the cue comes from: "040", "042", ...
    QString phrase;
    bool has(Flag flag) const { return (flags & flag) != 0; }
};

struct IssueTopic
{
    QString id;
    QString title;
};

struct IssueCue
{
    IssueStatus status = IssueStatus::Open;
    bool negator = false;
    QString phrase;
};

struct DateWord
{
    enum Type {
        Month, Weekday, RelativeDay, RelativeWeek, RelativeMonth, RelativeYear, Part, Season, Vague,
        Present, // "now", "currently": the article date, TIMEX3 PRESENT_REF
        DayPart, // "this morning", "tonight": the day, offset in days
        Quarter, // "the first quarter": 1..4
        Ordinal, // "first", "third": 1..
        Decade, // "the nineties": the decade's first year within its century (90)
        SameDay, // "the same day": the day told before
    };
    Type type = Month;
    int value = 0;
};

class Lexicon
{
public:
    static const Lexicon& instance();

    QList<StateInfo> states;
    PhraseTable stateNames; // payload: index in states
    PhraseTable demonyms; // payload: index in states
    QList<PlaceInfo> places;
    PhraseTable placeNames; // payload: index in places
    QList<TitleInfo> titles;
    PhraseTable titleNames; // payload: index in titles
    QList<OrganisationInfo> organisations;
    PhraseTable organisationNames; // payload: index in organisations
    QList<MeetingCue> meetingCues;
    PhraseTable verbCues, auxCues, baseCues, nounCues, modifierCues, stopWords; // payload: index in meetingCues
    QList<IssueTopic> issues;
    PhraseTable issueWords; // payload: index in issues
    QList<IssueCue> issueCues;
    PhraseTable issueCueWords; // payload: index in issueCues
    PhraseTable tenseCues; // payload: int(Tense)
    QList<DateWord> dateWords;
    PhraseTable dateWordTable; // payload: index in dateWords

    QString sideLabel(int state) const { return state >= 0 ? states[state].label : QString(); }
    int stateIndex(QStringView label) const; // by side label or ISO code (alpha-2 or alpha-3); -1 if unknown
    // Sets Token::classes and Token::tables of every token (one hash lookup each).
    void classify(TokenizedText& text) const;
    // The word classes of a lower-case word.
    quint32 classesOf(QStringView lower) const;
    QString errors; // data files that could not be read (a build problem): empty normally

private:
    Lexicon();
    void loadCountries();
    void loadStates();
    void loadDemonyms();
    void loadPlaces();
    void loadTitles();
    void loadOrganisations();
    void loadMeetingCues();
    void loadIssues();
    void loadDateWords();
    void loadWordClasses();
    void buildIndex();
    QList<QStringList> readTable(const QString& name, int minimumColumns);
    void addWordClass(const QString& lower, quint32 wordClass);

    struct IndexEntry
    {
        QString word;
        quint32 classes = 0;
        quint32 tables = 0;
        int next = -1; // the next entry with the same hash
    };
    QList<IndexEntry> m_index;
    QHash<size_t, int> m_indexByHash;
    QHash<QString, quint32> m_classes; // while loading
    QHash<QString, int> m_stateByCode;
    QHash<QString, int> m_stateByLabel;
};

} // namespace Entente::Suggest
