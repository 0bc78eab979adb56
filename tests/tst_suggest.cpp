// The pre-tagger on the shipped sample (its records say what the answers are), on a meeting test set
// written by hand (tests/data/meetings.tsv), and the format of what it writes.
#include "format.h"
#include "suggester.h"

#include <QFile>
#include <QTest>

using namespace Entente;
using namespace Entente::Suggest;
using namespace Qt::StringLiterals;

namespace {

QString samplePlainText()
{
    return Format::load(QStringLiteral(ENTENTE_SAMPLE)).plainText();
}

const Actor* actorById(const Result& result, const QString& id)
{
    for (const Actor& actor : result.actors) {
        if (actor.id == id)
            return &actor;
    }
    return nullptr;
}

// The names of a meeting's participants; people only when `peopleOnly`.
QStringList participantNames(const Result& result, const Meeting& meeting, bool peopleOnly)
{
    QStringList names;
    for (const QString& id : meeting.participants) {
        const Actor* actor = actorById(result, id);
        if (actor && (!peopleOnly || actor->kind == ActorKind::Person))
            names.append(actor->name);
    }
    names.sort();
    return names;
}

const Meeting* meetingWith(const Result& result, QStringList people)
{
    people.sort();
    for (const Meeting& meeting : result.meetings) {
        if (participantNames(result, meeting, true) == people)
            return &meeting;
    }
    return nullptr;
}

const Issue* issueById(const Result& result, const QString& id)
{
    for (const Issue& issue : result.issues) {
        if (issue.id == id)
            return &issue;
    }
    return nullptr;
}

QString describe(const Result& result)
{
    QString text;
    for (const Meeting& meeting : result.meetings)
        text += Format::formatMeeting(meeting) + u'\n';
    for (const Issue& issue : result.issues) {
        for (const StatusChange& change : issue.history)
            text += Format::formatStatus(issue.id, change) + u'\n';
    }
    return text;
}

} // namespace

class TestSuggest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleMeetings();
    void sampleMeetingsMatchTheShippedRecords();
    void sampleIssues();
    void sampleActors();
    void annotatedTextParsesWithoutDiagnostics();
    void marksAreWellFormed();
    void knownActorsAreMatchedFirst();
    void countryNamesComeFromIsoCodes();
    void guessesTheArticleDate();
    void meetingTestSetPrecision();
    void shortTextsStayInsideTheirTokens_data();
    void shortTextsStayInsideTheirTokens();
    void printSuggestions();
};

void TestSuggest::sampleMeetings()
{
    const Result result = suggest(samplePlainText(), { QDate(2023, 7, 12), {}, {} });
    const QString found = describe(result);

    const Meeting* jakarta = meetingWith(result, { u"Antony Blinken"_s, u"Wang Yi"_s });
    QVERIFY2(jakarta, qPrintable(found));
    QCOMPARE(jakarta->start.toString(), u"2023-07-13"_s);
    QCOMPARE(toString(jakarta->status), toString(MeetingStatus::Planned));
    QCOMPARE(jakarta->place, u"Jakarta"_s);

    const Meeting* yellen = meetingWith(result, { u"Janet Yellen"_s, u"Li Qiang"_s });
    QVERIFY2(yellen, qPrintable(found));
    QCOMPARE(yellen->start.toString(), u"2023-W27"_s);
    QCOMPARE(toString(yellen->status), toString(MeetingStatus::Held));
    QCOMPARE(yellen->kind, u"visit"_s);
    QCOMPARE(yellen->place, u"China"_s);

    const Meeting* kerry = meetingWith(result, { u"John Kerry"_s });
    QVERIFY2(kerry, qPrintable(found));
    QCOMPARE(kerry->start.toString(), u"2023-07-16"_s);
    QCOMPARE(kerry->end.toString(), u"2023-07-19"_s);
    QCOMPARE(toString(kerry->status), toString(MeetingStatus::Planned));
    QCOMPARE(kerry->place, u"Beijing"_s);
    QCOMPARE(participantNames(result, *kerry, false), QStringList({ u"China"_s, u"John Kerry"_s })); // the host

    const Meeting* xie = meetingWith(result, { u"Xie Feng"_s, u"Senior US defense official for Asia"_s });
    QVERIFY2(xie, qPrintable(found));
    QCOMPARE(xie->start.toString(), u"2023-07-12"_s);
    QCOMPARE(toString(xie->status), toString(MeetingStatus::Held));
    QCOMPARE(actorById(result, xie->participants[1])->side, u"USA"_s);

    const Meeting* visit = meetingWith(result, { u"Antony Blinken"_s, u"Xi Jinping"_s, u"Qin Gang"_s, u"Wang Yi"_s });
    QVERIFY2(visit, qPrintable(found));
    QCOMPARE(toString(visit->status), toString(MeetingStatus::Held));
    QCOMPARE(visit->kind, u"visit"_s);
    QCOMPARE(visit->place, u"China"_s);
    QCOMPARE(toString(visit->start.precision), toString(DatePrecision::Approximate)); // "recent": before the article
    QVERIFY(visit->start.date < QDate(2023, 7, 12));

    const Meeting* summit = meetingWith(result, { u"Joe Biden"_s, u"Xi Jinping"_s });
    QVERIFY2(summit, qPrintable(found));
    QCOMPARE(toString(summit->status), toString(MeetingStatus::Planned));
    QCOMPARE(summit->kind, u"summit"_s);
    QCOMPARE(result.meetings.size(), 6);
}

// Every meeting of the shipped sample's records is found with the same people and status.
void TestSuggest::sampleMeetingsMatchTheShippedRecords()
{
    const Document sample = Format::load(QStringLiteral(ENTENTE_SAMPLE));
    const Result result = suggest(sample.plainText(), { sample.article.date, {}, {} });
    int matched = 0;
    for (const Meeting& expected : sample.meetings) {
        QStringList people;
        for (const QString& id : expected.participants) {
            const Actor& actor = sample.actors[sample.actorIndex(id)];
            people.append(actor.id == u"us-defense-official" ? u"Senior US defense official for Asia"_s : actor.name);
        }
        const Meeting* found = meetingWith(result, people);
        QVERIFY2(found, qPrintable(expected.id + u" not found in\n"_s + describe(result)));
        QCOMPARE(toString(found->status), toString(expected.status));
        if (expected.start.precision != DatePrecision::Approximate) {
            QCOMPARE(found->start, expected.start);
            QCOMPARE(found->end, expected.end);
        }
        ++matched;
    }
    QCOMPARE(matched, 6);
}

void TestSuggest::sampleIssues()
{
    const Result result = suggest(samplePlainText(), { QDate(2023, 7, 12), {}, {} });
    const Issue* hacking = issueById(result, u"hacking"_s);
    QVERIFY2(hacking, qPrintable(describe(result)));
    // A copy, so that GCC's -Wnull-dereference sees no pointer in the loop (QVERIFY2 returned if null).
    const QList<StatusChange> history = hacking ? hacking->history : QList<StatusChange>();
    QStringList statuses;
    QStringList dates;
    for (const StatusChange& change : history) {
        statuses.append(toString(change.status));
        dates.append(change.date.toString());
    }
    QCOMPARE(statuses, QStringList({ u"open"_s, u"escalating"_s, u"stalled"_s }));
    QCOMPARE(dates, QStringList({ u"2023-05"_s, u"2023-07-11"_s, u"2023-07-12"_s })); // "mid-May": the month
    QCOMPARE(toString(hacking->currentStatus()), toString(IssueStatus::Stalled)); // still unresolved: China denies it

    const Issue* channels = issueById(result, u"military-channels"_s);
    QVERIFY2(channels, qPrintable(describe(result)));
    QCOMPARE(channels->history.size(), 2);
    QCOMPARE(toString(channels->history[0].status), toString(IssueStatus::Stalled)); // "were unsuccessful"
    QCOMPARE(toString(channels->history[1].status), toString(IssueStatus::InDialogue)); // "a renewed start to bilateral dialogue"
    QCOMPARE(channels->history[1].date.toString(), u"2023-07-12"_s);

    // Each change is backed by an Issue mark whose anchor is its evidence.
    for (const Issue& issue : result.issues) {
        for (const StatusChange& change : issue.history) {
            const bool backed = std::any_of(result.marks.cbegin(), result.marks.cend(), [&](const Suggestion& s) {
                return s.kind == MarkKind::Issue && s.ref == issue.id && s.anchor == change.evidence;
            });
            QVERIFY2(backed, qPrintable(issue.id + u' ' + change.evidence));
        }
    }
}

void TestSuggest::sampleActors()
{
    const QString text = samplePlainText();
    const Result result = suggest(text, { QDate(2023, 7, 12), {}, {} });
    const Actor* blinken = actorById(result, u"antony-blinken"_s);
    QVERIFY(blinken);
    QCOMPARE(toString(blinken->kind), toString(ActorKind::Person));
    QCOMPARE(blinken->side, u"USA"_s);
    QCOMPARE(blinken->role, u"Secretary of State"_s);
    QVERIFY(blinken->aliases.contains(u"Blinken"_s));
    QCOMPARE(actorById(result, u"wang-yi"_s)->aliases, QStringList({ u"Wang"_s })); // family name first
    QCOMPARE(actorById(result, u"xie-feng"_s)->role, u"Ambassador to the United States"_s);
    QCOMPARE(actorById(result, u"john-kerry"_s)->role, u"Special Presidential Envoy for Climate"_s);
    QCOMPARE(actorById(result, u"martin-meiners"_s)->side, u"USA"_s); // from "Pentagon spokesperson"
    QCOMPARE(actorById(result, u"li-qiang"_s)->side, u"China"_s); // met during a visit to China
    QCOMPARE(actorById(result, u"qin-gang"_s)->side, u"China"_s); // listed after "Chinese President Xi Jinping"
    QCOMPARE(toString(actorById(result, u"china"_s)->kind), toString(ActorKind::State));
    for (const QString& id : { u"state-dept"_s, u"asean"_s, u"microsoft"_s, u"white-house"_s })
        QCOMPARE(toString(actorById(result, id)->kind), toString(ActorKind::Organisation));

    // "Blinken’s" is Blinken; "the PRC", "People’s Republic of China" and "The Chinese government" are China.
    QStringList blinkenWords, chinaWords;
    for (const Suggestion& mark : result.marks) {
        const QString words = text.mid(mark.start, mark.end - mark.start);
        if (mark.kind == MarkKind::Actor && mark.ref == u"antony-blinken")
            blinkenWords.append(words);
        if (mark.kind == MarkKind::Actor && mark.ref == u"china")
            chinaWords.append(words);
    }
    QVERIFY(blinkenWords.count(u"Blinken"_s) >= 4);
    QVERIFY(text.contains(u"Blinken’s visit"_s));
    QVERIFY(chinaWords.contains(u"PRC"_s));
    QVERIFY(chinaWords.contains(u"People’s Republic of China"_s));
    QVERIFY(chinaWords.contains(u"Chinese government"_s));

    const Result pentagon = suggest(u"The Pentagon said Beijing had rejected the request."_s, { QDate(2023, 7, 12), {}, {} });
    QVERIFY(actorById(pentagon, u"pentagon"_s));
    const Actor* beijing = actorById(pentagon, u"china"_s);
    QVERIFY(beijing);
    QCOMPARE(toString(beijing ? beijing->kind : ActorKind::Person), toString(ActorKind::State)); // a capital for its government
}

void TestSuggest::annotatedTextParsesWithoutDiagnostics()
{
    const QString text = samplePlainText();
    const Result result = suggest(text, { QDate(2023, 7, 12), {}, {} });
    const QString annotated = annotate(text, result);
    const Document document = Format::parse(annotated, u"suggested.entente"_s);
    QStringList diagnostics;
    for (const Diagnostic& diagnostic : document.diagnostics)
        diagnostics.append(diagnostic.toString());
    QVERIFY2(document.diagnostics.isEmpty(), qPrintable(diagnostics.join(u'\n')));
    QCOMPARE(Format::encodePlainText(document), text.toUtf8());
    QCOMPARE(document.meetings.size(), result.meetings.size());
    QCOMPARE(document.article.date, QDate(2023, 7, 12));
    QVERIFY(annotated.contains(u"[is scheduled to meet]{meeting="_s));
    QVERIFY(annotated.contains(u"On [Tuesday]{date=2023-07-11}"_s)); // TIMEX3 extents: no preposition
    QVERIFY(annotated.contains(u"[last week]{date=2023-W27}"_s));

    // Without a final line break, and with text that looks like markup.
    const QString odd = u"On Tuesday [sic] the Chinese government said Wang Yi, China’s top diplomat, met Kerry."_s;
    const QString oddAnnotated = annotate(odd, suggest(odd, { QDate(2023, 7, 12), {}, {} }));
    const Document oddDocument = Format::parse(oddAnnotated);
    QVERIFY(oddDocument.diagnostics.isEmpty());
    QCOMPARE(oddDocument.plainText(), odd);

    // A bracket between an issue's topic and its cue (found by fuzz_suggest): the status change must
    // not name as evidence a mark that cannot be written.
    const QString bracketed = u"President Smith visited Japan on 6 March. Trade har]de had escalated.\n"_s;
    const Result withIssue = suggest(bracketed, { QDate(2018, 10, 28), {}, {} });
    const Document bracketedDocument = Format::parse(annotate(bracketed, withIssue));
    QStringList problems;
    for (const Diagnostic& d : bracketedDocument.diagnostics)
        problems << d.toString();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(bracketedDocument.plainText(), bracketed);

    for (const QString& little : { QString(), u"\n\n"_s, u"a [sic] b ] \u2014 \u2019s -- 2023 -"_s }) {
        const Result nothing = suggest(little, { QDate(2023, 7, 12), {}, {} });
        const Document parsed = Format::parse(annotate(little, nothing));
        QVERIFY(parsed.diagnostics.isEmpty());
        QCOMPARE(parsed.plainText(), little);
    }
}

void TestSuggest::marksAreWellFormed()
{
    const QString text = samplePlainText();
    const Result result = suggest(text, { QDate(2023, 7, 12), {}, {} });
    QVERIFY(result.marks.size() > 40);
    int previousEnd = 0;
    for (const Suggestion& mark : result.marks) {
        const QString words = text.mid(mark.start, mark.end - mark.start);
        QVERIFY2(mark.start >= previousEnd, qPrintable(words));
        QVERIFY(mark.end > mark.start);
        QVERIFY(!words.contains(u'\n') && !words.contains(u'[') && !words.contains(u']'));
        QVERIFY2(!mark.reason.isEmpty(), qPrintable(words));
        QVERIFY(mark.confidence > 0 && mark.confidence <= 1);
        QCOMPARE(mark.vague, mark.kind == MarkKind::Date && mark.ref.isEmpty());
        if (mark.kind != MarkKind::Date)
            QVERIFY2(isValidId(mark.ref), qPrintable(mark.ref));
        previousEnd = mark.end;
    }
    const auto vague = std::find_if(result.marks.cbegin(), result.marks.cend(), [&](const Suggestion& s) {
        return text.mid(s.start, s.end - s.start) == u"in the coming months";
    });
    QVERIFY(vague != result.marks.cend());
    QVERIFY(vague->vague);
    // Durations are not dates.
    for (const Suggestion& mark : result.marks) {
        if (mark.kind == MarkKind::Date)
            QVERIFY(!text.mid(mark.start, mark.end - mark.start).contains(u"minute"));
    }
}

void TestSuggest::knownActorsAreMatchedFirst()
{
    Actor blinken { u"blinken"_s, u"Antony Blinken"_s, ActorKind::Person, u"USA"_s, u"Secretary of State"_s,
        { u"Blinken"_s, u"Tony Blinken"_s }, {}, {} };
    Issue hacking { u"cyber"_s, u"Hacking and cyber espionage"_s, {}, {}, {} };
    const QString text = u"Tony Blinken will meet Wang Yi, China’s top diplomat, on Friday. Blinken said hacking remained unresolved."_s;
    const Result result = suggest(text, { QDate(2023, 7, 12), { blinken }, { hacking } });
    QCOMPARE(result.marks.first().ref, u"blinken"_s);
    QCOMPARE(result.marks.first().end, int(u"Tony Blinken"_s.size()));
    QVERIFY(actorById(result, u"blinken"_s));
    QCOMPARE(result.meetings.size(), 1);
    QCOMPARE(result.meetings.first().participants.first(), u"blinken"_s);
    QCOMPARE(result.meetings.first().start.toString(), u"2023-07-14"_s);
    QVERIFY(issueById(result, u"cyber"_s)); // the corpus's id for the same issue
}

void TestSuggest::countryNamesComeFromIsoCodes()
{
    // None of these is in resources/suggest/: they come from Debian's iso-codes.
    const QString text = u"Paraguay, Mongolia and Burkina Faso signed the accord."_s;
    const Result result = suggest(text, { QDate(2023, 7, 12), {}, {} });
    QStringList states;
    for (const Actor& actor : result.actors) {
        if (actor.kind == ActorKind::State)
            states.append(actor.name);
    }
    states.sort();
    QCOMPARE(states, QStringList({ u"Burkina Faso"_s, u"Mongolia"_s, u"Paraguay"_s }));
}

void TestSuggest::guessesTheArticleDate()
{
    const QString text = u"WASHINGTON, July 12, 2023 — US Secretary of State Antony Blinken will meet Chinese Foreign Minister Wang Yi on Thursday."_s;
    const Result result = suggest(text);
    QVERIFY(result.articleDateGuessed);
    QCOMPARE(result.articleDate, QDate(2023, 7, 12));
    QCOMPARE(result.meetings.size(), 1);
    QCOMPARE(result.meetings.first().start.toString(), u"2023-07-13"_s);

    const Result given = suggest(text, { QDate(2023, 7, 13), {}, {} });
    QVERIFY(!given.articleDateGuessed);
    QCOMPARE(given.articleDate, QDate(2023, 7, 13));

    const Result none = suggest(u"The ministers will meet on Thursday."_s);
    QVERIFY(!none.articleDate.isValid());
    QVERIFY(!none.articleDateGuessed);
}

// Precision: of the meetings found, how many have exactly the expected people and status.
void TestSuggest::meetingTestSetPrecision()
{
    QFile file(QStringLiteral(ENTENTE_SOURCE_DIR "/tests/data/meetings.tsv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    int sentences = 0, expected = 0, found = 0, correct = 0;
    const QString data = QString::fromUtf8(file.readAll());
    for (const QString& line : data.split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList columns = line.split(u'\t');
        QCOMPARE(columns.size(), 4);
        ++sentences;
        QStringList people = columns[2].split(u',', Qt::SkipEmptyParts);
        people.sort();
        expected += people.isEmpty() ? 0 : 1;
        const Result result = suggest(columns[1], { QDate::fromString(columns[0], Qt::ISODate), {}, {} });
        for (const Meeting& meeting : result.meetings) {
            ++found;
            const bool right = participantNames(result, meeting, false) == people
                && toString(meeting.status) == columns[3];
            correct += right ? 1 : 0;
            if (!right)
                qInfo("  %s\n    found: %s", qPrintable(columns[1]), qPrintable(Format::formatMeeting(meeting)));
        }
        if (result.meetings.isEmpty() && !people.isEmpty())
            qInfo("  %s\n    missed", qPrintable(columns[1]));
    }
    const double precision = found ? double(correct) / found : 0;
    const double recall = expected ? double(correct) / expected : 0;
    qInfo("meeting test set: %d sentences, %d meetings expected, %d found, %d right: precision %.1f%%, recall %.1f%%",
        sentences, expected, found, correct, 100 * precision, 100 * recall);
    QVERIFY(sentences >= 25);
    QVERIFY2(precision >= 0.9, qPrintable(u"meeting precision %1%"_s.arg(100 * precision, 0, 'f', 1)));
    QVERIFY(recall >= 0.75);
}

// A text that ends on a word that starts a rule ("the", a title, a side) once made the phrase tables
// look at the token after the last one (seen with ASan as a heap read past the token list).
void TestSuggest::shortTextsStayInsideTheirTokens_data()
{
    QTest::addColumn<QString>("text");
    for (const QString& text : { u"the"_s, u"The"_s, u"a"_s, u"an"_s, u"the US"_s, u"a senior US"_s, u"Secretary"_s,
             u"Secretary of"_s, u"Wang Yi,"_s, u"Wang Yi, the"_s, u"met"_s, u"is scheduled to"_s, u"on"_s, u"last"_s,
             u"mid-"_s, u"July 16 -"_s, u"Blinken will meet the"_s })
        QTest::newRow(qPrintable(text)) << text;
}

void TestSuggest::shortTextsStayInsideTheirTokens()
{
    QFETCH(QString, text);
    // A copy without spare capacity, so that reading one element past the end is outside the block.
    const QString exact(text.constData(), text.size());
    const Result result = suggest(exact, { QDate(2023, 7, 12), {}, {} });
    const Document parsed = Format::parse(annotate(exact, result));
    QVERIFY(parsed.diagnostics.isEmpty());
    QCOMPARE(parsed.plainText(), exact);
}

// For checking by hand: ENTENTE_SUGGEST_PRINT=file [ENTENTE_SUGGEST_DATE=YYYY-MM-DD] prints the
// annotated file and every suggestion's reason.
void TestSuggest::printSuggestions()
{
    const QString path = qEnvironmentVariable("ENTENTE_SUGGEST_PRINT");
    if (path.isEmpty())
        QSKIP("set ENTENTE_SUGGEST_PRINT=file to print its suggestions");
    const QString text = Format::load(path).plainText();
    const Result result = suggest(text, { QDate::fromString(qEnvironmentVariable("ENTENTE_SUGGEST_DATE"), Qt::ISODate), {}, {} });
    for (const Suggestion& mark : result.marks)
        qInfo("%-8s %-40s %-28s %.2f %s", qPrintable(toString(mark.kind)), qPrintable(text.mid(mark.start, mark.end - mark.start)),
            qPrintable(mark.ref), mark.confidence, qPrintable(mark.reason));
    qInfo("%s", qPrintable(annotate(text, result)));
}

QTEST_GUILESS_MAIN(TestSuggest)
#include "tst_suggest.moc"
