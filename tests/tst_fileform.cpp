// A file's form survives Entente: every line-break style (LF, CRLF, CR, mixed), with or without a BOM,
// UTF-8, UTF-16 and UTF-32 give back the same bytes when opened and saved unchanged; a lone CR is a
// line break for the parser as for the window; edits keep the file's breaks. See docs/format.md.
#include "format.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

const QByteArray bom = "\xEF\xBB\xBF"_ba;

// A small annotated article whose lines end with the given breaks in turn.
QByteArray article(const QList<QByteArray>& breaks)
{
    const QList<QByteArray> lines = { "[Wang Yi]{actor=wang-yi} met [Blinken]{actor=blinken}.", "caf\xC3\xA9 \xE2\x80\x94 second line", "",
        "=== entente ===", "actor wang-yi: Wang Yi; person; China", "actor blinken: Antony Blinken; person; USA" };
    QByteArray bytes;
    for (qsizetype i = 0; i < lines.size(); ++i)
        bytes += lines.at(i) + breaks.at(i % breaks.size());
    return bytes;
}

QByteArray utf16(const QString& text, bool littleEndian)
{
    QByteArray bytes = littleEndian ? "\xFF\xFE"_ba : "\xFE\xFF"_ba;
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xFF);
        bytes.append(littleEndian ? low : high).append(littleEndian ? high : low);
    }
    return bytes;
}

QByteArray utf32(const QString& text, bool littleEndian)
{
    QByteArray bytes = littleEndian ? QByteArray("\xFF\xFE\0\0", 4) : QByteArray("\0\0\xFE\xFF", 4);
    for (const char32_t u : text.toUcs4()) {
        QByteArray unit(4, 0);
        for (int k = 0; k < 4; ++k)
            unit[littleEndian ? k : 3 - k] = char((u >> (8 * k)) & 0xFF);
        bytes += unit;
    }
    return bytes;
}

Document opened(const QByteArray& bytes)
{
    const Format::Decoded decoded = Format::decode(bytes);
    Document doc = Format::parse(decoded.text, u"t.entente"_s);
    decoded.applyFileForm(doc);
    return doc;
}

} // namespace

class TestFileForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("lineEnding");
        QTest::addColumn<bool>("mixed");
        for (const bool withBom : { false, true }) {
            const QByteArray b = withBom ? bom : QByteArray();
            const char* tag = withBom ? "BOM, " : "";
            QTest::addRow("%sLF", tag) << b + article({ "\n" }) << u"\n"_s << false;
            QTest::addRow("%sCRLF", tag) << b + article({ "\r\n" }) << u"\r\n"_s << false;
            QTest::addRow("%sCR", tag) << b + article({ "\r" }) << u"\r"_s << false;
            QTest::addRow("%smixed, mostly CRLF", tag) << b + article({ "\r\n", "\r\n", "\n" }) << u"\r\n"_s << true;
            QTest::addRow("%smixed, all three", tag) << b + article({ "\r", "\n", "\r\n" }) << u"\n"_s << true;
            QTest::addRow("%sCR then CRLF", tag) << b + "one\r\r\ntwo\r"_ba << u"\r"_s << true;
            QTest::addRow("%sno final break", tag) << b + "one\r\ntwo"_ba << u"\r\n"_s << false;
        }
    }
    void sameBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, lineEnding);
        QFETCH(bool, mixed);
        const Document doc = opened(bytes);
        QVERIFY(!doc.text.contains(u'\r'));
        QCOMPARE(doc.lineEnding, lineEnding);
        QCOMPARE(!doc.mixedLineBreaks.isEmpty(), mixed);
        QCOMPARE(Format::encode(doc), bytes);
        // The plain text keeps the article's own breaks too.
        QByteArray plain = bytes;
        if (const qsizetype records = plain.indexOf("=== entente ==="); records >= 0) {
            plain.truncate(records);
            plain.chop(plain.endsWith("\r\n") ? 2 : 1); // the break before the delimiter is not the article's
        }
        plain.replace("[Wang Yi]{actor=wang-yi}", "Wang Yi").replace("[Blinken]{actor=blinken}", "Blinken");
        QCOMPARE(Format::encodePlainText(doc), plain);
    }

    void loneCarriageReturnIsALineBreak_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("CR") << "Intro.\rOn [Thursday]{date=2023-02-30} they met.\r"_ba;
        QTest::newRow("CRLF") << "Intro.\r\nOn [Thursday]{date=2023-02-30} they met.\r\n"_ba;
        QTest::newRow("LF") << "Intro.\nOn [Thursday]{date=2023-02-30} they met.\n"_ba;
        QTest::newRow("mixed") << "Intro.\rOn [Thursday]{date=2023-02-30} they met.\n"_ba;
    }
    void loneCarriageReturnIsALineBreak()
    {
        // QTextDocument starts a new block at a lone CR: the parser's line 2 is the window's line 2.
        QFETCH(QByteArray, bytes);
        const Document doc = opened(bytes);
        QCOMPARE(doc.diagnostics.size(), 1);
        QCOMPARE(doc.diagnostics.first().line, 2);
        QCOMPARE(doc.diagnostics.first().column, 20);
        QCOMPARE(Format::encode(doc), bytes);
    }

    void decodeErrorsCountLoneCarriageReturns()
    {
        const Format::Decoded decoded = Format::decode("one\rtwo\r\nthree\rab\xFF"_ba);
        QVERIFY(!decoded.error.isEmpty());
        QCOMPARE(decoded.errorLine, 4);
        QCOMPARE(decoded.errorColumn, 3);
    }

    void wideEncodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        const QString text = u"[Wang Yi]{actor=wang-yi} \u2014 caf\u00e9 \U0001F600\r\n=== entente ===\r\nactor wang-yi: Wang Yi\r\n"_s;
        QTest::newRow("UTF-16LE") << utf16(text, true) << int(TextEncoding::Utf16LE);
        QTest::newRow("UTF-16BE") << utf16(text, false) << int(TextEncoding::Utf16BE);
        QTest::newRow("UTF-32LE") << utf32(text, true) << int(TextEncoding::Utf32LE);
        QTest::newRow("UTF-32BE") << utf32(text, false) << int(TextEncoding::Utf32BE);
    }
    void wideEncodings()
    {
        // Decoded, and saved back in the same encoding with the same BOM and line breaks.
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        const Format::Decoded decoded = Format::decode(bytes);
        QCOMPARE(decoded.error, QString());
        QCOMPARE(int(decoded.encoding), encoding);
        QVERIFY(decoded.hasBom);
        QCOMPARE(decoded.lineEnding, u"\r\n"_s);
        const Document doc = opened(bytes);
        QVERIFY(doc.diagnostics.isEmpty());
        QCOMPARE(doc.actors.size(), 1);
        QCOMPARE(doc.plainText(), u"Wang Yi \u2014 caf\u00e9 \U0001F600"_s);
        QCOMPARE(Format::encode(doc), bytes);
    }

    void wideEncodingErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("UTF-16 without a BOM") << "H\0i\0\n\0"_ba << u"UTF-16 text without a byte-order mark"_s << 1 << 2;
        QTest::newRow("lone surrogate") << utf16(u"ab\ncd"_s, true) + "\x00\xD8x\0"_ba << u"not valid UTF-16"_s << 2 << 3;
        QTest::newRow("odd length") << utf16(u"abc"_s, true) + "x"_ba << u"in the middle of a character"_s << 1 << 4;
        QTest::newRow("NUL in UTF-16") << utf16(u"a"_s, false) + QByteArray(2, 0) << u"not a text file"_s << 1 << 2;
        QTest::newRow("beyond Unicode") << utf32(u"a"_s, true) + "\0\0\x11\0"_ba << u"not valid UTF-32"_s << 1 << 2;
    }
    void wideEncodingErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, column);
        const Format::Decoded decoded = Format::decode(bytes);
        QVERIFY2(decoded.error.contains(message), qPrintable(decoded.error));
        QCOMPARE(decoded.errorLine, line);
        QCOMPARE(decoded.errorColumn, column);
        QVERIFY(decoded.text.isEmpty());
    }

    void decodingInPiecesIsTheSame_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("UTF-8 with CRLF and multibyte") << bom + "a\r\nb\xE2\x80\x94\xF0\x9F\x98\x80\rc\r\n"_ba;
        QTest::newRow("invalid UTF-8") << "ab\r\ncd\xE2\x82"_ba;
        // Binary whatever the pieces: the NUL after the invalid byte decides.
        QTest::newRow("invalid UTF-8, then a NUL") << QByteArray("\x89PNG\r\n\x1A\n\0\0\rIHDR", 16);
        QTest::newRow("UTF-16 with a surrogate pair") << utf16(u"x\r\n\U0001F600y\r"_s, true);
        QTest::newRow("UTF-32") << utf32(u"x\r\ny"_s, false);
        // Found by fuzz_format: a BOM's bytes after the start, then a NUL.
        QTest::newRow("a BOM inside, then a NUL") << QByteArray("M s\xEF\xBB\xBF\0", 7);
    }
    void decodingInPiecesIsTheSame()
    {
        // A file is decoded as it is read: a piece may end inside a character or between CR and LF.
        QFETCH(QByteArray, bytes);
        const Format::Decoded whole = Format::decode(bytes);
        for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
            for (qsizetype second = cut; second <= bytes.size(); second += 3) {
                Format::StreamDecoder decoder;
                decoder.feed(QByteArrayView(bytes).first(cut));
                decoder.feed(QByteArrayView(bytes).sliced(cut, second - cut));
                decoder.feed(QByteArrayView(bytes).sliced(second));
                const Format::Decoded pieces = decoder.finish();
                QCOMPARE(pieces.text, whole.text);
                QCOMPARE(pieces.error, whole.error);
                QCOMPARE(pieces.errorLine, whole.errorLine);
                QCOMPARE(pieces.errorColumn, whole.errorColumn);
                QCOMPARE(pieces.mixedLineBreaks, whole.mixedLineBreaks);
                QCOMPARE(pieces.encoding, whole.encoding);
            }
        }
    }

    void editsKeepTheLineBreaks_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("CRLF file, a new line") << "one\r\ntwo\r\n"_ba << u"one"_s << u"one\nnew"_s << "one\r\nnew\r\ntwo\r\n"_ba;
        QTest::newRow("CR file, a new line") << "one\rtwo\r"_ba << u"two"_s << u"two\nthree"_s << "one\rtwo\rthree\r"_ba;
        QTest::newRow("mixed: edited line inside") << "a\r\nb\nc\rd\r\n"_ba << u"b"_s << u"B"_s << "a\r\nB\nc\rd\r\n"_ba;
        QTest::newRow("mixed: a new line gets the most frequent break")
            << "a\r\nb\nc\r\nd\r"_ba << u"b"_s << u"b\nnew"_s << "a\r\nb\nnew\r\nc\r\nd\r"_ba;
        QTest::newRow("mixed: a line removed") << "a\r\nb\nc\rd\r\n"_ba << u"b\nc"_s << u"bc"_s << "a\r\nbc\rd\r\n"_ba;
        QTest::newRow("mixed: appended at the end") << "a\rb\n"_ba << u"b\n"_s << u"b\nc\n"_s << "a\rb\nc\n"_ba;
    }
    void editsKeepTheLineBreaks()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QByteArray, expected);
        const Document before = opened(bytes);
        QString text = before.text;
        QVERIFY(text.contains(from));
        text.replace(text.indexOf(from), from.size(), to);
        Document after = Format::parse(text, before.fileName);
        after.adoptFileForm(before);
        QCOMPARE(Format::encode(after), expected);
    }

    void loadKeepsTheFormOfWideFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"wide.entente"_s);
        const QByteArray bytes = utf16(u"Talks\r\n[Wang]{actor=w}\r"_s, false);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const Document doc = Format::load(path);
        QCOMPARE(doc.encoding, TextEncoding::Utf16BE);
        QVERIFY(!doc.mixedLineBreaks.isEmpty());
        QCOMPARE(Format::encode(doc), bytes);
        QCOMPARE(Format::encodePlainText(doc), utf16(u"Talks\r\nWang\r"_s, false));
    }
};

QTEST_GUILESS_MAIN(TestFileForm)
#include "tst_fileform.moc"
