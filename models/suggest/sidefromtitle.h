// The side an official's title names: "US defense official" → USA, "the Chinese Foreign Ministry
// spokesperson" → China. Shown where an actor has no side of its own (network colour and filter,
// inspector hint), always as derived and never written into an article.
//
// Rules (tests/tst_sidefromtitle.cpp has the cases):
// - the text must name an office (a title of resources/suggest/titles.tsv such as ambassador,
//   official, minister, spokesperson, or a government body: ministry, embassy, army, ...), so
//   "Chinese professor" or "Chinese dissident" gives none: nationality is not allegiance;
// - a state after a preposition of destination or subject is the counterpart, not the holder's
//   state: "Ambassador to the United States", "Special Envoy for North Korea" give none;
// - hyphenated compounds are ancestry or a pair, not a side: "Chinese-American professor",
//   "US-China envoy" give none;
// - two different states give none ("French and German ministers").
#pragma once

#include "actorgraph.h"
#include "types.h"

namespace Entente::Suggest {

// The side label (as resources/suggest/states.tsv writes it) the title names; empty when none or unclear.
QString sideFromTitle(QStringView title);

struct ActorSide
{
    QString side;
    bool derived = false; // from the actor's role or name, not its side field
};

// The actor's side field when set; otherwise the side its role, then its name, names.
ActorSide actorSide(const Actor& actor);

// actorSide(actor).side as the domain's graph wants it (ActorGraph::build, the GEXF and GraphML
// exports); each actor's title is read once per function object.
DerivedSide derivedSides();

} // namespace Entente::Suggest
