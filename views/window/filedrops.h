// Files and folders dropped onto the window open as articles (through the window's background
// loader). The article views take dropped text themselves, so they are watched too: a dropped file
// opens rather than its path being typed into the article.
#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QMimeData;
class QWidget;

namespace Entente {

class FileDrops : public QObject
{
    Q_OBJECT
public:
    using Open = std::function<void(const QStringList& paths)>;
    // Accepts drops on window (and on the widgets given to watch) and calls open with their paths.
    FileDrops(QWidget* window, Open open);
    ~FileDrops() override;

    void watch(QWidget* widget);
    // The local files and folders a drag carries (none for text or web links).
    static QStringList localPaths(const QMimeData* data);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Open m_open;
};

} // namespace Entente
