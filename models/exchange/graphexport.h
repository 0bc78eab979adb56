// The actor network for graph tools: GEXF 1.3 (Gephi; each meeting a dated spell of its edges, so
// the timeline plays it) and GraphML (igraph, NetworkX, yEd, Cytoscape). Nodes carry name, kind,
// side and role; edges the number of meetings as weight, the meetings' ids and their first and last
// days. See docs/data-formats.md.
#pragma once

#include "exchangefilter.h"

#include <QByteArray>

namespace Entente::Exchange::GraphExport {

QByteArray gexf(const Corpus& corpus, const Filter& filter);
QByteArray graphml(const Corpus& corpus, const Filter& filter);

} // namespace Entente::Exchange::GraphExport
