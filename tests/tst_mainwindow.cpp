// The main window offscreen: the sample opens into the lists, the editor highlights it, and one
// selection links lists and text.
#include "analysisdocks.h"
#include "annotatededitor.h"
#include "cachediconstyle.h"
#include "calendar/calendargrid.h"
#include "calendar/calendarview.h"
#include "network/edgeitem.h"
#include "network/networkpanel.h"
#include "network/networkview.h"
#include "articleset.h"
#include "corpusstore.h"
#include "mainwindow.h"
#include "recordfiltermodel.h"
#include "recordmodel.h"
#include "recordpanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeView>

#include <memory>

using namespace Entente;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static int positionOf(const QTextDocument* document, const QString& text)
    {
        return document->find(text).selectionStart();
    }
    // The character format the highlighter gave to the character at position.
    static QTextCharFormat formatAt(const QTextDocument* document, int position)
    {
        const QTextBlock block = document->findBlock(position);
        const int inBlock = position - block.position();
        for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
            if (inBlock >= range.start && inBlock < range.start + range.length)
                return range.format;
        }
        return {};
    }
    static QModelIndex proxyRowOf(RecordPanel* panel, const QString& id)
    {
        const QModelIndexList found = panel->proxy()->match(panel->proxy()->index(0, 0), RecordModel::IdRole, id, 1,
            Qt::MatchExactly);
        return found.value(0);
    }

private Q_SLOTS:
    void dockTitleBarIconsAreMadeOnce()
    {
        // Laying out a dock's title bar asks the style for its icons each time: the window's style
        // keeps them, and they are the icons of the style it wraps.
        MainWindow window;
        auto* style = qobject_cast<CachedIconStyle*>(QApplication::style());
        QVERIFY(style);
        const QIcon close = style->standardIcon(QStyle::SP_TitleBarCloseButton);
        QCOMPARE(style->standardIcon(QStyle::SP_TitleBarCloseButton).cacheKey(), close.cacheKey());
        QCOMPARE(style->standardIcon(QStyle::SP_TitleBarNormalButton).cacheKey(),
            style->standardIcon(QStyle::SP_TitleBarNormalButton).cacheKey());
        const std::unique_ptr<QStyle> plain(QStyleFactory::create(style->baseStyle()->name()));
        QVERIFY(plain);
        const QImage expected = plain->standardIcon(QStyle::SP_TitleBarCloseButton).pixmap(16).toImage();
        QVERIFY(!expected.isNull());
        QCOMPARE(close.pixmap(16).toImage(), expected);
        MainWindow second; // one style for every window
        QCOMPARE(QApplication::style(), style);
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void opensTheSampleIntoTheLists()
    {
        MainWindow window;
        QVERIFY(window.openPaths({ QStringLiteral(ENTENTE_SAMPLE) }));
        QCOMPARE(window.actorPanel()->view()->model()->rowCount(), 15);
        QCOMPARE(window.meetingPanel()->view()->model()->rowCount(), 6);
        QCOMPARE(window.issuePanel()->view()->model()->rowCount(), 4);
        QCOMPARE(window.problemList()->model()->rowCount(), 0);

        QFile file(QStringLiteral(ENTENTE_SAMPLE));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(ArticleSet::documentText(window.editor()->document()), QString::fromUtf8(file.readAll()));
        QVERIFY(window.windowTitle().contains(QStringLiteral("us-china-diplomacy-2023-07.entente")));
    }

    void highlightsMarksByKind()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openPaths({ QStringLiteral(ENTENTE_SAMPLE) }));
        const QTextDocument* document = window.editor()->document();
        // KSyntaxHighlighting highlights in the event loop after the document is attached.
        const int actor = positionOf(document, QStringLiteral("Antony Blinken"));
        QTRY_VERIFY(formatAt(document, actor).hasProperty(QTextFormat::ForegroundBrush));

        const QTextCharFormat plain = formatAt(document, positionOf(document, QStringLiteral("US Secretary")));
        const QTextCharFormat actorFormat = formatAt(document, actor);
        const QTextCharFormat dateFormat = formatAt(document, positionOf(document, QStringLiteral("on Thursday")));
        const QTextCharFormat meetingFormat = formatAt(document, positionOf(document, QStringLiteral("is scheduled to meet")));
        const QTextCharFormat issueFormat = formatAt(document, positionOf(document, QStringLiteral("has denied these")));
        const QTextCharFormat markup = formatAt(document, positionOf(document, QStringLiteral("{actor=blinken}")));
        const QTextCharFormat recordType = formatAt(document, positionOf(document, QStringLiteral("actor blinken:")));

        QVERIFY(actorFormat.fontWeight() > plain.fontWeight());
        QVERIFY(meetingFormat.fontUnderline());
        QVERIFY(actorFormat.foreground() != dateFormat.foreground());
        QVERIFY(actorFormat.foreground() != markup.foreground());
        QVERIFY(issueFormat != actorFormat && issueFormat != dateFormat && issueFormat != meetingFormat);
        QVERIFY(recordType.hasProperty(QTextFormat::ForegroundBrush) || recordType.fontWeight() > plain.fontWeight());
        QVERIFY(!plain.hasProperty(QTextFormat::FontUnderline) || !plain.fontUnderline());
    }

    void selectingAMeetingShowsItsSpan()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openPaths({ QStringLiteral(ENTENTE_SAMPLE) }));
        QTreeView* meetings = window.meetingPanel()->view();
        const QModelIndex jakarta = proxyRowOf(window.meetingPanel(), QStringLiteral("jakarta-talks"));
        QVERIFY(jakarta.isValid());
        meetings->setCurrentIndex(jakarta);

        QCOMPARE(window.store()->current().id, QStringLiteral("jakarta-talks"));
        const QList<QTextEdit::ExtraSelection> spans = window.editor()->extraSelections();
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spans.first().cursor.selectedText(), QStringLiteral("is scheduled to meet"));
        QVERIFY(window.actorPanel()->selectedId().isEmpty());
    }

    void cursorInAMarkSelectsItsRecord()
    {
        MainWindow window;
        QVERIFY(window.openPaths({ QStringLiteral(ENTENTE_SAMPLE) }));
        QTextCursor cursor(window.editor()->document());
        cursor.setPosition(positionOf(window.editor()->document(), QStringLiteral("Wang Yi]")) + 2);
        window.editor()->setTextCursor(cursor);
        QCOMPARE(window.store()->current(), (RecordRef { MarkKind::Actor, QStringLiteral("wang-yi") }));
        QCOMPARE(window.actorPanel()->selectedId(), QStringLiteral("wang-yi"));

        // A record line selects its record too.
        cursor.setPosition(positionOf(window.editor()->document(), QStringLiteral("issue trade:")) + 3);
        window.editor()->setTextCursor(cursor);
        QCOMPARE(window.issuePanel()->selectedId(), QStringLiteral("trade"));
        QVERIFY(window.actorPanel()->selectedId().isEmpty());
    }

    void editsAreReparsedIntoTheLists()
    {
        MainWindow window;
        QVERIFY(window.openPaths({ QStringLiteral(ENTENTE_SAMPLE) }));
        window.articles()->setReparseDelay(10);
        QAbstractItemModelTester tester(window.meetingPanel()->view()->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTextDocument* document = window.editor()->document();
        QTextCursor cursor = document->find(QStringLiteral("place=Jakarta"));
        QVERIFY(!cursor.isNull());
        cursor.insertText(QStringLiteral("place=Bali"));
        QVERIFY(window.articles()->isModified(0));
        QTRY_COMPARE(proxyRowOf(window.meetingPanel(), QStringLiteral("jakarta-talks"))
                         .siblingAtColumn(3)
                         .data()
                         .toString(),
            QStringLiteral("Bali"));

        // A broken record shows up as a problem with its line, and the rest stays loaded.
        cursor = document->find(QStringLiteral("status=planned; kind=talks"));
        cursor.insertText(QStringLiteral("status=soon; kind=talks"));
        QTRY_COMPARE(window.problemList()->model()->rowCount(), 1);
        QVERIFY(window.problemList()->model()->index(0, 0).data().toString().contains(QStringLiteral(":36:")));
        QVERIFY(window.problemList()->model()->index(0, 0).data().toString().contains(QStringLiteral("unknown meeting status 'soon'")));
        QCOMPARE(window.actorPanel()->view()->model()->rowCount(), 15);
    }

    void viewsShareTheSelection()
    {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(window.openPaths({ QStringLiteral(ENTENTE_SAMPLE) }));
        CalendarView* calendar = window.analysis()->calendar();
        calendar->raise();
        // Room for the meetings' chips in the month's cells (the first window fits a small screen).
        for (QDockWidget* dock : window.analysis()->docks()) {
            if (dock->isAncestorOf(calendar))
                window.resizeDocks({ dock }, { 1000 }, Qt::Horizontal);
        }
        QTRY_VERIFY(calendar->isVisible());
        QCOMPARE(calendar->visibleMonth(), QDate(2023, 7, 1));
        QTRY_VERIFY(!calendar->chipRect(QStringLiteral("jakarta-talks")).isEmpty());

        // A chip in the calendar selects the meeting in the list, its span in the text and its edge.
        const QPoint chip = calendar->chipRect(QStringLiteral("jakarta-talks")).center().toPoint();
        QTest::mouseClick(calendar->grid(), Qt::LeftButton, {}, chip);
        QCOMPARE(window.store()->current(), (RecordRef { MarkKind::Meeting, QStringLiteral("jakarta-talks") }));
        QCOMPARE(window.meetingPanel()->selectedId(), QStringLiteral("jakarta-talks"));
        QCOMPARE(window.editor()->extraSelections().value(0).cursor.selectedText(), QStringLiteral("is scheduled to meet"));
        EdgeItem* edge = window.analysis()->network()->view()->edgeItem(QStringLiteral("blinken"), QStringLiteral("wang-yi"));
        QVERIFY(edge);
        QVERIFY(edge->isHighlighted());

        // The list selects back: Kerry's visit moves nothing but the selection of every view.
        const QModelIndex kerry = proxyRowOf(window.meetingPanel(), QStringLiteral("kerry-visit"));
        window.meetingPanel()->view()->setCurrentIndex(kerry);
        QVERIFY(!edge->isHighlighted());
        QCOMPARE(calendar->visibleMonth(), QDate(2023, 7, 1));
    }

    void everyViewOffersExport()
    {
        MainWindow window;
        QVERIFY(window.openPaths({ QStringLiteral(ENTENTE_SAMPLE) }));
        const QList<QDockWidget*> docks = window.analysis()->docks();
        QCOMPARE(docks.size(), 5); // calendar, network, issues, meetings, timeline
        for (QDockWidget* dock : docks) {
            QWidget* target = dock->widget();
            if (auto* panel = qobject_cast<NetworkPanel*>(target)) {
                // The panel keeps its view: filters above, the graph below, both inside the dock.
                QCOMPARE(panel->view()->parentWidget(), panel);
                target = panel->view();
            }
            QCOMPARE(target->contextMenuPolicy(), Qt::ActionsContextMenu);
            QVERIFY(std::any_of(target->actions().cbegin(), target->actions().cend(),
                [](const QAction* a) { return a->text() == MainWindow::tr("Export View…") || a->text().contains(u'…'); }));
        }
    }

    void savesAtomicallyAndRefusesUnreadableFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("article.entente"));
        QVERIFY(QFile::copy(QStringLiteral(ENTENTE_SAMPLE), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        MainWindow window;
        QVERIFY(window.openPaths({ path }));
        QTextCursor cursor = window.editor()->document()->find(QStringLiteral("in Jakarta,"));
        cursor.insertText(QStringLiteral("in Jakarta, Indonesia,"));
        QString error;
        QVERIFY2(window.articles()->save(0, &error), qPrintable(error));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray bytes = saved.readAll();
        QVERIFY2(bytes.contains("in Jakarta, Indonesia, according"), bytes.left(400).constData());
        QVERIFY(!window.articles()->isModified(0));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
