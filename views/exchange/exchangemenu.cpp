#include "exchangemenu.h"

#include "briefingdialog.h"
#include "dataexportdialog.h"
#include "importdialog.h"

#include <QAction>
#include <QMenu>

namespace Entente::ExchangeMenu {

void addActions(QMenu* menu, CorpusStore* store, QWidget* window,
                std::function<ActorGraphFilter()> networkFilter,
                std::function<void(const QStringList&)> openFiles)
{
    QAction* exportData
        = menu->addAction(DataExportDialog::tr("Export &Data…"), window, [store, window, networkFilter] {
              DataExportDialog::exportData(store, networkFilter(), window);
          });
    exportData->setStatusTip(DataExportDialog::tr(
        "Save actors, meetings and issues for spreadsheets, Gephi, calendars, brat or event data"));
    exportData->setObjectName(QStringLiteral("exportDataAction"));
    QAction* import = menu->addAction(ImportDialog::tr("&Import…"), window, [window, openFiles] {
        const QStringList written = ImportDialog::importFiles(window);
        if (!written.isEmpty())
            openFiles(written);
    });
    import->setStatusTip(ImportDialog::tr("Make Entente files of brat annotations or CSV tables"));
    import->setObjectName(QStringLiteral("importAction"));
    QAction* briefing
        = menu->addAction(BriefingDialog::tr("&Briefing…"), window, [store, window, networkFilter] {
              BriefingDialog::makeBriefing(store, networkFilter(), window);
          });
    briefing->setStatusTip(BriefingDialog::tr(
        "A PDF or HTML briefing of a period: meetings, calendar, network, issues and sources"));
    briefing->setObjectName(QStringLiteral("briefingAction"));
}

} // namespace Entente::ExchangeMenu
