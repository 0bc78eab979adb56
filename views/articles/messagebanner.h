// A message strip above the text, like KMessageWidget: a line of text coloured by its type, the
// buttons of its actions (QWidget::addAction) and a close button.
#pragma once

#include <QFrame>
#include <QHash>

class QLabel;
class QHBoxLayout;
class QToolButton;

namespace Entente {

class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Type { Information, Warning, Error };

    explicit MessageBanner(QWidget* parent = nullptr);
    ~MessageBanner() override;

    void setText(const QString& text);
    QString text() const;
    void setType(Type type);
    Type type() const { return m_type; }
    void setCloseButtonVisible(bool visible);
    // The button that shows an action added with addAction(), or nullptr.
    QToolButton* buttonFor(QAction* action) const { return m_buttons.value(action); }

Q_SIGNALS:
    // The analyst closed the banner with its close button.
    void closed();

protected:
    void actionEvent(QActionEvent* event) override;
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QColor accent() const;
    void updateLook();

    Type m_type = Type::Information;
    QLabel* m_icon;
    QLabel* m_text;
    QHBoxLayout* m_layout;
    QToolButton* m_close;
    QHash<QAction*, QToolButton*> m_buttons;
};

} // namespace Entente
