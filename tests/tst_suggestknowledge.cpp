// What the pre-tagger knows beyond its lists: the lexicon learned from the analyst (read, edited,
// written back, used by the next run with its reasons) and actor dictionaries in the PETRARCH/Phoenix
// format (sides and roles valid on the article's date); and articles pre-tagged from files, a block
// at a time when they are large.
#include "format.h"
#include "knowledge.h"
#include "suggestfile.h"

#include <QBuffer>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;
using namespace Entente::Suggest;
using namespace Qt::StringLiterals;

namespace {

// A dictionary written for the test, in the format of the field's files.
const QString testDictionary = u"# a dictionary written for the test\n"
                               "KARI_LUND_  # a comment\n"
                               "+FOREIGN_MINISTER_KARI_LUND\n"
                               "+MINISTER_LUND_\n"
                               "\t[NORGOV 150101-211014]\n"
                               "\t[NORELI >211014]\n"
                               "\n"
                               "NORDIC_PEACE_COUNCIL_ [NGONOR]\n"
                               "+THE_NORDIC_COUNCIL\n"_s;

const Suggestion* markOn(const Result& result, const QString& text, const QString& words, MarkKind kind)
{
    for (const Suggestion& mark : result.marks) {
        if (mark.kind == kind && text.mid(mark.start, mark.end - mark.start) == words)
            return &mark;
    }
    return nullptr;
}

QString sharedDirectory()
{
    if (const QString set = qEnvironmentVariable("ENTENTE_SHARED"); !set.isEmpty())
        return set;
    for (const QString& relative : { u"/../shared"_s, u"/../../shared"_s }) {
        if (QDir(QStringLiteral(ENTENTE_SOURCE_DIR) + relative).exists())
            return QDir::cleanPath(QStringLiteral(ENTENTE_SOURCE_DIR) + relative);
    }
    return {};
}

} // namespace

class TestSuggestKnowledge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lexiconIsEditableText();
    void learnedActorsAreFoundWithTheirReason();
    void learnedPhrasingMakesAMeeting();
    void rejectedWordsAreNotSuggested();
    void dictionaryRolesFollowTheArticleDate();
    void phoenixDictionaries();
    void largeFilesArePreTaggedInBlocks_data();
    void largeFilesArePreTaggedInBlocks();
};

void TestSuggestKnowledge::lexiconIsEditableText()
{
    const QString text = u"# my notes\nactor\tKari Lund\tperson\tNorway\tForeign Minister\tLund\tkari-lund\nsomething else\n"_s;
    QStringList problems;
    LearnedLexicon lexicon = LearnedLexicon::parse(text, u"/tmp/x/entente-lexicon.tsv"_s, &problems);
    QCOMPARE(problems.size(), 1); // "something else" is kept, and reported
    QVERIFY(problems.first().contains(u":3:"_s));
    QCOMPARE(lexicon.actors().size(), 1);
    QCOMPARE(lexicon.actors().first().actor.aliases, QStringList({ u"Lund"_s }));
    QCOMPARE(lexicon.actors().first().line, 2);

    Actor corrected = lexicon.actors().first().actor;
    corrected.side = u"Denmark"_s; // the analyst corrected the side
    QVERIFY(lexicon.learnActor(corrected));
    QVERIFY(!lexicon.learnActor(corrected)); // nothing new
    QVERIFY(lexicon.reject(MarkKind::Actor, u"Nordic"_s));
    QVERIFY(lexicon.learnCue(u"paid a courtesy call on"_s, MeetingStatus::Held, u"talks"_s));
    const QString written = lexicon.toText();
    QVERIFY(written.startsWith(u"# my notes\n"_s));
    QVERIFY(written.contains(u"\tDenmark\t"_s));
    QVERIFY(written.contains(u"something else\n"_s));
    QVERIFY(written.contains(u"reject\tactor\tNordic\n"_s));

    // Reversible: each entry is a line, and forgetting removes it.
    QVERIFY(lexicon.isRejected(MarkKind::Actor, u"nordic"));
    QVERIFY(lexicon.unreject(MarkKind::Actor, u"Nordic"_s));
    QVERIFY(!lexicon.isRejected(MarkKind::Actor, u"Nordic"));
    QVERIFY(lexicon.forgetActor(u"kari-lund"_s));
    QVERIFY(lexicon.forgetCue(u"paid a courtesy call on"_s));
    QCOMPARE(LearnedLexicon::parse(lexicon.toText(), {}).actors().size(), 0);
    QVERIFY(lexicon.toText().contains(u"# my notes"_s));
}

void TestSuggestKnowledge::learnedActorsAreFoundWithTheirReason()
{
    LearnedLexicon lexicon = LearnedLexicon::parse(
        u"actor\tKari Lund\tperson\tNorway\tForeign Minister\tLund\tkari-lund\n"_s, u"/folder/entente-lexicon.tsv"_s);
    const QString text = u"Lund met the envoy in Oslo on Friday."_s;
    const Result result = suggest(text, Options(QDate(2024, 5, 20), {}, {}, Knowledge::make({}, lexicon)));
    const Suggestion* lund = markOn(result, text, u"Lund"_s, MarkKind::Actor);
    QVERIFY(lund);
    QCOMPARE(lund->ref, u"kari-lund"_s);
    QVERIFY2(lund->reason.contains(u"learned"_s) && lund->reason.contains(u"entente-lexicon.tsv, line 1"_s), qPrintable(lund->reason));
    // Without the lexicon the word is at most an unknown name that acts, not Kari Lund.
    const Result unknown = suggest(text, Options(QDate(2024, 5, 20)));
    const Suggestion* guess = markOn(unknown, text, u"Lund"_s, MarkKind::Actor);
    QVERIFY(!guess || (guess->ref != u"kari-lund" && guess->confidence < 0.6));
}

void TestSuggestKnowledge::learnedPhrasingMakesAMeeting()
{
    const QString text = u"Ambassador Ruth Adler broke bread with Foreign Minister Kari Lund on Friday."_s;
    QVERIFY(suggest(text, Options(QDate(2024, 5, 20))).meetings.isEmpty()); // no list has this phrasing
    LearnedLexicon lexicon = LearnedLexicon::parse(u"cue\tbroke bread with\theld\ttalks\n"_s, u"/f/entente-lexicon.tsv"_s);
    const Result result = suggest(text, Options(QDate(2024, 5, 20), {}, {}, Knowledge::make({}, lexicon)));
    QCOMPARE(result.meetings.size(), 1);
    const Suggestion* cue = markOn(result, text, u"broke bread with"_s, MarkKind::Meeting);
    QVERIFY(cue);
    QVERIFY2(cue->reason.contains(u"learned phrasing"_s), qPrintable(cue->reason));
}

void TestSuggestKnowledge::rejectedWordsAreNotSuggested()
{
    const QString text = u"The Nordic Peace Council said talks were possible."_s;
    QVERIFY(markOn(suggest(text, Options(QDate(2024, 5, 20))), text, u"Nordic Peace Council"_s, MarkKind::Actor));
    LearnedLexicon lexicon = LearnedLexicon::parse(u"reject\tactor\tNordic Peace Council\n"_s, {});
    const Result result = suggest(text, Options(QDate(2024, 5, 20), {}, {}, Knowledge::make({}, lexicon)));
    QVERIFY(!markOn(result, text, u"Nordic Peace Council"_s, MarkKind::Actor));
}

void TestSuggestKnowledge::dictionaryRolesFollowTheArticleDate()
{
    const auto dictionary = ActorDictionary::parse(testDictionary, u"test.actors.txt"_s);
    QCOMPARE(dictionary->size(), 2);
    QCOMPARE(dictionary->entry(0).name, u"Kari Lund"_s);
    QCOMPARE(toString(dictionary->entry(0).kind), toString(ActorKind::Person));
    QCOMPARE(toString(dictionary->entry(1).kind), toString(ActorKind::Organisation));
    const auto knowledge = Knowledge::make({ dictionary }, {});
    const QString text = u"Foreign Minister Kari Lund met the Nordic Peace Council in Oslo."_s;
    const auto lundOn = [&](QDate date) {
        const Result result = suggest(text, Options(date, {}, {}, knowledge));
        const Suggestion* mark = markOn(result, text, u"Kari Lund"_s, MarkKind::Actor);
        for (const Actor& actor : result.actors) {
            if (mark && actor.id == mark->ref)
                return std::pair(actor, mark->reason);
        }
        return std::pair(Actor(), QString());
    };
    const auto [minister, reason] = lundOn(QDate(2020, 3, 1));
    QCOMPARE(minister.side, u"Norway"_s);
    QCOMPARE(minister.extra, ExtraFields({ { u"cameo"_s, u"NORGOV"_s } }));
    QVERIFY2(reason.contains(u"test.actors.txt"_s) && reason.contains(u"NORGOV"_s), qPrintable(reason));
    const auto [later, laterReason] = lundOn(QDate(2023, 3, 1));
    QCOMPARE(later.extra, ExtraFields({ { u"cameo"_s, u"NORELI"_s } }));
    QVERIFY(laterReason.contains(u"NORELI"_s));
}

void TestSuggestKnowledge::phoenixDictionaries()
{
    const QString path = sharedDirectory() + u"/data/petrarch2/Phoenix.Countries.actors.txt"_s;
    if (!QFileInfo::exists(path))
        QSKIP("the Phoenix dictionaries are not there (../shared/data/petrarch2)");
    QString error;
    const auto dictionary = ActorDictionary::load(path, &error);
    QVERIFY2(dictionary, qPrintable(error));
    QVERIFY(dictionary->size() > 10000);
    QCOMPARE(ActorDictionary::load(path, &error).get(), dictionary.get()); // read once per process
    const auto knowledge = Knowledge::make({ dictionary }, {});
    const QString text = u"John Kerry met Chinese officials in Beijing."_s;
    const auto codeOn = [&](QDate date) {
        const Result result = suggest(text, Options(date, {}, {}, knowledge));
        for (const Actor& actor : result.actors) {
            if (actor.name == u"John Kerry")
                return std::pair(actor.side, actor.extra.value(0).value);
        }
        return std::pair(QString(), QString());
    };
    // A senator until 2013, then Secretary of State: the role of the article's date.
    QCOMPARE(codeOn(QDate(2010, 6, 1)), std::pair(u"USA"_s, u"USAGOVLEG"_s));
    QCOMPARE(codeOn(QDate(2015, 6, 1)), std::pair(u"USA"_s, u"USAGOV"_s));
}

// A file over the threshold goes through in blocks; the result is an ordinary Entente file whose
// plain text is the input, BOM and line breaks included, for every line-break style. With CR-only
// breaks or none at all, the whole file was one block: 200 MB of it took 3.9 GB.
void TestSuggestKnowledge::largeFilesArePreTaggedInBlocks_data()
{
    QTest::addColumn<QStringList>("breaks"); // used in turn after each sentence
    QTest::addColumn<QString>("lineEnding"); // of the records: the article's first break
    QTest::newRow("CRLF") << QStringList { u"\r\n"_s } << u"\r\n"_s;
    QTest::newRow("LF") << QStringList { u"\n"_s } << u"\n"_s;
    QTest::newRow("CR") << QStringList { u"\r"_s } << u"\r"_s;
    QTest::newRow("mixed") << QStringList { u"\r"_s, u"\n"_s, u"\r\n"_s, u"\n"_s } << u"\n"_s;
    QTest::newRow("one line") << QStringList { u" "_s } << u"\n"_s;
}

void TestSuggestKnowledge::largeFilesArePreTaggedInBlocks()
{
    QFETCH(QStringList, breaks);
    QFETCH(QString, lineEnding);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString article;
    for (int n = 0; n < 400; ++n) {
        article += u"US Secretary of State Antony Blinken will meet Wang Yi in Jakarta on Thursday."_s
            + breaks.at((2 * n) % breaks.size()) + u"Blinken’s visit follows talks in Geneva."_s
            + breaks.at((2 * n + 1) % breaks.size());
        if (breaks.first() != u" ")
            article += breaks.first(); // an empty line between paragraphs
    }
    const QByteArray bytes = "\xEF\xBB\xBF" + article.toUtf8();
    const QString input = dir.filePath(u"large.txt"_s);
    QFile file(input);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const QString annotated = dir.filePath(u"large.entente"_s);
    QFile output(annotated);
    QVERIFY(output.open(QIODevice::WriteOnly));
    // A threshold of 1 KB makes blocks of 64 characters: hundreds of them, and cuts in the one line.
    const FileResult result = suggestFile(input, &output, Options(QDate(2023, 7, 12)), 1024);
    output.close();
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.streamed);
    QVERIFY(result.meetings >= 1);
    const Document document = Format::load(annotated);
    QStringList problems;
    for (const Diagnostic& diagnostic : document.diagnostics)
        problems.append(diagnostic.toString());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 5).join(u'\n')));
    QVERIFY(document.hasBom);
    QCOMPARE(Format::encodePlainText(document), bytes);
    if (breaks.size() == 1)
        QCOMPARE(document.lineEnding, lineEnding);
    QCOMPARE(document.article.date, QDate(2023, 7, 12));
    QVERIFY(document.actorIndex(u"antony-blinken"_s) >= 0);
    QVERIFY(document.marks.size() > 1000);
    QVERIFY(document.recordsStart > 0);
}

QTEST_GUILESS_MAIN(TestSuggestKnowledge)
#include "tst_suggestknowledge.moc"
