// The reading view on a 5 MB article (the sample's annotated article repeated): how long it takes to
// make its reading text, to show it, and to type a key in it (compared with the markup view), with
// the KSyntaxHighlighting highlighter on the annotated text as in the application. Prints ms of CPU.
#include "annotatededitor.h"
#include "articleset.h"
#include "articleviews.h"
#include "corpusstore.h"
#include "documentedits.h"
#include "format.h"
#include "readingdocument.h"
#include "readingview.h"

#include <QFile>
#include <QPlainTextDocumentLayout>
#include <QTest>
#include <QTextCursor>

#include <ctime>

using namespace Entente;

namespace {

QString fiveMegabytes()
{
    QFile file(QStringLiteral(ENTENTE_SAMPLE));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const Document sample = Format::parse(Format::decode(file.readAll()).text);
    const QString article = sample.text.first(sample.articleEnd());
    const QString records = sample.text.sliced(sample.recordsStart);
    QString text;
    while (text.size() < 5'000'000)
        text += article + u'\n';
    return text + u'\n' + records;
}

// Milliseconds of this process's CPU per key (the machine may be busy with other work, which the
// wall clock would count), with the repaint of each key.
double typeKeys(QWidget* view, int keys, Qt::Key key = Qt::Key_A)
{
    const std::clock_t start = std::clock();
    for (int i = 0; i < keys; ++i) {
        QTest::keyClick(view, key);
        QCoreApplication::processEvents();
    }
    return 1000.0 * double(std::clock() - start) / CLOCKS_PER_SEC / keys;
}

double cpuSince(std::clock_t start)
{
    return 1000.0 * double(std::clock() - start) / CLOCKS_PER_SEC;
}

} // namespace

class BenchReading : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fiveMegabyteArticle()
    {
        const QString text = fiveMegabytes();
        QVERIFY(text.size() > 5'000'000);
        CorpusStore store;
        store.setDocuments({ Format::parse(text, QStringLiteral("five.entente")) });
        QTextDocument annotated;
        annotated.setDocumentLayout(new QPlainTextDocumentLayout(&annotated));
        annotated.setPlainText(text);
        AnnotatedEditor::highlight(&annotated, QGuiApplication::palette());
        auto* editor = new AnnotatedEditor;
        editor->setDocument(&annotated);
        ArticleViews views(&store, editor);
        views.resize(1000, 800);

        std::clock_t start = std::clock();
        views.setCurrentArticle(0); // makes the reading text
        const double build = cpuSince(start);
        start = std::clock();
        views.show();
        QVERIFY(QTest::qWaitForWindowExposed(&views));
        views.readingView()->viewport()->repaint();
        const double shown = cpuSince(start);

        ReadingView* reading = views.readingView();
        QTextCursor middle(reading->document());
        middle.setPosition(reading->document()->characterCount() / 2);
        middle.movePosition(QTextCursor::EndOfWord);
        reading->setTextCursor(middle);
        reading->setFocus();
        const double readingKey = typeKeys(reading, 200);
        const double readingReturn = typeKeys(reading, 20, Qt::Key_Return);

        views.setShowingMarkup(true);
        editor->setFocus();
        const double markupKey = typeKeys(editor, 200);

        // A mark added through the annotated text (as tagging does) reaches the reading text.
        views.setShowingMarkup(false);
        const Document doc = Format::parse(ArticleSet::documentText(&annotated));
        const int at = int(doc.text.indexOf(u"Qin Gang", doc.text.size() / 2));
        const DocumentEdits::EditResult mark = DocumentEdits::addMark(doc, at, at + 8, MarkKind::Actor, QStringLiteral("qin-gang"));
        QVERIFY(!mark.ok()); // already marked in the sample: the text is annotated everywhere
        const int plain = int(doc.text.indexOf(u"the top Chinese", at));
        const DocumentEdits::EditResult tag = DocumentEdits::addMark(doc, plain + 4, plain + 7, MarkKind::Actor, QStringLiteral("top"));
        QVERIFY2(tag.ok(), qPrintable(tag.error));
        start = std::clock();
        QTextCursor cursor(&annotated);
        cursor.beginEditBlock();
        for (auto it = tag.edits.crbegin(); it != tag.edits.crend(); ++it) {
            cursor.setPosition(it->start);
            cursor.setPosition(it->start + it->length, QTextCursor::KeepAnchor);
            cursor.insertText(it->replacement);
        }
        cursor.endEditBlock();
        const double tagged = cpuSince(start);

        qInfo("reading view, %.1f MB article (%d lines), CPU time: reading text made in %.0f ms, shown in %.0f ms",
            double(text.size()) / 1e6, annotated.blockCount(), build, shown);
        qInfo("typing a key: %.2f ms in the reading view (Return %.2f ms), %.2f ms in the markup view", readingKey,
            readingReturn, markupKey);
        qInfo("a mark added in the annotated text reaches the reading text in %.2f ms", tagged);
        QCOMPARE(reading->document()->toPlainText().size(), Format::parse(ArticleSet::documentText(&annotated)).plainText().size());
    }
};

QTEST_MAIN(BenchReading)
#include "bench_reading.moc"
