#include "messagebanner.h"

#include <QAction>
#include <QActionEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

namespace Entente {

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_layout(new QHBoxLayout(this))
    , m_close(new QToolButton(this))
{
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close"));
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    m_layout->setContentsMargins(8, 4, 4, 4);
    m_layout->addWidget(m_icon);
    m_layout->addWidget(m_text, 1);
    m_layout->addWidget(m_close);
    updateLook();
}

MessageBanner::~MessageBanner() = default;

void MessageBanner::setText(const QString& text)
{
    m_text->setText(text);
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::setType(Type type)
{
    m_type = type;
    updateLook();
}

void MessageBanner::setCloseButtonVisible(bool visible)
{
    m_close->setVisible(visible);
}

// Actions become buttons between the text and the close button, in the order they were added.
void MessageBanner::actionEvent(QActionEvent* event)
{
    QAction* action = event->action();
    switch (event->type()) {
    case QEvent::ActionAdded: {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_layout->insertWidget(m_layout->indexOf(m_close), button);
        m_buttons.insert(action, button);
        break;
    }
    case QEvent::ActionRemoved:
        delete m_buttons.take(action);
        break;
    default:
        break;
    }
    QFrame::actionEvent(event);
}

void MessageBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateLook();
    QFrame::changeEvent(event);
}

// Breeze's message colours; the fill is mixed with the window colour, so dark themes stay dark.
QColor MessageBanner::accent() const
{
    switch (m_type) {
    case Type::Warning:
        return QColor(0xf6, 0x74, 0x00);
    case Type::Error:
        return QColor(0xda, 0x44, 0x53);
    case Type::Information:
        break;
    }
    return QColor(0x3d, 0xae, 0xe9);
}

void MessageBanner::updateLook()
{
    const QStyle::StandardPixmap icon = m_type == Type::Error ? QStyle::SP_MessageBoxCritical
        : m_type == Type::Warning                             ? QStyle::SP_MessageBoxWarning
                                                              : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    update();
}

void MessageBanner::paintEvent(QPaintEvent* event)
{
    const QColor base = palette().color(QPalette::Window);
    const QColor color = accent();
    const auto mix = [](const QColor& a, const QColor& b, qreal amount) {
        return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
            float(a.greenF() + (b.greenF() - a.greenF()) * amount),
            float(a.blueF() + (b.blueF() - a.blueF()) * amount));
    };
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color, 1));
    painter.setBrush(mix(base, color, 0.2));
    painter.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 4, 4);
    QFrame::paintEvent(event);
}

} // namespace Entente
