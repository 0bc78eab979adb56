// File ▸ Export Data…, Import… and Briefing… in the window: the menu entries, what the dialogs
// take from the network's filters, the files they write, and the editable brat type mapping.
#include "briefingdialog.h"
#include "corpusstore.h"
#include "dataexportdialog.h"
#include "exchangetesting.h"
#include "importdialog.h"
#include "mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;

class TestExchangeDialogs : public QObject
{
    Q_OBJECT

private:
    static void save(QWidget* widget, const QString& name)
    {
        const QString folder = qEnvironmentVariable("ENTENTE_DIALOG_SHOTS"); // to look at them
        if (!folder.isEmpty())
            widget->grab().save(QDir(folder).filePath(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void fileMenuHasTheEntries()
    {
        MainWindow window;
        QStringList names;
        for (QAction* action : window.menuBar()->actions().first()->menu()->actions())
            names.append(action->objectName());
        QVERIFY(names.contains(QStringLiteral("exportDataAction")));
        QVERIFY(names.contains(QStringLiteral("importAction")));
        QVERIFY(names.contains(QStringLiteral("briefingAction")));
    }

    void exportDialogUsesTheNetworkFilters()
    {
        CorpusStore store;
        QList<Document> documents;
        for (const QString& file : Format::articleFiles(Testing::exchangeArticles()))
            documents.append(Format::load(file));
        store.setDocuments(documents);
        ActorGraphFilter network;
        network.from = QDate(2023, 7, 1);
        network.to = QDate(2023, 7, 31);
        network.statuses = { MeetingStatus::Held };
        DataExportDialog dialog(&store, network);
        dialog.show();
        save(&dialog, QStringLiteral("data-export-dialog.png"));
        Exchange::Filter filter = dialog.filter();
        QCOMPARE(filter.from, network.from);
        QCOMPARE(filter.to, network.to);
        QVERIFY(filter.statuses == network.statuses);

        QTemporaryDir dir;
        dialog.setFormat(int(Exchange::DataFormat::Ics));
        QVERIFY(dialog.path().endsWith(QStringLiteral(".ics")));
        dialog.setPath(dir.filePath(QStringLiteral("held.ics")));
        QStringList written;
        QString message;
        QVERIFY2(dialog.run(&written, &message), qPrintable(message));
        QCOMPARE(written, QStringList { dir.filePath(QStringLiteral("held.ics")) });
        QFile file(written.first());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("BEGIN:VEVENT"), 4); // July's held meetings

        dialog.setFormat(int(Exchange::DataFormat::Csv));
        QVERIFY(!dialog.path().endsWith(QStringLiteral(".csv"))); // all tables: a folder
        dialog.setPath(dir.filePath(QStringLiteral("tables")));
        dialog.setDateRange({}, {});
        QVERIFY(dialog.run(&written, &message));
        QCOMPARE(written.size(), 5);
    }

    void importDialogKeepsItsTypeMapping()
    {
        QTemporaryDir dir;
        {
            ImportDialog dialog;
            dialog.show();
            dialog.setSources({ QStringLiteral(ENTENTE_SOURCE_DIR "/tests/data/brat/ner-events.ann") });
            QCOMPARE(dialog.format(), QStringLiteral("brat"));
            Exchange::Brat::TypeMap map = dialog.typeMap();
            QVERIFY(map.target(QStringLiteral("PER")) == Exchange::Brat::Target::Person);
            map.set(QStringLiteral("PER"), Exchange::Brat::Target::Organisation);
            dialog.setTypeMap(map);
            save(&dialog, QStringLiteral("data-import-dialog.png"));
            dialog.setOutputFolder(dir.path());
            const ImportDialog::Outcome outcome = dialog.run();
            QCOMPARE(outcome.written.size(), 1);
            QCOMPARE(outcome.problems.size(), 1); // E2 without participants
            const Document doc = Format::load(outcome.written.first());
            QVERIFY(doc.actors.first().kind == ActorKind::Organisation);
        }
        ImportDialog again; // the edited mapping was remembered
        QVERIFY(again.typeMap().target(QStringLiteral("PER")) == Exchange::Brat::Target::Organisation);
        auto* kind = qobject_cast<QComboBox*>(again.typeTable()->cellWidget(0, 1));
        QVERIFY(kind);
        again.setSources(
            { QStringLiteral(ENTENTE_SOURCE_DIR "/tests/data/brat"), dir.filePath(QStringLiteral("x.csv")) });
        QVERIFY(again.format().isEmpty()); // brat and CSV at once: the dialog asks for one of them
    }

    void briefingDialogStartsFromTheNetworksPeriod()
    {
        CorpusStore store;
        store.setDocuments({ Format::load(QStringLiteral(ENTENTE_SAMPLE)) });
        ActorGraphFilter network;
        network.sides = { QStringLiteral("USA") };
        BriefingDialog dialog(&store, network);
        dialog.show();
        save(&dialog, QStringLiteral("data-briefing-dialog.png"));
        const Briefing::Options options = dialog.options();
        // No dates in the network's filter: the month of the latest meeting.
        QCOMPARE(options.filter.from, QDate(2023, 10, 1));
        QCOMPARE(options.filter.to, QDate(2023, 10, 31));
        QCOMPARE(options.filter.sides, QStringList { QStringLiteral("USA") });
        dialog.setPeriod(QDate(2023, 7, 1), QDate(2023, 7, 31));
        QTemporaryDir dir;
        QString error;
        const Briefing briefing(store.corpus(), dialog.options());
        QVERIFY(briefing.write(dir.filePath(QStringLiteral("b.html")), &error));
        QCOMPARE(briefing.meetingCount(), 4); // Jakarta, Yellen, Kerry, Xie Feng: July with a US participant
    }
};

QTEST_MAIN(TestExchangeDialogs)
#include "tst_exchangedialogs.moc"
