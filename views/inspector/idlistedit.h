// A list of record ids (a meeting's participants or issues) shown by name, with a chooser that
// finds records by name, alias or id, and Add / Remove buttons.
#pragma once

#include <QWidget>

class QComboBox;
class QListWidget;
class QPushButton;

namespace Entente {

class IdListEdit : public QWidget
{
    Q_OBJECT
public:
    struct Choice
    {
        QString id;
        QString label; // what the list shows
        QStringList keys; // other words that find it in the chooser (aliases)
        friend bool operator==(const Choice&, const Choice&) = default;
    };

    explicit IdListEdit(QWidget* parent = nullptr);
    ~IdListEdit() override;

    // objectNames of the list (also the widget's focus proxy), the chooser and the two buttons.
    void setNames(const QString& list, const QString& chooser, const QString& add, const QString& remove);
    // The records the chooser offers; what the analyst typed there stays.
    void setChoices(const QList<Choice>& choices);

    QStringList ids() const;
    void setIds(const QStringList& ids); // clears isModified()
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }

    QListWidget* list() const { return m_list; }
    QComboBox* chooser() const { return m_chooser; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }

    // The id the chooser's text names (an item, a name or alias, or anything typed that is a valid
    // id), or empty.
    QString chosenId() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    // The analyst added or removed an id.
    void changed();

private:
    void add();
    void removeSelected();
    QString labelOf(const QString& id) const;

    QListWidget* m_list;
    QComboBox* m_chooser;
    QPushButton* m_add;
    QPushButton* m_remove;
    QList<Choice> m_choices;
    bool m_modified = false;
};

} // namespace Entente
