// The reading text and the annotated text kept in step: positions map as Document's do, edits typed
// in the words land in the annotated text around the marks, edits of the annotated text (tagging,
// records, undo) reach the words, and undo gives back the same bytes.
#include "documentedits.h"
#include "format.h"
#include "linemarks.h"
#include "readingdocument.h"

#include <QFile>
#include <QPlainTextDocumentLayout>
#include <QRandomGenerator>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Entente;

namespace {

QString annotatedText(const QTextDocument& document)
{
    QString text = document.toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    return text;
}

QString readingText(const ReadingDocument* reading)
{
    QString text = reading->reading()->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    return text;
}

// Edits the reading text as the view's QTextEdit does: through a cursor on the reading document.
void replaceReading(ReadingDocument* reading, int from, int to, const QString& text)
{
    QTextCursor cursor(reading->reading());
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    cursor.insertText(text);
}

void applyAnnotated(QTextDocument* document, const DocumentEdits::EditResult& result)
{
    QVERIFY2(result.ok(), qPrintable(result.error));
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (auto it = result.edits.crbegin(); it != result.edits.crend(); ++it) {
        cursor.setPosition(it->start);
        cursor.setPosition(it->start + it->length, QTextCursor::KeepAnchor);
        cursor.insertText(it->replacement);
    }
    cursor.endEditBlock();
}

// An annotated document as ArticleSet makes it (QTextDocument reports changes only with a layout).
struct Annotated : QTextDocument
{
    explicit Annotated(const QString& text)
    {
        setDocumentLayout(new QPlainTextDocumentLayout(this));
        setPlainText(text);
    }
};

} // namespace

class TestReadingDocument : public QObject
{
    Q_OBJECT

private:
    QString m_sample;

    // The reading text is always the annotated text's words, and its line marks what the parser says.
    static void checkInStep(const QTextDocument& annotated, const ReadingDocument* reading)
    {
        const Document doc = Format::parse(annotatedText(annotated));
        QCOMPARE(readingText(reading), doc.plainText());
        QStringList plains;
        const QList<LineMarks> lines = LineMarks::fromDocument(doc, &plains);
        QTextBlock block = reading->reading()->firstBlock();
        for (const LineMarks& expected : lines) {
            const LineMarks* actual = ReadingDocument::lineMarks(block);
            QCOMPARE(actual ? actual->marks.size() : 0, expected.marks.size());
            QCOMPARE(actual ? actual->errors.size() : 0, expected.errors.size());
            for (qsizetype i = 0; i < expected.marks.size(); ++i) {
                QCOMPARE(actual->marks.at(i).plainStart, expected.marks.at(i).plainStart);
                QCOMPARE(actual->marks.at(i).plainEnd, expected.marks.at(i).plainEnd);
                QCOMPARE(actual->marks.at(i).ref, expected.marks.at(i).ref);
            }
            block = block.next();
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(ENTENTE_SAMPLE));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_sample = Format::decode(file.readAll()).text;
        QVERIFY(m_sample.contains(u"]{actor="));
    }

    void mapsPositionsAsTheDocumentDoes()
    {
        Annotated annotated(m_sample);
        ReadingDocument* reading = ReadingDocument::of(&annotated);
        QCOMPARE(ReadingDocument::of(&annotated), reading);
        checkInStep(annotated, reading);
        const Document doc = Format::parse(m_sample);
        const int words = int(doc.plainText().size());
        for (int p = 0; p <= words; ++p)
            QCOMPARE(reading->toAnnotated(p), doc.textPosition(p));
        for (int a = 0; a <= doc.articleEnd(); ++a)
            QCOMPARE(reading->toReading(a), doc.plainPosition(a));
        QCOMPARE(reading->toReading(int(m_sample.size()) - 1), words); // the records: after the words
        QVERIFY(!reading->isInArticle(doc.recordsStart + 1));
        QVERIFY(reading->isInArticle(doc.articleEnd() - 1));
    }

    void readsInvalidMarksAsErrors()
    {
        Annotated annotated(QStringLiteral("Talks [on Friday]{date=2023-13-45} and [Wang Yi]{actor=wang-yi}.\n"));
        ReadingDocument* reading = ReadingDocument::of(&annotated);
        QCOMPARE(readingText(reading), QStringLiteral("Talks [on Friday]{date=2023-13-45} and Wang Yi.\n"));
        const LineMarks* line = ReadingDocument::lineMarks(reading->reading()->firstBlock());
        QVERIFY(line);
        QCOMPARE(line->marks.size(), 1);
        QCOMPARE(line->errors.size(), 1);
        QCOMPARE(line->errors.first().plainStart, 6);
        QCOMPARE(line->errors.first().plainEnd, 34);
        QVERIFY(line->errors.first().message.contains(u"2023-13-45"));
        // Fixing the date in the annotated text makes it a mark: the markup leaves the words.
        QTextCursor cursor = annotated.find(QStringLiteral("2023-13-45"));
        cursor.insertText(QStringLiteral("2023-07-14"));
        QCOMPARE(readingText(reading), QStringLiteral("Talks on Friday and Wang Yi.\n"));
        checkInStep(annotated, reading);
    }

    void typedEditsKeepTheMarks_data()
    {
        QTest::addColumn<QString>("annotated");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        const QString line = QStringLiteral("[Wang Yi]{actor=wang-yi} met [Blinken]{actor=blinken}.");
        QTest::newRow("before a mark") << line << 0 << 0 << QStringLiteral("Mr ")
                                       << QStringLiteral("Mr [Wang Yi]{actor=wang-yi} met [Blinken]{actor=blinken}.");
        QTest::newRow("inside its words") << line << 4 << 4 << QStringLiteral("-")
                                          << QStringLiteral("[Wang- Yi]{actor=wang-yi} met [Blinken]{actor=blinken}.");
        QTest::newRow("at its end stays out") << line << 7 << 7 << QStringLiteral("’s")
                                              << QStringLiteral("[Wang Yi]{actor=wang-yi}’s met [Blinken]{actor=blinken}.");
        QTest::newRow("part of its words") << line << 5 << 11 << QString()
                                           << QStringLiteral("[Wang ]{actor=wang-yi} [Blinken]{actor=blinken}.");
        QTest::newRow("all its words") << line << 0 << 8 << QString() << QStringLiteral("met [Blinken]{actor=blinken}.");
        QTest::newRow("over two marks") << line << 5 << 14 << QStringLiteral("and")
                                        << QStringLiteral("[Wang and]{actor=wang-yi}[inken]{actor=blinken}.");
        QTest::newRow("same words again") << line << 0 << 19 << QStringLiteral("Wang Yi met Blinken") << line;
        QTest::newRow("line break inside unwraps") << line << 4 << 4 << QStringLiteral("\n")
                                                   << QStringLiteral("Wang\n Yi met [Blinken]{actor=blinken}.");
        QTest::newRow("bracket inside unwraps") << line << 13 << 13 << QStringLiteral("[")
                                                << QStringLiteral("[Wang Yi]{actor=wang-yi} met B[linken.");
        QTest::newRow("line break between") << line << 7 << 8 << QStringLiteral("\n")
                                            << QStringLiteral("[Wang Yi]{actor=wang-yi}\nmet [Blinken]{actor=blinken}.");
        const QString lines = QStringLiteral("One [Wang Yi]{actor=wang-yi}\ntwo\n[three]{date=2023-07-13} four\n\n=== entente ===\n"
                                             "actor wang-yi: Wang Yi; person; China\n");
        QTest::newRow("across lines") << lines << 8 << 19 << QString()
                                      << QStringLiteral("One [Wang]{actor=wang-yi}[ee]{date=2023-07-13} four\n\n=== entente ===\n"
                                                        "actor wang-yi: Wang Yi; person; China\n");
        QTest::newRow("at the article end") << lines << 26 << 26 << QStringLiteral(" five")
                                            << QStringLiteral("One [Wang Yi]{actor=wang-yi}\ntwo\n[three]{date=2023-07-13} four five\n\n"
                                                              "=== entente ===\nactor wang-yi: Wang Yi; person; China\n");
        QTest::newRow("into an article of records only")
            << QStringLiteral("=== entente ===\nactor x: X") << 0 << 0 << QStringLiteral("Hello")
            << QStringLiteral("Hello\n=== entente ===\nactor x: X");
        QTest::newRow("typed markup becomes a mark") << QStringLiteral("Talks with Xi.") << 11 << 13
                                                     << QStringLiteral("[Xi]{actor=xi}")
                                                     << QStringLiteral("Talks with [Xi]{actor=xi}.");
    }
    void typedEditsKeepTheMarks()
    {
        QFETCH(QString, annotated);
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        Annotated document(annotated);
        ReadingDocument* reading = ReadingDocument::of(&document);
        replaceReading(reading, from, to, typed);
        QCOMPARE(annotatedText(document), expected);
        checkInStep(document, reading);
        while (document.isUndoAvailable())
            document.undo();
        QCOMPARE(annotatedText(document), annotated);
        checkInStep(document, reading);
    }

    // Tagging, records and merges change the annotated text; the words follow, line by line.
    void followsEditsOfTheAnnotatedText()
    {
        const Document raw = Format::parse(m_sample);
        Annotated annotated(raw.plainText());
        ReadingDocument* reading = ReadingDocument::of(&annotated);
        checkInStep(annotated, reading);
        const auto doc = [&annotated] { return Format::parse(annotatedText(annotated)); };
        const QString words = doc().text;
        const int wang = int(words.indexOf(u"Wang Yi"));
        applyAnnotated(&annotated, DocumentEdits::addMark(doc(), wang, wang + 7, MarkKind::Actor, QStringLiteral("wang-yi")));
        checkInStep(annotated, reading);
        Actor actor;
        actor.id = QStringLiteral("wang-yi");
        actor.name = QStringLiteral("Wang Yi");
        applyAnnotated(&annotated, DocumentEdits::setRecord(doc(), Format::formatActor(actor))); // makes the records section
        checkInStep(annotated, reading);
        QVERIFY(doc().recordsStart > 0);
        const int blinken = int(doc().text.indexOf(u"Blinken"));
        applyAnnotated(&annotated, DocumentEdits::addMark(doc(), blinken, blinken + 7, MarkKind::Actor, QStringLiteral("wang-yi")));
        applyAnnotated(&annotated, DocumentEdits::renameId(doc(), MarkKind::Actor, QStringLiteral("wang-yi"), QStringLiteral("wy")));
        checkInStep(annotated, reading);
        applyAnnotated(&annotated, DocumentEdits::removeRecord(doc(), MarkKind::Actor, QStringLiteral("wy"), true));
        checkInStep(annotated, reading);
        // A delimiter typed into the article ends the words there; removing it brings them back.
        QTextCursor cursor(annotated.findBlockByNumber(2));
        cursor.insertText(QStringLiteral("=== entente ===\n"));
        checkInStep(annotated, reading);
        QCOMPARE(reading->reading()->blockCount(), 2);
        annotated.undo();
        checkInStep(annotated, reading);
        while (annotated.isUndoAvailable())
            annotated.undo();
        QCOMPARE(annotatedText(annotated), raw.plainText());
        checkInStep(annotated, reading);
    }

    // Random typing, deleting and pasting in the words of the sample: the texts stay in step, no
    // mark is ever broken, and undo gives back the bytes.
    void randomEditsStayInStep()
    {
        Annotated annotated(m_sample);
        ReadingDocument* reading = ReadingDocument::of(&annotated);
        const int marksBefore = int(Format::parse(m_sample).marks.size());
        QRandomGenerator random(20230712);
        const QStringList pieces = { QStringLiteral("a"), QStringLiteral(" "), QStringLiteral("Wang"), QStringLiteral("\n"),
            QStringLiteral("’s"), QStringLiteral("]"), QStringLiteral("[x]") };
        for (int step = 0; step < 400; ++step) {
            const int size = reading->reading()->characterCount() - 1;
            const int from = int(random.bounded(size + 1));
            const int to = std::min(size, from + int(random.bounded(random.bounded(4) == 0 ? 40 : 3)));
            const QString typed = random.bounded(3) == 0 ? QString() : pieces.at(random.bounded(int(pieces.size())));
            replaceReading(reading, from, to, typed);
            const Document doc = Format::parse(annotatedText(annotated));
            QVERIFY2(!doc.hasErrors(), qPrintable(QStringLiteral("step %1: %2").arg(step).arg(doc.diagnostics.value(0).toString())));
            QCOMPARE(readingText(reading), doc.plainText());
        }
        checkInStep(annotated, reading);
        QVERIFY(Format::parse(annotatedText(annotated)).marks.size() <= marksBefore);
        while (annotated.isUndoAvailable())
            annotated.undo();
        QCOMPARE(annotatedText(annotated), m_sample);
        checkInStep(annotated, reading);
    }
};

QTEST_MAIN(TestReadingDocument)
#include "tst_readingdocument.moc"
