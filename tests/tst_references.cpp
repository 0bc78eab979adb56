// Ids and the references between records: ids the format forbids are errors where they are written;
// ids that marks and meetings name but no record defines are warnings at their line and column, per
// article when it stands alone and per corpus when articles are read together.
#include "format.h"
#include "lineindex.h"

#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

QStringList described(const QList<Diagnostic>& diagnostics)
{
    QStringList lines;
    for (const Diagnostic& d : diagnostics)
        lines.append(d.toString());
    return lines;
}

} // namespace

class TestReferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forbiddenIdsAreErrors_data()
    {
        QTest::addColumn<QString>("records");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("actor") << u"actor li}q: Li Qiang; person"_s << QStringList { u"a:3:7: error: bad id 'li}q'"_s };
        QTest::newRow("actor after spaces") << u"  actor   a[b : A"_s << QStringList { u"a:3:11: error: bad id 'a[b'"_s };
        QTest::newRow("meeting") << u"meeting m#1: x; 2023-07-13"_s << QStringList { u"a:3:9: error: bad id 'm#1'"_s };
        QTest::newRow("issue") << u"issue a=b: Title"_s << QStringList { u"a:3:7: error: bad id 'a=b'"_s };
        QTest::newRow("status") << u"issue i: I\nstatus i{: 2023-07-13; open"_s
                                << QStringList { u"a:4:8: error: bad id 'i{'"_s };
        QTest::newRow("participant") << u"actor x: X\nmeeting m: x, y}z ,x; 2023-07-13"_s
                                     << QStringList { u"a:4:15: error: bad id 'y}z'"_s };
        QTest::newRow("meeting issue") << u"actor x: X\nissue i: I\nmeeting m: x; 2023-07-13; issues=i, [j]"_s
                                       << QStringList { u"a:5:37: error: bad id '[j]'"_s };
        QTest::newRow("letters of any script") << u"actor \u674e\u5f3a: Li Qiang\nactor \U00020000x: Rare"_s << QStringList {};
    }
    void forbiddenIdsAreErrors()
    {
        QFETCH(QString, records);
        QFETCH(QStringList, expected);
        const Document doc = Format::parse(u"Text.\n=== entente ===\n"_s + records + u'\n', u"a"_s);
        const QStringList found = described(doc.diagnostics);
        QCOMPARE(found.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(found.at(i).startsWith(expected.at(i)), qPrintable(found.join(u'\n')));
        // A record with a bad id is left out: no mark could name it, and one that did would change the words.
        for (const Actor& actor : doc.actors)
            QVERIFY(isValidId(actor.id));
        for (const Meeting& meeting : doc.meetings) {
            for (const QString& id : meeting.participants + meeting.issues)
                QVERIFY(isValidId(id));
        }
    }

    void unknownIdsAreWarnings()
    {
        const QString text = u"[Li]{actor=li} and [Ghost]{actor=ghost} [met]{meeting=m}.\n"
                             "=== entente ===\n"
                             "actor li: Li\n"
                             "meeting m: li, nobody,  ghost; 2023-07-13; issues=trade, li\n"_s;
        const Document doc = Format::parse(text, u"a"_s);
        QCOMPARE(described(doc.diagnostics),
            QStringList({ u"a:1:28: warning: the mark refers to an unknown actor 'ghost'"_s,
                u"a:4:16: warning: the meeting names an unknown actor 'nobody'"_s,
                u"a:4:25: warning: the meeting names an unknown actor 'ghost'"_s,
                u"a:4:51: warning: the meeting names an unknown issue 'trade'"_s,
                u"a:4:58: warning: the meeting names an unknown issue 'li'"_s }));
        QCOMPARE(doc.unresolved.size(), 5);
        QVERIFY(!doc.hasErrors());
        QCOMPARE(doc.meetings.first().participants, QStringList({ u"li"_s, u"nobody"_s, u"ghost"_s }));
    }

    void unknownIdsAcrossArticles()
    {
        // In a folder, an id may be defined in another article: only ids defined nowhere are reported.
        QList<Document> documents {
            Format::parse(u"[Li]{actor=li} met [Kim]{actor=kim}.\n=== entente ===\n"
                          "meeting m: li, kim, ghost; 2023-07-13; issues=trade\n"_s,
                u"one"_s),
            Format::parse(u"Words.\n=== entente ===\nactor li: Li\nissue trade: Trade\n"_s, u"two"_s),
        };
        QCOMPARE(documents.first().diagnostics.size(), 6); // standing alone
        Format::resolveAcrossArticles(documents);
        QCOMPARE(described(documents.first().diagnostics),
            QStringList({ u"one:1:26: warning: the mark refers to an unknown actor 'kim'"_s,
                u"one:3:16: warning: the meeting names an unknown actor 'kim'"_s,
                u"one:3:21: warning: the meeting names an unknown actor 'ghost'"_s }));
        QCOMPARE(documents.first().unresolved.size(), 3);
        QVERIFY(documents.last().diagnostics.isEmpty());
    }

    void lineIndex_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("position");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("start") << u"ab\ncd"_s << 0 << 1 << 1;
        QTest::newRow("at the break") << u"ab\ncd"_s << 2 << 1 << 3;
        QTest::newRow("after the break") << u"ab\ncd"_s << 3 << 2 << 1;
        QTest::newRow("end") << u"ab\ncd"_s << 5 << 2 << 3;
        QTest::newRow("empty lines") << u"\n\n\nx"_s << 3 << 4 << 1;
        QTest::newRow("past the end") << u"a\n"_s << 9 << 2 << 1;
    }
    void lineIndex()
    {
        QFETCH(QString, text);
        QFETCH(int, position);
        QFETCH(int, line);
        QFETCH(int, column);
        LineIndex index(text);
        QCOMPARE(index.at(position), std::make_pair(line, column));
        QCOMPARE(index.lineCount(), int(text.count(u'\n')) + 1);
    }
};

QTEST_GUILESS_MAIN(TestReferences)
#include "tst_references.moc"
