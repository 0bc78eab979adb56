#include "articletabs.h"

#include "articleset.h"

#include <QCollator>
#include <QFileInfo>

#include <algorithm>
#include <numeric>

namespace Entente {

ArticleTabs::ArticleTabs(ArticleSet* articles, QWidget* parent)
    : QTabBar(parent)
    , m_articles(articles)
{
    setObjectName(QStringLiteral("articleTabs"));
    setDocumentMode(true);
    setExpanding(false);
    setUsesScrollButtons(true);
    setElideMode(Qt::ElideNone); // whole names, scrolled: elided ones all read "…"
    connect(this, &QTabBar::currentChanged, this, [this](int tab) {
        const int article = articleAt(tab);
        m_currentPath = m_articles->path(article);
        Q_EMIT currentArticleChanged(article);
    });
}

ArticleTabs::~ArticleTabs() = default;

QString ArticleTabs::label(int article, bool modified) const
{
    const QString name = QFileInfo(m_articles->path(article)).fileName();
    return modified ? name + QStringLiteral(" ●") : name;
}

void ArticleTabs::sync()
{
    const int count = m_articles->count();
    const int oldTab = currentIndex();
    // Sort keys are made once per article: n log n comparisons of bytes, not of collated strings.
    // The C locale compares code points, numbers digit by digit: natural order needs a language.
    QCollator collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale());
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QList<QCollatorSortKey> keys;
    keys.reserve(count);
    for (int i = 0; i < count; ++i)
        keys.append(collator.sortKey(QFileInfo(m_articles->path(i)).fileName()));
    m_articleOf.resize(count);
    std::iota(m_articleOf.begin(), m_articleOf.end(), 0);
    std::stable_sort(m_articleOf.begin(), m_articleOf.end(), [&](int a, int b) {
        const int order = keys.at(a).compare(keys.at(b));
        return order != 0 ? order < 0 : m_articles->path(a) < m_articles->path(b);
    });
    m_tabOf.resize(count);
    for (int tab = 0; tab < count; ++tab)
        m_tabOf[m_articleOf.at(tab)] = tab;

    const QSignalBlocker blocker(this);
    // A visible tab bar lays its tabs out again on each change: hidden, thousands change at once.
    setVisible(false);
    while (QTabBar::count() > count)
        removeTab(QTabBar::count() - 1);
    for (int tab = 0; tab < count; ++tab) {
        const int article = m_articleOf.at(tab);
        const QString text = label(article, m_articles->isModified(article));
        if (tab >= QTabBar::count())
            addTab(text);
        else if (tabText(tab) != text)
            setTabText(tab, text);
        setTabToolTip(tab, m_articles->path(article));
    }
    int current = m_articles->indexOfPath(m_currentPath);
    if (current < 0 && count > 0)
        current = articleAt(std::clamp(oldTab, 0, count - 1));
    setCurrentIndex(tabOf(current));
    m_currentPath = m_articles->path(current);
    setVisible(count > 1);
}

void ArticleTabs::setCurrentArticle(int article)
{
    const int tab = tabOf(article);
    if (tab >= 0)
        setCurrentIndex(tab);
}

void ArticleTabs::step(int delta)
{
    const int count = QTabBar::count();
    if (count < 2)
        return;
    setCurrentIndex(((currentIndex() + delta) % count + count) % count);
}

void ArticleTabs::setModified(int article, bool modified)
{
    const int tab = tabOf(article);
    if (tab >= 0)
        setTabText(tab, label(article, modified));
}

} // namespace Entente
