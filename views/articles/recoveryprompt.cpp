#include "recoveryprompt.h"

#include "autosaver.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace Entente::RecoveryPrompt {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::RecoveryPrompt)
};
} // namespace

int offer(QWidget* parent, AutoSaver* autoSaver)
{
    const QList<AutoSaver::Recoverable> recoverables = autoSaver->findRecoverable();
    if (recoverables.isEmpty())
        return 0;
    QStringList lines;
    QStringList details;
    for (const AutoSaver::Recoverable& recoverable : recoverables) {
        const QString time = QLocale().toString(recoverable.savedAt.toLocalTime(), QLocale::ShortFormat);
        lines.append(QStringLiteral("%1 (%2)").arg(QFileInfo(recoverable.path).fileName(), time));
        details.append(QStringLiteral("%1\t%2").arg(recoverable.path, time));
    }
    QMessageBox box(QMessageBox::Question, Text::tr("Restore Unsaved Changes"),
        Text::tr("Entente did not quit normally. Changes that were not saved can be restored:"),
        QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("RecoveryPrompt"));
    box.setInformativeText(lines.mid(0, 10).join(u'\n')
        + (lines.size() > 10 ? u'\n' + Text::tr("… and %n more", nullptr, int(lines.size() - 10)) : QString()));
    box.setDetailedText(details.join(u'\n'));
    QPushButton* restore = box.addButton(Text::tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton* discard = box.addButton(Text::tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton* later = box.addButton(Text::tr("&Not Now"), QMessageBox::RejectRole);
    restore->setObjectName(QStringLiteral("restore"));
    discard->setObjectName(QStringLiteral("discard"));
    later->setObjectName(QStringLiteral("later"));
    box.setDefaultButton(restore);
    box.setEscapeButton(later);
    box.exec();
    if (box.clickedButton() == discard) {
        for (const AutoSaver::Recoverable& recoverable : recoverables)
            AutoSaver::discard(recoverable);
        return 0;
    }
    if (box.clickedButton() != restore)
        return 0;
    QStringList errors;
    const int restored = autoSaver->restoreAll(recoverables, &errors);
    if (!errors.isEmpty())
        QMessageBox::warning(parent, Text::tr("Some changes could not be restored"), errors.join(u'\n'));
    return restored;
}

} // namespace Entente::RecoveryPrompt
