#include "windowlayout.h"

#include <QGuiApplication>
#include <QLayout>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>

namespace Entente::WindowLayout {

namespace {
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
constexpr int stateVersion = 2; // docks changed: the layouts saved before are not restored
} // namespace

QRect initialGeometry(const QRect& available)
{
    if (!available.isValid())
        return QRect(0, 0, 1200, 760);
    const QSize size(available.width() * 92 / 100, available.height() * 90 / 100);
    QRect frame(QPoint(0, 0), size);
    frame.moveCenter(available.center());
    return frame;
}

QRect availableArea(const QMainWindow* window)
{
    const QScreen* screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

void fitInto(QMainWindow* window, const QRect& available)
{
    if (!available.isValid() || window->isMaximized() || window->isFullScreen())
        return;
    // The frame (title bar and borders) is known once shown; before that, leave room for one.
    const QRect frame = window->frameGeometry();
    const QSize decoration = window->isVisible() ? frame.size() - window->geometry().size() : QSize(0, 32);
    const QSize room = available.size() - decoration;
    const QSize size = window->size().boundedTo(room).expandedTo(window->minimumSizeHint().boundedTo(room));
    if (size != window->size())
        window->resize(size);
    QRect moved(window->frameGeometry().topLeft(), size + decoration);
    if (moved.right() > available.right())
        moved.moveRight(available.right());
    if (moved.bottom() > available.bottom())
        moved.moveBottom(available.bottom());
    moved.moveLeft(std::max(moved.left(), available.left()));
    moved.moveTop(std::max(moved.top(), available.top()));
    if (moved.topLeft() != window->frameGeometry().topLeft())
        window->move(moved.topLeft());
}

bool restore(QMainWindow* window)
{
    const QSettings settings;
    const QRect available = availableArea(window);
    // The minimum size the layout set while docks were being added (stacked, before they were
    // tabbed) is stale: computed again, it lets the window fit a small screen.
    window->layout()->invalidate();
    window->layout()->activate();
    if (!window->restoreGeometry(settings.value(geometryKey).toByteArray())) {
        const QRect first = initialGeometry(available);
        window->resize(first.size() - QSize(0, 32));
        window->move(first.topLeft());
    }
    const bool restored = window->restoreState(settings.value(stateKey).toByteArray(), stateVersion);
    fitInto(window, available);
    return restored; // saved on a larger screen, or the screen shrank
}

void save(const QMainWindow* window)
{
    QSettings settings;
    settings.setValue(geometryKey, window->saveGeometry());
    settings.setValue(stateKey, window->saveState(stateVersion));
}

} // namespace Entente::WindowLayout
