// The main window and the keyboard, offscreen on a 1280×800 screen (tests/data/offscreen-1280x800.json):
// the first window fits, its layout comes back, Ctrl+I shows the inspector, article tabs in natural
// order with their keys, Ctrl+W with unsaved edits, find in all articles, dropped files, shortcuts
// from a date field and the list of shortcuts.
#include "annotatededitor.h"
#include "articleloader.h"
#include "articleset.h"
#include "articletabs.h"
#include "articleviews.h"
#include "corpusstore.h"
#include "filedrops.h"
#include "findallpanel.h"
#include "findresultmodel.h"
#include "keyboardrouting.h"
#include "mainwindow.h"
#include "readingdocument.h"
#include "readingview.h"
#include "recordinspector.h"
#include "shortcutsdialog.h"
#include "windowlayout.h"

#include <QAction>
#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSignalSpy>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUrl>

using namespace Entente;

namespace {
// A field that claims Ctrl+E for itself, as QLineEdit and QDateEdit do on X11 ("end of line").
class ClaimingField : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;

protected:
    bool event(QEvent* event) override
    {
        if (event->type() == QEvent::ShortcutOverride && static_cast<QKeyEvent*>(event)->key() == Qt::Key_E) {
            event->accept();
            return true;
        }
        return QLineEdit::event(event);
    }
};
} // namespace

class TestWindowKeys : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QString& text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(text.toUtf8());
        return path;
    }
    static QByteArray bytesOf(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    // Shown and not moved out of sight (a dock behind another tab of its group is "visible" off-screen).
    static bool onScreen(const QWidget* widget)
    {
        return widget->isVisible() && !widget->visibleRegion().isEmpty();
    }
    static QStringList tabTexts(const ArticleTabs* tabs)
    {
        QStringList texts;
        for (int i = 0; i < tabs->count(); ++i)
            texts.append(tabs->tabText(i));
        return texts;
    }
    static void showActive(MainWindow* window)
    {
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
    }
    // The window's widget that has the keyboard (where a key typed now goes).
    static QWidget* keyTarget(MainWindow* window)
    {
        QWidget* focus = QApplication::focusWidget();
        return focus ? focus : window;
    }
    // Answers the next message box with button, once it is shown.
    void answerNextMessageBox(QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, this, [button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(button)->click();
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QSettings().setValue(QStringLiteral("suggest/onOpen"), false);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        // Each test starts as a first start, with no layout saved.
        QSettings settings;
        settings.remove(QStringLiteral("window"));
    }

    void initialGeometryFitsTheAvailableArea_data()
    {
        QTest::addColumn<QRect>("available");
        QTest::newRow("1280×800 laptop") << QRect(0, 0, 1280, 800);
        QTest::newRow("1280×800 with a top panel") << QRect(0, 27, 1280, 773);
        QTest::newRow("1366×768") << QRect(0, 0, 1366, 768);
        QTest::newRow("1600×1000") << QRect(0, 0, 1600, 1000);
        QTest::newRow("second screen") << QRect(1920, 0, 2560, 1440);
    }

    void initialGeometryFitsTheAvailableArea()
    {
        QFETCH(QRect, available);
        const QRect first = WindowLayout::initialGeometry(available);
        QVERIFY2(available.contains(first), qPrintable(QStringLiteral("%1,%2 %3×%4").arg(first.x()).arg(first.y()).arg(first.width()).arg(first.height())));
        QVERIFY(first.width() >= available.width() * 3 / 4);
        QVERIFY(first.height() >= available.height() * 3 / 4);

        // A window restored from a larger screen is moved and shrunk into this one.
        MainWindow window;
        window.setGeometry(available.x() + 300, available.y() + 200, 2400, 1500);
        WindowLayout::fitInto(&window, available);
        QVERIFY(window.width() <= available.width());
        QVERIFY(window.height() + 32 <= available.height()); // room for a title bar
        QVERIFY(available.contains(window.geometry().topLeft()));
    }

    void firstWindowFitsA1280x800Screen()
    {
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(1280, 800)); // the test's screen
        MainWindow window;
        QVERIFY(window.openPaths({ QStringLiteral(ENTENTE_SAMPLE) }));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(available.contains(window.frameGeometry()),
            qPrintable(QStringLiteral("frame %1×%2 at %3,%4").arg(window.frameGeometry().width()).arg(window.frameGeometry().height())
                           .arg(window.frameGeometry().x()).arg(window.frameGeometry().y())));
        QVERIFY(window.minimumSizeHint().height() < available.height());
        // Every dock that shows is inside the window, the Problems dock included.
        for (const QDockWidget* dock : window.findChildren<QDockWidget*>()) {
            if (onScreen(dock))
                QVERIFY2(window.rect().contains(QRect(dock->mapTo(&window, QPoint(0, 0)), dock->size())), qPrintable(dock->objectName()));
        }
        // The article has room to be read.
        QVERIFY(window.articleViews()->width() >= window.width() / 3);
    }

    void restoresGeometryDocksAndView()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1000, 740);
            window.suggestionDock()->raise();
            window.findAllDock()->raise();
            window.articleViews()->setShowingMarkup(true);
            QTRY_VERIFY(onScreen(window.suggestionDock()->widget()));
            QVERIFY(window.close());
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1000, 740));
        QTRY_VERIFY(onScreen(window.suggestionDock()->widget()));
        QVERIFY(!onScreen(window.inspectorDock()->widget()));
        QVERIFY(onScreen(window.findAllDock()->widget()));
        QVERIFY(window.articleViews()->isShowingMarkup());
    }

    void ctrlIShowsAndFocusesTheInspector()
    {
        MainWindow window;
        QVERIFY(window.openPaths({ QStringLiteral(ENTENTE_SAMPLE) }));
        showActive(&window);
        window.suggestionDock()->raise();
        QTRY_VERIFY(!onScreen(window.inspectorDock()->widget()));
        const QByteArray before = window.store()->corpus().documents.at(0).text.toUtf8();

        // Pressed twice: shown both times, never hidden.
        for (int press = 0; press < 2; ++press) {
            QTest::keyClick(keyTarget(&window), Qt::Key_I, Qt::ControlModifier);
            QTRY_VERIFY(onScreen(window.inspectorDock()->widget()));
            QVERIFY(window.inspector()->isAncestorOf(QApplication::focusWidget()) || window.inspector()->hasFocus());
        }
        // Suggestions on top again with the focus left in the inspector: a key goes nowhere.
        window.suggestionDock()->raise();
        QTRY_VERIFY(!onScreen(window.inspectorDock()->widget()));
        QHash<QLineEdit*, QString> hidden;
        for (QLineEdit* field : window.inspector()->findChildren<QLineEdit*>())
            hidden.insert(field, field->text());
        QTest::keyClicks(keyTarget(&window), QStringLiteral("i"));
        for (auto it = hidden.cbegin(); it != hidden.cend(); ++it)
            QCOMPARE(it.key()->text(), it.value());
        window.articles()->flush();
        QCOMPARE(window.store()->corpus().documents.at(0).text.toUtf8(), before);
    }

    void aKeyForAHiddenFieldIsDropped()
    {
        MainWindow window;
        QVERIFY(window.openPaths({ QStringLiteral(ENTENTE_SAMPLE) }));
        showActive(&window);
        // The actor's name field in the inspector, focused, then the Suggestions tab raised over it.
        window.showInspector();
        window.store()->setCurrent({ MarkKind::Actor, QStringLiteral("blinken") });
        QLineEdit* field = nullptr;
        QTRY_VERIFY((field = [&window]() -> QLineEdit* {
            for (QLineEdit* edit : window.inspector()->findChildren<QLineEdit*>()) {
                if (onScreen(edit))
                    return edit;
            }
            return nullptr;
        }()));
        field->setFocus();
        QTRY_VERIFY(field->hasFocus());
        const QString before = field->text();
        window.suggestionDock()->raise();
        QTRY_VERIFY(!onScreen(field));
        QTest::keyClicks(keyTarget(&window), QStringLiteral("i"));
        QCOMPARE(field->text(), before);
        window.articles()->flush();
        QVERIFY(!window.articles()->isModified(0));
    }

    void naturalOrderOfTabs()
    {
        const QString folder = m_dir.filePath(QStringLiteral("natural"));
        QVERIFY(QDir().mkpath(folder));
        const QStringList names { QStringLiteral("a100.txt"), QStringLiteral("a10.txt"), QStringLiteral("A2.txt"),
            QStringLiteral("a1.txt"), QStringLiteral("b.txt") };
        MainWindow window;
        for (const QString& name : names) // opened one by one, in no order
            QVERIFY(window.openPaths({ write(QStringLiteral("natural/") + name, QStringLiteral("Words of %1.\n").arg(name)) }));
        const QStringList expected { QStringLiteral("a1.txt"), QStringLiteral("A2.txt"), QStringLiteral("a10.txt"),
            QStringLiteral("a100.txt"), QStringLiteral("b.txt") };
        QCOMPARE(tabTexts(window.articleTabs()), expected);
        for (int rank = 0; rank < expected.size(); ++rank) {
            const int article = window.articles()->indexOfPath(QDir(folder).absoluteFilePath(expected.at(rank)));
            QCOMPARE(window.articleTabs()->rankOf(article), rank);
        }
        for (int tab = 0; tab < expected.size(); ++tab)
            QVERIFY(window.articles()->path(window.articleTabs()->articleAt(tab)).endsWith(expected.at(tab)));

        // Closing one keeps the order and each tab's article.
        window.articleTabs()->setCurrentIndex(2);
        QVERIFY(window.articles()->path(window.currentArticle()).endsWith(QStringLiteral("a10.txt")));
        QVERIFY(window.closeArticle(window.currentArticle()));
        QCOMPARE(tabTexts(window.articleTabs()), (QStringList { QStringLiteral("a1.txt"), QStringLiteral("A2.txt"),
                                                     QStringLiteral("a100.txt"), QStringLiteral("b.txt") }));
        QCOMPARE(window.articles()->count(), 4);
        QVERIFY(window.articles()->path(window.currentArticle()).endsWith(QStringLiteral("a100.txt")));
        QCOMPARE(window.editor()->document(), window.articles()->textDocument(window.currentArticle()));
    }

    void aFolderMakesOneTabAndKeysWalkItInOrder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("walk"));
        QVERIFY(QDir().mkpath(folder));
        for (const QString& name : { QStringLiteral("p10.txt"), QStringLiteral("p9.txt"), QStringLiteral("p1.txt") })
            write(QStringLiteral("walk/") + name, QStringLiteral("Words.\n"));
        MainWindow window;
        QVERIFY(window.openPaths({ folder }));
        QCOMPARE(tabTexts(window.articleTabs()), QStringList { QStringLiteral("p1.txt") });
        window.articleTabs()->step(1);
        window.articleTabs()->step(1);
        QCOMPARE(tabTexts(window.articleTabs()),
            (QStringList { QStringLiteral("p1.txt"), QStringLiteral("p9.txt"), QStringLiteral("p10.txt") }));
        QVERIFY(window.articles()->path(window.currentArticle()).endsWith(QStringLiteral("p10.txt")));
        QCOMPARE(window.editor()->document(), window.articles()->textDocument(window.currentArticle()));
    }

    void tabKeys_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<bool>("focusInAField");
        QTest::addColumn<QString>("shown");
        const int ctrl = int(Qt::ControlModifier);
        const int ctrlShift = int(Qt::ControlModifier | Qt::ShiftModifier);
        QTest::newRow("Ctrl+Tab") << int(Qt::Key_Tab) << ctrl << false << QStringLiteral("t3.txt");
        QTest::newRow("Ctrl+Shift+Tab") << int(Qt::Key_Backtab) << ctrlShift << false << QStringLiteral("t1.txt");
        QTest::newRow("Ctrl+PgDown") << int(Qt::Key_PageDown) << ctrl << false << QStringLiteral("t3.txt");
        QTest::newRow("Ctrl+PgUp") << int(Qt::Key_PageUp) << ctrl << false << QStringLiteral("t1.txt");
        QTest::newRow("Ctrl+PgDown from the actor filter") << int(Qt::Key_PageDown) << ctrl << true << QStringLiteral("t3.txt");
        QTest::newRow("Ctrl+Tab from the actor filter") << int(Qt::Key_Tab) << ctrl << true << QStringLiteral("t3.txt");
    }

    void tabKeys()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(bool, focusInAField);
        QFETCH(QString, shown);
        MainWindow window;
        QVERIFY(window.openPaths({ write(QStringLiteral("t1.txt"), QStringLiteral("One.\n")),
            write(QStringLiteral("t2.txt"), QStringLiteral("Two.\n")), write(QStringLiteral("t3.txt"), QStringLiteral("Three.\n")) }));
        showActive(&window);
        const auto article = [&window](const QString& name) { return window.articles()->indexOfPath(QFileInfo(name).absoluteFilePath()); };
        window.showArticle(article(m_dir.filePath(QStringLiteral("t2.txt"))));
        QWidget* target = window.articleViews()->shownView();
        if (focusInAField)
            target = window.findChildren<QLineEdit*>().constFirst();
        target->setFocus();
        QTest::keyClick(target, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QVERIFY(window.articles()->path(window.currentArticle()).endsWith(shown));
        QCOMPARE(window.editor()->document(), window.articles()->textDocument(window.currentArticle()));
        // From the last article the next one is the first.
        window.showArticle(article(m_dir.filePath(QStringLiteral("t3.txt"))));
        QTest::keyClick(window.articleViews()->shownView(), Qt::Key_PageDown, Qt::ControlModifier);
        QVERIFY(window.articles()->path(window.currentArticle()).endsWith(QStringLiteral("t1.txt")));
        // Each article reached has its tab, in order.
        QCOMPARE(tabTexts(window.articleTabs()).first(), QStringLiteral("t1.txt"));
    }

    void closeAsksAboutUnsavedEdits_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("closed");
        QTest::addColumn<bool>("fileHasTheEdit");
        QTest::newRow("cancel") << int(QMessageBox::Cancel) << false << false;
        QTest::newRow("discard") << int(QMessageBox::Discard) << true << false;
        QTest::newRow("save") << int(QMessageBox::Save) << true << true;
    }

    void closeAsksAboutUnsavedEdits()
    {
        QFETCH(int, answer);
        QFETCH(bool, closed);
        QFETCH(bool, fileHasTheEdit);
        const QString path = write(QStringLiteral("close.entente"), QStringLiteral("Words to keep.\n"));
        const QString other = write(QStringLiteral("other.entente"), QStringLiteral("Other words.\n"));
        MainWindow window;
        QVERIFY(window.openPaths({ path, other }));
        showActive(&window);
        const int index = window.articles()->indexOfPath(QFileInfo(path).absoluteFilePath());
        window.showArticle(index);
        QTextCursor cursor(window.editor()->document());
        cursor.insertText(QStringLiteral("Edited. "));
        QVERIFY(window.articles()->isModified(index));

        answerNextMessageBox(QMessageBox::StandardButton(answer));
        QTest::keyClick(window.articleViews()->shownView(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(window.articles()->indexOfPath(QFileInfo(path).absoluteFilePath()) < 0, closed);
        QCOMPARE(window.articles()->count(), closed ? 1 : 2);
        QCOMPARE(bytesOf(path).startsWith("Edited. "), fileHasTheEdit);
        if (!closed) {
            QVERIFY(window.articles()->isModified(index)); // nothing lost
            QVERIFY(ArticleSet::documentText(window.editor()->document()).startsWith(QStringLiteral("Edited. ")));
        } else {
            QVERIFY(window.articles()->path(window.currentArticle()).endsWith(QStringLiteral("other.entente")));
            QCOMPARE(window.store()->corpus().documents.size(), 1);
        }
        // An unchanged article closes without asking; the last one leaves an empty window.
        while (window.articles()->count() > 0) {
            if (window.articles()->isModified(window.currentArticle()))
                answerNextMessageBox(QMessageBox::Discard);
            QVERIFY(window.closeArticle(window.currentArticle()));
        }
        QCOMPARE(window.currentArticle(), -1);
        QVERIFY(window.editor()->document()->isEmpty());
    }

    void findInAllArticles()
    {
        const QString one = write(QStringLiteral("find1.entente"),
            QStringLiteral("The [Foreign Minister]{actor=fm} met the envoy.\nLater the minister left.\n"
                           "=== entente ===\nactor fm: Foreign Minister; kind=person\n"));
        const QString two = write(QStringLiteral("find2.entente"), QStringLiteral("No hit here.\nNone.\n"));
        const QString three = write(QStringLiteral("find3.entente"), QStringLiteral("\n\nA MINISTER spoke.\n"));
        MainWindow window;
        QVERIFY(window.openPaths({ one, two, three }));
        showActive(&window);
        QTest::keyClick(keyTarget(&window), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        FindAllPanel* panel = window.findAllPanel();
        QTRY_VERIFY(panel->field()->hasFocus());
        QVERIFY(onScreen(window.findAllDock()->widget()));
        QTest::keyClicks(panel->field(), QStringLiteral("minister"));
        panel->waitForResult();

        const FindResultModel* model = panel->model();
        QCOMPARE(model->rowCount(), 3);
        const auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
        QCOMPARE(cell(0, FindResultModel::ArticleColumn), QStringLiteral("find1.entente"));
        QCOMPARE(cell(0, FindResultModel::LineColumn), QStringLiteral("1"));
        QCOMPARE(cell(0, FindResultModel::ContextColumn), QStringLiteral("The Foreign Minister met the envoy."));
        QCOMPARE(cell(1, FindResultModel::LineColumn), QStringLiteral("2"));
        QCOMPARE(cell(2, FindResultModel::ArticleColumn), QStringLiteral("find3.entente"));
        QCOMPARE(cell(2, FindResultModel::LineColumn), QStringLiteral("3"));

        // Enter on a hit shows it in its article, the words selected.
        panel->view()->setFocus();
        panel->view()->setCurrentIndex(model->index(2, 0));
        QTest::keyClick(panel->view(), Qt::Key_Return);
        QVERIFY(window.articles()->path(window.currentArticle()).endsWith(QStringLiteral("find3.entente")));
        QCOMPARE(window.editor()->textCursor().selectedText(), QStringLiteral("MINISTER"));
        // A click on the first: the words of the mark, inside the markup.
        panel->view()->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(panel->view(), Qt::Key_Return);
        QVERIFY(window.articles()->path(window.currentArticle()).endsWith(QStringLiteral("find1.entente")));
        QCOMPARE(window.editor()->textCursor().selectedText(), QStringLiteral("Minister"));
        QCOMPARE(window.articleViews()->readingView()->textCursor().selectedText(), QStringLiteral("Minister"));

        // Match case narrows it; typing on replaces the hits.
        panel->matchCase()->setChecked(true);
        panel->waitForResult();
        QCOMPARE(model->rowCount(), 1);
        panel->field()->setText(QStringLiteral("envoy"));
        panel->waitForResult();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(cell(0, FindResultModel::ArticleColumn), QStringLiteral("find1.entente"));
    }

    void droppedFilesOpen_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("window") << QStringLiteral("window");
        QTest::newRow("reading view") << QStringLiteral("reading");
        QTest::newRow("markup view") << QStringLiteral("markup");
    }

    void droppedFilesOpen()
    {
        QFETCH(QString, target);
        const QString folder = m_dir.filePath(QStringLiteral("dropped-") + target);
        QVERIFY(QDir().mkpath(folder));
        const QString file = write(QStringLiteral("dropped-%1.txt").arg(target), QStringLiteral("A dropped file.\n"));
        write(QStringLiteral("dropped-%1/in-folder-1.txt").arg(target), QStringLiteral("One.\n"));
        write(QStringLiteral("dropped-%1/in-folder-2.entente").arg(target), QStringLiteral("Two.\n"));
        MainWindow window;
        QVERIFY(window.openPaths({ QStringLiteral(ENTENTE_SAMPLE) }));
        showActive(&window);
        window.articleViews()->setShowingMarkup(target == QStringLiteral("markup"));
        QWidget* widget = &window;
        if (target == QStringLiteral("reading"))
            widget = window.articleViews()->readingView()->viewport();
        else if (target == QStringLiteral("markup"))
            widget = window.editor()->viewport();
        const QString textBefore = ArticleSet::documentText(window.editor()->document());

        QMimeData data;
        data.setUrls({ QUrl::fromLocalFile(file), QUrl::fromLocalFile(folder) });
        data.setText(file); // file managers send the path as text too: it must not be typed in
        const QPoint at = widget->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction | Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(widget, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction | Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(widget, &drop);
        QVERIFY(drop.isAccepted());
        window.loader()->waitForFinished();
        QTRY_COMPARE(window.articles()->count(), 4);
        QVERIFY(window.articles()->indexOfPath(QFileInfo(file).absoluteFilePath()) >= 0);
        const int sample = window.articles()->indexOfPath(QStringLiteral(ENTENTE_SAMPLE));
        QCOMPARE(ArticleSet::documentText(window.articles()->textDocument(sample)), textBefore);
    }

    void textDraggedWithinAnArticleIsNotTaken()
    {
        QMimeData data;
        data.setText(QStringLiteral("words"));
        QVERIFY(FileDrops::localPaths(&data).isEmpty());
        data.setUrls({ QUrl(QStringLiteral("https://example.org/article.txt")) });
        QVERIFY(FileDrops::localPaths(&data).isEmpty());
    }

    void shortcutsWinOverFieldBindings_data()
    {
        QTest::addColumn<QKeySequence>("key");
        QTest::addColumn<bool>("editing");
        QTest::newRow("Ctrl+C copies in the field") << QKeySequence(QKeySequence::Copy) << true;
        QTest::newRow("Ctrl+Z undoes in the field") << QKeySequence(QKeySequence::Undo) << true;
        QTest::newRow("Ctrl+V pastes in the field") << QKeySequence(QKeySequence::Paste) << true;
        QTest::newRow("Ctrl+A selects in the field") << QKeySequence(QKeySequence::SelectAll) << true;
        QTest::newRow("Ctrl+E exports the view") << QKeySequence(Qt::CTRL | Qt::Key_E) << false;
        QTest::newRow("Ctrl+Shift+F finds in all") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F) << false;
        QTest::newRow("Ctrl+I inspects") << QKeySequence(Qt::CTRL | Qt::Key_I) << false;
    }

    void shortcutsWinOverFieldBindings()
    {
        QFETCH(QKeySequence, key);
        QFETCH(bool, editing);
        QCOMPARE(KeyboardRouting::isEditingKey(key), editing);
    }

    void ctrlEExportsFromADateField_data()
    {
        QTest::addColumn<bool>("claimingField");
        QTest::newRow("the inspector's date field") << false;
        QTest::newRow("a field that claims Ctrl+E") << true;
    }

    void ctrlEExportsFromADateField()
    {
        QFETCH(bool, claimingField);
        MainWindow window;
        QVERIFY(window.openPaths({ QStringLiteral(ENTENTE_SAMPLE) }));
        showActive(&window);
        // A meeting's date in the inspector.
        window.showInspector();
        window.store()->setCurrent({ MarkKind::Meeting, QStringLiteral("jakarta-talks") });
        QDateEdit* date = nullptr;
        QTRY_VERIFY((date = [&window]() -> QDateEdit* {
            for (QDateEdit* edit : window.inspector()->findChildren<QDateEdit*>()) {
                if (edit->isVisible())
                    return edit;
            }
            return nullptr;
        }()));
        date->setFocus(); // the inspector scrolls to it
        QTRY_VERIFY(date->hasFocus());
        QTRY_VERIFY(onScreen(date));
        if (claimingField) {
            auto* field = new ClaimingField(date->parentWidget());
            field->setGeometry(date->geometry());
            field->show();
            field->setFocus();
            QTRY_VERIFY(field->hasFocus());
        }
        QAction* exportView = nullptr;
        for (QAction* action : window.findChildren<QAction*>()) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E))
                exportView = action;
        }
        QVERIFY(exportView);
        QSignalSpy triggered(exportView, &QAction::triggered);
        QTimer::singleShot(0, this, [] {
            if (QWidget* dialog = QApplication::activeModalWidget())
                dialog->close();
        });
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(triggered.size(), 1);
    }

    void shortcutsDialogListsEveryShortcut()
    {
        MainWindow window;
        ShortcutsDialog dialog(&window);
        QSet<QString> expected;
        for (const QAction* action : window.findChildren<QAction*>()) {
            if (!action->shortcuts().isEmpty() && !action->text().isEmpty())
                expected.insert(ShortcutsDialog::plainText(action->text()));
        }
        QVERIFY(expected.size() > 30);
        QSet<QString> listed;
        const QStandardItemModel* model = dialog.model();
        for (int row = 0; row < model->rowCount(); ++row) {
            listed.insert(model->index(row, ShortcutsDialog::ActionColumn).data().toString());
            QVERIFY(!model->index(row, ShortcutsDialog::KeysColumn).data().toString().isEmpty());
        }
        QCOMPARE(listed, expected);

        dialog.filterField()->setText(QStringLiteral("Ctrl+Shift+F"));
        QCOMPARE(dialog.proxy()->rowCount(), 1);
        QCOMPARE(dialog.proxy()->index(0, ShortcutsDialog::ActionColumn).data().toString(), QStringLiteral("Find in All Articles"));
        QCOMPARE(dialog.proxy()->index(0, ShortcutsDialog::MenuColumn).data().toString(), QStringLiteral("Edit"));
        dialog.filterField()->setText(QStringLiteral("lock kind"));
        QCOMPARE(dialog.proxy()->rowCount(), 4);
        QCOMPARE(dialog.proxy()->index(0, ShortcutsDialog::MenuColumn).data().toString(), QStringLiteral("Tag ▸ Lock Kind"));
    }

    void helpMenuHasTheManualAndTheShortcuts()
    {
        MainWindow window;
        QStringList help;
        for (const QAction* menu : window.menuBar()->actions()) {
            if (ShortcutsDialog::plainText(menu->text()) == QStringLiteral("Help")) {
                for (const QAction* action : menu->menu()->actions())
                    help.append(ShortcutsDialog::plainText(action->text()));
            }
        }
        QVERIFY(help.contains(QStringLiteral("User Manual")));
        QVERIFY(help.contains(QStringLiteral("Keyboard Shortcuts")));
        // The development build finds the manual in the sources.
        QVERIFY(QFile::exists(QStringLiteral(ENTENTE_SOURCE_DIR "/docs/manual.md")));
    }

    void suggestionsComeForwardForARawArticle()
    {
        QSettings().setValue(QStringLiteral("suggest/onOpen"), true);
        const QString raw = write(QStringLiteral("raw.txt"),
            QStringLiteral("US Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Jakarta.\n"));
        MainWindow window;
        showActive(&window);
        window.inspectorDock()->raise();
        QVERIFY(window.openPaths({ raw }));
        QTRY_VERIFY(onScreen(window.suggestionDock()->widget()));
        QSettings().setValue(QStringLiteral("suggest/onOpen"), false);
    }
};

QTEST_MAIN(TestWindowKeys)
#include "tst_windowkeys.moc"
