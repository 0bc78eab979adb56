#include "duplicatemerge.h"

#include "articleset.h"
#include "corpusstore.h"

#include <QCoreApplication>

namespace Entente {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::DuplicateMerge)
};

bool mentions(const Document& document, const QString& id)
{
    if (document.actorIndex(id) >= 0 || !document.markIndexesFor(MarkKind::Actor, id).isEmpty())
        return true;
    return std::any_of(document.meetings.begin(), document.meetings.end(),
                       [&](const Meeting& meeting) { return meeting.participants.contains(id); });
}

} // namespace

bool mergeWithinArticles(ArticleSet* articles, MarkKind kind, const QString& keepId, const QString& mergeId,
                         QString* error)
{
    if (kind != MarkKind::Actor) {
        *error = Text::tr(
            "Meetings reported by several articles are merged by the corpus-wide merge, which is not "
            "available here yet.");
        return false;
    }
    articles->flush();
    QList<int> targets;
    for (int index = 0; index < articles->count(); ++index) {
        const Document& document = articles->document(index);
        if (!mentions(document, mergeId))
            continue;
        if (document.actorIndex(keepId) < 0 || document.actorIndex(mergeId) < 0) {
            *error = Text::tr("“%1” and “%2” are defined in different articles (%3 names only one of them): "
                              "merging them needs the corpus-wide merge.")
                         .arg(mergeId, keepId, document.fileName);
            return false;
        }
        targets.append(index);
    }
    if (targets.isEmpty()) {
        *error = Text::tr("No open article names “%1”.").arg(mergeId);
        return false;
    }
    for (const int index : std::as_const(targets)) {
        if (!articles->applyEdits(
                index, DocumentEdits::mergeActors(articles->document(index), mergeId, keepId), error))
            return false;
    }
    return true;
}

} // namespace Entente
