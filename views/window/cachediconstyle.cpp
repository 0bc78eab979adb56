#include "cachediconstyle.h"

#include <QApplication>

namespace Entente {

namespace {

// Title bar icons depend on their name only (not on a widget's palette or direction).
bool isTitleBarIcon(QStyle::StandardPixmap pixmap)
{
    switch (pixmap) {
    case QStyle::SP_TitleBarMenuButton:
    case QStyle::SP_TitleBarMinButton:
    case QStyle::SP_TitleBarMaxButton:
    case QStyle::SP_TitleBarCloseButton:
    case QStyle::SP_TitleBarNormalButton:
    case QStyle::SP_TitleBarShadeButton:
    case QStyle::SP_TitleBarUnshadeButton:
    case QStyle::SP_TitleBarContextHelpButton:
    case QStyle::SP_DockWidgetCloseButton:
        return true;
    default:
        return false;
    }
}

} // namespace

CachedIconStyle::CachedIconStyle(const QString& baseKey)
    : QProxyStyle(baseKey)
{
}

CachedIconStyle::~CachedIconStyle() = default;

void CachedIconStyle::install()
{
    if (!qobject_cast<QApplication*>(QCoreApplication::instance())
        || qobject_cast<CachedIconStyle*>(QApplication::style()))
        return;
    // A new base made from the name: the application deletes its old style when given this one.
    QApplication::setStyle(new CachedIconStyle(QApplication::style()->name()));
}

QIcon CachedIconStyle::standardIcon(StandardPixmap pixmap, const QStyleOption* option, const QWidget* widget) const
{
    if (!isTitleBarIcon(pixmap))
        return QProxyStyle::standardIcon(pixmap, option, widget);
    auto found = m_titleBarIcons.constFind(int(pixmap));
    if (found == m_titleBarIcons.constEnd())
        found = m_titleBarIcons.insert(int(pixmap), QProxyStyle::standardIcon(pixmap, option, widget));
    return *found;
}

} // namespace Entente
