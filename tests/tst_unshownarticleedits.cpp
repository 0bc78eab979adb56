// A change across articles (rename, merge, delete) of articles never shown in a tab: no text document
// is made for them (CorpusStep sets their text in the ArticleSet directly), yet saving writes the
// changed bytes, undo gives back the text (and knows whether the file holds it), a tab opened later
// shows the changed text, the quit prompt names them, and autosave keeps a copy of each. Last, in the
// window on 200 generated articles: F2 on the actor most articles use.
#include "annotatededitor.h"
#include "articleset.h"
#include "articleviews.h"
#include "articletabs.h"
#include "autosaver.h"
#include "corpuseditor.h"
#include "corpusedits.h"
#include "corpusgenerator.h"
#include "corpusstore.h"
#include "format.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void openCorpus(ArticleSet& articles, const QStringList& files)
{
    QList<Document> documents;
    QList<FileState> states;
    for (const QString& path : files) {
        documents.append(Format::load(path));
        states.append({ FileState::hashOf(readFile(path)), FileState::stampOf(path) });
    }
    Corpus merged = Corpus::merge(documents);
    articles.adopt(documents, QList<bool>(files.size(), false), states, std::move(merged), articles.store()->revision());
}

QStringList texts(ArticleSet& articles)
{
    QStringList list;
    for (int i = 0; i < articles.count(); ++i)
        list.append(articles.document(i).text);
    return list;
}

const QString renamedMark = u"{actor=sergei-lavrov}"_s;
constexpr int articlesWithLavrov = 8; // tests/data/corpus30: 8 articles define lavrov and mark it once

} // namespace

class TestUnshownArticleEdits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_sources;
    QList<QByteArray> m_bytes;

    // Fresh copies of corpus30 and the seed article in dir.
    QStringList copyCorpus(const QTemporaryDir& dir)
    {
        QStringList files;
        for (const QString& source : std::as_const(m_sources)) {
            files.append(dir.filePath(QFileInfo(source).fileName()));
            if (!QFile::copy(source, files.constLast()))
                return {};
        }
        return files;
    }

    bool rename(ArticleSet& articles)
    {
        QString error;
        const bool done = articles.corpusEditor()->rename(MarkKind::Actor, u"lavrov"_s, u"sergei-lavrov"_s, &error);
        if (!done)
            qWarning("%s", qPrintable(error));
        return done;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QDir fixture(QStringLiteral(ENTENTE_SOURCE_DIR "/tests/data/corpus30"));
        for (const QString& name : fixture.entryList({ u"*.entente"_s }, QDir::Files))
            m_sources.append(fixture.filePath(name));
        m_sources.append(QStringLiteral(ENTENTE_SAMPLE));
        QVERIFY(m_sources.size() >= 31);
        for (const QString& source : std::as_const(m_sources))
            m_bytes.append(readFile(source));
    }

    void saveWritesTheChangedBytesAndUndoGivesThemBack()
    {
        QTemporaryDir dir;
        const QStringList files = copyCorpus(dir);
        QCOMPARE(files.size(), m_sources.size());
        CorpusStore store;
        ArticleSet set(&store);
        openCorpus(set, files);
        const QStringList before = texts(set);
        QSignalSpy updates(&store, &CorpusStore::corpusUpdated);
        QVERIFY(rename(set));
        QCOMPARE(updates.size(), 1); // the corpus follows once for all the articles, not once each
        const QStringList after = texts(set);
        QList<int> changed;
        for (int i = 0; i < set.count(); ++i) {
            QVERIFY2(!set.hasTextDocument(i), qPrintable(set.path(i))); // none was made
            QCOMPARE(set.isModified(i), after.at(i) != before.at(i));
            QCOMPARE(set.text(i), after.at(i));
            if (after.at(i) != before.at(i))
                changed.append(i);
        }
        QCOMPARE(changed.size(), articlesWithLavrov);
        QVERIFY(set.anyModified());

        // Saved: the file holds the renamed marks and records, the words are the file's own.
        for (int i = 0; i < set.count(); ++i) {
            QString error;
            QVERIFY2(set.save(i, &error), qPrintable(error));
            QVERIFY(!set.isModified(i));
            const QByteArray bytes = readFile(files.at(i));
            if (!changed.contains(i)) {
                QCOMPARE(bytes, m_bytes.at(i)); // untouched articles keep their bytes
                continue;
            }
            QVERIFY(bytes != m_bytes.at(i));
            const Document onDisk = Format::load(files.at(i));
            QVERIFY(onDisk.markIndexesFor(MarkKind::Actor, u"lavrov"_s).isEmpty());
            QCOMPARE(onDisk.markIndexesFor(MarkKind::Actor, u"sergei-lavrov"_s).size(), 1);
            QCOMPARE(onDisk.plainText(), Format::parse(before.at(i)).plainText());
            QCOMPARE(onDisk.text, after.at(i));
        }
        QVERIFY(!set.anyModified());

        // Undo: the text is back, and it differs from the saved file now; saving gives the old bytes.
        updates.clear();
        QVERIFY(set.corpusEditor()->undo(nullptr));
        QCOMPARE(updates.size(), 1);
        QCOMPARE(texts(set), before);
        for (const int i : std::as_const(changed)) {
            QVERIFY(set.isModified(i));
            QVERIFY(!set.hasTextDocument(i));
            QString error;
            QVERIFY2(set.save(i, &error), qPrintable(error));
            QCOMPARE(readFile(files.at(i)), m_bytes.at(i));
        }
        // Redo after that save: modified again; undo once more: back at the saved text, not modified.
        QVERIFY(set.corpusEditor()->redo(nullptr));
        QCOMPARE(texts(set), after);
        for (const int i : std::as_const(changed))
            QVERIFY(set.isModified(i));
        QVERIFY(set.corpusEditor()->undo(nullptr));
        QVERIFY(!set.anyModified());
    }

    void aTabOpenedLaterShowsTheChange()
    {
        QTemporaryDir dir;
        const QStringList files = copyCorpus(dir);
        CorpusStore store;
        ArticleSet set(&store);
        openCorpus(set, files);
        const int gulf = set.indexOfPath(dir.filePath(u"2017-06-gulf.entente"_s));
        const QString before = set.document(gulf).text;
        QVERIFY(rename(set));
        const QString after = set.document(gulf).text;
        QVERIFY(after.contains(renamedMark));

        QTextDocument* shown = set.textDocument(gulf);
        QCOMPARE(ArticleSet::documentText(shown), after);
        QVERIFY(shown->isModified());
        QVERIFY(set.isModified(gulf));
        // Undo from that tab takes the whole step back, in it (one edit) and in every other article.
        QVERIFY(set.corpusEditor()->undo(shown));
        QCOMPARE(ArticleSet::documentText(shown), before);
        QCOMPARE(set.document(gulf).text, before);
        QVERIFY(!shown->isModified());
        QVERIFY(!set.anyModified());
        for (int i = 0; i < set.count(); ++i)
            QCOMPARE(Format::encode(set.document(i)), m_bytes.at(i));
        QVERIFY(set.corpusEditor()->redo(shown));
        QCOMPARE(ArticleSet::documentText(shown), after);
        QVERIFY(shown->isModified());
        // Its own undo history now holds that edit: undoing it there is the analyst's own choice.
        QVERIFY(shown->isUndoAvailable());
    }

    void autosaveKeepsACopyOfEach()
    {
        QTemporaryDir dir;
        const QStringList files = copyCorpus(dir);
        const QString recovery = dir.filePath(u"recovery"_s);
        QHash<QString, QString> renamed;
        {
            CorpusStore store;
            ArticleSet set(&store);
            AutoSaver saver(&set);
            saver.setDirectory(recovery);
            openCorpus(set, files);
            const QStringList before = texts(set);
            QVERIFY(rename(set));
            for (int i = 0; i < set.count(); ++i) {
                if (set.text(i) != before.at(i))
                    renamed.insert(set.path(i), set.text(i));
            }
            saver.writePending();
            for (int i = 0; i < set.count(); ++i)
                QVERIFY(!set.hasTextDocument(i));
        } // ended without a clean quit: the copies stay
        QCOMPARE(renamed.size(), articlesWithLavrov);
        const QList<AutoSaver::Recoverable> found = AutoSaver::findRecoverable(recovery);
        QCOMPARE(found.size(), articlesWithLavrov);
        for (const AutoSaver::Recoverable& copy : found) {
            QVERIFY2(renamed.contains(copy.path), qPrintable(copy.path));
            QCOMPARE(copy.text, renamed.value(copy.path));
        }
    }

    void quitPromptNamesTheChangedArticles_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("closed");
        QTest::newRow("cancel") << int(QMessageBox::Cancel) << false;
        QTest::newRow("save") << int(QMessageBox::Save) << true;
        QTest::newRow("discard") << int(QMessageBox::Discard) << true;
    }
    void quitPromptNamesTheChangedArticles()
    {
        QFETCH(int, answer);
        QFETCH(bool, closed);
        QTemporaryDir dir;
        const QStringList files = copyCorpus(dir);
        MainWindow window;
        window.autoSaver()->setDirectory(dir.filePath(u"recovery"_s));
        QVERIFY(window.openPaths(files));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ArticleSet* set = window.articles();
        const QStringList before = texts(*set);
        QVERIFY(rename(*set));
        QStringList changedNames;
        for (int i = 0; i < set->count(); ++i) {
            if (set->text(i) != before.at(i))
                changedNames.append(QFileInfo(set->path(i)).fileName());
        }
        QCOMPARE(changedNames.size(), articlesWithLavrov);

        QString question;
        QString named;
        QTimer::singleShot(0, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            question = box->text();
            named = box->informativeText();
            box->button(QMessageBox::StandardButton(answer))->click();
        });
        QCOMPARE(window.close(), closed);
        QCOMPARE(question, u"8 articles have changes that are not saved. Save them all?"_s);
        QCOMPARE(named.split(u'\n'), changedNames);
        for (int i = 0; i < files.size(); ++i) {
            const bool renamedOnDisk = readFile(files.at(i)).contains(renamedMark.toUtf8());
            QCOMPARE(renamedOnDisk, answer == QMessageBox::Save && changedNames.contains(QFileInfo(files.at(i)).fileName()));
        }
        QCOMPARE(set->anyModified(), answer != QMessageBox::Save);
    }

    void renameWithF2InTheWindow()
    {
        QTemporaryDir corpusDir;
        QTemporaryDir recovery;
        Testing::CorpusSpec spec;
        spec.articles = 200;
        QVERIFY(Testing::CorpusGenerator(spec).writeTo(corpusDir.path()) > 0);
        MainWindow window;
        window.autoSaver()->setDirectory(recovery.path());
        window.resize(1500, 950);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openPaths({ corpusDir.path() }));
        ArticleSet* set = window.articles();
        QCOMPARE(set->count(), spec.articles);

        // The actor most articles define or name, and its marks.
        const Corpus& corpus = window.store()->corpus();
        QString busiest;
        QList<int> articlesUsing;
        for (const Actor& actor : corpus.actors) {
            const QList<int> documents = CorpusEdits::documentsUsing(corpus, MarkKind::Actor, actor.id);
            if (documents.size() > articlesUsing.size()) {
                articlesUsing = documents;
                busiest = actor.id;
            }
        }
        QVERIFY(articlesUsing.size() > 10);
        qsizetype marks = 0;
        for (const int index : std::as_const(articlesUsing))
            marks += corpus.documents.at(index).markIndexesFor(MarkKind::Actor, busiest).size();
        const QString renamed = busiest + u"-renamed"_s;

        window.showArticle(articlesUsing.constFirst());
        window.store()->setCurrent({ MarkKind::Actor, busiest });
        QList<bool> shown; // the articles shown so far (the first one opened, and that one)
        for (int i = 0; i < set->count(); ++i)
            shown.append(set->hasTextDocument(i));
        QVERIFY(std::count(shown.cbegin(), shown.cend(), true) <= 2);
        QTimer::singleShot(0, this, [&renamed] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue(renamed);
            dialog->accept();
        });
        QTest::keyClick(window.editor(), Qt::Key_F2);
        QCOMPARE(window.statusBar()->currentMessage(), u"Renamed %1 to %2 in %3 articles (%4 marks)."_s.arg(busiest, renamed)
                                                           .arg(articlesUsing.size())
                                                           .arg(marks));
        // No text document was made for the others; every article that used the id is modified.
        for (int i = 0; i < set->count(); ++i) {
            QCOMPARE(set->hasTextDocument(i), shown.at(i));
            QCOMPARE(set->isModified(i), articlesUsing.contains(i));
        }

        // An article shown later shows the new id, and its tab says it is modified.
        const int later = articlesUsing.constLast();
        window.showArticle(later);
        QCOMPARE(window.editor()->document(), set->textDocument(later));
        QCOMPARE(ArticleSet::documentText(window.editor()->document()), set->document(later).text);
        QVERIFY(set->document(later).markIndexesFor(MarkKind::Actor, busiest).isEmpty());
        QVERIFY(CorpusEdits::documentsUsing(window.store()->corpus(), MarkKind::Actor, renamed).contains(later));
        const int tab = window.articleTabs()->currentIndex();
        QVERIFY2(window.articleTabs()->tabText(tab).endsWith(u" ●"_s), qPrintable(window.articleTabs()->tabText(tab)));
        if (!qEnvironmentVariableIsEmpty("ENTENTE_SHOTS")) {
            QTest::qWait(300);
            QVERIFY(window.grab().save(qEnvironmentVariable("ENTENTE_SHOTS") + u"/rename-later-tab.png"_s));
            window.articleViews()->setShowingMarkup(true); // the marks' ids in the text
            QTest::qWait(300);
            QVERIFY(window.grab().save(qEnvironmentVariable("ENTENTE_SHOTS") + u"/rename-later-tab-markup.png"_s));
        }
    }
};

QTEST_MAIN(TestUnshownArticleEdits)
#include "tst_unshownarticleedits.moc"
