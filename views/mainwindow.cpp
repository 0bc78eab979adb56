#include "mainwindow.h"

#include "actormodel.h"
#include "analysisdocks.h"
#include "annotatededitor.h"
#include "articleset.h"
#include "autosaver.h"
#include "corpusstore.h"
#include "diskchangebanner.h"
#include "diskwatcher.h"
#include "findbar.h"
#include "issuemodel.h"
#include "meetingmodel.h"
#include "recordinspector.h"
#include "recordpanel.h"
#include "recoveryprompt.h"
#include "selectionlink.h"
#include "actordictionariesdialog.h"
#include "suggestionpanel.h"
#include "suggestionreview.h"
#include "statushistorymodel.h"
#include "tagger.h"

#include <QApplication>
#include <QScreen>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTextBlock>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Entente {

namespace {
constexpr int maxRecentFiles = 10;
const QString articleFilter()
{
    return MainWindow::tr("Articles (*.entente *.txt);;All files (*)");
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_store(new CorpusStore(this))
    , m_articles(new ArticleSet(m_store, this))
    , m_actorModel(new ActorModel(m_store, this))
    , m_meetingModel(new MeetingModel(m_store, this))
    , m_issueModel(new IssueModel(m_store, this))
    , m_historyModel(new StatusHistoryModel(m_store, this))
    , m_editor(new AnnotatedEditor(this))
    , m_findBar(new FindBar(m_editor, this))
    , m_tabs(new QTabBar(this))
    , m_readOnlyBanner(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_link(new SelectionLink(m_store, m_articles, m_editor, this))
    , m_tagger(new Tagger(m_store, m_articles, m_editor, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/entente/icons/entente.svg")));
    m_editor->setPlaceholderText(tr("Open an article with File ▸ Open (Ctrl+O), or a whole folder (Ctrl+Shift+O)."));
    m_editor->setReadOnly(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_tabs->setVisible(false);
    m_readOnlyBanner->setText(tr("This file is read-only: you can read and select, but not change it. "
                                 "Use File ▸ Save As to keep an editable copy."));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setAutoFillBackground(true);
    m_readOnlyBanner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; padding: 4px; }"));
    m_readOnlyBanner->setVisible(false);
    m_findBar->setVisible(false);
    m_autoSaver = new AutoSaver(m_articles, this);
    m_diskWatcher = new DiskWatcher(m_articles, this);
    m_diskBanner = new DiskChangeBanner(m_articles, m_diskWatcher, this);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tabs);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(m_diskBanner);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_findBar);
    setCentralWidget(central);

    createDocks();
    createActions();
    statusBar()->addPermanentWidget(m_counts);

    connect(m_tabs, &QTabBar::currentChanged, this, &MainWindow::showArticle);
    connect(m_articles, &ArticleSet::articlesChanged, this, &MainWindow::refreshArticles);
    connect(m_articles, &ArticleSet::modificationChanged, this, [this](int index, bool modified) {
        const QString name = QFileInfo(m_articles->path(index)).fileName();
        m_tabs->setTabText(index, modified ? name + u" ●" : name);
        updateTitle();
    });
    connect(m_link, &SelectionLink::articleRequested, this, [this](int index) { m_tabs->setCurrentIndex(index); });
    connect(m_store, &CorpusStore::corpusReset, this, [this] { refreshStatus(); refreshProblems(); });
    connect(m_store, &CorpusStore::corpusUpdated, this, [this] { refreshStatus(); refreshProblems(); });
    connect(m_store, &CorpusStore::currentChanged, this, [this](const RecordRef& ref) {
        if (ref.kind == MarkKind::Issue)
            m_historyModel->setIssueId(ref.id);
    });

    QSettings settings;
    const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry() : QRect();
    resize(std::max(1280, screen.width() * 9 / 10), std::max(800, screen.height() * 9 / 10));
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
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
            m_tabs->setCurrentIndex(article);
            m_editor->showSpan(start, end);
        }
    });
    auto* issues = new QSplitter(Qt::Vertical, this);
    issues->addWidget(m_issuePanel);
    issues->addWidget(m_historyView);

    m_link->addPanel(MarkKind::Actor, m_actorPanel);
    m_link->addPanel(MarkKind::Meeting, m_meetingPanel);
    m_link->addPanel(MarkKind::Issue, m_issuePanel);

    m_problems = new QListWidget(this);
    m_problems->setToolTip(tr("Problems found in the open articles; double-click one to go to it"));
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) { jumpToProblem(m_problems->row(item)); });

    // Records on the left, views on the right, problems under the text: each gets the full height.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    QDockWidget* actors = dock(tr("Actors"), QStringLiteral("ActorsDock"), m_actorPanel, Qt::LeftDockWidgetArea);
    QDockWidget* meetings = dock(tr("Meetings"), QStringLiteral("MeetingsDock"), m_meetingPanel, Qt::LeftDockWidgetArea);
    QDockWidget* issueDock = dock(tr("Issues"), QStringLiteral("IssuesDock"), issues, Qt::LeftDockWidgetArea);
    QDockWidget* problems = dock(tr("Problems"), QStringLiteral("ProblemsDock"), m_problems, Qt::BottomDockWidgetArea);
    m_inspector = new RecordInspector(m_store, m_articles, this);
    m_inspectorDock = dock(tr("Inspector"), QStringLiteral("InspectorDock"), m_inspector, Qt::RightDockWidgetArea);
    m_suggestions = new SuggestionReview(m_store, m_articles, m_editor, this);
    m_suggestionPanel = new SuggestionPanel(m_suggestions, this);
    m_suggestionDock = dock(tr("Suggestions"), QStringLiteral("SuggestionsDock"), m_suggestionPanel, Qt::RightDockWidgetArea);
    tabifyDockWidget(m_inspectorDock, m_suggestionDock);
    m_inspectorDock->raise();
    connect(m_suggestionPanel, &SuggestionPanel::runRequested, this, &MainWindow::suggestAnnotations);
    connect(m_suggestionPanel, &SuggestionPanel::runAllRequested, this, &MainWindow::suggestAllArticles);
    connect(m_suggestions, &SuggestionReview::message, this, [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    connect(m_suggestions, &SuggestionReview::articleRequested, this, &MainWindow::showArticle);
    // The views go under the inspector and the suggestions: correcting and seeing the result at once.
    m_analysis = new AnalysisDocks(m_store, this);
    resizeDocks({ actors, m_inspectorDock }, { 300, 560 }, Qt::Horizontal);
    resizeDocks({ m_inspectorDock, m_analysis->docks().constFirst() }, { 380, 520 }, Qt::Vertical);
    resizeDocks({ problems }, { 110 }, Qt::Vertical);
    m_viewMenu = new QMenu(tr("&View"), this);
    for (QDockWidget* d : { actors, meetings, issueDock, m_inspectorDock, m_suggestionDock })
        m_viewMenu->addAction(d->toggleViewAction());
    m_inspectorDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_viewMenu->addSeparator();
    for (QDockWidget* d : m_analysis->docks())
        m_viewMenu->addAction(d->toggleViewAction());
    m_viewMenu->addAction(problems->toggleViewAction());
}

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
    file->addAction(tr("Export &Plain Text…"), QKeySequence(tr("Ctrl+Shift+E")), this, &MainWindow::exportPlainText)
        ->setStatusTip(tr("Save the article's words without any markup"));
    m_analysis->addExportActions(file);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("&Undo"), QKeySequence::Undo, m_editor, &QPlainTextEdit::undo);
    edit->addAction(tr("&Redo"), QKeySequence::Redo, m_editor, &QPlainTextEdit::redo);
    edit->addSeparator();
    edit->addAction(tr("Cu&t"), QKeySequence::Cut, m_editor, &QPlainTextEdit::cut);
    edit->addAction(tr("&Copy"), QKeySequence::Copy, m_editor, &QPlainTextEdit::copy);
    edit->addAction(tr("&Paste"), QKeySequence::Paste, m_editor, &QPlainTextEdit::paste);
    edit->addSeparator();
    edit->addAction(tr("&Find…"), QKeySequence::Find, m_findBar, &FindBar::activate);
    edit->addAction(tr("Find &Next"), QKeySequence::FindNext, this, [this] { m_findBar->find(false); });
    edit->addAction(tr("Find Pre&vious"), QKeySequence::FindPrevious, this, [this] { m_findBar->find(true); });

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
    m_viewMenu->addAction(tagBar->toggleViewAction());
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Entente"), this, [this] {
        QMessageBox::about(this, tr("About Entente"),
            tr("<h3>Entente %1</h3><p>Who met whom, when and where, and which issues stay open: "
               "a relationship tracker for analysts.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

bool MainWindow::openPaths(const QStringList& paths)
{
    const int before = m_articles->count();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QProgressDialog progress(tr("Opening articles…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const QList<ArticleSet::LoadError> errors = m_articles->open(paths, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    QApplication::restoreOverrideCursor();
    for (const QString& path : paths)
        addRecentFile(QFileInfo(path).absoluteFilePath());
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const ArticleSet::LoadError& error : errors)
            lines.append(error.message);
        QMessageBox box(QMessageBox::Warning, tr("Some files could not be opened"),
            tr("%n file(s) could not be opened.", nullptr, int(errors.size())), QMessageBox::Ok, this);
        box.setDetailedText(lines.join(u'\n'));
        box.setInformativeText(lines.first());
        box.exec();
    }
    if (m_articles->count() > before)
        m_tabs->setCurrentIndex(before);
    return m_articles->count() > before;
}

// Corrections that concern a whole record rather than one field; they act on the current record
// (the one selected in any list, view or the text) through the inspector.
void MainWindow::createRecordMenu()
{
    QMenu* record = menuBar()->addMenu(tr("&Record"));
    record->addAction(tr("&Inspect"), this, &MainWindow::showInspector)
        ->setStatusTip(tr("Show the selected actor, meeting or issue in the inspector"));
    record->addAction(tr("&Rename Id…"), QKeySequence(Qt::Key_F2), this, [this] {
        const RecordRef current = m_store->current();
        if (!current.isValid())
            return statusBar()->showMessage(tr("Select an actor, meeting or issue first."), 6000);
        bool ok = false;
        const QString id = QInputDialog::getText(this, tr("Rename Id"),
            tr("New id for “%1” (letters, digits, '-', '_' or '.'); marks and meetings follow:").arg(current.id),
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
    m_inspector->setFocus();
}

void MainWindow::openFiles()
{
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open Articles"),
        settings.value(QStringLiteral("paths/lastFolder")).toString(), articleFilter());
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("paths/lastFolder"), QFileInfo(files.first()).absolutePath());
    openPaths(files);
}

void MainWindow::openFolder()
{
    QSettings settings;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Folder of Articles"),
        settings.value(QStringLiteral("paths/lastFolder")).toString());
    if (folder.isEmpty())
        return;
    settings.setValue(QStringLiteral("paths/lastFolder"), folder);
    openPaths({ folder });
}

int MainWindow::currentArticle() const
{
    return m_tabs->currentIndex();
}

void MainWindow::showArticle(int index)
{
    QTextDocument* document = m_articles->textDocument(index);
    if (!document)
        return;
    if (m_editor->document() != document)
        m_editor->setDocument(document);
    m_link->setCurrentArticle(index);
    if (m_tabs->currentIndex() != index)
        m_tabs->setCurrentIndex(index);
    const bool readOnly = m_articles->isReadOnly(index);
    m_editor->setReadOnly(readOnly);
    m_readOnlyBanner->setVisible(readOnly);
    m_diskBanner->setCurrentArticle(index);
    m_tagger->setCurrentArticle(index);
    m_suggestions->setCurrentArticle(index);
    const Document& doc = m_store->corpus().documents.at(index);
    if (m_suggestOnOpen->isChecked() && !readOnly && doc.marks.isEmpty() && doc.recordsStart < 0 && !m_suggestions->hasRun(index))
        m_suggestions->run(index); // a raw article: proposals are ready when the analyst looks
    updateTitle();
}

void MainWindow::refreshArticles()
{
    const QSignalBlocker blocker(m_tabs);
    while (m_tabs->count() > m_articles->count())
        m_tabs->removeTab(m_tabs->count() - 1);
    for (int i = 0; i < m_articles->count(); ++i) {
        const QString name = QFileInfo(m_articles->path(i)).fileName();
        if (i >= m_tabs->count())
            m_tabs->addTab(name);
        else
            m_tabs->setTabText(i, name);
        m_tabs->setTabToolTip(i, m_articles->path(i));
    }
    m_tabs->setVisible(m_articles->count() > 1);
    if (m_articles->count() > 0)
        showArticle(std::max(0, m_tabs->currentIndex()));
}

bool MainWindow::save(int index)
{
    if (index < 0)
        return false;
    if (m_articles->isReadOnly(index))
        return saveAs(index);
    if (!m_diskBanner->confirmOverwrite(index))
        return false; // another program changed the file: never overwritten without asking
    QString error;
    if (!m_articles->save(index, &error)) {
        QMessageBox::critical(this, tr("Could not save"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_articles->path(index)), 4000);
    return true;
}

bool MainWindow::saveAs(int index)
{
    if (index < 0)
        return false;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Article As"), m_articles->path(index), articleFilter());
    if (path.isEmpty())
        return false;
    QString error;
    if (!m_articles->saveAs(index, path, &error)) {
        QMessageBox::critical(this, tr("Could not save"), error);
        return false;
    }
    addRecentFile(path);
    showArticle(index);
    return true;
}

void MainWindow::exportPlainText()
{
    const int index = currentArticle();
    if (index < 0)
        return;
    const QFileInfo info(m_articles->path(index));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Plain Text"),
        info.absolutePath() + u'/' + info.completeBaseName() + QStringLiteral(".txt"), tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray bytes = m_articles->plainText(index);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        QMessageBox::critical(this, tr("Could not export"), tr("Could not write %1: %2").arg(path, file.errorString()));
}

bool MainWindow::maybeSave()
{
    for (int i = 0; i < m_articles->count(); ++i) {
        if (!m_articles->isModified(i))
            continue;
        showArticle(i);
        const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
            tr("%1 has changes that are not saved. Save them?").arg(QFileInfo(m_articles->path(i)).fileName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save(i)))
            return false;
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_autoSaver->discardAll(); // every change was saved or discarded by the analyst
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::offerRecovery()
{
    RecoveryPrompt::offer(this, m_autoSaver);
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
        m_recentMenu->addAction(path, this, [this, path] { openPaths({ path }); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::refreshStatus()
{
    const Corpus& corpus = m_store->corpus();
    m_counts->setText(tr("%n actor(s)", nullptr, int(corpus.actors.size())) + QStringLiteral(" · ")
        + tr("%n meeting(s)", nullptr, int(corpus.meetings.size())) + QStringLiteral(" · ")
        + tr("%n issue(s)", nullptr, int(corpus.issues.size())) + QStringLiteral(" · ")
        + tr("%n problem(s)", nullptr, m_problems ? m_problems->count() : 0));
}

void MainWindow::refreshProblems()
{
    m_problems->clear();
    const Corpus& corpus = m_store->corpus();
    QList<Diagnostic> all;
    for (const Document& doc : corpus.documents)
        all.append(doc.diagnostics);
    all.append(corpus.conflicts);
    for (const Diagnostic& d : std::as_const(all)) {
        auto* item = new QListWidgetItem(QStringLiteral("%1:%2:%3  %4")
                                             .arg(QFileInfo(d.file).fileName())
                                             .arg(d.line)
                                             .arg(d.column)
                                             .arg(d.message),
            m_problems);
        item->setData(Qt::UserRole, d.file);
        item->setData(Qt::UserRole + 1, d.line);
        item->setData(Qt::UserRole + 2, d.column);
        item->setToolTip(d.toString());
        item->setForeground(d.severity == Severity::Error ? QColor(0xc0, 0x1c, 0x28) : QColor(0x9a, 0x67, 0x00));
    }
    refreshStatus();
}

void MainWindow::jumpToProblem(int row)
{
    const QListWidgetItem* item = m_problems->item(row);
    const int article = m_articles->indexOfPath(item->data(Qt::UserRole).toString());
    if (article < 0)
        return;
    showArticle(article);
    const QTextBlock block = m_editor->document()->findBlockByNumber(item->data(Qt::UserRole + 1).toInt() - 1);
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::max(0, item->data(Qt::UserRole + 2).toInt() - 1));
    m_editor->setTextCursor(cursor);
    m_editor->setFocus();
}

void MainWindow::updateTitle()
{
    const int index = currentArticle();
    setWindowTitle(index < 0 ? tr("Entente")
                             : tr("%1%2 — Entente").arg(QFileInfo(m_articles->path(index)).fileName(),
                                   m_articles->isModified(index) ? QStringLiteral(" ●") : QString()));
}

} // namespace Entente
