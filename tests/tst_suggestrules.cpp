// The pre-tagger's rules one by one, on sentences written for the project: names by their shape,
// offices, several meetings in one sentence, trip legs, dates attached to their meetings, guards
// against what is not a meeting, the article's own date; and what it must never do: change the
// article's words, or write an id the format refuses.
#include "format.h"
#include "suggester.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Entente;
using namespace Entente::Suggest;
using namespace Qt::StringLiterals;

namespace {

const Actor* actorNamed(const Result& result, const QString& name)
{
    for (const Actor& actor : result.actors) {
        if (actor.name == name)
            return &actor;
    }
    return nullptr;
}

QString nameOf(const Result& result, const QString& id)
{
    for (const Actor& actor : result.actors) {
        if (actor.id == id)
            return actor.name;
    }
    return id;
}

// "Name1, Name2; date; status; place" per meeting, sorted, for comparing with expectations.
QStringList meetingsOf(const Result& result)
{
    QStringList lines;
    for (const Meeting& meeting : result.meetings) {
        QStringList names;
        for (const QString& id : meeting.participants)
            names.append(nameOf(result, id));
        QString date = meeting.start.toString();
        if (meeting.end.isValid() && meeting.end != meeting.start)
            date += u".."_s + meeting.end.toString();
        lines.append(names.join(u", ") + u"; "_s + date + u"; "_s + toString(meeting.status) + u"; "_s + meeting.place);
    }
    lines.sort();
    return lines;
}

Result suggestOn(const QString& text, QDate date = QDate(2024, 5, 20))
{
    return suggest(text, Options(date));
}

} // namespace

class TestSuggestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void personNames_data();
    void personNames();
    void offices();
    void meetings_data();
    void meetings();
    void notMeetings_data();
    void notMeetings();
    void articleDate_data();
    void articleDate();
    void wordsNeverChange_data();
    void wordsNeverChange();
    void idsAreAlwaysValid();
    void blocksOfALongTextKnowEachOther();
};

void TestSuggestRules::personNames_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("side");
    QTest::newRow("particle") << u"Ursula von der Brecht met Polish Prime Minister Adam Wolski in Brussels."_s
                              << u"Ursula von der Brecht"_s << QString() << QString();
    QTest::newRow("hyphenated first name") << u"Jean-Yves Marchetti met the Turkish Foreign Minister, Selim Aksoy."_s
                                           << u"Jean-Yves Marchetti"_s << QString() << QString();
    QTest::newRow("title, apposition") << u"Later, the Egyptian Foreign Minister, Karim Fahmy, spoke to reporters."_s
                                       << u"Karim Fahmy"_s << u"Foreign Minister"_s << u"Egypt"_s;
    QTest::newRow("honorifics") << u"HE Dr Salem Al-Mansoori received the delegation on Thursday."_s
                                << u"Salem Al-Mansoori"_s << u"HE Dr"_s << QString();
    QTest::newRow("sheikh") << u"Sheikh Hamad bin Khalid welcomed the envoys."_s << u"Hamad bin Khalid"_s << u"Sheikh"_s
                            << QString();
    QTest::newRow("initial") << u"Senator John F. Kessler said the talks would resume."_s << u"John F. Kessler"_s
                             << u"Senator"_s << QString();
    QTest::newRow("invisible mark inside a name") << u"Foreign Minister Jean\u200E-Luc Perrin arrived in Oslo."_s
                                                  << u"Jean\u200E-Luc Perrin"_s << u"Foreign Minister"_s << QString();
    QTest::newRow("title after the name") << u"Amara Okafor, the Nigerian foreign minister, met reporters."_s
                                          << u"Amara Okafor"_s << u"Foreign minister"_s << u"Nigeria"_s;
    QTest::newRow("first name that is a title") << u"Afghan Foreign Minister Amir Khan spoke on Sunday."_s
                                                << u"Amir Khan"_s << u"Foreign Minister"_s << u"Afghanistan"_s;
}

void TestSuggestRules::personNames()
{
    QFETCH(QString, sentence);
    QFETCH(QString, name);
    QFETCH(QString, role);
    QFETCH(QString, side);
    const Result result = suggestOn(sentence);
    const Actor* actor = actorNamed(result, name);
    QVERIFY2(actor, qPrintable(annotate(sentence, result)));
    QCOMPARE(toString(actor->kind), toString(ActorKind::Person));
    if (!role.isNull())
        QCOMPARE(actor->role, role);
    if (!side.isNull())
        QCOMPARE(actor->side, side);
    // The mark is the name only: no title, no honorific.
    const bool marked = std::any_of(result.marks.cbegin(), result.marks.cend(), [&](const Suggestion& mark) {
        return mark.kind == MarkKind::Actor && sentence.mid(mark.start, mark.end - mark.start) == name;
    });
    QVERIFY2(marked, qPrintable(annotate(sentence, result)));
}

// "the Foreign Secretary" is the person the article names in that office, or an unnamed one.
void TestSuggestRules::offices()
{
    const QString named = u"Foreign Secretary James Hartley met the Saudi Foreign Minister, Faisal Al-Otaibi, on Monday. "
                          "The Foreign Secretary said the talks were useful."_s;
    const Result withHolder = suggestOn(named);
    const auto secretary = std::find_if(withHolder.marks.cbegin(), withHolder.marks.cend(), [&](const Suggestion& mark) {
        return named.mid(mark.start, mark.end - mark.start) == u"Foreign Secretary" && mark.kind == MarkKind::Actor;
    });
    QVERIFY2(secretary != withHolder.marks.cend(), qPrintable(annotate(named, withHolder)));
    QCOMPARE(secretary->ref, u"james-hartley"_s);

    const QString unnamed = u"The French President will visit Vietnam on May 25 and 26."_s;
    const Result withoutHolder = suggestOn(unnamed);
    const Actor* president = actorNamed(withoutHolder, u"French President"_s);
    QVERIFY2(president, qPrintable(annotate(unnamed, withoutHolder)));
    QCOMPARE(president->side, u"France"_s);
    QCOMPARE(president->role, u"President"_s);
    QCOMPARE(meetingsOf(withoutHolder), QStringList({ u"French President, Vietnam; 2024-05-25..2024-05-26; planned; Vietnam"_s }));
}

void TestSuggestRules::meetings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("two meetings in one sentence")
        << u"Chancellor Olaf Brandt met Spanish Prime Minister Pedro Vidal in Berlin on Friday, and later spoke by phone with Italian Prime Minister Giorgia Serra."_s
        << QStringList { u"Olaf Brandt, Giorgia Serra; 2024-05-17; held; "_s, u"Olaf Brandt, Pedro Vidal; 2024-05-17; held; Berlin"_s };
    QTest::newRow("trip legs with their dates")
        << u"Special Envoy Omar Haidari will travel to Qatar May 22-23 and to Egypt May 24-25."_s
        << QStringList { u"Omar Haidari, Egypt; 2024-05-24..2024-05-25; planned; Egypt"_s,
               u"Omar Haidari, Qatar; 2024-05-22..2024-05-23; planned; Qatar"_s };
    QTest::newRow("days of the month")
        << u"Deputy Secretary Laura Kim will travel to Seoul on the 22nd and 23rd."_s
        << QStringList { u"Laura Kim, South Korea; 2024-05-22..2024-05-23; planned; Seoul"_s };
    QTest::newRow("date in the next sentence")
        << u"Norwegian Foreign Minister Kari Lund will host Sudanese envoy Hamid Osman in Oslo. The meeting will take place on June 3."_s
        << QStringList { u"Kari Lund, Hamid Osman; 2024-06-03; planned; Oslo"_s };
    QTest::newRow("hosts and an organisation")
        << u"Norway and Qatar will host a meeting of the Global Coalition in Oslo on June 3."_s
        << QStringList { u"Norway, Qatar, Global Coalition; 2024-06-03; planned; Oslo"_s };
    QTest::newRow("call")
        << u"Prime Minister Sara Lindqvist raised the detention of two journalists in a call with Iranian President Reza Ahmadi on Sunday."_s
        << QStringList { u"Sara Lindqvist, Reza Ahmadi; 2024-05-19; held; "_s };
    QTest::newRow("first person")
        << u"I have spoken today to the Ukrainian Foreign Minister, Dmytro Hrytsenko, about the attacks."_s
        << QStringList { u"Author of the statement, Dmytro Hrytsenko; 2024-05-20; held; "_s };
    QTest::newRow("postponed until")
        << u"The meeting between Portuguese Prime Minister Joao Silva and Moroccan King Hassan was postponed until Sunday."_s
        << QStringList { u"Joao Silva, Hassan; 2024-05-26; cancelled; "_s };
}

void TestSuggestRules::meetings()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const Result result = suggestOn(text);
    QCOMPARE(meetingsOf(result), expected);
}

void TestSuggestRules::notMeetings_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::newRow("received reports") << u"Staff at the embassy have received reports of shelling near the airport."_s;
    QTest::newRow("hosted by") << u"The conference, which will be hosted by the European Union in Brussels, will gather donors for Syria."_s;
    QTest::newRow("a statement") << u"The Swedish government said in a statement on Tuesday that it would raise the case with Iran."_s;
    QTest::newRow("met a target") << u"The central bank met its inflation target for the first time in three years."_s;
    QTest::newRow("called the decision") << u"The minister called the decision a mistake."_s;
    QTest::newRow("a call for talks") << u"Police said protesters called for talks between the government and the unions."_s;
}

void TestSuggestRules::notMeetings()
{
    QFETCH(QString, sentence);
    const Result result = suggestOn(sentence);
    QVERIFY2(result.meetings.isEmpty(), qPrintable(meetingsOf(result).join(u'\n')));
}

void TestSuggestRules::articleDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("reason");
    QTest::newRow("dateline") << u"OSLO, May 20, 2024 \u2014 The envoy will travel to Doha on Friday."_s << QDate(2024, 5, 20)
                              << u"dateline"_s;
    QTest::newRow("released line") << u"Media Note\nReleased May 20, 2024\nThe envoy will travel to Doha on Friday."_s
                                   << QDate(2024, 5, 20) << u"released line"_s;
    QTest::newRow("a past agreement is no date line") << u"The envoy recalled the accord signed on March 3, 2019 in Doha."_s
                                                      << QDate() << QString();
    QTest::newRow("a future meeting is no date line") << u"The ministers will meet on June 12, 2024 in Doha."_s << QDate()
                                                      << QString();
}

void TestSuggestRules::articleDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QFETCH(QString, reason);
    const Result result = suggest(text);
    QCOMPARE(result.articleDate, date);
    QCOMPARE(result.articleDateGuessed, date.isValid());
    QCOMPARE(result.articleDateReason, reason);
}

// annotate() output's plain text is the input, whatever the input holds.
void TestSuggestRules::wordsNeverChange_data()
{
    QTest::addColumn<QString>("text");
    const QString sentence = u"US Secretary of State Antony Blinken will meet Wang Yi, China's top diplomat, on Thursday."_s;
    QTest::newRow("brackets") << u"[sic] "_s + sentence + u" ]{actor=x} [Wang Yi]{"_s;
    QTest::newRow("braces") << u"{ "_s + sentence + u" }"_s;
    QTest::newRow("bracket before a name") << u"[US Secretary of State Antony Blinken] will meet [Wang Yi"_s;
    QTest::newRow("left-to-right mark") << u"Foreign Minister Jean\u200E-Luc Perrin met Wang\u200E Yi on\u200E Thursday."_s;
    QTest::newRow("no-break spaces") << u"Secretary\u00A0of\u00A0State Antony\u00A0Blinken met Wang\u00A0Yi on\u00A0Thursday."_s;
    QTest::newRow("soft hyphen") << u"Antony Blin\u00ADken met Wang Yi in Jakarta."_s;
    QTest::newRow("CRLF") << sentence + u"\r\n\r\n"_s + sentence + u"\r\n"_s;
    QTest::newRow("CR alone") << sentence + u"\r"_s + sentence;
    QTest::newRow("the last word") << u"Blinken will meet the"_s;
}

void TestSuggestRules::wordsNeverChange()
{
    QFETCH(QString, text);
    const Result result = suggest(text, Options(QDate(2023, 7, 12)));
    const Document document = Format::parse(annotate(text, result));
    QCOMPARE(document.plainText(), text);
    for (const Suggestion& mark : result.marks) {
        const QString words = text.mid(mark.start, mark.end - mark.start);
        QVERIFY2(!words.contains(u'[') && !words.contains(u']') && !words.contains(u'{') && !words.contains(u'}'), qPrintable(words));
    }
}

// Whatever the names, every id written is one the format accepts.
void TestSuggestRules::idsAreAlwaysValid()
{
    const QStringList names = { u"王毅"_s, u"Ðorđe Šćepanović"_s, u"Ali al-'Amri"_s, u"O'Brien"_s, u"Zoë d'Aubigné"_s,
        u"Jean\u200E-Luc"_s, u"Ямал Петров"_s, u"محمد بن سلمان"_s };
    QRandomGenerator random(13);
    QString text;
    for (int n = 0; n < 40; ++n) {
        text += u"Foreign Minister %1 met President %2 in Jakarta on Friday. "_s.arg(names[random.bounded(int(names.size()))],
            names[random.bounded(int(names.size()))]);
    }
    const Result result = suggest(text, Options(QDate(2023, 7, 12)));
    QVERIFY(!result.meetings.isEmpty());
    for (const Suggestion& mark : result.marks) {
        if (mark.kind != MarkKind::Date)
            QVERIFY2(isValidId(mark.ref), qPrintable(mark.ref));
    }
    for (const Actor& actor : result.actors)
        QVERIFY2(isValidId(actor.id), qPrintable(actor.id));
    for (const Meeting& meeting : result.meetings)
        QVERIFY2(isValidId(meeting.id), qPrintable(meeting.id));
    const Document document = Format::parse(annotate(text, result));
    QVERIFY(document.diagnostics.isEmpty());
}

// A long text is read in blocks: a name met in one block is known in the next.
void TestSuggestRules::blocksOfALongTextKnowEachOther()
{
    Session session(Options(QDate(2023, 7, 12)));
    const QString first = u"US Secretary of State Antony Blinken arrived in Jakarta.\n"_s;
    const QString second = u"Blinken met Wang Yi on Thursday.\n"_s;
    session.feed(first);
    const QList<Suggestion> marks = session.feed(second);
    const bool blinken = std::any_of(marks.cbegin(), marks.cend(), [&](const Suggestion& mark) {
        return mark.ref == u"antony-blinken" && second.mid(mark.start, mark.end - mark.start) == u"Blinken";
    });
    QVERIFY(blinken);
    const Result result = session.finish();
    QCOMPARE(result.articleDate, QDate(2023, 7, 12));
    QVERIFY(!result.meetings.isEmpty());
}

QTEST_GUILESS_MAIN(TestSuggestRules)
#include "tst_suggestrules.moc"
