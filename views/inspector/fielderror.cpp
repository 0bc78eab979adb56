#include "fielderror.h"

namespace Entente {

namespace {

// Dark enough for 4.5:1 on light backgrounds; the frame makes it visible without colour too.
const QColor errorColor(0xb0, 0x1c, 0x1c);

} // namespace

FieldError::FieldError(QWidget* field, const QString& name, QWidget* parent)
    : QLabel(parent)
    , m_field(field)
    , m_description(field->accessibleDescription())
{
    setObjectName(QStringLiteral("fieldError_") + name);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    QPalette red = palette();
    red.setColor(QPalette::WindowText, errorColor);
    setPalette(red);
    hide();
}

FieldError::~FieldError() = default;

void FieldError::showError(const QString& message)
{
    setText(message);
    show();
    if (!m_field->objectName().isEmpty())
        m_field->setStyleSheet(
            QStringLiteral("#%1 { border: 1px solid %2; }").arg(m_field->objectName(), errorColor.name()));
    m_field->setAccessibleDescription(message);
}

void FieldError::clearError()
{
    if (isHidden())
        return;
    clear();
    hide();
    m_field->setStyleSheet({});
    m_field->setAccessibleDescription(m_description);
}

} // namespace Entente
