// The tabs over the shown article. Every open article has a place in the natural order of the file
// names (a1, a2, a10, a100; QCollator's numeric mode), whatever order they were opened in; a tab is
// made for each article the analyst has shown, in that order. A folder of ten thousand articles
// makes no ten thousand tabs (a tab bar lays all its tabs out on each change): Ctrl+Tab and
// Ctrl+PgDown walk the whole order and put a tab up for each article they reach.
// Tabs know their article by index; indexes change when an article closes, and sync() follows.
#pragma once

#include <QCollator>
#include <QList>
#include <QSet>
#include <QTabBar>

#include <unordered_map>

namespace Entente {

class ArticleSet;

class ArticleTabs : public QTabBar
{
    Q_OBJECT
public:
    explicit ArticleTabs(ArticleSet* articles, QWidget* parent = nullptr);
    ~ArticleTabs() override;

    // Follows the open articles (opened, closed or renamed); the shown article stays current, and
    // when it was closed the one after it in the order is.
    void sync();
    int currentArticle() const { return articleAt(currentIndex()); }
    // Shows the article's tab, making it when the article had none.
    void setCurrentArticle(int article);
    int articleAt(int tab) const { return tab >= 0 && tab < m_tabArticles.size() ? m_tabArticles.at(tab) : -1; }
    int tabOf(int article) const { return m_tabArticles.indexOf(article); }
    // The article's place in the natural order of all open articles.
    int rankOf(int article) const { return article >= 0 && article < m_rankOf.size() ? m_rankOf.at(article) : -1; }
    // The article delta places away from the current one in the order, wrapping around.
    void step(int delta);
    // The ● after a changed article's name.
    void setModified(int article, bool modified);
    // Natural-order keys made elsewhere (NaturalOrder::keyOf, by the loader's worker) for files about
    // to open: sync() then only compares them.
    void addSortKeys(const QStringList& paths, const QList<QCollatorSortKey>& keys);

Q_SIGNALS:
    void currentArticleChanged(int article);

private:
    QString label(int article) const;
    int insertTabFor(int article);

    ArticleSet* m_articles;
    QCollator m_collator;
    // By file: made once per article, not on every sync (nodes stay put when the table grows).
    std::unordered_map<QString, QCollatorSortKey> m_keys;
    QList<int> m_byRank; // rank → article
    QList<int> m_rankOf; // article → rank
    QList<int> m_tabArticles; // tab → article, in rank order
    QSet<QString> m_shown; // files of the articles with a tab
    QString m_currentPath; // the current article's file, to find it again after a sync
};

} // namespace Entente
