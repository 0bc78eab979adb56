// The main window's article navigation (next, previous, close), Find in All Articles, dropped files,
// keyboard routing and the Help menu's shortcuts list and manual.
#include "mainwindow.h"

#include "analysisdocks.h"
#include "annotatededitor.h"
#include "articletabs.h"
#include "articleviews.h"
#include "autosaver.h"
#include "corpusstore.h"
#include "diskchangebanner.h"
#include "filedrops.h"
#include "findallpanel.h"
#include "keyboardrouting.h"
#include "readingdocument.h"
#include "readingview.h"
#include "selectionlink.h"
#include "shortcutsdialog.h"
#include "suggestionreview.h"
#include "tagger.h"
#include "usermanual.h"

#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextDocumentLayout>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextDocument>

namespace Entente {

void MainWindow::createFindAllDock()
{
    m_findAll = new FindAllPanel(m_store, this);
    m_findAllDock = new QDockWidget(tr("Find in All Articles"), this);
    m_findAllDock->setObjectName(QStringLiteral("FindAllDock"));
    m_findAllDock->setWidget(m_findAll);
    addDockWidget(Qt::BottomDockWidgetArea, m_findAllDock);
    tabifyDockWidget(m_problemsDock, m_findAllDock);
    m_problemsDock->raise();
    connect(m_findAll, &FindAllPanel::hitActivated, this, &MainWindow::showHit);

    // Files and folders dropped anywhere on the window, the article views included, open.
    auto* drops = new FileDrops(this, [this](const QStringList& paths) { startOpening(paths); });
    drops->watch(m_editor->viewport());
    drops->watch(m_views->readingView()->viewport());
    new KeyboardRouting(this);
}

void MainWindow::sizeFirstDocks()
{
    // The article gets the most room: the records on the left a fifth, the docks on the right a third.
    resizeDocks({ m_actorsDock, m_inspectorDock }, { width() / 5, width() * 34 / 100 }, Qt::Horizontal);
    resizeDocks({ m_inspectorDock, m_analysis->docks().constFirst() }, { height() * 45 / 100, height() * 55 / 100 },
        Qt::Vertical);
    resizeDocks({ m_problemsDock }, { height() / 7 }, Qt::Vertical);
}

void MainWindow::findInAllArticles()
{
    QString selected;
    if (m_views->isShowingMarkup())
        selected = m_editor->textCursor().selectedText();
    else
        selected = m_views->readingView()->textCursor().selectedText();
    m_findAllDock->show();
    m_findAllDock->raise();
    m_findAll->activate(selected);
}

void MainWindow::showHit(const QString& fileName, int start, int end)
{
    const int article = m_articles->indexOfPath(fileName);
    if (article < 0)
        return statusBar()->showMessage(tr("%1 is no longer open.").arg(QFileInfo(fileName).fileName()), 6000);
    showArticle(article);
    const int length = m_editor->document()->characterCount() - 1;
    const int from = std::clamp(start, 0, length);
    const int to = std::clamp(end, from, length);
    m_views->reveal(from);
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor); // the reading view follows with the same words selected
    m_editor->ensureCursorVisible();
}

void MainWindow::addArticleActions(QMenu* view)
{
    QAction* next = view->addAction(tr("&Next Article"), this, [this] { m_tabs->step(1); });
    next->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_Tab) });
    next->setStatusTip(tr("Show the article of the next tab"));
    QAction* previous = view->addAction(tr("&Previous Article"), this, [this] { m_tabs->step(-1); });
    previous->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab) });
    previous->setStatusTip(tr("Show the article of the previous tab"));
}

void MainWindow::addHelpActions(QMenu* help)
{
    help->addAction(tr("&User Manual"), QKeySequence::HelpContents, this, [this] { UserManual::open(this); })
        ->setStatusTip(tr("An analyst's day with Entente, step by step"));
    help->addAction(tr("&Keyboard Shortcuts"), QKeySequence(tr("Ctrl+/")), this, [this] {
        auto* dialog = new ShortcutsDialog(this, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    })->setStatusTip(tr("Every keyboard shortcut of the window, with a filter"));
    help->addSeparator();
}

bool MainWindow::closeArticle(int index)
{
    if (index < 0 || index >= m_articles->count())
        return false;
    if (m_articles->isModified(index)) {
        showArticle(index);
        const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
            tr("%1 has changes that are not saved. Save them before closing it?")
                .arg(QFileInfo(m_articles->path(index)).fileName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save(index)))
            return false;
    }
    if (index == currentArticle())
        showNoArticle(); // the views let go of the text before it goes
    m_articles->close(index);
    return true;
}

void MainWindow::showNoArticle()
{
    if (!m_blank) {
        m_blank = new QTextDocument(this);
        m_blank->setDocumentLayout(new QPlainTextDocumentLayout(m_blank));
    }
    m_editor->setDocument(m_blank);
    m_editor->setReadOnly(true);
    m_link->setCurrentArticle(-1);
    m_tagger->setCurrentArticle(-1);
    m_suggestions->setCurrentArticle(-1);
    m_views->setCurrentArticle(-1);
    m_diskBanner->setCurrentArticle(-1);
    m_readOnlyBanner->setVisible(false);
    updateTitle();
}

} // namespace Entente
