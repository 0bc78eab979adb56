// The tabs over the shown article: one per open article in the natural order of their file names
// (a1, a2, a10, a100; QCollator's numeric mode), whatever order they were opened in. A tab knows its
// article by index; the indexes change when an article closes, the tabs follow on sync().
#pragma once

#include <QList>
#include <QTabBar>

namespace Entente {

class ArticleSet;

class ArticleTabs : public QTabBar
{
    Q_OBJECT
public:
    explicit ArticleTabs(ArticleSet* articles, QWidget* parent = nullptr);
    ~ArticleTabs() override;

    // Follows the open articles (opened, closed or renamed); the shown article stays current, and
    // when it was closed the one that took its place in the order does.
    void sync();
    int currentArticle() const { return articleAt(currentIndex()); }
    void setCurrentArticle(int article);
    int articleAt(int tab) const { return tab >= 0 && tab < m_articleOf.size() ? m_articleOf.at(tab) : -1; }
    int tabOf(int article) const { return article >= 0 && article < m_tabOf.size() ? m_tabOf.at(article) : -1; }
    // The article delta tabs away from the current one, wrapping around (Ctrl+Tab, Ctrl+PgDown).
    void step(int delta);
    // The ● after a changed article's name.
    void setModified(int article, bool modified);

Q_SIGNALS:
    void currentArticleChanged(int article);

private:
    QString label(int article, bool modified) const;

    ArticleSet* m_articles;
    QList<int> m_articleOf; // tab → article
    QList<int> m_tabOf; // article → tab
    QString m_currentPath; // the current article's file, to find it again after a sync
};

} // namespace Entente
