// Whether two actors of a corpus are likely one: every way each is written (its names and aliases in
// every article that defines it, and its id) compared after normalising (namenormaliser.h), with
// their kinds and sides. Different known sides, or one family name with different given names ("Joe
// Biden" and "Hunter Biden"), mean two actors whatever else matches.
#pragma once

#include "corpus.h"
#include "namenormaliser.h"

#include <functional>

namespace Entente::Duplicates {

struct ActorProfile
{
    int row = -1; // in Corpus::actors
    QString id;
    QString name;
    ActorKind kind = ActorKind::Person;
    QString side; // as written in the first definition that gives one
    QSet<QString> sides; // folded, from every definition
    QSet<QString> roles; // folded
    QList<Names::NameForm> forms; // distinct ways of writing it
    QList<int> documents; // indexes of the documents that define it, in order
    int meetings = 0;

    bool isPerson() const { return kind == ActorKind::Person; }
};

// Profiles of every actor of the corpus, in row order; empty when cancelled() said so.
QList<ActorProfile> actorProfiles(const Corpus& corpus, const std::function<bool()>& cancelled = {},
                                  const Names::Tables& tables = Names::Tables::shipped());

// What made two names match, strongest first.
enum class NameEvidence {
    None,
    SameName, // written the same (case aside)
    SameNormalised, // the same once accents, punctuation, titles and particles are set aside
    Variant, // a nickname or another spelling of a part ("Tony"/"Antony", "Sergey"/"Sergei")
    Reordered, // the same parts in another order ("Yi Wang"/"Wang Yi")
    MoreParts, // one has all the other's parts and more ("Antony J. Blinken"/"Antony Blinken")
    Initial, // the family name, and initials that fit ("J. Biden"/"Joe Biden")
    Initials, // an organisation and its initials ("USAF"/"United States Air Force")
    PartOf, // an organisation's name within the other's ("China Eastern"/"China Eastern Airlines")
    FamilyName, // one is the other's family name ("Blinken"/"Antony Blinken")
    FirstPart, // one is the other's first part ("Wang"/"Wang Yi")
};

struct ActorMatch
{
    double score = 0; // 0..1
    bool different = false; // known to be two actors: never propose them, never group them
    NameEvidence evidence = NameEvidence::None;
    int formA = -1; // the forms that matched best, in a.forms and b.forms
    int formB = -1;
    bool sameSide = false;
};

ActorMatch compareActors(const ActorProfile& a, const ActorProfile& b);
// The translated reason shown with a proposal ("“Tony Blinken” and “Antony Blinken” are the same name:
// tony is another form of antony; both USA").
QString describe(const ActorMatch& match, const ActorProfile& a, const ActorProfile& b);

} // namespace Entente::Duplicates
