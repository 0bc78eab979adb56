#include "diskchangebanner.h"

#include "articleset.h"
#include "diskwatcher.h"

#include <QAction>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace Entente {

DiskChangeBanner::DiskChangeBanner(ArticleSet* articles, DiskWatcher* watcher, QWidget* parent)
    : MessageBanner(parent)
    , m_articles(articles)
    , m_watcher(watcher)
    , m_reload(new QAction(tr("&Reload"), this))
    , m_keep(new QAction(tr("&Keep My Version"), this))
{
    setObjectName(QStringLiteral("DiskChangeBanner"));
    m_reload->setToolTip(tr("Show the file as it is on disk now; Undo brings your text back"));
    m_keep->setToolTip(tr("Keep your text; saving will overwrite the file"));
    addAction(m_reload);
    addAction(m_keep);
    setVisible(false);
    connect(m_reload, &QAction::triggered, this, [this] {
        QString error;
        if (!m_watcher->reload(m_current, &error)) {
            setType(Type::Error);
            setText(error);
            return;
        }
        refresh();
    });
    connect(m_keep, &QAction::triggered, this, [this] {
        m_watcher->keep(m_current);
        refresh();
    });
    const auto changed = [this](int index) {
        if (index == m_current)
            refresh();
    };
    connect(m_watcher, &DiskWatcher::changedOnDisk, this, changed);
    connect(m_watcher, &DiskWatcher::removedFromDisk, this, changed);
    connect(m_articles, &ArticleSet::saved, this, changed);
    connect(m_articles, &ArticleSet::articlesChanged, this, [this] {
        if (m_current >= m_articles->count())
            setCurrentArticle(-1); // closed
    });
}

DiskChangeBanner::~DiskChangeBanner() = default;

void DiskChangeBanner::setCurrentArticle(int index)
{
    m_current = index;
    refresh();
}

void DiskChangeBanner::refresh()
{
    const QString name = QFileInfo(m_articles->path(m_current)).fileName();
    if (m_watcher->hasUnseenDiskChange(m_current)) {
        setType(Type::Warning);
        setText(m_articles->isModified(m_current)
                ? tr("%1 was changed on disk by another program. Reload shows the file and puts your "
                     "unsaved changes in the undo history; Keep My Version lets Save overwrite the file.")
                      .arg(name)
                : tr("%1 was changed on disk by another program.").arg(name));
        m_reload->setVisible(true);
        m_keep->setVisible(true);
        show();
    } else if (m_watcher->isRemovedFromDisk(m_current)) {
        setType(Type::Information);
        setText(tr("%1 was deleted or moved on disk. Save writes it again.").arg(name));
        m_reload->setVisible(false);
        m_keep->setVisible(false);
        show();
    } else {
        hide();
    }
}

bool DiskChangeBanner::confirmOverwrite(int index)
{
    if (!m_watcher->changedSinceLoad(index))
        return true;
    QMessageBox box(QMessageBox::Warning, tr("File Changed on Disk"),
        tr("%1 was changed on disk since you opened it.").arg(QFileInfo(m_articles->path(index)).fileName()),
        QMessageBox::Cancel, parentWidget());
    box.setInformativeText(tr("Saving replaces the other program's changes with your version."));
    QPushButton* overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
    overwrite->setObjectName(QStringLiteral("overwrite"));
    box.button(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancel"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != overwrite)
        return false;
    m_watcher->keep(index);
    if (index == m_current)
        refresh();
    return true;
}

} // namespace Entente
