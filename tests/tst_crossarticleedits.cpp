// Corpus-wide identity on tests/data/corpus30 (32 articles, 2012–2024) and the seed article: renaming,
// merging or deleting a record changes every open article that uses its id as ONE undo step; undo gives
// back every article's bytes, redo the edited ones; the counts are right; articles open read-only or
// changed on disk are named and left alone; in the window, the inspector does it as one undo step.
#include "articleset.h"
#include "corpuseditor.h"
#include "corpusedits.h"
#include "corpusstore.h"
#include "duplicatespanel.h"
#include "format.h"
#include "articleviews.h"
#include "mainwindow.h"
#include "readingdocument.h"
#include "readingview.h"
#include "recordinspector.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Opens the files as the window's loader would; the named ones open read-only (running as root, a
// file without write permission still opens writable, so the flag is given here).
void openCorpus(ArticleSet& articles, const QStringList& files, const QStringList& readOnlyNames = {})
{
    QList<Document> documents;
    QList<bool> readOnly;
    QList<FileState> states;
    for (const QString& path : files) {
        documents.append(Format::load(path));
        readOnly.append(readOnlyNames.contains(QFileInfo(path).fileName()));
        states.append({ FileState::hashOf(readFile(path)), FileState::stampOf(path) });
    }
    Corpus merged = Corpus::merge(documents);
    articles.adopt(documents, readOnly, states, std::move(merged), articles.store()->revision());
}

QStringList texts(ArticleSet& articles)
{
    QStringList list;
    for (int i = 0; i < articles.count(); ++i)
        list.append(articles.document(i).text);
    return list;
}

bool run(CorpusEditor* editor, const QString& action, MarkKind kind, const QString& id, const QString& target,
         QString* error)
{
    if (action == u"rename")
        return editor->rename(kind, id, target, error);
    if (action == u"merge")
        return editor->merge(kind, id, target, error);
    return editor->remove(kind, id, error);
}

QString expectedMessage(const QString& action, const QString& id, const QString& target, int articles, int marks)
{
    const QString counts = u" in %1 article%2 (%3 mark%4)."_s.arg(articles)
                               .arg(articles == 1 ? u""_s : u"s"_s)
                               .arg(marks)
                               .arg(marks == 1 ? u""_s : u"s"_s);
    if (action == u"rename")
        return u"Renamed %1 to %2"_s.arg(id, target) + counts;
    if (action == u"merge")
        return u"Merged %1 into %2"_s.arg(id, target) + counts;
    return u"Deleted %1"_s.arg(id) + counts;
}

} // namespace

class TestCrossArticleEdits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_files; // copies of corpus30 and the seed article
    QList<QByteArray> m_bytes; // their bytes

    // Every article's bytes (as saved) and text (in its editor) are the originals; none is modified.
    void verifyOriginal(ArticleSet& articles)
    {
        for (int i = 0; i < articles.count(); ++i) {
            QCOMPARE(Format::encode(articles.document(i)), m_bytes.at(i));
            if (articles.hasTextDocument(i)) {
                QCOMPARE(ArticleSet::documentText(articles.textDocument(i)), articles.document(i).text);
                QVERIFY2(!articles.isModified(i), qPrintable(articles.path(i)));
            }
        }
    }

    void addRows()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("articles");
        QTest::addColumn<int>("marks");
        const auto row = [](const char* name, const QString& action, MarkKind kind, const QString& id,
                            const QString& target, int articles, int marks) {
            QTest::newRow(name) << action << int(kind) << id << target << articles << marks;
        };
        // lavrov: 8 articles define it and mark it once each.
        row("rename actor", u"rename"_s, MarkKind::Actor, u"lavrov"_s, u"sergei-lavrov"_s, 8, 8);
        row("rename meeting", u"rename"_s, MarkKind::Meeting, u"geneva-syria-talks"_s, u"geneva-2013"_s, 1, 1);
        row("rename issue", u"rename"_s, MarkKind::Issue, u"hacking"_s, u"email-hacking"_s, 1, 3);
        // 4 articles use sergey-lavrov; the 8 defining lavrov get "Sergey Lavrov" as an alias.
        row("merge actor", u"merge"_s, MarkKind::Actor, u"sergey-lavrov"_s, u"lavrov"_s, 12, 4);
        row("merge meeting", u"merge"_s, MarkKind::Meeting, u"lavrov-wang-munich-plan"_s,
            u"lavrov-wang-munich"_s, 1, 1);
        row("delete actor", u"delete"_s, MarkKind::Actor, u"kim-jong-un"_s, QString(), 2, 2);
        row("delete meeting", u"delete"_s, MarkKind::Meeting, u"geneva-syria-talks"_s, QString(), 1, 1);
        row("delete issue", u"delete"_s, MarkKind::Issue, u"hacking"_s, QString(), 1, 3);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QDir fixture(QStringLiteral(ENTENTE_SOURCE_DIR "/tests/data/corpus30"));
        QStringList sources;
        for (const QString& name : fixture.entryList({ u"*.entente"_s }, QDir::Files))
            sources.append(fixture.filePath(name));
        sources.append(QStringLiteral(ENTENTE_SAMPLE));
        QVERIFY(sources.size() >= 31);
        for (const QString& source : std::as_const(sources)) {
            m_files.append(m_dir.filePath(QFileInfo(source).fileName()));
            QVERIFY(QFile::copy(source, m_files.constLast()));
            m_bytes.append(readFile(source));
        }
    }

    void changesEveryArticleAsOneStep_data() { addRows(); }
    void changesEveryArticleAsOneStep()
    {
        QFETCH(QString, action);
        QFETCH(int, kind);
        QFETCH(QString, id);
        QFETCH(QString, target);
        QFETCH(int, articles);
        QFETCH(int, marks);
        const auto markKind = MarkKind(kind);
        CorpusStore store;
        ArticleSet set(&store);
        openCorpus(set, m_files);
        QCOMPARE(set.count(), m_files.size());
        const QStringList before = texts(set);
        const qsizetype conflicts = store.corpus().conflicts.size();
        // One article that uses the id is shown (it has a text document); the others never were.
        const int shown = CorpusEdits::documentsUsing(store.corpus(), markKind, id).constFirst();
        set.textDocument(shown);

        CorpusEditor* editor = set.corpusEditor();
        QString error;
        QVERIFY2(run(editor, action, markKind, id, target, &error), qPrintable(error));
        QCOMPARE(editor->lastMessage(), expectedMessage(action, id, target, articles, marks));
        const QStringList after = texts(set);
        int changed = 0;
        for (int i = 0; i < set.count(); ++i) {
            QCOMPARE(set.document(i).plainText(), Format::parse(before.at(i)).plainText()); // words stay
            if (after.at(i) != before.at(i)) {
                ++changed;
                QVERIFY(set.isModified(i));
                QVERIFY(set.document(i).markIndexesFor(markKind, id).isEmpty());
            }
        }
        QCOMPARE(changed, articles);
        QCOMPARE(editor->undoStack()->count(), 1);
        // The id is gone from the corpus: no article defines or names it.
        QVERIFY(CorpusEdits::documentsUsing(store.corpus(), markKind, id).isEmpty());
        QVERIFY(!store.corpus().defines(markKind, id));
        if (!target.isEmpty())
            QVERIFY(store.corpus().defines(markKind, target));
        if (action == u"merge" && markKind == MarkKind::Actor) {
            const Actor& merged = store.corpus().actors.at(store.corpus().actorIndex(target));
            QVERIFY(merged.aliases.contains(u"Sergey Lavrov"_s));
            // Every definition of lavrov got the same aliases: no new conflict.
            QVERIFY(store.corpus().conflicts.size() <= conflicts);
        }

        // One undo gives back every article's bytes; redo the edited ones.
        QVERIFY(editor->undo(nullptr));
        QCOMPARE(texts(set), before);
        verifyOriginal(set);
        for (int i = 0; i < set.count(); ++i) {
            // The shown article's part was one step of its own history; no other got a text document.
            QCOMPARE(set.hasTextDocument(i), i == shown);
            if (i == shown)
                QVERIFY(!set.textDocument(i)->isUndoAvailable() && set.textDocument(i)->isRedoAvailable());
        }
        QVERIFY(store.corpus().defines(markKind, id));
        QVERIFY(editor->redo(nullptr));
        QCOMPARE(texts(set), after);
        QVERIFY(editor->undo(nullptr));
        QCOMPARE(texts(set), before);
        verifyOriginal(set);
    }

    // Read-only articles and those the window finds changed on disk are named and left alone.
    void leavesArticlesAlone()
    {
        CorpusStore store;
        ArticleSet set(&store);
        openCorpus(set, m_files, { u"2013-05-kerry-moscow.entente"_s });
        set.corpusEditor()->setSkipReason([&set](int index) {
            return set.path(index).endsWith(u"2014-03-paris-first.entente") ? u"changed on disk"_s : QString();
        });
        const QStringList before = texts(set);
        QString error;
        QVERIFY2(set.corpusEditor()->rename(MarkKind::Actor, u"lavrov"_s, u"sergei-lavrov"_s, &error), qPrintable(error));
        QCOMPARE(set.corpusEditor()->lastMessage(),
                 u"Renamed lavrov to sergei-lavrov in 6 articles (6 marks). Left alone: 2013-05-kerry-moscow.entente "
                 "(open read-only), 2014-03-paris-first.entente (changed on disk)."_s);
        for (const QString& name : { u"2013-05-kerry-moscow.entente"_s, u"2014-03-paris-first.entente"_s }) {
            const int index = set.indexOfPath(m_dir.filePath(name));
            QCOMPARE(set.document(index).text, before.at(index));
            QCOMPARE(set.document(index).markIndexesFor(MarkKind::Actor, u"lavrov"_s).size(), 1);
        }
        QVERIFY(set.corpusEditor()->undo(nullptr));
        verifyOriginal(set);

        // When every article using the id is left alone, nothing changes and the message says why.
        QVERIFY(!set.corpusEditor()->rename(MarkKind::Meeting, u"kerry-lavrov-moscow"_s, u"moscow-2013"_s, &error));
        QCOMPARE(error, u"Nothing changed: every article that uses the id is left alone: "
                        "2013-05-kerry-moscow.entente (open read-only)."_s);
        QCOMPARE(set.corpusEditor()->undoStack()->count(), 1); // only the rename, undone
        QCOMPARE(set.corpusEditor()->undoStack()->index(), 0);
    }

    void refusesAndChangesNothing_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("error");
        QTest::newRow("rename to an id in use") << u"rename"_s << int(MarkKind::Actor) << u"lavrov"_s << u"wang-yi"_s
                                                << u"the actor id 'wang-yi' is already used"_s;
        QTest::newRow("rename to a bad id") << u"rename"_s << int(MarkKind::Actor) << u"lavrov"_s << u"Sergei L"_s
                                            << u"bad id 'Sergei L': use letters, digits, '-', '_' or '.'"_s;
        QTest::newRow("rename an unknown id") << u"rename"_s << int(MarkKind::Meeting) << u"nowhere"_s << u"x"_s
                                              << u"there is no meeting 'nowhere'"_s;
        QTest::newRow("merge issues") << u"merge"_s << int(MarkKind::Issue) << u"trade"_s << u"climate"_s
                                      << u"only actors and meetings can be merged"_s;
        QTest::newRow("merge into nobody") << u"merge"_s << int(MarkKind::Actor) << u"lavrov"_s << u"nobody"_s
                                           << u"there is no actor 'nobody'"_s;
        // kerry is the only participant of a meeting of the seed article: refused there, so nowhere.
        QTest::newRow("delete a lone participant")
            << u"delete"_s << int(MarkKind::Actor) << u"kerry"_s << QString()
            << u"us-china-diplomacy-2023-07.entente: 'kerry' is the only participant of meeting 'kerry-visit': "
               "remove the meeting first"_s;
    }
    void refusesAndChangesNothing()
    {
        QFETCH(QString, action);
        QFETCH(int, kind);
        QFETCH(QString, id);
        QFETCH(QString, target);
        QFETCH(QString, error);
        CorpusStore store;
        ArticleSet set(&store);
        openCorpus(set, m_files);
        QString message;
        QVERIFY(!run(set.corpusEditor(), action, MarkKind(kind), id, target, &message));
        QCOMPARE(message, error);
        QCOMPARE(set.corpusEditor()->undoStack()->count(), 0);
        verifyOriginal(set);
    }

    // The corpus step composes with each article's own history: undo takes it back whole when it is
    // the shown article's (or the corpus's) most recent change, never half of it.
    void composesWithArticleUndo()
    {
        CorpusStore store;
        ArticleSet set(&store);
        openCorpus(set, m_files);
        CorpusEditor* editor = set.corpusEditor();
        QString error;
        QVERIFY(editor->rename(MarkKind::Actor, u"lavrov"_s, u"sergei-lavrov"_s, &error));
        const int touched = set.indexOfPath(m_dir.filePath(u"2017-06-gulf.entente"_s));
        const int other = set.indexOfPath(m_dir.filePath(u"2013-05-kerry-moscow.entente"_s));
        const int untouched = set.indexOfPath(m_dir.filePath(u"2019-05-hunter.entente"_s));
        QTextDocument* shown = set.textDocument(touched);
        const QString renamed = set.document(touched).text;

        // Typing after the step: the article's undo takes the typing back first.
        QTextCursor(shown).insertText(u"Note. "_s);
        QVERIFY(!editor->undo(shown));
        shown->undo();
        QCOMPARE(ArticleSet::documentText(shown), renamed);
        // Then its next undo step is its part of the corpus step: undone whole, in every article.
        QVERIFY(editor->undo(shown));
        verifyOriginal(set);
        QVERIFY(editor->redo(shown));
        QVERIFY(set.document(other).markIndexesFor(MarkKind::Actor, u"lavrov"_s).isEmpty());

        // Another article changed since: undo is refused with its name, never done by halves.
        QTextCursor(set.textDocument(other)).insertText(u"Note. "_s);
        QVERIFY(editor->undo(shown));
        QVERIFY2(editor->lastMessage().contains(u"2013-05-kerry-moscow.entente changed since"_s),
                 qPrintable(editor->lastMessage()));
        QCOMPARE(ArticleSet::documentText(shown), renamed);
        // An untouched article's own change stays its own.
        QVERIFY(!editor->undo(set.textDocument(untouched)));
        set.textDocument(other)->undo();
        QVERIFY(editor->undo(shown));
        verifyOriginal(set);
    }

    // In the window: the inspector's Rename Id, Merge Into and Delete, Edit ▸ Undo and Redo, and an
    // article changed on disk meanwhile.
    void inspectorDoesItAsOneUndoStep_data() { addRows(); }
    void inspectorDoesItAsOneUndoStep()
    {
        QFETCH(QString, action);
        QFETCH(int, kind);
        QFETCH(QString, id);
        QFETCH(QString, target);
        QFETCH(int, articles);
        QFETCH(int, marks);
        QTemporaryDir dir;
        QStringList files;
        for (const QString& file : std::as_const(m_files)) {
            files.append(dir.filePath(QFileInfo(file).fileName()));
            QVERIFY(QFile::copy(file, files.constLast()));
        }
        MainWindow window;
        QVERIFY(window.openPaths(files));
        ArticleSet* set = window.articles();
        QCOMPARE(set->count(), files.size());
        const QStringList before = texts(*set);
        const int shown = CorpusEdits::documentsUsing(window.store()->corpus(), MarkKind(kind), id).constFirst();
        window.showArticle(shown);
        window.store()->setCurrent({ MarkKind(kind), id });
        QString error;
        bool done = true;
        if (action == u"rename")
            done = window.inspector()->renameCurrent(target, &error);
        else if (action == u"delete")
            done = window.inspector()->deleteCurrent(false);
        else if (MarkKind(kind) == MarkKind::Actor)
            done = window.inspector()->mergeCurrentActorInto(target);
        else // the inspector merges actors; meetings are merged from the Duplicates dock
            Q_EMIT window.findChild<DuplicatesPanel*>()->mergeRequested(MarkKind(kind), target, id);
        QVERIFY2(done, qPrintable(error));
        QCOMPARE(window.statusBar()->currentMessage(), expectedMessage(action, id, target, articles, marks));
        const QStringList after = texts(*set);
        QCOMPARE(set->corpusEditor()->undoStack()->count(), 1);

        const auto editAction = [&window](QKeySequence::StandardKey key) -> QAction* {
            for (QAction* menu : window.menuBar()->actions()) {
                for (QAction* item : menu->menu() ? menu->menu()->actions() : QList<QAction*>()) {
                    if (item->shortcut() == QKeySequence(key))
                        return item;
                }
            }
            return nullptr;
        };
        QAction* undo = editAction(QKeySequence::Undo);
        QAction* redo = editAction(QKeySequence::Redo);
        QVERIFY(undo && redo);
        undo->trigger();
        QCOMPARE(texts(*set), before);
        verifyOriginal(*set);
        redo->trigger();
        QCOMPARE(texts(*set), after);
        // Ctrl+Z in the shown article's reading view takes the same way.
        QTest::keyClick(window.articleViews()->readingView(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(texts(*set), before);
        verifyOriginal(*set);
    }

    void changedOnDiskInTheWindow()
    {
        QTemporaryDir dir;
        QStringList files;
        for (const QString& file : std::as_const(m_files)) {
            files.append(dir.filePath(QFileInfo(file).fileName()));
            QVERIFY(QFile::copy(file, files.constLast()));
        }
        MainWindow window;
        QVERIFY(window.openPaths(files));
        QFile changed(dir.filePath(u"2014-03-paris-first.entente"_s));
        QVERIFY(changed.open(QIODevice::Append));
        changed.write("# changed by another program\n");
        changed.close();
        window.store()->setCurrent({ MarkKind::Actor, u"lavrov"_s });
        QString error;
        QVERIFY2(window.inspector()->renameCurrent(u"sergei-lavrov"_s, &error), qPrintable(error));
        QCOMPARE(window.statusBar()->currentMessage(),
                 u"Renamed lavrov to sergei-lavrov in 7 articles (7 marks). Left alone: "
                 "2014-03-paris-first.entente (changed on disk)."_s);
        QVERIFY(window.inspector()->findChild<QLabel*>(u"inspectorMessage"_s)->text().contains(
            u"Left alone: 2014-03-paris-first.entente (changed on disk)."_s));
        const int index = window.articles()->indexOfPath(changed.fileName());
        QCOMPARE(window.articles()->document(index).markIndexesFor(MarkKind::Actor, u"lavrov"_s).size(), 1);
        if (!qEnvironmentVariableIsEmpty("ENTENTE_SHOTS")) {
            window.resize(1500, 950);
            window.show();
            window.showArticle(window.articles()->indexOfPath(dir.filePath(u"2017-06-gulf.entente"_s)));
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTest::qWait(300);
            QVERIFY(window.grab().save(qEnvironmentVariable("ENTENTE_SHOTS") + u"/xedits-rename.png"_s));
        }
    }
};

QTEST_MAIN(TestCrossArticleEdits)
#include "tst_crossarticleedits.moc"
