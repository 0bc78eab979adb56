// What the actor, meeting and issue forms share: they show one record of the corpus, commit each
// field as a text edit of the article that defines it (after validation), show refusals under the
// field, and create new records as one undo step.
#pragma once

#include "corpusstore.h"
#include "documentedits.h"
#include "recordvalidation.h"

#include <QHash>
#include <QSet>
#include <QTextCursor>
#include <QWidget>

class QFormLayout;
class QLineEdit;

namespace Entente {

class ArticleSet;
class FieldError;

class RecordForm : public QWidget
{
    Q_OBJECT
public:
    RecordForm(MarkKind kind, CorpusStore* store, ArticleSet* articles, QWidget* parent = nullptr);
    ~RecordForm() override;

    MarkKind kind() const { return m_kind; }
    QString recordId() const { return m_id; }
    bool isCreating() const { return m_creating; }
    // The article that defines the shown record, or that a new record goes into; -1 when none.
    int article() const;
    // The shown record is still in the corpus.
    bool recordExists() const;

    // Shows a record with every value read anew and no errors.
    void showRecord(const QString& id);
    // Re-reads the shown record after a document changed; fields the analyst is changing, or whose
    // value was refused, keep what the analyst typed.
    void refresh();

    // Creation: validates every field (messages under them), then adds the record, marks the words
    // and adds the statuses as one undo step. Returns the new id, or empty with *error set.
    QString create(QString* error);
    void cancelCreation();
    // Renames the shown record in its article (marks, meetings and statuses follow).
    bool rename(const QString& newId, QString* error);

    // The message label under a field by its name ("id", "place"…), or nullptr.
    FieldError* fieldError(const QString& name) const { return m_errors.value(name); }

Q_SIGNALS:
    // The shown record now has another id (the shared selection should follow).
    void recordRenamed(const Entente::RecordRef& ref);

protected:
    struct Creation
    {
        QString id;
        QString line; // the record line
        QString anchor; // of the mark on the words, empty for none
        QList<StatusChange> statuses; // added after the mark, so that they may name its anchor
        RecordValidation::Problems problems; // nothing is created when there are any
    };

    // The record's values into the widgets; with keepEdited, fields being changed are left alone.
    virtual void loadValues(bool keepEdited) = 0;
    // Lists offered by combos and choosers (sides, actors, issues), from the corpus.
    virtual void updateChoices() { }
    // The new record from the widgets.
    virtual Creation creation() const = 0;
    // Forgets that the analyst changed the field's widget (after its value went into the document).
    virtual void setFieldModified(const QString& name, bool modified) = 0;

    // Called first by the forms' destructors: fields losing focus as they are destroyed must not
    // commit into a half-destroyed form.
    void disconnectFields();

    // Starts creation mode for [textStart, textEnd) of an article (textStart < 0: no words).
    void beginCreating(int article, int textStart, int textEnd);
    bool hasWords() const { return m_words.hasSelection(); }
    QString words() const { return m_words.selectedText(); }

    // Adds "label" + field + its error label to layout; name is the field's name for errors.
    FieldError* addRow(QFormLayout* layout, const QString& label, QWidget* field, const QString& name);
    // Sets a line edit unless keepEdited and the analyst is changing it.
    void setText(QLineEdit* edit, const QString& name, const QString& text, bool keepEdited);
    // The field holds a value the document does not have (refused, or being changed).
    bool isHeld(const QString& name) const { return m_pending.contains(name); }

    // The parsed article of the shown record (current: pending typing is re-parsed).
    const Document& document() const;
    // Commits a changed record line for the field `name` unless the change adds problems.
    void commitLine(const QString& name, bool unchanged, const RecordValidation::Problems& before,
                    const RecordValidation::Problems& after, const QString& line);
    // Applies edits for the field `name`; a refusal shows under it.
    bool applyFor(const QString& name, const DocumentEdits::EditResult& result);
    // Field done: error cleared, no longer held, values re-read.
    void settle(const QString& name);
    void refuse(const QString& name, const RecordValidation::Problems& problems);
    // Every form's id field renames the record everywhere rather than rewriting its line: true when
    // name is that field (the rename is then done or refused on it).
    bool commitId(const QString& name, const QString& newId);
    void clearErrors();

    CorpusStore* m_store;
    ArticleSet* m_articles;

private:
    MarkKind m_kind;
    QString m_id;
    bool m_creating = false;
    int m_newArticle = -1;
    QTextCursor m_words; // follows typing in the article while the form is filled in
    QHash<QString, FieldError*> m_errors;
    QSet<QString> m_pending;
};

// "id", "name", "participants"…: the name of a validation field in the forms.
QString fieldName(RecordValidation::Field field);

} // namespace Entente
