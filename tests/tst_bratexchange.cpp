// brat standoff: export → import gives the same marks, records and `--plain` bytes (non-ASCII, CRLF,
// byte-order mark); every T line's offsets checked independently against the .txt's characters;
// a test set of other tools' annotations (NER types, events, UTF-16 and byte offsets, problems).
#include "bratann.h"
#include "bratdocument.h"
#include "bratexport.h"
#include "bratimport.h"
#include "dataexport.h"
#include "exchangetesting.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;
using namespace Entente::Exchange;

namespace {

const QString bratData = QStringLiteral(ENTENTE_SOURCE_DIR "/tests/data/brat/");

QByteArray fileBytes(const QList<OutputFile>& files, const QString& path)
{
    for (const OutputFile& file : files) {
        if (file.path == path)
            return file.bytes;
    }
    return {};
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Marks as (kind, ref, anchor, words, position of the words in the plain text).
QStringList marksOf(const Document& doc)
{
    QStringList marks;
    for (const Mark& mark : doc.marks) {
        marks.append(QStringLiteral("%1=%2 #%3 '%4' @%5")
                         .arg(toString(mark.kind), mark.ref, mark.anchor,
                              doc.text.mid(mark.textStart, mark.textEnd - mark.textStart))
                         .arg(doc.plainPosition(mark.textStart)));
    }
    return marks;
}

Brat::ImportedDocument importPair(const QString& name, QList<Diagnostic>* problems,
                                  const Brat::TypeMap& types = Brat::TypeMap::defaults())
{
    return Brat::importDocument(readFile(bratData + name + u".txt"), bratData + name + u".txt",
                                readFile(bratData + name + u".ann"), bratData + name + u".ann", types,
                                problems);
}

} // namespace

class TestBratExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsMarksRecordsAndWords_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("lineEnding");
        QTest::addColumn<bool>("bom");
        for (const QString& file : Testing::exchangeArticles()) {
            const QString name = QFileInfo(file).completeBaseName();
            QTest::addRow("%s", qPrintable(name)) << file << QStringLiteral("\n") << false;
            QTest::addRow("%s, CRLF and BOM", qPrintable(name)) << file << QStringLiteral("\r\n") << true;
        }
        QTest::addRow("records no mark names") << QString() << QStringLiteral("\n") << false;
    }
    void roundTripKeepsMarksRecordsAndWords()
    {
        QFETCH(QString, file);
        QFETCH(QString, lineEnding);
        QFETCH(bool, bom);
        Document original;
        if (file.isEmpty()) {
            original = Format::parse(QStringLiteral(
                "Talks in Zürich [went well]{meeting=z #good}.\nNobody else was named.\n\n=== entente ===\n"
                "article: date=2024-01-02; title=Zürich\nactor a: Ärztin A; person; CH\nactor b: B; state\n"
                "meeting z: a, b; 2024-01-02; place=Zürich; status=held\nissue i: Unmarked issue\n"
                "status i: 2024-01-02; resolved; evidence=good; note=done\n"));
            original.fileName = QStringLiteral("zurich.entente");
        } else {
            original = Format::load(file);
        }
        original.lineEnding = lineEnding;
        original.hasBom = bom;
        QVERIFY(!original.hasErrors());
        const Corpus corpus = Corpus::merge({ original });

        const BratExport::Result exported = BratExport::write(corpus, {});
        QVERIFY2(exported.problems.isEmpty(), qPrintable(exported.problems.value(0).toString()));
        const QString base = QFileInfo(original.fileName).completeBaseName();
        const QByteArray txt = fileBytes(exported.files, base + u".txt");
        const QByteArray ann = fileBytes(exported.files, base + u".ann");
        QCOMPARE(txt, Format::encodePlainText(original));
        QCOMPARE(fileBytes(exported.files, QStringLiteral("annotation.conf")), Brat::annotationConf());

        // Every T line, checked against the .txt's characters as brat counts them (code points).
        QList<Diagnostic> problems;
        const Brat::Annotations annotations = Brat::parse(QString::fromUtf8(ann), base, &problems);
        QVERIFY(problems.isEmpty());
        QStringDecoder keepingBom(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        const QList<uint> characters = QString(keepingBom.decode(txt)).toUcs4();
        // One T line per mark, and at most one Article entity carrying the records no mark names.
        const auto articles
            = std::count_if(annotations.textBounds.cbegin(), annotations.textBounds.cend(),
                            [](const Brat::TextBound& t) { return t.type == Brat::articleType; });
        QVERIFY(articles <= 1);
        QCOMPARE(annotations.textBounds.size() - articles, original.marks.size());
        for (const Brat::TextBound& t : annotations.textBounds) {
            const auto [start, end] = t.fragments.first();
            const QList<uint> slice = characters.mid(start, end - start);
            QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t*>(slice.constData()), slice.size()),
                     t.text);
        }

        const Brat::ImportedDocument imported = Brat::importDocument(txt, base + u".txt", ann, base + u".ann",
                                                                     Brat::TypeMap::defaults(), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
        QCOMPARE(imported.marks, original.marks.size());
        const Format::Decoded decoded = Format::decode(imported.bytes);
        QCOMPARE(decoded.hasBom, bom);
        QCOMPARE(decoded.lineEnding, lineEnding);
        Document back = Format::parse(decoded.text, original.fileName);
        back.hasBom = decoded.hasBom;
        back.lineEnding = decoded.lineEnding;
        QVERIFY2(!back.hasErrors(), qPrintable(back.diagnostics.value(0).toString()));
        QCOMPARE(Format::encodePlainText(back), Format::encodePlainText(original));
        QCOMPARE(marksOf(back), marksOf(original));
        QCOMPARE(back.article, original.article);
        QCOMPARE(Testing::withoutOrigins(back.actors), Testing::withoutOrigins(original.actors));
        QCOMPARE(Testing::withoutOrigins(back.meetings), Testing::withoutOrigins(original.meetings));
        QCOMPARE(Testing::issuesWithoutOrigins(back.issues), Testing::issuesWithoutOrigins(original.issues));
    }

    void editsMadeInBratComeBack()
    {
        const Document original = Format::load(QStringLiteral(ENTENTE_SAMPLE));
        const Corpus corpus = Corpus::merge({ original });
        QList<Diagnostic> problems;
        QString ann = QString::fromUtf8(BratExport::annotations(corpus, original, &problems));
        const QByteArray txt = Format::encodePlainText(original);
        // An annotator marks the Jakarta talks held and changes Xi Jinping into an organisation.
        QVERIFY(ann.contains(QStringLiteral("A1\tStatus E1 planned")));
        ann.replace(QStringLiteral("A1\tStatus E1 planned"), QStringLiteral("A1\tStatus E1 held"));
        ann.replace(QRegularExpression(QStringLiteral("(T\\d+)\\tPerson (\\d+ \\d+\\tXi Jinping)")),
                    QStringLiteral("\\1\tOrganisation \\2"));
        const Brat::ImportedDocument imported
            = Brat::importDocument(txt, QStringLiteral("a.txt"), ann.toUtf8(), QStringLiteral("a.ann"),
                                   Brat::TypeMap::defaults(), &problems);
        QVERIFY(problems.isEmpty());
        const Document back = Format::parse(QString::fromUtf8(imported.bytes));
        QVERIFY(back.meetings.at(back.meetingIndex(u"jakarta-talks")).status == MeetingStatus::Held);
        QVERIFY(back.actors.at(back.actorIndex(u"xi-jinping")).kind == ActorKind::Organisation);
    }

    void otherToolsAnnotationsBecomeRecords()
    {
        QList<Diagnostic> problems;
        const Brat::ImportedDocument imported = importPair(QStringLiteral("ner-events"), &problems);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().line, 13); // E2: no participants
        QVERIFY(problems.first().message.contains(QStringLiteral("no participants")));
        const Document doc = Format::parse(QString::fromUtf8(imported.bytes));
        QVERIFY2(!doc.hasErrors(), qPrintable(doc.diagnostics.value(0).toString()));
        QCOMPARE(doc.plainText(), QString::fromUtf8(readFile(bratData + u"ner-events.txt")));

        QStringList actors;
        for (const Actor& actor : doc.actors)
            actors.append(actor.id + u'/' + toString(actor.kind) + u'/' + actor.name);
        QCOMPARE(
            actors,
            QStringList({ QStringLiteral("sauli-niinisto/person/Sauli Niinistö"),
                          QStringLiteral("william-ruto/person/William Ruto"),
                          QStringLiteral("european-commission/organisation/European Commission"),
                          QStringLiteral("finland/state/Finland"), QStringLiteral("kenya/state/Kenya") }));
        QCOMPARE(doc.meetings.size(), 1);
        const Meeting& met = doc.meetings.first();
        QCOMPARE(met.participants,
                 QStringList({ QStringLiteral("sauli-niinisto"), QStringLiteral("william-ruto") }));
        QCOMPARE(met.start.toString(), QStringLiteral("2023-09-12"));
        QCOMPARE(met.place, QStringLiteral("Helsinki"));
        QVERIFY(met.status == MeetingStatus::Held);
        QCOMPARE(met.issues, QStringList { QStringLiteral("energy-cooperation") });
        QCOMPARE(doc.issues.size(), 1);
        QCOMPARE(doc.issues.first().title, QStringLiteral("energy cooperation"));
        // The second mention of Niinistö is the same actor (an Equiv line); LOC is not a mark.
        QCOMPARE(doc.markIndexesFor(MarkKind::Actor, u"sauli-niinisto").size(), 2);
        QCOMPARE(doc.marks.size(), 9); // T4 (LOC) is not a mark, T7 has no meeting
    }

    void offsetsInUtf16UnitsOrBytesAreRecognised_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("participants");
        QTest::addColumn<QString>("date");
        QTest::newRow("UTF-16") << QStringLiteral("utf16-offsets")
                                << QStringList { QStringLiteral("ada-lovelace"),
                                                 QStringLiteral("charles-babbage") }
                                << QStringLiteral("1843-07-10");
        QTest::newRow("bytes") << QStringLiteral("byte-offsets")
                               << QStringList { QStringLiteral("jorg-muller"), QStringLiteral("asa-strom") }
                               << QStringLiteral("2024-03-05");
    }
    void offsetsInUtf16UnitsOrBytesAreRecognised()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, participants);
        QFETCH(QString, date);
        QList<Diagnostic> problems;
        const Document doc = Format::parse(QString::fromUtf8(importPair(name, &problems).bytes));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
        QCOMPARE(doc.marks.size(), 4);
        QCOMPARE(doc.meetings.size(), 1);
        QCOMPARE(doc.meetings.first().participants, participants);
        QCOMPARE(doc.meetings.first().start.toString(), date);
        QCOMPARE(doc.actors.first().name,
                 doc.text.mid(doc.marks.first().textStart,
                              doc.marks.first().textEnd - doc.marks.first().textStart));
    }

    void problemsAreReportedAtTheirLines()
    {
        QList<Diagnostic> problems;
        const Document doc
            = Format::parse(QString::fromUtf8(importPair(QStringLiteral("problems"), &problems).bytes));
        std::sort(problems.begin(), problems.end(),
                  [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
        QStringList found;
        for (const Diagnostic& d : std::as_const(problems))
            found.append(QStringLiteral("%1 %2").arg(d.line).arg(d.severity == Severity::Error ? u"error"
                                                                                               : u"warning"));
        QCOMPARE(
            found,
            QStringList({ QStringLiteral("5 warning"), QStringLiteral("6 warning"), QStringLiteral("7 error"),
                          QStringLiteral("8 warning"), QStringLiteral("9 warning"),
                          QStringLiteral("10 warning"), QStringLiteral("11 error") }));
        QVERIFY(problems.at(0).message.contains(QStringLiteral("discontinuous")));
        QVERIFY(problems.at(1).message.contains(QStringLiteral("overlaps T1")));
        QVERIFY(problems.at(3).message.contains(QStringLiteral("'Vehicle'")));
        QVERIFY(problems.at(4).message.contains(QStringLiteral("'Bergen'")));
        // The rest still came in.
        QCOMPARE(doc.marks.size(), 4);
        QCOMPARE(doc.meetings.size(), 1);
        QVERIFY(!doc.hasErrors());
    }

    void textThatReadsAsMarkupIsRefused()
    {
        QList<Diagnostic> problems;
        const Brat::ImportedDocument imported = importPair(QStringLiteral("markup-in-text"), &problems);
        QVERIFY(imported.bytes.isEmpty());
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().severity == Severity::Error);
    }

    void theTypeMappingIsEditable()
    {
        QList<Diagnostic> problems;
        const Brat::TypeMap parsed = Brat::TypeMap::parse(
            QStringLiteral("# mine\nPER = actor:organisation\nVehicle = ignore\nbroken line\nX = emperor\n"),
            QStringLiteral("map.txt"), &problems);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).line, 4);
        QCOMPARE(problems.at(1).line, 5);
        Brat::TypeMap types = Brat::TypeMap::defaults();
        for (const auto& [type, target] : parsed.entries())
            types.set(type, target);
        QVERIFY(types.target(QStringLiteral("per")) == Brat::Target::Organisation);
        const Brat::TypeMap reread = Brat::TypeMap::parse(types.toText(), {}, &problems);
        QCOMPARE(problems.size(), 2);
        for (const auto& [type, target] : types.entries())
            QVERIFY(reread.target(type) == types.target(type));

        problems.clear();
        const Document doc = Format::parse(
            QString::fromUtf8(importPair(QStringLiteral("problems"), &problems, types).bytes));
        QVERIFY(doc.actors.first().kind == ActorKind::Organisation);
        for (const Diagnostic& d : std::as_const(problems))
            QVERIFY2(!d.message.contains(QStringLiteral("Vehicle")), qPrintable(d.toString()));
    }

    void foldersImportEveryAnnotatedText()
    {
        const BratImport::Result result = BratImport::import({ bratData }, Brat::TypeMap::defaults());
        QCOMPARE(result.documents, 5);
        QStringList names;
        for (const OutputFile& file : result.files)
            names.append(file.path);
        QCOMPARE(
            names,
            QStringList({ QStringLiteral("byte-offsets.entente"), QStringLiteral("ner-events.entente"),
                          QStringLiteral("problems.entente"), QStringLiteral("utf16-offsets.entente") }));
    }

    // The command line's export: articles that kept their records only, given their text and marks
    // back one at a time and written straight into the folder, make the same files, byte for byte.
    void streamedExportWritesTheSameFiles_data()
    {
        QTest::addColumn<bool>("filtered");
        QTest::newRow("all") << false;
        QTest::newRow("July 2023") << true;
    }
    void streamedExportWritesTheSameFiles()
    {
        QFETCH(bool, filtered);
        Filter filter;
        if (filtered) {
            filter.from = QDate(2023, 7, 1);
            filter.to = QDate(2023, 7, 31);
        }
        const Corpus whole = Testing::loadCorpus(Testing::exchangeArticles());
        const BratExport::Result inMemory = BratExport::write(whole, filter);
        QList<Document> records = whole.documents;
        for (Document& doc : records) {
            doc.text.clear();
            doc.marks.clear();
        }
        const Corpus recordsOnly = Corpus::merge(std::move(records));
        QStringList asked;
        const auto give = [&](const Document& doc, Document* article, QString*) {
            asked.append(doc.fileName);
            *article = whole.documents.at(whole.documentIndex(doc.fileName));
            return true;
        };
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("brat"));
        QStringList written;
        const PreparedExport streamed = writeBrat(recordsOnly, folder, filter, give, &written);
        QVERIFY2(streamed.error.isEmpty(), qPrintable(streamed.error));
        QCOMPARE(streamed.problems, inMemory.problems);
        QCOMPARE(written.size(), inMemory.files.size());
        QCOMPARE(asked.size(), inMemory.documents);
        QVERIFY(inMemory.documents > 0);
        for (const OutputFile& file : inMemory.files)
            QCOMPARE(readFile(folder + u'/' + file.path), file.bytes);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList { QStringLiteral("annotation.conf") });
        // A new folder is the staging folder renamed: nothing else is left beside it, and it has the
        // permissions any new folder gets (not the staging folder's private ones).
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList { QStringLiteral("brat") });
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("plain")));
        QCOMPARE(QFileInfo(folder).permissions(), QFileInfo(dir.filePath(QStringLiteral("plain"))).permissions());
    }

    // An article that cannot be given back (changed on disk since it was read) stops the export, and
    // nothing of it is left: not in the folder, not in a staging folder beside it.
    void streamedExportWritesNothingWhenAnArticleFails_data()
    {
        QTest::addColumn<bool>("newFolder"); // staged beside the folder, renamed into it at the end
        QTest::newRow("existing folder") << false;
        QTest::newRow("new folder") << true;
    }
    void streamedExportWritesNothingWhenAnArticleFails()
    {
        QFETCH(bool, newFolder);
        const Corpus corpus = Testing::loadCorpus(Testing::exchangeArticles());
        int given = 0;
        const auto give = [&](const Document& doc, Document* article, QString* error) {
            if (++given == 2) {
                *error = QStringLiteral("%1 changed").arg(doc.fileName);
                return false;
            }
            *article = doc;
            return true;
        };
        QTemporaryDir dir;
        QStringList written;
        const QString folder = newFolder ? dir.filePath(QStringLiteral("brat")) : dir.path();
        const PreparedExport streamed = writeBrat(corpus, folder, {}, give, &written);
        QVERIFY(streamed.error.endsWith(QStringLiteral(" changed")));
        QVERIFY(written.isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
    }
};

QTEST_GUILESS_MAIN(TestBratExchange)
#include "tst_bratexchange.moc"
