// The message under a form field that refused a value: red text, a red frame around the field, and
// the message as the field's accessible description so that screen readers say why.
#pragma once

#include <QLabel>

namespace Entente {

class FieldError : public QLabel
{
    Q_OBJECT
public:
    // objectName "fieldError_<name>"; hidden until showError().
    FieldError(QWidget* field, const QString& name, QWidget* parent = nullptr);
    ~FieldError() override;

    QWidget* field() const { return m_field; }
    bool hasError() const { return !isHidden(); }
    void showError(const QString& message);
    void clearError();

private:
    QWidget* m_field;
    QString m_description; // the field's own accessible description, given back on clearError()
};

} // namespace Entente
