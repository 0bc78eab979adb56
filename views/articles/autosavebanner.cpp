#include "autosavebanner.h"

#include "autosaver.h"

#include <QAction>
#include <QFileInfo>

#include <algorithm>

namespace Entente {

AutosaveBanner::AutosaveBanner(AutoSaver* saver, QWidget* parent)
    : MessageBanner(parent)
    , m_saver(saver)
    , m_retry(new QAction(tr("Try Again"), this))
{
    setObjectName(QStringLiteral("AutosaveBanner"));
    setType(Type::Error);
    setCloseButtonVisible(false);
    m_retry->setObjectName(QStringLiteral("retryAutosave"));
    m_retry->setToolTip(tr("Write the recovery copies now"));
    addAction(m_retry);
    connect(m_retry, &QAction::triggered, m_saver, &AutoSaver::retryNow);
    connect(m_saver, &AutoSaver::failuresChanged, this, &AutosaveBanner::refresh);
    setVisible(false);
}

AutosaveBanner::~AutosaveBanner() = default;

void AutosaveBanner::refresh()
{
    const QHash<QString, QString> failures = m_saver->failures();
    if (failures.isEmpty()) {
        setVisible(false);
        return;
    }
    QStringList paths = failures.keys();
    std::sort(paths.begin(), paths.end());
    QStringList names;
    for (const QString& path : std::as_const(paths))
        names.append(QFileInfo(path).fileName());
    const int seconds = std::max(1, m_saver->retryInterval() / 1000);
    // The first article's reason: they almost always share it (one recovery folder, one disk).
    setText(tr("Autosave failed for %1: %2. Unsaved changes would be lost in a crash; Entente tries "
               "again every %n second(s). Save the article to keep them.",
                nullptr, seconds)
                .arg(names.join(QStringLiteral(", ")), failures.value(paths.constFirst())));
    setToolTip(tr("Recovery folder: %1").arg(m_saver->directory()));
    setVisible(true);
}

} // namespace Entente
