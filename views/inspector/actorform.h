// The actor form: id (rename), name, kind, side, role and aliases, each committed on its own.
#pragma once

#include "recordform.h"

class QComboBox;
class QLineEdit;

namespace Entente {

class ActorForm : public RecordForm
{
    Q_OBJECT
public:
    ActorForm(CorpusStore* store, ArticleSet* articles, QWidget* parent = nullptr);
    ~ActorForm() override;

    void startNew(int article, int textStart, int textEnd, const Actor& prefill);

protected:
    void loadValues(bool keepEdited) override;
    void updateChoices() override;
    Creation creation() const override;
    void setFieldModified(const QString& name, bool modified) override;

private:
    Actor fromWidgets(Actor actor, const QString& name) const;
    void commit(const QString& name);

    QLineEdit* m_id;
    QLineEdit* m_name;
    QComboBox* m_actorKind;
    QComboBox* m_side;
    QLineEdit* m_role;
    QLineEdit* m_aliases;
    QStringList m_sides;
};

} // namespace Entente
