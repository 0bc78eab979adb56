// The popup that links tagged words to a record: type-ahead over the names, aliases and ids of the
// records of one kind, with "create a new one" always offered. For dates it offers the resolved date,
// which the analyst confirms (Enter) or corrects.
#pragma once

#include "types.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Entente {

struct Corpus;

class QuickPicker : public QFrame
{
    Q_OBJECT
public:
    explicit QuickPicker(QWidget* parent = nullptr);
    ~QuickPicker() override;

    // Candidates of kind from corpus, filtered by words; the best match (an exact name or alias)
    // is preselected, else "create". A new actor would be of newActorKind; Tab changes it.
    void pickRecord(const Corpus& corpus, MarkKind kind, const QString& words, ActorKind newActorKind = ActorKind::Person);
    // A date or range in the format's notation, with a line explaining how it was resolved.
    void pickDate(const QString& resolved, const QString& explanation);
    // Shows the popup at a global position (kept on screen) and focuses the field.
    void popup(const QPoint& globalPosition);

    QLineEdit* field() const { return m_field; }
    // The kind of actor that "Create new" makes.
    ActorKind newActorKind() const { return m_actorKind; }
    QListWidget* list() const { return m_list; }

Q_SIGNALS:
    void recordChosen(const QString& id);
    void createRequested(const QString& name);
    void dateChosen(const QString& ref);
    void cancelled();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    struct Candidate
    {
        QString id;
        QString label; // name or title
        QString detail; // aliases, role, dates: what tells two similar records apart
        QString searchable; // lower-case words matched by the type-ahead
    };
    void filter(const QString& typed);
    void accept();
    QString createText(const QString& name) const;

    QLabel* m_title;
    QLineEdit* m_field;
    QListWidget* m_list;
    QLabel* m_hint;
    QList<Candidate> m_candidates;
    MarkKind m_kind = MarkKind::Actor;
    ActorKind m_actorKind = ActorKind::Person;
    QString m_words;
    bool m_done = false;
};

} // namespace Entente
