// The merge the Duplicates dock uses until merges span articles: two actors that every article
// naming the one to go also defines are merged there (DocumentEdits::mergeActors, an undo step per
// article), as the inspector's Merge Into does. Other pairs, and meetings, are refused with a message
// that says why: they need the corpus-wide merge.
#pragma once

#include "types.h"

namespace Entente {

class ArticleSet;

bool mergeWithinArticles(ArticleSet* articles, MarkKind kind, const QString& keepId, const QString& mergeId,
                         QString* error);

} // namespace Entente
