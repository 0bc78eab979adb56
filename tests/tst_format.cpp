// The Entente file format (docs/format.md): inline marks, records, plain-text export, byte-exact round
// trips, encodings, error positions, recovery, and the shipped sample article.
#include "format.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

// Records that the marks in the tests below refer to, so that those marks give no warnings.
const QString knownRecords = u"\n=== entente ===\n"
                             "actor blinken: Antony Blinken; person; USA\n"
                             "actor wang-yi: Wang Yi; person; China\n"
                             "meeting jakarta-talks: blinken, wang-yi; 2023-07-13\n"
                             "issue hacking: Hacking\n"_s;

QString sampleFile()
{
    return QString::fromUtf8(ENTENTE_SAMPLE);
}

QByteArray sampleBytes()
{
    QFile file(sampleFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString describe(const QList<Diagnostic>& diagnostics)
{
    QStringList lines;
    for (const Diagnostic& d : diagnostics)
        lines.append(d.toString());
    return lines.join(u'\n');
}

// True when the only diagnostics are warnings about ids that no record of the document defines.
bool onlyUnknownIdWarnings(const Document& doc)
{
    return std::all_of(doc.diagnostics.cbegin(), doc.diagnostics.cend(), [](const Diagnostic& d) {
        return d.severity == Severity::Warning && d.message.contains(u"unknown"_s);
    });
}

QString words(const Document& doc, const Mark& mark)
{
    return doc.text.mid(mark.textStart, mark.textEnd - mark.textStart);
}

QString spanText(const Document& doc, const Origin& origin)
{
    return doc.text.mid(origin.spanStart, origin.spanEnd - origin.spanStart);
}

QStringList keysOf(const ExtraFields& extra)
{
    QStringList keys;
    for (const ExtraField& f : extra)
        keys.append(f.key);
    return keys;
}

QStringList valuesOf(const ExtraFields& extra)
{
    QStringList values;
    for (const ExtraField& f : extra)
        values.append(f.value);
    return values;
}

} // namespace

class TestFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Inline marks
    void marks_data();
    void marks();
    void ordinaryBrackets_data();
    void ordinaryBrackets();
    void formatMarkReadsBack();
    void markIndexAt_data();
    void markIndexAt();
    void markIndexesFor();

    // Records
    void article_data();
    void article();
    void actors_data();
    void actors();
    void meetings_data();
    void meetings();
    void statusHistory_data();
    void statusHistory();
    void unknownKeysKept_data();
    void unknownKeysKept();
    void commentsAreNotRecords();
    void documentLookups();

    // Plain text and round trips
    void plainTextOfSample();
    void plainArticle_data();
    void plainArticle();
    void recordsDelimiter_data();
    void recordsDelimiter();
    void writeRoundTrip_data();
    void writeRoundTrip();
    void sampleRoundTripBytes();

    // Encodings
    void decode_data();
    void decode();
    void decodeRefuses_data();
    void decodeRefuses();
    void load_data();
    void load();
    void loadTooLarge();
    void loadKeepsEncoding();

    // Errors and recovery
    void markErrors_data();
    void markErrors();
    void recordErrors_data();
    void recordErrors();
    void recordsRecover();
    void marksRecover();

    // The shipped sample
    void sampleParsesCleanly();
    void sampleRecords();
    void sampleMeetings();
    void sampleIssueHistory();
    void sampleMarks();
};

// --- Inline marks --------------------------------------------------------------------------------

void TestFormat::marks_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("anchor");
    QTest::addColumn<QString>("words");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("textStart");
    QTest::addColumn<int>("textEnd");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("plain");

    const int actor = int(MarkKind::Actor);
    const int meeting = int(MarkKind::Meeting);
    const int issue = int(MarkKind::Issue);
    const int date = int(MarkKind::Date);

    QTest::newRow("actor") << u"Hi [Wang Yi]{actor=wang-yi}."_s << actor << u"wang-yi"_s << QString() << u"Wang Yi"_s
                           << 3 << 4 << 11 << 27 << u"Hi Wang Yi."_s;
    QTest::newRow("meeting at the start") << u"[met]{meeting=jakarta-talks} today"_s << meeting << u"jakarta-talks"_s
                                          << QString() << u"met"_s << 0 << 1 << 4 << 28 << u"met today"_s;
    QTest::newRow("issue with anchor") << u"They [denied it]{issue=hacking #denied}"_s << issue << u"hacking"_s
                                       << u"denied"_s << u"denied it"_s << 5 << 6 << 15 << 39 << u"They denied it"_s;
    QTest::newRow("anchor after spaces") << u"[Wang]{actor=wang-yi   #w.1_x}"_s << actor << u"wang-yi"_s << u"w.1_x"_s
                                         << u"Wang"_s << 0 << 1 << 5 << 30 << u"Wang"_s;
    QTest::newRow("date, day") << u"[on Thursday]{date=2023-07-13}"_s << date << u"2023-07-13"_s << QString()
                               << u"on Thursday"_s << 0 << 1 << 12 << 30 << u"on Thursday"_s;
    QTest::newRow("date, range") << u"[From July 16 to July 19]{date=2023-07-16..2023-07-19}, he said"_s << date
                                 << u"2023-07-16..2023-07-19"_s << QString() << u"From July 16 to July 19"_s << 0 << 1
                                 << 24 << 54 << u"From July 16 to July 19, he said"_s;
    QTest::newRow("date, week") << u"x [last week]{date=2023-W27}"_s << date << u"2023-W27"_s << QString()
                                << u"last week"_s << 2 << 3 << 12 << 28 << u"x last week"_s;
    QTest::newRow("date, month") << u"[in July]{date=2023-07}"_s << date << u"2023-07"_s << QString() << u"in July"_s << 0
                                 << 1 << 8 << 23 << u"in July"_s;
    QTest::newRow("date, approximate") << u"[in the coming months]{date=~2023-10-15}."_s << date << u"~2023-10-15"_s
                                       << QString() << u"in the coming months"_s << 0 << 1 << 21 << 40
                                       << u"in the coming months."_s;
    QTest::newRow("second line after non-ASCII text")
        << u"Premier \u2018Li\u2019 \u2014 x\n[Blinken\u2019s]{actor=blinken}"_s << actor << u"blinken"_s << QString()
        << u"Blinken\u2019s"_s << 17 << 18 << 27 << 43 << u"Premier \u2018Li\u2019 \u2014 x\nBlinken\u2019s"_s;
    QTest::newRow("braces inside the words") << u"[Wang Yi's {team}]{actor=wang-yi}"_s << actor << u"wang-yi"_s << QString()
                                             << u"Wang Yi's {team}"_s << 0 << 1 << 17 << 33 << u"Wang Yi's {team}"_s;
}

void TestFormat::marks()
{
    QFETCH(QString, article);
    QFETCH(int, kind);
    QFETCH(QString, ref);
    QFETCH(QString, anchor);
    QFETCH(QString, words);
    QFETCH(int, start);
    QFETCH(int, textStart);
    QFETCH(int, textEnd);
    QFETCH(int, end);
    QFETCH(QString, plain);

    const Document doc = Format::parse(article + knownRecords, u"t.entente"_s);
    QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(describe(doc.diagnostics)));
    QCOMPARE(doc.marks.size(), 1);
    const Mark& mark = doc.marks.first();
    QCOMPARE(int(mark.kind), kind);
    QCOMPARE(mark.ref, ref);
    QCOMPARE(mark.anchor, anchor);
    QCOMPARE(mark.start, start);
    QCOMPARE(mark.textStart, textStart);
    QCOMPARE(mark.textEnd, textEnd);
    QCOMPARE(mark.end, end);
    QCOMPARE(::words(doc, mark), words);
    QCOMPARE(doc.text.at(mark.start), u'[');
    QCOMPARE(doc.text.at(mark.end - 1), u'}');
    QCOMPARE(doc.plainText(), plain);
}

void TestFormat::ordinaryBrackets_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<QStringList>("markWords");
    QTest::addColumn<QString>("plain");

    QTest::newRow("[sic]") << u"[sic]"_s << QStringList() << u"[sic]"_s;
    QTest::newRow("[sic] in a sentence") << u"He said [sic] that"_s << QStringList() << u"He said [sic] that"_s;
    QTest::newRow("space before the brace") << u"[a] {actor=wang-yi}"_s << QStringList() << u"[a] {actor=wang-yi}"_s;
    QTest::newRow("double brackets") << u"[[sic]]"_s << QStringList() << u"[[sic]]"_s;
    QTest::newRow("braces alone") << u"{actor=wang-yi} and ]{actor=wang-yi}"_s << QStringList()
                                  << u"{actor=wang-yi} and ]{actor=wang-yi}"_s;
    QTest::newRow("a mark spans no line break") << u"[Wang\nYi]{actor=wang-yi}"_s << QStringList()
                                                << u"[Wang\nYi]{actor=wang-yi}"_s;
    QTest::newRow("stray bracket before a mark") << u"[ [Wang Yi]{actor=wang-yi}"_s << QStringList { u"Wang Yi"_s }
                                                 << u"[ Wang Yi"_s;
    QTest::newRow("[sic] around a mark") << u"[sic] [Wang Yi]{actor=wang-yi} [sic]"_s << QStringList { u"Wang Yi"_s }
                                         << u"[sic] Wang Yi [sic]"_s;
    QTest::newRow("unclosed bracket at the end") << u"text ["_s << QStringList() << u"text ["_s;
    QTest::newRow("bracket pair at the end") << u"text []"_s << QStringList() << u"text []"_s;
}

void TestFormat::ordinaryBrackets()
{
    QFETCH(QString, article);
    QFETCH(QStringList, markWords);
    QFETCH(QString, plain);

    const Document doc = Format::parse(article + knownRecords);
    QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(describe(doc.diagnostics)));
    QStringList found;
    for (const Mark& mark : doc.marks)
        found.append(words(doc, mark));
    QCOMPARE(found, markWords);
    QCOMPARE(doc.plainText(), plain);
}

void TestFormat::formatMarkReadsBack()
{
    QCOMPARE(Format::formatMark(MarkKind::Issue, u"hacking", u"denied these allegations", u"hack-denied"),
        u"[denied these allegations]{issue=hacking #hack-denied}"_s);
    QCOMPARE(Format::formatMark(MarkKind::Date, u"2023-07-16..2023-07-19", u"From July 16"),
        u"[From July 16]{date=2023-07-16..2023-07-19}"_s);

    const QString text = u"A "_s + Format::formatMark(MarkKind::Actor, u"wang-yi", u"Wang", u"w") + u" B"_s;
    const Document doc = Format::parse(text + knownRecords);
    QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(describe(doc.diagnostics)));
    QCOMPARE(doc.marks.size(), 1);
    QCOMPARE(int(doc.marks.first().kind), int(MarkKind::Actor));
    QCOMPARE(doc.marks.first().ref, u"wang-yi"_s);
    QCOMPARE(doc.marks.first().anchor, u"w"_s);
    QCOMPARE(doc.plainText(), u"A Wang B"_s);
}

void TestFormat::markIndexAt_data()
{
    // "ab [Wang]{actor=wang-yi} cd [x]{issue=hacking}": the first mark is [3, 24), the second [28, 46).
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("index");

    QTest::newRow("negative") << -1 << -1;
    QTest::newRow("start of text") << 0 << -1;
    QTest::newRow("just before the first mark") << 2 << -1;
    QTest::newRow("on the first '['") << 3 << 0;
    QTest::newRow("in the first mark's words") << 5 << 0;
    QTest::newRow("in the first mark's braces") << 15 << 0;
    QTest::newRow("on the first '}'") << 23 << 0;
    QTest::newRow("just after the first mark") << 24 << -1;
    QTest::newRow("between the marks") << 26 << -1;
    QTest::newRow("on the second '['") << 28 << 1;
    QTest::newRow("last character of the second mark") << 45 << 1;
    QTest::newRow("just after the second mark") << 46 << -1;
    QTest::newRow("in the records") << 60 << -1;
    QTest::newRow("past the end") << 100000 << -1;
}

void TestFormat::markIndexAt()
{
    QFETCH(int, position);
    QFETCH(int, index);

    const Document doc = Format::parse(u"ab [Wang]{actor=wang-yi} cd [x]{issue=hacking}"_s + knownRecords);
    QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(describe(doc.diagnostics)));
    QCOMPARE(doc.marks.size(), 2);
    QCOMPARE(doc.marks.at(0).start, 3);
    QCOMPARE(doc.marks.at(0).end, 24);
    QCOMPARE(doc.marks.at(1).start, 28);
    QCOMPARE(doc.marks.at(1).end, 46);
    QCOMPARE(doc.markIndexAt(position), index);
}

void TestFormat::markIndexesFor()
{
    const Document doc = Format::parse(
        u"[Wang]{actor=wang-yi} met [Blinken]{actor=blinken}; [Wang Yi]{actor=wang-yi} [met]{meeting=jakarta-talks}"_s
        + knownRecords);
    QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(describe(doc.diagnostics)));
    QCOMPARE(doc.markIndexesFor(MarkKind::Actor, u"wang-yi"), (QList<int> { 0, 2 }));
    QCOMPARE(doc.markIndexesFor(MarkKind::Actor, u"blinken"), (QList<int> { 1 }));
    QCOMPARE(doc.markIndexesFor(MarkKind::Meeting, u"jakarta-talks"), (QList<int> { 3 }));
    QCOMPARE(doc.markIndexesFor(MarkKind::Meeting, u"wang-yi"), QList<int>());
    QCOMPARE(doc.markIndexesFor(MarkKind::Actor, u"nobody"), QList<int>());
}

// --- Records ------------------------------------------------------------------------------------

void TestFormat::article_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("date and title") << u"article: date=2023-07-12; title=Blinken to meet Wang Yi"_s << QDate(2023, 7, 12)
                                    << u"Blinken to meet Wang Yi"_s << u"article: date=2023-07-12; title=Blinken to meet Wang Yi"_s;
    QTest::newRow("escaped semicolon in the title") << u"article: date=2023-07-12; title=US\\; China talks"_s
                                                    << QDate(2023, 7, 12) << u"US; China talks"_s
                                                    << u"article: date=2023-07-12; title=US\\; China talks"_s;
    QTest::newRow("escaped backslash in the title") << u"article: title=A \\\\ B\\; C"_s << QDate() << u"A \\ B; C"_s
                                                    << u"article: title=A \\\\ B\\; C"_s;
    QTest::newRow("keys in another order, extra spaces") << u"article:   title=T ;date=2023-07-12  "_s
                                                         << QDate(2023, 7, 12) << u"T"_s
                                                         << u"article: date=2023-07-12; title=T"_s;
    QTest::newRow("equals sign in the title") << u"article: title=2 + 2 = 4"_s << QDate() << u"2 + 2 = 4"_s
                                              << u"article: title=2 + 2 = 4"_s;
}

void TestFormat::article()
{
    QFETCH(QString, line);
    QFETCH(QDate, date);
    QFETCH(QString, title);
    QFETCH(QString, canonical);

    const Document doc = Format::parse(u"Text.\n=== entente ===\n"_s + line + u'\n');
    QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(describe(doc.diagnostics)));
    QCOMPARE(doc.article.date, date);
    QCOMPARE(doc.article.title, title);
    QVERIFY(doc.article.extra.isEmpty());
    QCOMPARE(Format::formatArticle(doc.article), canonical);
    QCOMPARE(Format::write(doc), u"Text.\n=== entente ===\n"_s + canonical + u'\n');
}

void TestFormat::actors_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("side");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QStringList>("aliases");
    QTest::addColumn<QString>("canonical");

    const int person = int(ActorKind::Person);
    const int organisation = int(ActorKind::Organisation);
    const int state = int(ActorKind::State);

    QTest::newRow("person, every field")
        << u"actor blinken: Antony Blinken; person; USA; role=Secretary of State; aliases=Blinken, Tony Blinken"_s
        << u"blinken"_s << u"Antony Blinken"_s << person << u"USA"_s << u"Secretary of State"_s
        << QStringList { u"Blinken"_s, u"Tony Blinken"_s }
        << u"actor blinken: Antony Blinken; person; USA; role=Secretary of State; aliases=Blinken, Tony Blinken"_s;
    QTest::newRow("organisation") << u"actor asean: Association of Southeast Asian Nations; organisation; Southeast Asia; aliases=ASEAN"_s
                                  << u"asean"_s << u"Association of Southeast Asian Nations"_s << organisation
                                  << u"Southeast Asia"_s << QString() << QStringList { u"ASEAN"_s }
                                  << u"actor asean: Association of Southeast Asian Nations; organisation; Southeast Asia; aliases=ASEAN"_s;
    QTest::newRow("organization, US spelling") << u"actor un: United Nations; organization"_s << u"un"_s
                                               << u"United Nations"_s << organisation << QString() << QString()
                                               << QStringList() << u"actor un: United Nations; organisation"_s;
    QTest::newRow("state") << u"actor prc: People\u2019s Republic of China; state; China"_s << u"prc"_s
                           << u"People\u2019s Republic of China"_s << state << u"China"_s << QString() << QStringList()
                           << u"actor prc: People\u2019s Republic of China; state; China"_s;
    QTest::newRow("name only: a person") << u"actor x: Someone"_s << u"x"_s << u"Someone"_s << person << QString()
                                         << QString() << QStringList() << u"actor x: Someone; person"_s;
    QTest::newRow("keys between positional fields") << u"actor kerry: John Kerry; aliases=Kerry; person; role=Envoy; USA"_s
                                                    << u"kerry"_s << u"John Kerry"_s << person << u"USA"_s << u"Envoy"_s
                                                    << QStringList { u"Kerry"_s }
                                                    << u"actor kerry: John Kerry; person; USA; role=Envoy; aliases=Kerry"_s;
    QTest::newRow("escaped semicolon in the name") << u"actor x: A\\; B; state"_s << u"x"_s << u"A; B"_s << state
                                                   << QString() << QString() << QStringList() << u"actor x: A\\; B; state"_s;
    QTest::newRow("empty kind keeps the side in place") << u"actor x: X; ; USA"_s << u"x"_s << u"X"_s << person
                                                        << u"USA"_s << QString() << QStringList()
                                                        << u"actor x: X; person; USA"_s;
    QTest::newRow("blank aliases dropped") << u"actor x: X; person; aliases= a, ,b ,"_s << u"x"_s << u"X"_s << person
                                           << QString() << QString() << QStringList { u"a"_s, u"b"_s }
                                           << u"actor x: X; person; aliases=a, b"_s;
    QTest::newRow("trailing semicolon") << u"actor x: X; person;"_s << u"x"_s << u"X"_s << person << QString()
                                        << QString() << QStringList() << u"actor x: X; person"_s;
    QTest::newRow("id with dots and underscores") << u"actor u.s_dept-1: Dept; organisation"_s << u"u.s_dept-1"_s
                                                  << u"Dept"_s << organisation << QString() << QString() << QStringList()
                                                  << u"actor u.s_dept-1: Dept; organisation"_s;
}

void TestFormat::actors()
{
    QFETCH(QString, line);
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(int, kind);
    QFETCH(QString, side);
    QFETCH(QString, role);
    QFETCH(QStringList, aliases);
    QFETCH(QString, canonical);

    const Document doc = Format::parse(u"Text.\n=== entente ===\n"_s + line + u'\n', u"t.entente"_s);
    QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(describe(doc.diagnostics)));
    QCOMPARE(doc.actors.size(), 1);
    const Actor& actor = doc.actors.first();
    QCOMPARE(actor.id, id);
    QCOMPARE(actor.name, name);
    QCOMPARE(int(actor.kind), kind);
    QCOMPARE(actor.side, side);
    QCOMPARE(actor.role, role);
    QCOMPARE(actor.aliases, aliases);
    QVERIFY(actor.extra.isEmpty());
    QCOMPARE(actor.origin.file, u"t.entente"_s);
    QCOMPARE(actor.origin.line, 3);
    QCOMPARE(actor.origin.spanStart, -1); // no mark names it
    QCOMPARE(Format::formatActor(actor), canonical);
}

void TestFormat::meetings_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("participants");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("place");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("issues");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("canonical");

    const int planned = int(MeetingStatus::Planned);
    const int held = int(MeetingStatus::Held);
    const int cancelled = int(MeetingStatus::Cancelled);
    const int failed = int(MeetingStatus::Failed);

    QTest::newRow("day, every field")
        << u"meeting jakarta-talks: blinken, wang-yi; 2023-07-13; place=Jakarta; status=planned; kind=talks; issues=hacking, trade; title=Blinken\u2013Wang talks"_s
        << QStringList { u"blinken"_s, u"wang-yi"_s } << u"2023-07-13"_s << u"2023-07-13"_s << QDate(2023, 7, 13)
        << QDate(2023, 7, 13) << u"Jakarta"_s << planned << u"talks"_s << QStringList { u"hacking"_s, u"trade"_s }
        << u"Blinken\u2013Wang talks"_s
        << u"meeting jakarta-talks: blinken, wang-yi; 2023-07-13; place=Jakarta; status=planned; kind=talks; issues=hacking, trade; title=Blinken\u2013Wang talks"_s;
    QTest::newRow("range") << u"meeting kerry-visit: kerry; 2023-07-16..2023-07-19; status=held"_s
                           << QStringList { u"kerry"_s } << u"2023-07-16"_s << u"2023-07-19"_s << QDate(2023, 7, 16)
                           << QDate(2023, 7, 19) << QString() << held << QString() << QStringList() << QString()
                           << u"meeting kerry-visit: kerry; 2023-07-16..2023-07-19; status=held"_s;
    QTest::newRow("week") << u"meeting yellen-visit: yellen, li-qiang; 2023-W27; status=held"_s
                          << QStringList { u"yellen"_s, u"li-qiang"_s } << u"2023-W27"_s << u"2023-W27"_s
                          << QDate(2023, 7, 3) << QDate(2023, 7, 9) << QString() << held << QString() << QStringList()
                          << QString() << u"meeting yellen-visit: yellen, li-qiang; 2023-W27; status=held"_s;
    QTest::newRow("month to week") << u"meeting m: a; 2023-07..2023-W31; status=cancelled"_s << QStringList { u"a"_s }
                                   << u"2023-07"_s << u"2023-W31"_s << QDate(2023, 7, 1) << QDate(2023, 8, 6) << QString()
                                   << cancelled << QString() << QStringList() << QString()
                                   << u"meeting m: a; 2023-07..2023-W31; status=cancelled"_s;
    QTest::newRow("approximate, canceled (US spelling)") << u"meeting s: biden, xi; ~2023-10-15; status=canceled; kind=summit"_s
                                                         << QStringList { u"biden"_s, u"xi"_s } << u"~2023-10-15"_s
                                                         << u"~2023-10-15"_s << QDate(2023, 10, 15) << QDate(2023, 10, 15)
                                                         << QString() << cancelled << u"summit"_s << QStringList()
                                                         << QString()
                                                         << u"meeting s: biden, xi; ~2023-10-15; status=cancelled; kind=summit"_s;
    QTest::newRow("failed, no status means planned") << u"meeting f: a, b; 2023-07-13; status=failed"_s
                                                     << QStringList { u"a"_s, u"b"_s } << u"2023-07-13"_s << u"2023-07-13"_s
                                                     << QDate(2023, 7, 13) << QDate(2023, 7, 13) << QString() << failed
                                                     << QString() << QStringList() << QString()
                                                     << u"meeting f: a, b; 2023-07-13; status=failed"_s;
    QTest::newRow("status defaults to planned") << u"meeting p: a,b ; 2023-07-13"_s << QStringList { u"a"_s, u"b"_s }
                                                << u"2023-07-13"_s << u"2023-07-13"_s << QDate(2023, 7, 13)
                                                << QDate(2023, 7, 13) << QString() << planned << QString()
                                                << QStringList() << QString()
                                                << u"meeting p: a, b; 2023-07-13; status=planned"_s;
    QTest::newRow("same-day range") << u"meeting d: a; 2023-07-13..2023-07-13; status=held"_s << QStringList { u"a"_s }
                                    << u"2023-07-13"_s << u"2023-07-13"_s << QDate(2023, 7, 13) << QDate(2023, 7, 13)
                                    << QString() << held << QString() << QStringList() << QString()
                                    << u"meeting d: a; 2023-07-13; status=held"_s;
    QTest::newRow("escaped semicolon in title") << u"meeting t: a; 2023-07-13; status=held; title=Talks\\; round two"_s
                                                << QStringList { u"a"_s } << u"2023-07-13"_s << u"2023-07-13"_s
                                                << QDate(2023, 7, 13) << QDate(2023, 7, 13) << QString() << held
                                                << QString() << QStringList() << u"Talks; round two"_s
                                                << u"meeting t: a; 2023-07-13; status=held; title=Talks\\; round two"_s;
}

void TestFormat::meetings()
{
    QFETCH(QString, line);
    QFETCH(QStringList, participants);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QString, place);
    QFETCH(int, status);
    QFETCH(QString, kind);
    QFETCH(QStringList, issues);
    QFETCH(QString, title);
    QFETCH(QString, canonical);

    const Document doc = Format::parse(u"Text.\n=== entente ===\n"_s + line + u'\n', u"t.entente"_s);
    // The participants and issues are defined nowhere: a warning each, and nothing else.
    QVERIFY2(onlyUnknownIdWarnings(doc), qPrintable(describe(doc.diagnostics)));
    QCOMPARE(doc.diagnostics.size(), participants.size() + issues.size());
    QCOMPARE(doc.meetings.size(), 1);
    const Meeting& meeting = doc.meetings.first();
    QCOMPARE(meeting.participants, participants);
    QCOMPARE(meeting.start.toString(), start);
    QCOMPARE(meeting.end.toString(), end);
    QCOMPARE(meeting.start.first(), first);
    QCOMPARE(meeting.end.last(), last);
    QCOMPARE(meeting.place, place);
    QCOMPARE(int(meeting.status), status);
    QCOMPARE(meeting.kind, kind);
    QCOMPARE(meeting.issues, issues);
    QCOMPARE(meeting.title, title);
    QCOMPARE(meeting.origin.file, u"t.entente"_s);
    QCOMPARE(meeting.origin.line, 3);
    QCOMPARE(Format::formatMeeting(meeting), canonical);
}

void TestFormat::statusHistory_data()
{
    QTest::addColumn<QString>("records");
    QTest::addColumn<QStringList>("dates");
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<QStringList>("notes");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("in file order") << u"issue i: I\nstatus i: 2023-07-01; open\nstatus i: 2023-07-02; in-dialogue\n"_s
                                   << QStringList { u"2023-07-01"_s, u"2023-07-02"_s }
                                   << QStringList { u"open"_s, u"in-dialogue"_s } << QStringList { QString(), QString() }
                                   << QList<int> { 4, 5 };
    QTest::newRow("sorted by date") << u"issue i: I\nstatus i: 2023-07-20; resolved\nstatus i: ~2023-05-15; open\nstatus i: 2023-W27; escalating\nstatus i: 2023-06; stalled\n"_s
                                    << QStringList { u"~2023-05-15"_s, u"2023-06"_s, u"2023-W27"_s, u"2023-07-20"_s }
                                    << QStringList { u"open"_s, u"stalled"_s, u"escalating"_s, u"resolved"_s }
                                    << QStringList { QString(), QString(), QString(), QString() }
                                    << QList<int> { 5, 7, 6, 4 };
    QTest::newRow("same day keeps file order") << u"issue i: I\nstatus i: 2023-07-12; escalating\nstatus i: 2023-07-12; stalled\n"_s
                                               << QStringList { u"2023-07-12"_s, u"2023-07-12"_s }
                                               << QStringList { u"escalating"_s, u"stalled"_s }
                                               << QStringList { QString(), QString() } << QList<int> { 4, 5 };
    QTest::newRow("note with escaped semicolon") << u"issue i: I\nstatus i: 2023-07-12; stalled; note=denied\\; unresolved\n"_s
                                                 << QStringList { u"2023-07-12"_s } << QStringList { u"stalled"_s }
                                                 << QStringList { u"denied; unresolved"_s } << QList<int> { 4 };
    QTest::newRow("two issues") << u"issue i: I\nissue j: J\nstatus j: 2023-07-01; resolved\nstatus i: 2023-07-02; open\n"_s
                                << QStringList { u"2023-07-02"_s } << QStringList { u"open"_s } << QStringList { QString() }
                                << QList<int> { 6 };
}

void TestFormat::statusHistory()
{
    QFETCH(QString, records);
    QFETCH(QStringList, dates);
    QFETCH(QStringList, statuses);
    QFETCH(QStringList, notes);
    QFETCH(QList<int>, lines);

    const Document doc = Format::parse(u"Text.\n=== entente ===\n"_s + records);
    QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(describe(doc.diagnostics)));
    const int index = doc.issueIndex(u"i");
    QVERIFY(index >= 0);
    const Issue& issue = doc.issues.at(index);
    QCOMPARE(issue.title, u"I"_s);
    QStringList gotDates, gotStatuses, gotNotes;
    QList<int> gotLines;
    for (const StatusChange& change : issue.history) {
        gotDates.append(change.date.toString());
        gotStatuses.append(toString(change.status));
        gotNotes.append(change.note);
        gotLines.append(change.origin.line);
    }
    QCOMPARE(gotDates, dates);
    QCOMPARE(gotStatuses, statuses);
    QCOMPARE(gotNotes, notes);
    QCOMPARE(gotLines, lines);
    QCOMPARE(toString(issue.currentStatus()), statuses.constLast());
}

void TestFormat::unknownKeysKept_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("values");

    QTest::newRow("article") << u"article: date=2023-07-12; title=T; source=Reuters"_s << QStringList { u"source"_s }
                             << QStringList { u"Reuters"_s };
    QTest::newRow("actor") << u"actor a: A; person; USA; role=R; born=1962; wiki-id=q42"_s
                           << QStringList { u"born"_s, u"wiki-id"_s } << QStringList { u"1962"_s, u"q42"_s };
    QTest::newRow("meeting") << u"meeting m: a; 2023-07-13; status=held; agenda=trade\\; climate"_s
                             << QStringList { u"agenda"_s } << QStringList { u"trade; climate"_s };
    QTest::newRow("issue") << u"issue i: I; priority=high"_s << QStringList { u"priority"_s } << QStringList { u"high"_s };
    QTest::newRow("status") << u"issue i: I\nstatus i: 2023-07-11; open; confidence=low; source_2=AP"_s
                            << QStringList { u"confidence"_s, u"source_2"_s } << QStringList { u"low"_s, u"AP"_s };
}

void TestFormat::unknownKeysKept()
{
    QFETCH(QString, line);
    QFETCH(QStringList, keys);
    QFETCH(QStringList, values);

    const QString text = u"Text.\n=== entente ===\n"_s + line + u'\n';
    const Document doc = Format::parse(text);
    QVERIFY2(onlyUnknownIdWarnings(doc), qPrintable(describe(doc.diagnostics))); // not an error
    ExtraFields extra;
    if (qstrcmp(QTest::currentDataTag(), "article") == 0)
        extra = doc.article.extra;
    else if (!doc.actors.isEmpty())
        extra = doc.actors.first().extra;
    else if (!doc.meetings.isEmpty())
        extra = doc.meetings.first().extra;
    else if (!doc.issues.isEmpty() && !doc.issues.first().history.isEmpty())
        extra = doc.issues.first().history.first().extra;
    else if (!doc.issues.isEmpty())
        extra = doc.issues.first().extra;
    QCOMPARE(keysOf(extra), keys);
    QCOMPARE(valuesOf(extra), values);
    // Written back unchanged, in the same place.
    QCOMPARE(Format::write(doc), text);
}

void TestFormat::commentsAreNotRecords()
{
    const QString text = u"Text.\n=== entente ===\n# a comment: not a record\n\n   \nissue i: I\n  # indented comment\n"_s;
    const Document doc = Format::parse(text);
    QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(describe(doc.diagnostics)));
    QCOMPARE(doc.issues.size(), 1);
    QCOMPARE(doc.issues.first().origin.line, 6);
    QCOMPARE(doc.text, text); // the comments stay in the document text, which is what is saved
}

void TestFormat::documentLookups()
{
    const Document doc = Format::parse(u"[Wang]{actor=wang-yi}"_s + knownRecords);
    QCOMPARE(doc.actorIndex(u"blinken"), 0);
    QCOMPARE(doc.actorIndex(u"wang-yi"), 1);
    QCOMPARE(doc.actorIndex(u"jakarta-talks"), -1);
    QCOMPARE(doc.meetingIndex(u"jakarta-talks"), 0);
    QCOMPARE(doc.meetingIndex(u"blinken"), -1);
    QCOMPARE(doc.issueIndex(u"hacking"), 0);
    QCOMPARE(doc.issueIndex(u""), -1);
    QVERIFY(!doc.hasErrors());
    QCOMPARE(doc.recordsStart, 22);
    QCOMPARE(doc.articleEnd(), 21);
    // The actor is tied to the first mark naming it; the others have no span.
    QCOMPARE(spanText(doc, doc.actors.at(1).origin), u"Wang"_s);
    QCOMPARE(doc.actors.at(0).origin.spanStart, -1);

    const Document broken = Format::parse(u"[x]{bogus=1}"_s);
    QVERIFY(broken.hasErrors());
    const Document warned = Format::parse(u"[x]{actor=nobody}"_s);
    QCOMPARE(warned.diagnostics.size(), 1);
    QVERIFY(!warned.hasErrors()); // a warning is not an error
}

// --- Plain text and round trips -----------------------------------------------------------------

void TestFormat::plainTextOfSample()
{
    const QByteArray bytes = sampleBytes();
    QVERIFY(!bytes.isEmpty());
    const Format::Decoded decoded = Format::decode(bytes);
    QCOMPARE(decoded.error, QString());
    const Document doc = Format::parse(decoded.text);
    const QString plain = doc.plainText();

    // The article part with each mark replaced by its words, computed here independently.
    const int delimiter = int(decoded.text.indexOf(u"\n=== entente ===\n"_s));
    QVERIFY(delimiter > 0);
    QString expected = decoded.text.first(delimiter);
    expected.replace(QRegularExpression(u"\\[([^\\[\\]\\n]*)\\]\\{[a-z]+=[^}\\n]*\\}"_s), u"\\1"_s);
    QCOMPARE(plain, expected);

    // Facts of the original article (US–China diplomacy, July 2023): its size and digest.
    QCOMPARE(plain.size(), 4254);
    QCOMPARE(plain.toUtf8().size(), 4272);
    QCOMPARE(QCryptographicHash::hash(plain.toUtf8(), QCryptographicHash::Sha256).toHex(),
        "19f8144ada4c989528a03ebeb0da1040bb508041aa4046f7516baada402188b2"_ba);

    QVERIFY(plain.endsWith(u"in the coming months."_s)); // no trailing line break
    QVERIFY(!plain.contains(u"=== entente ==="_s));
    QVERIFY(!plain.contains(u'['));
    QVERIFY(!plain.contains(u']'));
    QVERIFY(!plain.contains(u'{'));
    QVERIFY(!plain.contains(u'}'));
    QVERIFY(!plain.contains(u"actor="_s));
    QCOMPARE(plain.count(u'\n'), 17); // 18 lines
    QVERIFY(plain.startsWith(u"US Secretary of State Antony Blinken is scheduled to meet with Wang Yi,"_s));
}

void TestFormat::plainArticle_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("one line, no line break") << u"Just words."_s;
    QTest::newRow("lines with a final line break") << u"First line.\nSecond line.\n"_s;
    QTest::newRow("blank lines") << u"\n\nA\n\n\n"_s;
    QTest::newRow("non-ASCII") << u"Blinken\u2019s visit \u2014 \u4e2d\u7f8e \u00e9t\u00e9 \U0001F600\n"_s;
    QTest::newRow("brackets and braces") << u"He said [sic]; f(x) = {a, b}; [1] [2] { x } ]{"_s;
    QTest::newRow("delimiter inside a line") << u"Text === entente === more\n"_s;
    QTest::newRow("delimiter with trailing space") << u"Text\n=== entente === \nactor x: X\n"_s;
    QTest::newRow("delimiter indented") << u"Text\n === entente ===\n"_s;
}

void TestFormat::plainArticle()
{
    QFETCH(QString, text);
    const Document doc = Format::parse(text, u"plain.txt"_s);
    QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(describe(doc.diagnostics)));
    QVERIFY(doc.marks.isEmpty());
    QCOMPARE(doc.recordsStart, -1);
    QCOMPARE(doc.articleEnd(), int(text.size()));
    QCOMPARE(doc.plainText(), text);
    QCOMPARE(doc.text, text);
    QCOMPARE(Format::write(doc), text);
    QVERIFY(doc.actors.isEmpty() && doc.meetings.isEmpty() && doc.issues.isEmpty());
}

void TestFormat::recordsDelimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("recordsStart");
    QTest::addColumn<QString>("plain");

    QTest::newRow("article without final line break") << u"A.\n=== entente ===\nissue x: X\n"_s << 3 << u"A."_s;
    QTest::newRow("article with final line break") << u"A.\n\n=== entente ===\nissue x: X\n"_s << 4 << u"A.\n"_s;
    QTest::newRow("empty article") << u"=== entente ===\nissue x: X\n"_s << 0 << QString();
    QTest::newRow("delimiter at the end of the file") << u"A.\n=== entente ==="_s << 3 << u"A."_s;
    QTest::newRow("second delimiter is a bad record") << u"A.\n=== entente ===\n=== entente ===\n"_s << 3 << u"A."_s;
    QTest::newRow("marks after the delimiter are not marks") << u"[A]{actor=x}\n=== entente ===\n# [B]{actor=y}\nactor x: X\n"_s
                                                             << 13 << u"A"_s;
}

void TestFormat::recordsDelimiter()
{
    QFETCH(QString, text);
    QFETCH(int, recordsStart);
    QFETCH(QString, plain);

    const Document doc = Format::parse(text);
    QCOMPARE(doc.recordsStart, recordsStart);
    QCOMPARE(doc.plainText(), plain);
    for (const Mark& mark : doc.marks)
        QVERIFY(mark.end <= doc.articleEnd());
    if (qstrcmp(QTest::currentDataTag(), "second delimiter is a bad record") == 0) {
        QCOMPARE(doc.diagnostics.size(), 1);
        QCOMPARE(doc.diagnostics.first().line, 3);
    } else {
        QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(describe(doc.diagnostics)));
    }
}

void TestFormat::writeRoundTrip_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("marks and every record")
        << u"US Secretary [Blinken]{actor=blinken} [will meet]{meeting=talks} [Wang]{actor=wang-yi} [on Thursday]{date=2023-07-13}.\n"
           "They [disagree]{issue=hacking #disagree} [sic].\n"
           "\n=== entente ===\n"
           "article: date=2023-07-12; title=US\\; China; desk=Asia\n"
           "actor blinken: Antony Blinken; person; USA; role=Secretary of State; aliases=Blinken, Tony\n"
           "actor wang-yi: Wang Yi; person; China\n"
           "actor un: United Nations; organisation; aliases=UN\n"
           "meeting talks: blinken, wang-yi; 2023-07-13..2023-07-14; place=Jakarta; status=planned; kind=talks; issues=hacking; title=Talks\n"
           "meeting call: blinken; 2023-W27; status=held\n"
           "issue hacking: Hacking \\\\ espionage; owner=desk\n"
           "status hacking: ~2023-05-15; open\n"
           "status hacking: 2023-07-12; stalled; evidence=disagree; note=a\\; b; weight=2\n"_s;
    QTest::newRow("records only") << u"=== entente ===\nissue x: X\n"_s;
    QTest::newRow("article with final line break") << u"A.\n\n=== entente ===\nissue x: X\n"_s;
    QTest::newRow("article ends with blank lines") << u"A.\n\n\n\n=== entente ===\narticle: date=2023-01-01\n"_s;
    QTest::newRow("no records") << u"Only [Wang]{actor=wang-yi} text, no records."_s;
    // Before: an unknown key with an empty value was read but not written back.
    QTest::newRow("empty unknown keys") << u"=== entente ===\narticle: desk=\nactor a: A; person; note=\nissue x: X; owner=\n"_s;
}

void TestFormat::writeRoundTrip()
{
    QFETCH(QString, text);
    const Document doc = Format::parse(text);
    QVERIFY(!doc.hasErrors());
    QCOMPARE(Format::write(doc), text);
    // And the written text parses to the same values.
    const Document again = Format::parse(Format::write(doc));
    QCOMPARE(again.actors, doc.actors);
    QCOMPARE(again.meetings, doc.meetings);
    QCOMPARE(again.issues, doc.issues);
    QCOMPARE(again.article, doc.article);
    QCOMPARE(again.marks, doc.marks);
}

void TestFormat::sampleRoundTripBytes()
{
    const QByteArray bytes = sampleBytes();
    QVERIFY(bytes.size() > 5000);

    const Format::Decoded decoded = Format::decode(bytes);
    QCOMPARE(decoded.error, QString());
    Document doc = Format::parse(decoded.text, sampleFile());
    QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(describe(doc.diagnostics)));
    const QString written = Format::write(doc);
    QCOMPARE(written, decoded.text);

    Document rewritten;
    rewritten.text = written;
    rewritten.hasBom = decoded.hasBom;
    rewritten.lineEnding = decoded.lineEnding;
    QCOMPARE(Format::encode(rewritten), bytes);

    const Document loaded = Format::load(sampleFile());
    QVERIFY2(loaded.diagnostics.isEmpty(), qPrintable(describe(loaded.diagnostics)));
    QCOMPARE(Format::encode(loaded), bytes);
    QCOMPARE(Format::write(loaded), decoded.text);
}

// --- Encodings ----------------------------------------------------------------------------------

void TestFormat::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("hasBom");
    QTest::addColumn<QString>("lineEnding");

    QTest::newRow("BOM and CRLF") << "\xEF\xBB\xBF" "a\r\nb\r\n"_ba << u"a\nb\n"_s << true << u"\r\n"_s;
    QTest::newRow("LF") << "a\nb"_ba << u"a\nb"_s << false << u"\n"_s;
    QTest::newRow("CRLF without final line break") << "a\r\nb"_ba << u"a\nb"_s << false << u"\r\n"_s;
    QTest::newRow("BOM only") << "\xEF\xBB\xBF"_ba << QString() << true << u"\n"_s;
    QTest::newRow("empty") << QByteArray() << QString() << false << u"\n"_s;
    QTest::newRow("no line break") << "one line"_ba << u"one line"_s << false << u"\n"_s;
    QTest::newRow("multibyte") << "caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80\n"_ba << u"caf\u00e9 \u2014 \U0001F600\n"_s
                               << false << u"\n"_s;
    QTest::newRow("lone CR is a line break") << "a\rb\n"_ba << u"a\nb\n"_s << false << u"\n"_s;
    QTest::newRow("a second BOM is text") << "\xEF\xBB\xBF\xEF\xBB\xBF" "abc"_ba << u"\uFEFFabc"_s << true << u"\n"_s;
    QTest::newRow("real replacement character") << "a \xEF\xBF\xBD b"_ba << u"a \uFFFD b"_s << false << u"\n"_s;
}

void TestFormat::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(bool, hasBom);
    QFETCH(QString, lineEnding);

    const Format::Decoded decoded = Format::decode(bytes);
    QCOMPARE(decoded.error, QString());
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.hasBom, hasBom);
    QCOMPARE(decoded.lineEnding, lineEnding);

    Document doc = Format::parse(decoded.text);
    decoded.applyFileForm(doc);
    QCOMPARE(Format::encode(doc), bytes);
}

void TestFormat::decodeRefuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("NUL") << QByteArray("ab\ncd\0e", 7) << 2 << 3 << u"not a text file"_s;
    QTest::newRow("NUL first") << QByteArray("\0abc", 4) << 1 << 1 << u"NUL byte at byte 0"_s;
    QTest::newRow("NUL after BOM") << QByteArray("\xEF\xBB\xBFx\0", 5) << 1 << 2 << u"NUL byte at byte 4"_s;
    QTest::newRow("NUL after multibyte text") << QByteArray("\xE2\x80\x94\xE2\x80\x94\0", 7) << 1 << 3
                                              << u"not a text file"_s;
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << 3 << 1 << u"NUL byte at byte 8"_s;
    QTest::newRow("invalid byte") << "ok\nab\xFF" "cd"_ba << 2 << 3 << u"not valid UTF-8"_s;
    QTest::newRow("invalid first byte") << "\xFF"_ba << 1 << 1 << u"not valid UTF-8"_s;
    QTest::newRow("Latin-1 after multibyte text") << "\xC3\xA9t\xC3\xA9\n\xE2\x80\x94 caf\xE9"_ba << 2 << 6
                                                  << u"not valid UTF-8"_s;
    QTest::newRow("truncated sequence at the end") << "ab\ncd\xE2\x82"_ba << 2 << 3 << u"not valid UTF-8"_s;
    QTest::newRow("surrogate") << "ab\xED\xA0\x80"_ba << 1 << 3 << u"not valid UTF-8"_s;
    QTest::newRow("overlong NUL") << "x\xC0\x80"_ba << 1 << 2 << u"not valid UTF-8"_s;
    QTest::newRow("after a real replacement character") << "ok \xEF\xBF\xBD x\nab\xFF"_ba << 2 << 3
                                                        << u"not valid UTF-8"_s;
    QTest::newRow("after BOM") << "\xEF\xBB\xBF\n\n  \x80"_ba << 3 << 3 << u"not valid UTF-8"_s;
}

void TestFormat::decodeRefuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const Format::Decoded decoded = Format::decode(bytes);
    QVERIFY2(decoded.error.contains(message), qPrintable(decoded.error));
    QCOMPARE(decoded.errorLine, line);
    QCOMPARE(decoded.errorColumn, column);
    QCOMPARE(decoded.text, QString());
}

void TestFormat::load_data()
{
    QTest::addColumn<QString>("name"); // inside a temporary folder; "" for the folder itself
    QTest::addColumn<QByteArray>("bytes"); // written to the file first unless null
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing") << u"missing.entente"_s << QByteArray() << 0 << 0 << u"no such file"_s;
    QTest::newRow("folder") << QString() << QByteArray() << 0 << 0 << u"folder"_s;
    QTest::newRow("binary") << u"image.entente"_s << QByteArray("GIF89a\n\x01\0\x02", 10) << 2 << 2
                            << u"not a text file"_s;
    QTest::newRow("invalid UTF-8") << u"latin1.txt"_s << "First line\ncaf\xE9\n"_ba << 2 << 4 << u"not valid UTF-8"_s;
}

void TestFormat::load()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = name.isEmpty() ? dir.path() : dir.filePath(name);
    if (!bytes.isNull()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    const Document doc = Format::load(path);
    QCOMPARE(doc.fileName, path);
    QCOMPARE(doc.diagnostics.size(), 1);
    const Diagnostic& d = doc.diagnostics.first();
    QCOMPARE(d.severity, Severity::Error);
    QCOMPARE(d.file, path);
    QCOMPARE(d.line, line);
    QCOMPARE(d.column, column);
    QVERIFY2(d.message.contains(message), qPrintable(d.message));
    QVERIFY(d.toString().startsWith(path + u':'));
    QVERIFY(d.toString().contains(u": error: "_s));
    QVERIFY(doc.hasErrors());
    QVERIFY(doc.text.isEmpty());
    QVERIFY(doc.marks.isEmpty() && doc.actors.isEmpty());
}

void TestFormat::loadTooLarge()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"huge.entente"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // A sparse file: it has the size without taking the disk space or being read.
    if (!file.resize(Format::maximumFileSize + 1))
        QSKIP("cannot make a file over 256 MB here");
    file.close();

    const Document doc = Format::load(path);
    QCOMPARE(doc.diagnostics.size(), 1);
    QCOMPARE(doc.diagnostics.first().severity, Severity::Error);
    QVERIFY2(doc.diagnostics.first().message.contains(u"too large"_s), qPrintable(doc.diagnostics.first().message));
    QVERIFY(doc.diagnostics.first().message.contains(u"256 MB"_s));
    QVERIFY(doc.text.isEmpty());
}

void TestFormat::loadKeepsEncoding()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"windows.entente"_s);
    const QByteArray bytes = "\xEF\xBB\xBF[Wang]{actor=wang-yi} met.\r\n=== entente ===\r\nactor wang-yi: Wang Yi; person\r\n"_ba;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const Document doc = Format::load(path);
    QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(describe(doc.diagnostics)));
    QVERIFY(doc.hasBom);
    QCOMPARE(doc.lineEnding, u"\r\n"_s);
    QCOMPARE(doc.fileName, path);
    QVERIFY(!doc.text.contains(u'\r'));
    QCOMPARE(doc.plainText(), u"Wang met."_s);
    QCOMPARE(doc.actors.size(), 1);
    QCOMPARE(doc.actors.first().origin.file, path);
    QCOMPARE(doc.actors.first().origin.line, 3);
    QCOMPARE(Format::encode(doc), bytes);
}

// --- Errors and recovery ------------------------------------------------------------------------

void TestFormat::markErrors_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("marks");

    const int error = int(Severity::Error);
    const int warning = int(Severity::Warning);

    // Columns are 1-based characters; a mark error points at what is wrong: the '{' of an unclosed
    // mark, the kind, the value after '=', or the '#' of an anchor.
    QTest::newRow("unclosed mark") << u"Intro line.\nUS [Blinken]{actor=blinken went"_s << 2 << 13 << error
                                   << u"mark is not closed"_s << 0;
    QTest::newRow("unclosed mark, next mark on the line") << u"[Wang]{actor=wang-yi [Blinken]{actor=blinken}"_s << 1
                                                          << 7 << error << u"not closed"_s << 1;
    QTest::newRow("unknown kind") << u"[x]{person=x}"_s << 1 << 5 << error << u"unknown mark kind 'person'"_s << 0;
    QTest::newRow("no kind=value") << u"[x]{blinken}"_s << 1 << 5 << error << u"kind=value"_s << 0;
    QTest::newRow("empty braces") << u"[x]{}"_s << 1 << 5 << error << u"kind=value"_s << 0;
    QTest::newRow("no value") << u"[x]{actor=}"_s << 1 << 11 << error << u"no value"_s << 0;
    QTest::newRow("bad id") << u"[x]{actor=wang yi}"_s << 1 << 11 << error << u"bad id 'wang yi'"_s << 0;
    QTest::newRow("bad date") << u"On [Feb 30]{date=2023-02-30}."_s << 1 << 18 << error
                              << u"'2023-02-30' is not a date"_s << 0;
    QTest::newRow("bad date range") << u"\u2014 [x]{date=2023-07-16..July}"_s << 1 << 12 << error << u"is not a date"_s
                                    << 0;
    QTest::newRow("words are not a date") << u"[x]{date=Thursday}"_s << 1 << 10 << error << u"'Thursday'"_s << 0;
    QTest::newRow("bad anchor") << u"[x]{issue=hacking #bad anchor}"_s << 1 << 19 << error << u"bad anchor"_s << 0;
    QTest::newRow("empty anchor") << u"[x]{issue=hacking #}"_s << 1 << 19 << error << u"bad anchor"_s << 0;
    QTest::newRow("third line") << u"a\nb\n  [x]{meeting=jakarta talks}"_s << 3 << 15 << error << u"bad id"_s << 0;
    QTest::newRow("unknown actor") << u"[x]{actor=nobody}"_s << 1 << 5 << warning << u"unknown actor 'nobody'"_s << 1;
    QTest::newRow("unknown meeting") << u"a [b]{meeting=nowhere}"_s << 1 << 7 << warning << u"unknown meeting 'nowhere'"_s
                                     << 1;
    QTest::newRow("unknown issue") << u"a\n[b]{issue=trade #t}"_s << 2 << 5 << warning << u"unknown issue 'trade'"_s << 1;
}

void TestFormat::markErrors()
{
    QFETCH(QString, article);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, severity);
    QFETCH(QString, message);
    QFETCH(int, marks);

    const Document doc = Format::parse(article + knownRecords, u"t.entente"_s);
    QCOMPARE(doc.diagnostics.size(), 1);
    const Diagnostic& d = doc.diagnostics.first();
    QCOMPARE(d.file, u"t.entente"_s);
    QCOMPARE(d.line, line);
    QCOMPARE(d.column, column);
    QCOMPARE(int(d.severity), severity);
    QVERIFY2(d.message.contains(message), qPrintable(d.message));
    const QString kind = severity == int(Severity::Error) ? u"error"_s : u"warning"_s;
    QVERIFY2(d.toString().startsWith(u"t.entente:%1:%2: %3: "_s.arg(line).arg(column).arg(kind)), qPrintable(d.toString()));
    QCOMPARE(doc.marks.size(), marks);
    if (marks == 0)
        QCOMPARE(doc.plainText(), article); // a bad mark leaves the text as it is
}

void TestFormat::recordErrors_data()
{
    QTest::addColumn<QString>("records"); // from line 5 on
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("message");

    const int error = int(Severity::Error);
    const int warning = int(Severity::Warning);

    QTest::newRow("unknown record type") << u"person x: X"_s << 5 << 1 << error << u"unknown record type 'person'"_s;
    QTest::newRow("no colon") << u"actor x X"_s << 5 << 1 << error << u"'type id: fields'"_s;
    QTest::newRow("no id") << u"actor : X"_s << 5 << 7 << error << u"needs one id"_s;
    QTest::newRow("two ids") << u"actor a b: X"_s << 5 << 7 << error << u"needs one id"_s;
    QTest::newRow("unknown actor kind") << u"actor x: X; alien; USA"_s << 5 << 13 << error
                                        << u"unknown actor kind 'alien'"_s;
    QTest::newRow("unknown actor kind after spaces") << u"actor x: X;   alien"_s << 5 << 15 << error
                                                     << u"unknown actor kind"_s;
    QTest::newRow("column after an escaped semicolon") << u"actor x: A\\;B; alien"_s << 5 << 16 << error
                                                       << u"unknown actor kind"_s;
    QTest::newRow("actor without name") << u"actor x: role=Envoy"_s << 5 << 1 << error << u"'x' has no name"_s;
    QTest::newRow("too many actor fields") << u"actor x: X; person; USA; extra"_s << 5 << 26 << error
                                           << u"too many fields"_s;
    QTest::newRow("duplicate actor id") << u"actor blinken: Tony; person"_s << 5 << 1 << error
                                        << u"actor 'blinken' is defined twice"_s;
    QTest::newRow("meeting ends before it starts") << u"meeting m: blinken; 2023-07-19..2023-07-16"_s << 5 << 21
                                                   << error << u"ends before it starts"_s;
    QTest::newRow("meeting without participants") << u"meeting m: ; 2023-07-13; place=Jakarta"_s << 5 << 1 << error
                                                  << u"'m' has no participants"_s;
    QTest::newRow("meeting with keys only") << u"meeting m: place=Jakarta"_s << 5 << 1 << error
                                            << u"'m' has no participants"_s;
    QTest::newRow("meeting without date") << u"meeting m: blinken; place=Jakarta"_s << 5 << 1 << error
                                          << u"'m' has no date"_s;
    QTest::newRow("meeting bad date") << u"meeting m: blinken; 2023-02-30"_s << 5 << 21 << error
                                      << u"'2023-02-30' is not a date or range"_s;
    QTest::newRow("meeting bad status") << u"meeting m: blinken; 2023-07-13; status=postponed"_s << 5 << 33 << error
                                        << u"unknown meeting status 'postponed'"_s;
    QTest::newRow("duplicate meeting") << u"meeting m: blinken; 2023-07-13\nmeeting m: blinken; 2023-07-14"_s << 6 << 1
                                       << error << u"meeting 'm' is defined twice"_s;
    QTest::newRow("duplicate issue") << u"issue hacking: Other"_s << 5 << 1 << error << u"issue 'hacking' is defined twice"_s;
    QTest::newRow("issue with two titles") << u"issue x: A; B"_s << 5 << 13 << error << u"too many fields"_s;
    QTest::newRow("bad issue status") << u"status hacking: 2023-07-11; boiling"_s << 5 << 29 << error
                                      << u"unknown issue status 'boiling'"_s;
    QTest::newRow("bad status date") << u"status hacking: 2023-13-01; open"_s << 5 << 17 << error
                                     << u"'2023-13-01' is not a date"_s;
    QTest::newRow("status without status") << u"status hacking: 2023-07-11"_s << 5 << 1 << error
                                           << u"needs a date and a status"_s;
    QTest::newRow("status for unknown issue") << u"status trade: 2023-07-11; open"_s << 5 << 1 << error
                                              << u"unknown issue 'trade'"_s;
    QTest::newRow("status before its issue") << u"status later: 2023-07-11; open\nissue later: L"_s << 5 << 1 << error
                                             << u"unknown issue 'later'"_s;
    QTest::newRow("article bad date") << u"article: date=2023-7-12"_s << 5 << 10 << error << u"'2023-7-12' is not a date"_s;
    QTest::newRow("article positional field") << u"article: date=2023-07-12; Some title"_s << 5 << 27 << error
                                              << u"key=value"_s;
    QTest::newRow("evidence names no mark") << u"status hacking: 2023-07-11; open; evidence=nowhere"_s << 5 << 1 << warning
                                            << u"anchor '#nowhere'"_s;
}

void TestFormat::recordErrors()
{
    QFETCH(QString, records);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, severity);
    QFETCH(QString, message);

    const QString text = u"A.\n=== entente ===\nissue hacking: Hacking\nactor blinken: Antony Blinken; person; USA\n"_s
        + records + u'\n';
    const Document doc = Format::parse(text, u"r.entente"_s);
    QCOMPARE(doc.diagnostics.size(), 1);
    const Diagnostic& d = doc.diagnostics.first();
    QCOMPARE(d.file, u"r.entente"_s);
    QCOMPARE(d.line, line);
    QCOMPARE(d.column, column);
    QCOMPARE(int(d.severity), severity);
    QVERIFY2(d.message.contains(message), qPrintable(d.message));
    const QString kind = severity == int(Severity::Error) ? u"error"_s : u"warning"_s;
    QCOMPARE(d.toString(), u"r.entente:%1:%2: %3: %4"_s.arg(line).arg(column).arg(kind, d.message));
    // The records before the bad one are still there.
    QVERIFY(doc.issueIndex(u"hacking") >= 0);
    QVERIFY(doc.actorIndex(u"blinken") >= 0);
    QCOMPARE(doc.actors.at(doc.actorIndex(u"blinken")).name, u"Antony Blinken"_s); // the first definition
}

void TestFormat::recordsRecover()
{
    const QString text = u"A.\n=== entente ===\n"
                         "actor a: A; person\n"
                         "this is not a record\n"
                         "actor b: B; state\n"
                         "meeting bad: a; 2023-13-01\n"
                         "meeting good: a, b; 2023-07-13; status=held\n"
                         "issue i: I\n"
                         "status i: 2023-07-01; melting\n"
                         "status i: 2023-07-02; resolved\n"_s;
    const Document doc = Format::parse(text);
    QCOMPARE(doc.diagnostics.size(), 3);
    QCOMPARE(doc.diagnostics.at(0).line, 4);
    QCOMPARE(doc.diagnostics.at(1).line, 6);
    QCOMPARE(doc.diagnostics.at(2).line, 9);
    QCOMPARE(doc.actors.size(), 2);
    QCOMPARE(doc.actors.at(0).name, u"A"_s);
    QCOMPARE(doc.actors.at(1).name, u"B"_s);
    QCOMPARE(int(doc.actors.at(1).kind), int(ActorKind::State));
    QCOMPARE(doc.meetings.size(), 1);
    QCOMPARE(doc.meetings.first().id, u"good"_s);
    QCOMPARE(doc.meetings.first().origin.line, 7);
    QCOMPARE(doc.issues.size(), 1);
    QCOMPARE(doc.issues.first().history.size(), 1);
    QCOMPARE(int(doc.issues.first().currentStatus()), int(IssueStatus::Resolved));
}

void TestFormat::marksRecover()
{
    const QString article = u"[A]{actor=a} [B]{person=b} [C]{actor=c}\n[D]{actor=d\n[E]{actor=e #e} [F]{date=2023-02-30} [G]{date=2023-07}"_s;
    const Document doc = Format::parse(article + u"\n=== entente ===\nactor a: A\nactor c: C\nactor e: E\n"_s);
    QCOMPARE(doc.diagnostics.size(), 3);
    QCOMPARE(doc.diagnostics.at(0).line, 1);
    QCOMPARE(doc.diagnostics.at(0).column, 18);
    QCOMPARE(doc.diagnostics.at(1).line, 2);
    QCOMPARE(doc.diagnostics.at(1).column, 4);
    QCOMPARE(doc.diagnostics.at(2).line, 3);
    QCOMPARE(doc.diagnostics.at(2).column, 26);
    QStringList refs;
    for (const Mark& mark : doc.marks)
        refs.append(mark.ref);
    QCOMPARE(refs, (QStringList { u"a"_s, u"c"_s, u"e"_s, u"2023-07"_s }));
    QCOMPARE(doc.marks.at(2).anchor, u"e"_s);
    QCOMPARE(doc.plainText(), u"A [B]{person=b} C\n[D]{actor=d\nE [F]{date=2023-02-30} G"_s);
    QCOMPARE(doc.actors.size(), 3);
}

// --- The shipped sample -------------------------------------------------------------------------

void TestFormat::sampleParsesCleanly()
{
    const Document doc = Format::load(sampleFile());
    QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(describe(doc.diagnostics)));
    QCOMPARE(doc.fileName, sampleFile());
    QVERIFY(!doc.hasBom);
    QCOMPARE(doc.lineEnding, u"\n"_s);
    QCOMPARE(doc.actors.size(), 15);
    QCOMPARE(doc.meetings.size(), 6);
    QCOMPARE(doc.issues.size(), 4);
    QCOMPARE(doc.marks.size(), 34);
    QCOMPARE(doc.article.date, QDate(2023, 7, 12));
    QCOMPARE(doc.article.title, u"Blinken to meet Wang Yi in Jakarta as US\u2013China contacts multiply"_s);
    QVERIFY(doc.article.extra.isEmpty());
    QCOMPARE(doc.text.left(doc.recordsStart).count(u'\n'), 18); // the delimiter is on line 19
}

void TestFormat::sampleRecords()
{
    const Document doc = Format::load(sampleFile());
    QStringList ids;
    for (const Actor& actor : doc.actors)
        ids.append(actor.id);
    QCOMPARE(ids,
        (QStringList { u"blinken"_s, u"wang-yi"_s, u"qin-gang"_s, u"xi-jinping"_s, u"yellen"_s, u"li-qiang"_s, u"kerry"_s,
            u"xie-feng"_s, u"us-defense-official"_s, u"meiners"_s, u"biden"_s, u"asean"_s, u"state-dept"_s,
            u"microsoft"_s, u"white-house"_s }));

    const Actor& blinken = doc.actors.at(doc.actorIndex(u"blinken"));
    QCOMPARE(blinken.name, u"Antony Blinken"_s);
    QCOMPARE(int(blinken.kind), int(ActorKind::Person));
    QCOMPARE(blinken.side, u"USA"_s);
    QCOMPARE(blinken.role, u"Secretary of State"_s);
    QCOMPARE(blinken.aliases, QStringList { u"Blinken"_s });
    QCOMPARE(blinken.origin.line, 21);
    QCOMPARE(spanText(doc, blinken.origin), u"Antony Blinken"_s);

    const Actor& xi = doc.actors.at(doc.actorIndex(u"xi-jinping"));
    QCOMPARE(xi.aliases, (QStringList { u"Xi"_s, u"Chinese President Xi Jinping"_s }));
    const Actor& asean = doc.actors.at(doc.actorIndex(u"asean"));
    QCOMPARE(int(asean.kind), int(ActorKind::Organisation));
    QCOMPARE(asean.side, u"Southeast Asia"_s);
    QCOMPARE(spanText(doc, asean.origin), u"Association of Southeast Asian Nations"_s);
    const Actor& microsoft = doc.actors.at(doc.actorIndex(u"microsoft"));
    QCOMPARE(int(microsoft.kind), int(ActorKind::Organisation));
    QCOMPARE(microsoft.role, QString());
}

void TestFormat::sampleMeetings()
{
    const Document doc = Format::load(sampleFile());

    const int jakartaIndex = doc.meetingIndex(u"jakarta-talks");
    QCOMPARE(jakartaIndex, 0);
    const Meeting& jakarta = doc.meetings.at(jakartaIndex);
    QCOMPARE(jakarta.participants, (QStringList { u"blinken"_s, u"wang-yi"_s }));
    QCOMPARE(jakarta.start.date, QDate(2023, 7, 13));
    QCOMPARE(int(jakarta.start.precision), int(DatePrecision::Day));
    QCOMPARE(jakarta.end, jakarta.start);
    QCOMPARE(jakarta.place, u"Jakarta"_s);
    QCOMPARE(int(jakarta.status), int(MeetingStatus::Planned));
    QCOMPARE(jakarta.kind, u"talks"_s);
    QCOMPARE(jakarta.origin.file, sampleFile());
    QCOMPARE(jakarta.origin.line, 36);
    QCOMPARE(spanText(doc, jakarta.origin), u"is scheduled to meet"_s);

    const Meeting& kerry = doc.meetings.at(doc.meetingIndex(u"kerry-visit"));
    QCOMPARE(kerry.start, (FuzzyDate { QDate(2023, 7, 16), DatePrecision::Day }));
    QCOMPARE(kerry.end, (FuzzyDate { QDate(2023, 7, 19), DatePrecision::Day }));
    QCOMPARE(kerry.participants, QStringList { u"kerry"_s });
    QCOMPARE(kerry.issues, QStringList { u"climate"_s });
    QCOMPARE(kerry.place, u"Beijing"_s);

    const Meeting& yellen = doc.meetings.at(doc.meetingIndex(u"yellen-visit"));
    QCOMPARE(int(yellen.start.precision), int(DatePrecision::Week));
    QCOMPARE(yellen.start.toString(), u"2023-W27"_s);
    QCOMPARE(yellen.start.first(), QDate(2023, 7, 3));
    QCOMPARE(yellen.end.last(), QDate(2023, 7, 9));
    QCOMPARE(int(yellen.status), int(MeetingStatus::Held));

    const Meeting& summit = doc.meetings.at(doc.meetingIndex(u"biden-xi-summit"));
    QCOMPARE(summit.start, (FuzzyDate { QDate(2023, 10, 15), DatePrecision::Approximate }));
    QCOMPARE(summit.kind, u"summit"_s);
    QCOMPARE(summit.place, QString());

    const Meeting& beijing = doc.meetings.at(doc.meetingIndex(u"blinken-beijing-visit"));
    QCOMPARE(beijing.participants.size(), 4);
    QCOMPARE(int(beijing.start.precision), int(DatePrecision::Approximate));
    QCOMPARE(spanText(doc, beijing.origin), u"Blinken\u2019s recent visit to China"_s);
}

void TestFormat::sampleIssueHistory()
{
    const Document doc = Format::load(sampleFile());
    QStringList ids;
    for (const Issue& issue : doc.issues)
        ids.append(issue.id);
    QCOMPARE(ids, (QStringList { u"hacking"_s, u"military-channels"_s, u"trade"_s, u"climate"_s }));

    const Issue& hacking = doc.issues.at(doc.issueIndex(u"hacking"));
    QCOMPARE(hacking.title, u"Chinese hacking of US government email"_s);
    QCOMPARE(hacking.history.size(), 3);
    const QList<IssueStatus> statuses { IssueStatus::Open, IssueStatus::Escalating, IssueStatus::Stalled };
    const QStringList dates { u"~2023-05-15"_s, u"2023-07-11"_s, u"2023-07-12"_s };
    const QStringList evidence { u"hack-began"_s, u"hack-revealed"_s, u"hack-denied"_s };
    const QStringList spans { u"the hacking incident that commenced in mid-May"_s,
        u"orchestrated a cyber espionage campaign"_s, u"has denied these allegations"_s };
    for (int i = 0; i < 3; ++i) {
        const StatusChange& change = hacking.history.at(i);
        QCOMPARE(int(change.status), int(statuses.at(i)));
        QCOMPARE(change.date.toString(), dates.at(i));
        QCOMPARE(change.evidence, evidence.at(i));
        QCOMPARE(change.origin.file, sampleFile());
        QCOMPARE(change.origin.line, 43 + i);
        QCOMPARE(doc.text.mid(change.origin.spanStart, change.origin.spanEnd - change.origin.spanStart), spans.at(i));
        if (i > 0)
            QVERIFY(hacking.history.at(i - 1).date.first() <= change.date.first());
    }
    // The whole note, not cut at a semicolon (the sample escapes or avoids it).
    QVERIFY(hacking.history.last().note.startsWith(u"China denies the allegations"_s));
    QVERIFY(hacking.history.last().note.endsWith(u"the issue remains unresolved"_s));
    QCOMPARE(int(hacking.currentStatus()), int(IssueStatus::Stalled));

    const Issue& channels = doc.issues.at(doc.issueIndex(u"military-channels"));
    QCOMPARE(channels.history.size(), 2);
    QCOMPARE(int(channels.history.at(0).status), int(IssueStatus::Stalled));
    QCOMPARE(int(channels.history.at(1).status), int(IssueStatus::InDialogue));
    QCOMPARE(spanText(doc, channels.history.at(1).origin), u"a renewed start to bilateral dialogue on military matters"_s);

    const Issue& trade = doc.issues.at(doc.issueIndex(u"trade"));
    QCOMPARE(trade.history.size(), 1);
    QCOMPARE(int(trade.history.first().date.precision), int(DatePrecision::Week));
    QCOMPARE(int(trade.currentStatus()), int(IssueStatus::InDialogue));
}

void TestFormat::sampleMarks()
{
    const Document doc = Format::load(sampleFile());
    int counts[4] = {};
    for (const Mark& mark : doc.marks) {
        ++counts[int(mark.kind)];
        QVERIFY(mark.start < mark.textStart && mark.textStart <= mark.textEnd && mark.textEnd < mark.end);
        QVERIFY(mark.end <= doc.articleEnd());
        QCOMPARE(doc.markIndexAt(mark.start), int(&mark - doc.marks.constData()));
        QCOMPARE(doc.markIndexAt(mark.end - 1), int(&mark - doc.marks.constData()));
    }
    QCOMPARE(counts[int(MarkKind::Actor)], 15);
    QCOMPARE(counts[int(MarkKind::Meeting)], 6);
    QCOMPARE(counts[int(MarkKind::Issue)], 7);
    QCOMPARE(counts[int(MarkKind::Date)], 6);

    const QList<int> range = doc.markIndexesFor(MarkKind::Date, u"2023-07-16..2023-07-19");
    QCOMPARE(range.size(), 1);
    QCOMPARE(words(doc, doc.marks.at(range.first())), u"From July 16 to July 19"_s);
    const QList<int> week = doc.markIndexesFor(MarkKind::Date, u"2023-W27");
    QCOMPARE(week.size(), 1);
    QCOMPARE(words(doc, doc.marks.at(week.first())), u"last week"_s);
    const QList<int> denied = doc.markIndexesFor(MarkKind::Issue, u"hacking");
    QCOMPARE(denied.size(), 3);
    QCOMPARE(doc.marks.at(denied.last()).anchor, u"hack-denied"_s);
    QCOMPARE(words(doc, doc.marks.at(denied.last())), u"has denied these allegations"_s);
    QCOMPARE(words(doc, doc.marks.last()), u"in the coming months"_s);
    QCOMPARE(doc.marks.last().ref, u"~2023-10-15"_s);
}

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
