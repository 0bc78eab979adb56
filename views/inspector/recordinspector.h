// The record inspector: the current actor, meeting or issue as a form whose every committed field
// is a text edit of the article that defines the record (one undo step each), and the form for new
// records made from tagged words. Refused values show under their field and change nothing.
#pragma once

#include "corpusstore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace Entente {

class ActorForm;
class ArticleSet;
class IssueForm;
class MeetingForm;
class RecordForm;

class RecordInspector : public QWidget
{
    Q_OBJECT
public:
    explicit RecordInspector(CorpusStore* store, ArticleSet* articles, QWidget* parent = nullptr);
    ~RecordInspector() override;

    // A new record's form is open (Create / Cancel).
    bool isCreating() const;
    // The record the forms show (invalid when the empty page shows or while creating).
    RecordRef shownRecord() const;

public Q_SLOTS:
    // New-record mode: the form with prefill's values, Create (Enter) and Cancel (Esc). The words
    // [textStart, textEnd) of the article's document text are marked on Create; textStart < 0 marks
    // nothing. An empty prefill id or name/title is made from the words.
    void startNewActor(int article, int textStart, int textEnd, const Entente::Actor& prefill);
    void startNewMeeting(int article, int textStart, int textEnd, const Entente::Meeting& prefill);
    void startNewIssue(int article, int textStart, int textEnd, const Entente::Issue& prefill);
    // Create: validates (messages under the fields), adds the record, marks the words and adds the
    // issue's statuses as one undo step, then makes the record current. False when refused.
    bool create();
    void cancelCreation();

    // These three change every open article that uses the id, as one undo step (CorpusEditor).
    // Merges the shown actor into targetId: its marks and meetings go to the target, which becomes
    // current. False, with the message shown, when refused.
    bool mergeCurrentActorInto(const QString& targetId);
    // Removes the shown record and unwraps its marks (the articles' words stay), after asking when
    // confirm is set.
    bool deleteCurrent(bool confirm = true);
    // Renames the shown record (marks, meetings and statuses follow); the new id becomes current.
    bool renameCurrent(const QString& newId, QString* error);

Q_SIGNALS:
    void recordCreated(const Entente::RecordRef& ref);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    RecordForm* formFor(MarkKind kind) const;
    RecordForm* shownForm() const;
    void showCurrent();
    void corpusChanged(bool reset);
    void showForm(RecordForm* form);
    void updateHeader();
    void showMessage(const QString& message);
    void chooseMergeTarget();

    CorpusStore* m_store;
    ArticleSet* m_articles;
    QLabel* m_heading;
    QLabel* m_file;
    QLabel* m_readOnly;
    QLabel* m_message;
    QScrollArea* m_scroll;
    QStackedWidget* m_pages;
    QWidget* m_empty;
    ActorForm* m_actorForm;
    MeetingForm* m_meetingForm;
    IssueForm* m_issueForm;
    QPushButton* m_merge;
    QPushButton* m_delete;
    QPushButton* m_cancel;
    QPushButton* m_create;
};

} // namespace Entente
