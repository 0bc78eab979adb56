// The application's style with its dock title bars' icons kept once made. Qt's Fusion style makes
// the float and close icons anew (reading their image files) each time a dock's title bar is laid
// out: a dozen docks made raising the Network tab a 30 ms stall, most of it in those reads.
#pragma once

#include <QHash>
#include <QIcon>
#include <QProxyStyle>

namespace Entente {

class CachedIconStyle : public QProxyStyle
{
    Q_OBJECT
public:
    // A style like the one named (QStyleFactory keys; empty: Qt's default).
    explicit CachedIconStyle(const QString& baseKey = {});
    ~CachedIconStyle() override;

    // Makes the application's style a CachedIconStyle over the style it has now (once; before
    // widgets are made, as setting a style polishes every widget again).
    static void install();

    QIcon standardIcon(StandardPixmap pixmap, const QStyleOption* option = nullptr,
        const QWidget* widget = nullptr) const override;

private:
    mutable QHash<int, QIcon> m_titleBarIcons;
};

} // namespace Entente
