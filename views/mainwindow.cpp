#include "mainwindow.h"

#include "actormodel.h"
#include "analysisdocks.h"
#include "articleloader.h"
#include "annotatededitor.h"
#include "articleset.h"
#include "articletabs.h"
#include "articleviews.h"
#include "cachediconstyle.h"
#include "autosavebanner.h"
#include "autosaver.h"
#include "corpusstore.h"
#include "diskchangebanner.h"
#include "diskwatcher.h"
#include "corpuseditor.h"
#include "duplicatespanel.h"
#include "findbar.h"
#include "issuemodel.h"
#include "meetingmodel.h"
#include "problemmodel.h"
#include "safefile.h"
#include "recordinspector.h"
#include "recordpanel.h"
#include "recoveryprompt.h"
#include "selectionlink.h"
#include "actordictionariesdialog.h"
#include "suggestionpanel.h"
#include "suggestionreview.h"
#include "statushistorymodel.h"
#include "tagger.h"
#include "txtsavechoice.h"
#include "windowlayout.h"

#include <QApplication>
#include <QScreen>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QToolButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QTabBar>
#include <QTableView>
#include <QTextBlock>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Entente {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_store(new CorpusStore(this))
    , m_articles(new ArticleSet(m_store, this))
    , m_actorModel(new ActorModel(m_store, this))
    , m_meetingModel(new MeetingModel(m_store, this))
    , m_issueModel(new IssueModel(m_store, this))
    , m_historyModel(new StatusHistoryModel(m_store, this))
    , m_problemModel(new ProblemModel(m_store, this))
    , m_editor(new AnnotatedEditor(this))
    , m_findBar(new FindBar(m_editor, this))
    , m_tabs(new ArticleTabs(m_articles, this))
    , m_readOnlyBanner(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_link(new SelectionLink(m_store, m_articles, m_editor, this))
    , m_tagger(new Tagger(m_store, m_articles, m_editor, this))
    , m_loader(new ArticleLoader(m_articles, this))
    , m_loadBar(new QProgressBar(this))
    , m_loadCancel(new QToolButton(this))
{
    CachedIconStyle::install(); // before the docks are made
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/entente/icons/entente.svg")));
    m_editor->setPlaceholderText(tr("Open an article with File ▸ Open (Ctrl+O), or a whole folder (Ctrl+Shift+O)."));
    m_editor->setReadOnly(true);
    m_tabs->setVisible(false);
    m_readOnlyBanner->setText(tr("This file is read-only: you can read and select, but not change it. "
                                 "Use File ▸ Save As to keep an editable copy."));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setAutoFillBackground(true);
    m_readOnlyBanner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; padding: 4px; }"));
    m_readOnlyBanner->setVisible(false);
    m_findBar->setVisible(false);
    m_views = new ArticleViews(m_store, m_editor, this);
    m_views->setFindBar(m_findBar);
    m_views->setCorpusEditor(m_articles->corpusEditor());
    connect(m_views, &ArticleViews::message, this, [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    m_txtSave = new TxtSaveChoice(this, this);
    m_autoSaver = new AutoSaver(m_articles, this);
    m_autosaveBanner = new AutosaveBanner(m_autoSaver, this);
    m_diskWatcher = new DiskWatcher(m_articles, this);
    m_diskBanner = new DiskChangeBanner(m_articles, m_diskWatcher, this);
    // A change across articles leaves alone the files changed on disk: the analyst decides first.
    m_articles->corpusEditor()->setSkipReason([this](int index) {
        if (m_diskWatcher->isRemovedFromDisk(index))
            return tr("removed from disk");
        return m_diskWatcher->hasUnseenDiskChange(index) || m_diskWatcher->changedSinceLoad(index)
            ? tr("changed on disk")
            : QString();
    });
    connect(m_articles->corpusEditor(), &CorpusEditor::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 15000); });

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tabs);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(m_diskBanner);
    layout->addWidget(m_autosaveBanner);
    layout->addWidget(m_views, 1);
    layout->addWidget(m_findBar);
    setCentralWidget(central);

    createDocks();
    createActions();
    statusBar()->addPermanentWidget(m_counts);
    // Opening runs in the background: its progress and Cancel sit in the status bar.
    m_loadBar->setMaximumWidth(200);
    m_loadBar->setVisible(false);
    m_loadCancel->setText(tr("Cancel"));
    m_loadCancel->setToolTip(tr("Stop opening; the articles read so far stay open"));
    m_loadCancel->setVisible(false);
    statusBar()->addPermanentWidget(m_loadBar);
    statusBar()->addPermanentWidget(m_loadCancel);
    connect(m_loadCancel, &QToolButton::clicked, m_loader, &ArticleLoader::cancel);
    connect(m_loader, &ArticleLoader::started, this, &MainWindow::loadingStarted);
    connect(m_loader, &ArticleLoader::progress, this, &MainWindow::loadingProgress);
    connect(m_loader, &ArticleLoader::finished, this, &MainWindow::loadingFinished);
    // Laying out and highlighting the article to show is a turn of its own, apart from showing it.
    connect(m_loader, &ArticleLoader::aboutToFinish, this, [this] { m_articles->textDocument(firstOpenedArticle()); });
    connect(m_loader, &ArticleLoader::skipped, this, &MainWindow::listSkippedFiles);
    connect(m_loader, &ArticleLoader::sortKeysReady, m_tabs, &ArticleTabs::addSortKeys);

    connect(m_tabs, &ArticleTabs::currentArticleChanged, this, &MainWindow::showArticle);
    connect(m_articles, &ArticleSet::articlesChanged, this, &MainWindow::refreshArticles);
    connect(m_articles, &ArticleSet::modificationChanged, this, [this](int index, bool modified) {
        m_tabs->setModified(index, modified);
        updateTitle();
    });
    connect(m_link, &SelectionLink::articleRequested, m_tabs, &ArticleTabs::setCurrentArticle);
    connect(m_tabs, &QTabBar::tabCloseRequested, this, [this](int tab) { closeArticle(m_tabs->articleAt(tab)); });
    connect(m_store, &CorpusStore::corpusReset, this, &MainWindow::refreshStatus);
    connect(m_store, &CorpusStore::corpusUpdated, this, &MainWindow::refreshStatus);
    connect(m_store, &CorpusStore::currentChanged, this, [this](const RecordRef& ref) {
        if (ref.kind == MarkKind::Issue)
            m_historyModel->setIssueId(ref.id);
    });

    m_firstStart = !WindowLayout::restore(this);
    m_views->setShowingMarkup(QSettings().value(QStringLiteral("window/showMarkup"), false).toBool());
    updateRecentMenu();
    refreshStatus();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    const auto dock = [this](const QString& title, const QString& name, QWidget* content, Qt::DockWidgetArea area) {
        auto* widget = new QDockWidget(title, this);
        widget->setObjectName(name);
        widget->setWidget(content);
        addDockWidget(area, widget);
        return widget;
    };
    m_actorPanel = new RecordPanel(m_actorModel, tr("Filter actors"), this);
    m_meetingPanel = new RecordPanel(m_meetingModel, tr("Filter meetings"), this);
    m_issuePanel = new RecordPanel(m_issueModel, tr("Filter issues"), this);
    m_historyView = new QTableView(this);
    m_historyView->setModel(m_historyModel);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setToolTip(tr("The selected issue's status over time; click a row to see its evidence in the text"));
    connect(m_historyView, &QTableView::clicked, this, [this](const QModelIndex& index) {
        const int start = index.data(StatusHistoryModel::SpanStartRole).toInt();
        const int end = index.data(StatusHistoryModel::SpanEndRole).toInt();
        const int article = m_store->corpus().documentIndex(index.data(StatusHistoryModel::OriginFileRole).toString());
        if (article >= 0 && start >= 0 && end > start) {
            m_tabs->setCurrentArticle(article);
            m_editor->showSpan(start, end);
        }
    });
    auto* issues = new QSplitter(Qt::Vertical, this);
    issues->addWidget(m_issuePanel);
    issues->addWidget(m_historyView);

    m_link->addPanel(MarkKind::Actor, m_actorPanel);
    m_link->addPanel(MarkKind::Meeting, m_meetingPanel);
    m_link->addPanel(MarkKind::Issue, m_issuePanel);

    m_problems = new QListView(this);
    m_problems->setModel(m_problemModel);
    m_problems->setUniformItemSizes(true); // thousands of problems lay out without measuring each
    m_problems->setToolTip(tr("Problems found in the open articles; double-click one to go to it"));
    connect(m_problems, &QListView::activated, this, [this](const QModelIndex& index) { jumpToProblem(index.row()); });

    // Records on the left, views on the right, problems under the text: each gets the full height.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    QDockWidget* actors = dock(tr("Actors"), QStringLiteral("ActorsDock"), m_actorPanel, Qt::LeftDockWidgetArea);
    m_actorsDock = actors;
    QDockWidget* meetings = dock(tr("Meetings"), QStringLiteral("MeetingsDock"), m_meetingPanel, Qt::LeftDockWidgetArea);
    QDockWidget* issueDock = dock(tr("Issues"), QStringLiteral("IssuesDock"), issues, Qt::LeftDockWidgetArea);
    QDockWidget* problems = dock(tr("Problems"), QStringLiteral("ProblemsDock"), m_problems, Qt::BottomDockWidgetArea);
    m_problemsDock = problems;
    createFindAllDock();
    m_inspector = new RecordInspector(m_store, m_articles, this);
    m_inspectorDock = dock(tr("Inspector"), QStringLiteral("InspectorDock"), m_inspector, Qt::RightDockWidgetArea);
    m_suggestions = new SuggestionReview(m_store, m_articles, m_editor, this);
    m_suggestionPanel = new SuggestionPanel(m_suggestions, this);
    m_suggestionDock = dock(tr("Suggestions"), QStringLiteral("SuggestionsDock"), m_suggestionPanel, Qt::RightDockWidgetArea);
    tabifyDockWidget(m_inspectorDock, m_suggestionDock);
    // Duplicates: accepting merges across every open article that uses the id, as one undo step.
    auto* duplicates = new DuplicatesPanel(m_store, this);
    QDockWidget* duplicatesDock = dock(tr("Duplicates"), QStringLiteral("DuplicatesDock"), duplicates, Qt::RightDockWidgetArea);
    tabifyDockWidget(m_suggestionDock, duplicatesDock);
    connect(duplicates, &DuplicatesPanel::mergeRequested, this, [this, duplicates](MarkKind kind, const QString& keep, const QString& merge) {
        QString error;
        const bool merged = m_articles->corpusEditor()->merge(kind, merge, keep, &error);
        duplicates->showMessage(merged ? m_articles->corpusEditor()->lastMessage() : error);
    });
    m_inspectorDock->raise();
    connect(m_suggestionPanel, &SuggestionPanel::runRequested, this, &MainWindow::suggestAnnotations);
    connect(m_suggestionPanel, &SuggestionPanel::runAllRequested, this, &MainWindow::suggestAllArticles);
    connect(m_suggestions, &SuggestionReview::message, this, [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    connect(m_suggestions, &SuggestionReview::articleRequested, this, &MainWindow::showArticle);
    // The views go under the inspector and the suggestions: correcting and seeing the result at once.
    m_analysis = new AnalysisDocks(m_store, this);
    m_analysis->setHiddenViewsWait(true);
    resizeDocks({ actors, m_inspectorDock }, { 300, 560 }, Qt::Horizontal);
    resizeDocks({ m_inspectorDock, m_analysis->docks().constFirst() }, { 380, 520 }, Qt::Vertical);
    resizeDocks({ problems }, { 110 }, Qt::Vertical);
    m_viewMenu = new QMenu(tr("&View"), this);
    for (QDockWidget* d : { actors, meetings, issueDock, m_inspectorDock, m_suggestionDock, duplicatesDock })
        m_viewMenu->addAction(d->toggleViewAction());
    m_viewMenu->addSeparator();
    for (QDockWidget* d : m_analysis->docks())
        m_viewMenu->addAction(d->toggleViewAction());
    m_viewMenu->addAction(problems->toggleViewAction());
    m_viewMenu->addAction(m_findAllDock->toggleViewAction());
}

void MainWindow::suggestAnnotations()
{
    const int index = currentArticle();
    if (index < 0)
        return;
    m_suggestions->run(index);
    // Relative dates need the publication date: when the text gives none, the analyst does.
    if (!m_suggestions->articleDate().isValid() && m_tagger->askArticleDate(index))
        m_suggestions->run(index);
    m_suggestionDock->show();
    m_suggestionDock->raise();
    m_suggestionPanel->view()->setFocus();
}

void MainWindow::suggestAllArticles()
{
    m_suggestionDock->show();
    m_suggestionDock->raise();
    m_suggestionPanel->suggestAll([this](int article) { return m_tagger->askArticleDate(article); });
}

void MainWindow::showInspector()
{
    m_inspectorDock->show();
    m_inspectorDock->raise();
    if (m_inspectorDock->isFloating())
        m_inspectorDock->activateWindow();
    m_inspector->setFocus(Qt::ShortcutFocusReason);
}

int MainWindow::currentArticle() const
{
    return m_tabs->currentArticle();
}

void MainWindow::showArticle(int index)
{
    QTextDocument* document = m_articles->textDocument(index);
    if (!document)
        return;
    if (m_editor->document() != document)
        m_editor->setDocument(document);
    m_link->setCurrentArticle(index);
    if (m_tabs->currentArticle() != index)
        m_tabs->setCurrentArticle(index);
    const bool readOnly = m_articles->isReadOnly(index);
    m_editor->setReadOnly(readOnly);
    m_readOnlyBanner->setVisible(readOnly);
    m_diskBanner->setCurrentArticle(index);
    m_tagger->setCurrentArticle(index);
    m_suggestions->setCurrentArticle(index);
    m_views->setCurrentArticle(index);
    const Document& doc = m_store->corpus().documents.at(index);
    if (m_suggestOnOpen->isChecked() && !readOnly && doc.marks.isEmpty() && doc.recordsStart < 0
        && !m_suggestions->hasRun(index)) {
        m_suggestions->run(index); // a raw article: proposals are ready when the analyst looks
        m_suggestionDock->show();
        m_suggestionDock->raise(); // where they are, without taking the focus from the text
    }
    updateTitle();
}

void MainWindow::refreshArticles()
{
    m_tabs->sync();
    // Opening: the first new article is shown when the loader finishes, a turn later.
    if (m_loader->isAdopting())
        return;
    if (m_articles->count() > 0)
        showArticle(std::max(0, m_tabs->currentArticle()));
    else
        showNoArticle();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // Docks take their proportions once the window has its size on the screen.
    if (std::exchange(m_firstStart, false))
        sizeFirstDocks();
    // The highlighter's repository of syntax definitions is read once per process (20-50 ms): in the
    // first idle turn after the window shows, not in the turn that shows the first opened article.
    QTimer::singleShot(0, this, [] { AnnotatedEditor::repository(); });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_autoSaver->discardAll(); // every change was saved or discarded by the analyst
    WindowLayout::save(this);
    QSettings().setValue(QStringLiteral("window/showMarkup"), m_views->isShowingMarkup());
    event->accept();
}

void MainWindow::offerRecovery()
{
    RecoveryPrompt::offer(this, m_autoSaver);
}

void MainWindow::refreshStatus()
{
    const Corpus& corpus = m_store->corpus();
    m_counts->setText(tr("%n actor(s)", nullptr, int(corpus.actors.size())) + QStringLiteral(" · ")
        + tr("%n meeting(s)", nullptr, int(corpus.meetings.size())) + QStringLiteral(" · ")
        + tr("%n issue(s)", nullptr, int(corpus.issues.size())) + QStringLiteral(" · ")
        + tr("%n problem(s)", nullptr, m_problemModel->rowCount()));
}

void MainWindow::jumpToProblem(int row)
{
    const QModelIndex item = m_problemModel->index(row);
    const int article = m_articles->indexOfPath(item.data(ProblemModel::FileRole).toString());
    if (article < 0)
        return;
    showArticle(article);
    const QTextBlock block = m_editor->document()->findBlockByNumber(item.data(ProblemModel::LineRole).toInt() - 1);
    m_views->reveal(block.position() + std::clamp(item.data(ProblemModel::ColumnRole).toInt() - 1, 0, block.length() - 1));
}

void MainWindow::updateTitle()
{
    const int index = currentArticle();
    setWindowTitle(index < 0 ? tr("Entente")
                             : tr("%1%2 — Entente").arg(QFileInfo(m_articles->path(index)).fileName(),
                                   m_articles->isModified(index) ? QStringLiteral(" ●") : QString()));
}

} // namespace Entente
