// The suggester's word lists: country names from Debian's iso-codes (embedded at build time) and the
// project's data files in resources/suggest/ (titles, adjectives, capitals, organisations, meeting
// and issue cues, date words). Loaded once, shared read-only by every suggest() call.
#pragma once

#include "phrasetable.h"
#include "types.h"

#include <QSet>

namespace Entente::Suggest {

enum class Tense { None, Future, Past, Report, Present };

struct StateInfo
{
    QString code; // ISO 3166-1 alpha-2
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
    Type type = Verb;
    bool hasStatus = false;
    MeetingStatus status = MeetingStatus::Planned;
    QString kind;
    bool takesTarget = false; // "visit Beijing": the words after it are the place
    QString phrase;
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
    enum Type { Month, Weekday, RelativeDay, RelativeWeek, RelativeMonth, RelativeYear, Part, Season, Vague };
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
    QSet<QString> functionWords; // capitalised words that are never part of a name

    QString sideLabel(int state) const { return state >= 0 ? states[state].label : QString(); }

    int stateIndex(QStringView label) const; // by side label or ISO code; -1 if unknown
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
    void loadFunctionWords();
    QList<QStringList> readTable(const QString& name, int minimumColumns);
    QHash<QString, int> m_stateByCode;
    QHash<QString, int> m_stateByLabel;
};

} // namespace Entente::Suggest
