// One million marks on one line, valid and invalid: every per-mark step of the parser, including the
// line and column of each diagnostic, must stay linear (the target: under a second per parse on the
// reference machine; docs/reliability.md has the figures). Before the line index, each diagnostic
// rescanned the line: 1e5 bad marks took 7-10 s, 3e5 took 104 s.
#include "format.h"

#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

constexpr int markCount = 1000000;

QString oneLine(const QString& mark, const QString& records)
{
    QString text;
    text.reserve(qsizetype(mark.size() + 1) * markCount + records.size() + 1);
    for (int i = 0; i < markCount; ++i)
        text.append(mark).append(u' ');
    return text + records;
}

} // namespace

class BenchMarks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseOneLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("marks");
        QTest::addColumn<int>("diagnostics");
        const QString records = u"\n=== entente ===\nactor li: Li Qiang; person; China\n"_s;
        QTest::newRow("valid") << oneLine(u"[Li]{actor=li}"_s, records) << markCount << 0;
        QTest::newRow("undefined ids") << oneLine(u"[Li]{actor=nobody}"_s, records) << markCount << markCount;
        QTest::newRow("unclosed") << oneLine(u"[Li]{actor=li"_s, records) << 0 << markCount;
        QTest::newRow("bad ids") << oneLine(u"[Li]{actor=l!i}"_s, records) << 0 << markCount;
    }
    void parseOneLine()
    {
        QFETCH(QString, text);
        QFETCH(int, marks);
        QFETCH(int, diagnostics);
        Document doc;
        QBENCHMARK_ONCE {
            doc = Format::parse(text, u"long.entente"_s);
        }
        QCOMPARE(doc.marks.size(), marks);
        QCOMPARE(doc.diagnostics.size(), diagnostics);
        if (diagnostics > 0) {
            // The last diagnostic is far along line 1: its column is counted, not guessed.
            QCOMPARE(doc.diagnostics.constLast().line, 1);
            QVERIFY(doc.diagnostics.constLast().column > text.size() - 100);
        }
    }
};

QTEST_GUILESS_MAIN(BenchMarks)
#include "bench_marks.moc"
