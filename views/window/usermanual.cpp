#include "usermanual.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QUrl>

namespace Entente::UserManual {

QStringList candidates()
{
    const QString name = QStringLiteral("/manual.md");
    return {
        // a relocated installation
        QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../")
            + QString::fromUtf8(ENTENTE_DOC_SUBDIR) + name),
        QString::fromUtf8(ENTENTE_DOC_DIR) + name, // the installation this build is for
        QString::fromUtf8(ENTENTE_SOURCE_DOCS) + name, // a development build
    };
}

QString location()
{
    for (const QString& path : candidates()) {
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

void open(QWidget* parent)
{
    const QString path = location();
    if (!path.isEmpty() && QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        return;
    const QString where = path.isEmpty() ? candidates().at(1) : path;
    QMessageBox::information(parent, QCoreApplication::translate("Entente::UserManual", "User Manual"),
        path.isEmpty()
            ? QCoreApplication::translate("Entente::UserManual",
                  "The manual is not installed. It is docs/manual.md in Entente's sources, and %1 once installed.")
                  .arg(where)
            : QCoreApplication::translate("Entente::UserManual",
                  "No program here opens Markdown files. The manual is at:\n%1")
                  .arg(where));
}

} // namespace Entente::UserManual
