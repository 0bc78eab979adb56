#include "articletabs.h"

#include "articleset.h"
#include "naturalorder.h"

#include <QFileInfo>

#include <algorithm>
#include <numeric>

namespace Entente {

ArticleTabs::ArticleTabs(ArticleSet* articles, QWidget* parent)
    : QTabBar(parent)
    , m_articles(articles)
    , m_collator(NaturalOrder::collator())
{
    setObjectName(QStringLiteral("articleTabs"));
    setDocumentMode(true);
    setExpanding(false);
    setUsesScrollButtons(true);
    setElideMode(Qt::ElideNone); // whole names, scrolled: elided ones all read "…"
    setTabsClosable(true);
    connect(this, &QTabBar::currentChanged, this, [this](int tab) {
        const int article = articleAt(tab);
        m_currentPath = m_articles->path(article);
        Q_EMIT currentArticleChanged(article);
    });
}

ArticleTabs::~ArticleTabs() = default;

QString ArticleTabs::label(int article) const
{
    const QString name = QFileInfo(m_articles->path(article)).fileName();
    return m_articles->isModified(article) ? name + QStringLiteral(" ●") : name;
}

void ArticleTabs::sync()
{
    const int count = m_articles->count();
    const int oldRank = rankOf(articleAt(currentIndex()));
    // Sort keys are made once per article: n log n comparisons of bytes, not of collated strings.
    if (m_keys.size() > size_t(2 * count + 64))
        m_keys.clear(); // mostly closed articles' keys
    QList<const QCollatorSortKey*> keys;
    keys.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString path = m_articles->path(i);
        auto key = m_keys.find(path);
        if (key == m_keys.end())
            key = m_keys.emplace(path, NaturalOrder::keyOf(m_collator, path)).first;
        keys.append(&key->second);
    }
    m_byRank.resize(count);
    std::iota(m_byRank.begin(), m_byRank.end(), 0);
    std::sort(m_byRank.begin(), m_byRank.end(), [&](int a, int b) {
        const int order = keys.at(a)->compare(*keys.at(b));
        return order != 0 ? order < 0 : m_articles->path(a) < m_articles->path(b);
    });
    m_rankOf.resize(count);
    for (int rank = 0; rank < count; ++rank)
        m_rankOf[m_byRank.at(rank)] = rank;

    int current = m_articles->indexOfPath(m_currentPath);
    if (current < 0 && count > 0) // closed: the one that took its place in the order
        current = m_byRank.at(std::clamp(oldRank, 0, count - 1));
    // The articles with a tab that are still open, in order; they are few (the ones shown).
    QSet<QString> shown;
    QList<int> tabArticles;
    for (const QString& path : std::as_const(m_shown)) {
        if (const int article = m_articles->indexOfPath(path); article >= 0) {
            shown.insert(path);
            tabArticles.append(article);
        }
    }
    if (current >= 0 && !shown.contains(m_articles->path(current))) {
        shown.insert(m_articles->path(current));
        tabArticles.append(current);
    }
    std::sort(tabArticles.begin(), tabArticles.end(), [this](int a, int b) { return m_rankOf.at(a) < m_rankOf.at(b); });
    m_shown = shown;
    m_tabArticles = tabArticles;

    const QSignalBlocker blocker(this);
    while (QTabBar::count() > m_tabArticles.size())
        removeTab(QTabBar::count() - 1);
    for (int tab = 0; tab < m_tabArticles.size(); ++tab) {
        const int article = m_tabArticles.at(tab);
        if (tab >= QTabBar::count())
            addTab(label(article));
        else if (tabText(tab) != label(article))
            setTabText(tab, label(article));
        setTabToolTip(tab, m_articles->path(article));
    }
    setCurrentIndex(tabOf(current));
    m_currentPath = m_articles->path(current);
    setVisible(count > 1);
}

int ArticleTabs::insertTabFor(int article)
{
    const int rank = rankOf(article);
    const auto at = std::lower_bound(m_tabArticles.cbegin(), m_tabArticles.cend(), rank,
        [this](int tabArticle, int r) { return m_rankOf.at(tabArticle) < r; });
    const int tab = int(at - m_tabArticles.cbegin());
    m_tabArticles.insert(tab, article);
    m_shown.insert(m_articles->path(article));
    const QSignalBlocker blocker(this);
    insertTab(tab, label(article));
    setTabToolTip(tab, m_articles->path(article));
    return tab;
}

void ArticleTabs::setCurrentArticle(int article)
{
    if (rankOf(article) < 0)
        return;
    int tab = tabOf(article);
    if (tab < 0)
        tab = insertTabFor(article);
    if (tab == currentIndex()) {
        if (m_currentPath != m_articles->path(article)) { // a tab inserted before the current one
            m_currentPath = m_articles->path(article);
            Q_EMIT currentArticleChanged(article);
        }
        return;
    }
    setCurrentIndex(tab);
}

void ArticleTabs::step(int delta)
{
    const int count = int(m_byRank.size());
    const int rank = rankOf(currentArticle());
    if (count < 2 || rank < 0)
        return;
    setCurrentArticle(m_byRank.at(((rank + delta) % count + count) % count));
}

void ArticleTabs::addSortKeys(const QStringList& paths, const QList<QCollatorSortKey>& keys)
{
    for (qsizetype i = 0; i < paths.size() && i < keys.size(); ++i)
        m_keys.insert_or_assign(paths.at(i), keys.at(i));
}

void ArticleTabs::setModified(int article, bool modified)
{
    Q_UNUSED(modified); // label() reads it from the article
    const int tab = tabOf(article);
    if (tab >= 0)
        setTabText(tab, label(article));
}

} // namespace Entente
