// The banner under the tabs that tells the analyst the shown article's file was changed or removed
// by another program, with Reload and Keep My Version; and the question before saving over such a
// change.
#pragma once

#include "messagebanner.h"

class QAction;

namespace Entente {

class ArticleSet;
class DiskWatcher;

class DiskChangeBanner : public MessageBanner
{
    Q_OBJECT
public:
    explicit DiskChangeBanner(ArticleSet* articles, DiskWatcher* watcher, QWidget* parent = nullptr);
    ~DiskChangeBanner() override;

    void setCurrentArticle(int index);
    QAction* reloadAction() const { return m_reload; }
    QAction* keepAction() const { return m_keep; }
    // Before saving: if another program changed the file since Entente loaded it, asks whether to
    // overwrite it. Returns whether saving may go on.
    bool confirmOverwrite(int index);

private:
    void refresh();

    ArticleSet* m_articles;
    DiskWatcher* m_watcher;
    QAction* m_reload;
    QAction* m_keep;
    int m_current = -1;
};

} // namespace Entente
