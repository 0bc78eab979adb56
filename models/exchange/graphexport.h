// The actor network for graph tools: GEXF 1.3 (Gephi; each meeting a dated spell of its edges, so
// the timeline plays it) and GraphML (igraph, NetworkX, yEd, Cytoscape). Nodes carry name, kind,
// side and role; edges the number of meetings as weight, the meetings' ids and their first and last
// days. See docs/data-formats.md. An actor without a side gets the one its title names when the
// caller gives `derivedSide` (the suggester's), marked side_derived as in the network view.
#pragma once

#include "actorgraph.h"
#include "exchangefilter.h"

#include <QByteArray>

namespace Entente::Exchange::GraphExport {

QByteArray gexf(const Corpus& corpus, const Filter& filter, const DerivedSide& derivedSide = {});
QByteArray graphml(const Corpus& corpus, const Filter& filter, const DerivedSide& derivedSide = {});

} // namespace Entente::Exchange::GraphExport
