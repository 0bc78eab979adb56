// The main window's menus and actions: File, Edit, Tag, Record, View, Help, and the recent files.
#include "mainwindow.h"
#include "actordictionariesdialog.h"

#include "analysisdocks.h"
#include "annotatededitor.h"
#include "articleviews.h"
#include "corpusstore.h"
#include "exchangemenu.h"
#include "findbar.h"
#include "networkpanel.h"
#include "networkview.h"
#include "recordinspector.h"
#include "suggestionpanel.h"
#include "suggestionreview.h"
#include "tagger.h"

#include <QApplication>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

namespace Entente {

namespace {
constexpr int maxRecentFiles = 10;
} // namespace

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openFiles)
        ->setStatusTip(tr("Open one or more article files"));
    file->addAction(tr("Open &Folder…"), QKeySequence(tr("Ctrl+Shift+O")), this, &MainWindow::openFolder)
        ->setStatusTip(tr("Open every article file in a folder and its subfolders"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, [this] { save(currentArticle()); })
        ->setStatusTip(tr("Save the shown article"));
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, [this] { saveAs(currentArticle()); });
    QAction* closeArticleAction = file->addAction(tr("&Close Article"), this, [this] { closeArticle(currentArticle()); });
    // Ctrl+W everywhere, not only where the platform's Close key is Ctrl+W.
    closeArticleAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::CTRL | Qt::Key_F4) });
    closeArticleAction->setStatusTip(tr("Close the shown article (asks first when it has unsaved changes)"));
    file->addAction(tr("Export &Plain Text…"), QKeySequence(tr("Ctrl+Shift+E")), this, &MainWindow::exportPlainText)
        ->setStatusTip(tr("Save the article's words without any markup"));
    m_analysis->addExportActions(file);
    ExchangeMenu::addActions(file, m_store, this, [this] { return m_analysis->network()->view()->filter(); },
        [this](const QStringList& files) { startOpening(files); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("&Undo"), QKeySequence::Undo, m_views, &ArticleViews::undo);
    edit->addAction(tr("&Redo"), QKeySequence::Redo, m_views, &ArticleViews::redo);
    edit->addSeparator();
    edit->addAction(tr("Cu&t"), QKeySequence::Cut, m_views, &ArticleViews::cut);
    edit->addAction(tr("&Copy"), QKeySequence::Copy, m_views, &ArticleViews::copy);
    edit->addAction(tr("&Paste"), QKeySequence::Paste, m_views, &ArticleViews::paste);
    edit->addSeparator();
    edit->addAction(tr("&Find…"), QKeySequence::Find, m_findBar, &FindBar::activate);
    edit->addAction(tr("Find &Next"), QKeySequence::FindNext, this, [this] { m_findBar->find(false); });
    edit->addAction(tr("Find Pre&vious"), QKeySequence::FindPrevious, this, [this] { m_findBar->find(true); });
    edit->addAction(tr("Find in &All Articles…"), QKeySequence(tr("Ctrl+Shift+F")), this, &MainWindow::findInAllArticles)
        ->setStatusTip(tr("Find words in every open article and list where they are"));

    menuBar()->addMenu(m_tagger->menu());
    m_tagger->menu()->addSeparator();
    m_tagger->menu()->addActions(m_suggestionPanel->actions());
    m_suggestOnOpen = m_tagger->menu()->addAction(tr("Suggest on &Opening Raw Articles"));
    m_suggestOnOpen->setCheckable(true);
    m_suggestOnOpen->setChecked(QSettings().value(QStringLiteral("suggest/onOpen"), true).toBool());
    m_suggestOnOpen->setStatusTip(tr("Run the pre-tagger when an article without any marks is shown"));
    connect(m_suggestOnOpen, &QAction::toggled, this, [](bool on) { QSettings().setValue(QStringLiteral("suggest/onOpen"), on); });
    createRecordMenu();
    m_editor->setContextMenuExtras(m_tagger->menu());
    QToolBar* tagBar = addToolBar(tr("Tagging"));
    tagBar->setObjectName(QStringLiteral("TaggingToolBar"));
    tagBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_tagger->addToToolBar(tagBar);
    connect(m_tagger, &Tagger::message, this, [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    connect(m_tagger, &Tagger::newMeetingRequested, this, [this](int article, int start, int end, const Meeting& prefill) {
        m_inspector->startNewMeeting(article, start, end, prefill);
        showInspector();
    });
    connect(m_tagger, &Tagger::newIssueRequested, this, [this](int article, int start, int end, const Issue& prefill) {
        m_inspector->startNewIssue(article, start, end, prefill);
        showInspector();
    });
    menuBar()->addMenu(tr("&Settings"))->addAction(ActorDictionariesDialog::createAction(m_suggestions->knowledge(), this));
    menuBar()->addMenu(m_viewMenu);
    m_viewMenu->addSeparator();
    m_views->addToMenu(m_viewMenu);
    m_viewMenu->addAction(tagBar->toggleViewAction());
    m_viewMenu->addSeparator();
    addArticleActions(m_viewMenu);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    addHelpActions(help);
    help->addAction(tr("&About Entente"), this, [this] {
        QMessageBox::about(this, tr("About Entente"),
            tr("<h3>Entente %1</h3><p>Who met whom, when and where, and which issues stay open: "
               "a relationship tracker for analysts.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

// Corrections that concern a whole record rather than one field; they act on the current record
// (the one selected in any list, view or the text) through the inspector.
void MainWindow::createRecordMenu()
{
    QMenu* record = menuBar()->addMenu(tr("&Record"));
    // Shows and focuses the inspector, never hides it: a toggle could hide the form a key then went into.
    record->addAction(tr("&Inspect"), QKeySequence(tr("Ctrl+I")), this, &MainWindow::showInspector)
        ->setStatusTip(tr("Show the selected actor, meeting or issue in the inspector"));
    record->addAction(tr("&Rename Id…"), QKeySequence(Qt::Key_F2), this, [this] {
        const RecordRef current = m_store->current();
        if (!current.isValid())
            return statusBar()->showMessage(tr("Select an actor, meeting or issue first."), 6000);
        bool ok = false;
        const QString id = QInputDialog::getText(this, tr("Rename Id"),
            tr("New id for “%1” (letters, digits, '-', '_' or '.'); marks and meetings follow in every open "
               "article:").arg(current.id),
            QLineEdit::Normal, current.id, &ok);
        QString error;
        if (ok && id != current.id && !m_inspector->renameCurrent(id, &error))
            QMessageBox::warning(this, tr("Not renamed"), error);
    });
    record->addAction(tr("&Merge Actor Into…"), this, [this] {
        const RecordRef current = m_store->current();
        if (current.kind != MarkKind::Actor || !current.isValid())
            return statusBar()->showMessage(tr("Select the actor to merge first."), 6000);
        QStringList names;
        QStringList ids;
        for (const Actor& actor : m_store->corpus().actors) {
            if (actor.id != current.id) {
                names.append(tr("%1 (%2)").arg(actor.name, actor.id));
                ids.append(actor.id);
            }
        }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Merge Actor"),
            tr("Merge “%1” into (its aliases, marks and meetings move there):").arg(m_store->corpus().actorName(current.id)),
            names, 0, false, &ok);
        if (ok && names.contains(chosen))
            m_inspector->mergeCurrentActorInto(ids.at(names.indexOf(chosen)));
    })->setStatusTip(tr("Two records for the same actor: keep one, with the other's aliases, marks and meetings"));
    record->addAction(tr("&Delete Record…"), QKeySequence(tr("Ctrl+Shift+Del")), this, [this] {
        if (m_store->current().isValid())
            m_inspector->deleteCurrent();
    })->setStatusTip(tr("Delete the selected record and its marks; the article's words stay"));
}

void MainWindow::addRecentFile(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QStringLiteral("recentFiles"), recent.mid(0, maxRecentFiles));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString& path : recent)
        m_recentMenu->addAction(path, this, [this, path] { startOpening({ path }); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace Entente
