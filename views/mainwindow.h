// Entente's main window: the article editor in the middle, actors, meetings, issues and problems in
// docks around it, all reading one CorpusStore.
#pragma once

#include "articleset.h"
#include "format.h"

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QListView;
class QMenu;
class QProgressBar;
class QToolButton;
class QTabBar;
class QTableView;
class QTextDocument;

namespace Entente {

class AnalysisDocks;
class ArticleTabs;
class FindAllPanel;
class ArticleLoader;
class AnnotatedEditor;
class ArticleSet;
class ArticleViews;
class AutoSaver;
class AutosaveBanner;
class DiskChangeBanner;
class DiskWatcher;
class CorpusStore;
class FindBar;
class RecordPanel;
class SelectionLink;
class ActorModel;
class MeetingModel;
class IssueModel;
class StatusHistoryModel;
class ProblemModel;
class Tagger;
class TxtSaveChoice;
class RecordInspector;
class SuggestionPanel;
class SuggestionReview;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Starts opening files and folders in the background (progress and Cancel in the status bar);
    // the ones that cannot be read are reported when it is done.
    void startOpening(const QStringList& paths);
    // The same, waiting until they are open. Returns false if none opened.
    bool openPaths(const QStringList& paths);
    ArticleLoader* loader() const { return m_loader; }

    CorpusStore* store() const { return m_store; }
    ArticleSet* articles() const { return m_articles; }
    AnnotatedEditor* editor() const { return m_editor; }
    // The reading and markup views of the shown article.
    ArticleViews* articleViews() const { return m_views; }
    RecordPanel* actorPanel() const { return m_actorPanel; }
    RecordPanel* meetingPanel() const { return m_meetingPanel; }
    RecordPanel* issuePanel() const { return m_issuePanel; }
    QTableView* historyView() const { return m_historyView; }
    AnalysisDocks* analysis() const { return m_analysis; }
    QListView* problemList() const { return m_problems; }
    Tagger* tagger() const { return m_tagger; }
    RecordInspector* inspector() const { return m_inspector; }
    SuggestionReview* suggestions() const { return m_suggestions; }
    SuggestionPanel* suggestionPanel() const { return m_suggestionPanel; }
    // Runs the pre-tagger on the shown article, asking for its date when the text gives none.
    void suggestAnnotations();
    int currentArticle() const;
    void showArticle(int index);
    AutoSaver* autoSaver() const { return m_autoSaver; }
    // Shown while autosave cannot write the recovery copies.
    AutosaveBanner* autosaveBanner() const { return m_autosaveBanner; }
    // Asks, on the first save of a .txt article, whether to save it as .entente beside it.
    TxtSaveChoice* txtSaveChoice() const { return m_txtSave; }
    DiskWatcher* diskWatcher() const { return m_diskWatcher; }
    // After a crash: asks whether to restore the unsaved changes autosave kept (call after opening
    // the command line's files).
    void offerRecovery();

    ArticleTabs* articleTabs() const { return m_tabs; }
    // Closes an article (File ▸ Close Article, Ctrl+W), asking first about unsaved changes; returns
    // false when it stays open (the analyst cancelled, or saving failed).
    bool closeArticle(int index);
    FindAllPanel* findAllPanel() const { return m_findAll; }
    // Edit ▸ Find in All Articles (Ctrl+Shift+F): the dock, focused, with the selected words.
    void findInAllArticles();
    QDockWidget* inspectorDock() const { return m_inspectorDock; }
    QDockWidget* suggestionDock() const { return m_suggestionDock; }
    QDockWidget* findAllDock() const { return m_findAllDock; }
    // Ctrl+I: shows the inspector (raised above the docks it shares a place with) and focuses it.
    void showInspector();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createDocks();
    void createActions();
    void createRecordMenu();
    // mainwindowkeys.cpp: article navigation, find in all, drops, keyboard routing and help.
    void createFindAllDock();
    void addArticleActions(QMenu* view);
    void addHelpActions(QMenu* help);
    void showHit(const QString& fileName, int start, int end);
    void showNoArticle();
    void sizeFirstDocks();
    void suggestAllArticles();
    void openFiles();
    void openFolder();
    bool save(int index);
    bool saveAs(int index);
    void exportPlainText();
    bool maybeSave();
    void addRecentFile(const QString& path);
    void updateRecentMenu();
    void refreshArticles();
    void loadingStarted();
    void loadingProgress(int done, int total);
    void loadingFinished(int opened, const QList<ArticleSet::LoadError>& errors, bool cancelled);
    // The first of the articles a load opened, in the tabs' order; -1 if none.
    int firstOpenedArticle() const;
    void listSkippedFiles(const QList<Format::SkippedFile>& entries);
    void refreshStatus();
    void jumpToProblem(int row);
    void updateTitle();

    CorpusStore* m_store;
    ArticleSet* m_articles;
    ActorModel* m_actorModel;
    MeetingModel* m_meetingModel;
    IssueModel* m_issueModel;
    StatusHistoryModel* m_historyModel;
    ProblemModel* m_problemModel;
    AnnotatedEditor* m_editor;
    ArticleViews* m_views = nullptr;
    FindBar* m_findBar;
    ArticleTabs* m_tabs;
    QLabel* m_readOnlyBanner;
    RecordPanel* m_actorPanel = nullptr;
    RecordPanel* m_meetingPanel = nullptr;
    RecordPanel* m_issuePanel = nullptr;
    QTableView* m_historyView = nullptr;
    QListView* m_problems = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    AnalysisDocks* m_analysis = nullptr;
    QLabel* m_counts;
    SelectionLink* m_link;
    AutoSaver* m_autoSaver = nullptr;
    AutosaveBanner* m_autosaveBanner = nullptr;
    DiskWatcher* m_diskWatcher = nullptr;
    DiskChangeBanner* m_diskBanner = nullptr;
    Tagger* m_tagger;
    RecordInspector* m_inspector = nullptr;
    QDockWidget* m_inspectorDock = nullptr;
    SuggestionReview* m_suggestions = nullptr;
    SuggestionPanel* m_suggestionPanel = nullptr;
    QDockWidget* m_suggestionDock = nullptr;
    QAction* m_suggestOnOpen = nullptr;
    ArticleLoader* m_loader;
    QProgressBar* m_loadBar;
    QToolButton* m_loadCancel;
    int m_openedBefore = 0; // articles open when the current load started
    int m_lastOpened = 0; // articles the last load opened
    TxtSaveChoice* m_txtSave = nullptr;
    FindAllPanel* m_findAll = nullptr;
    QDockWidget* m_findAllDock = nullptr;
    QDockWidget* m_problemsDock = nullptr;
    QDockWidget* m_actorsDock = nullptr;
    bool m_firstStart = false; // no saved layout: the docks are sized when first shown
    QTextDocument* m_blank = nullptr; // shown when no article is
};

} // namespace Entente
