// The duplicate finder: names normalised, one person found under several ids and spellings across the
// corpus30 fixture (32 articles, 2012-2024), different people who share a family name kept apart,
// a planned meeting and its later report proposed as one, and rejections remembered in a file.
#include "duplicatefinder.h"
#include "format.h"
#include "namenormaliser.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

const QString fixture = QStringLiteral(ENTENTE_SOURCE_DIR "/tests/data/corpus30");

Corpus loadFixture()
{
    QList<Document> documents;
    for (const QString& file : Format::articleFiles({ fixture }))
        documents.append(Format::load(file));
    return Corpus::merge(documents);
}

// Which records the proposals put together, through chains of proposals.
class Groups
{
public:
    Groups(const QList<DuplicateProposal>& proposals, MarkKind kind)
    {
        for (const DuplicateProposal& p : proposals) {
            if (p.kind == kind)
                m_parent.insert(root(p.mergeId), root(p.keepId));
        }
    }
    bool together(const QString& a, const QString& b) const { return root(a) == root(b); }

private:
    QString root(QString id) const
    {
        while (m_parent.contains(id))
            id = m_parent.value(id);
        return id;
    }
    QHash<QString, QString> m_parent;
};

const DuplicateProposal* findProposal(const QList<DuplicateProposal>& proposals, const QString& a,
                                      const QString& b)
{
    for (const DuplicateProposal& p : proposals) {
        if ((p.keepId == a && p.mergeId == b) || (p.keepId == b && p.mergeId == a))
            return &p;
    }
    return nullptr;
}

} // namespace

class TestDuplicates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_corpus = loadFixture(); }

    void fold_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("accents and apostrophe") << u"José Núñez-O'Brien"_s << u"jose nunez obrien"_s;
        QTest::newRow("dotted capitals") << u"H.E. the U.S. envoy"_s << u"he the us envoy"_s;
        QTest::newRow("compatibility forms") << u"ＷＡＮＧ  Yi"_s << u"wang yi"_s;
        QTest::newRow("other scripts stay") << u"王毅"_s << u"王毅"_s;
    }
    void fold()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(Names::fold(text), folded);
    }

    void personNameSetsTitlesAside_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("spelled");
        QTest::newRow("office") << u"US Secretary of State Antony J. Blinken"_s
                                << QStringList { u"antony"_s, u"j"_s, u"blinken"_s };
        QTest::newRow("honorifics") << u"HE Sheikh Mohammed bin Abdulrahman Al Thani"_s
                                    << QStringList { u"mohammed"_s, u"abdulrahman"_s, u"thani"_s };
        QTest::newRow("He is a family name") << u"He Lifeng"_s << QStringList { u"he"_s, u"lifeng"_s };
        QTest::newRow("suffix and initial")
            << u"President Joseph R. Biden Jr."_s << QStringList { u"joseph"_s, u"r"_s, u"biden"_s };
        QTest::newRow("hyphenated particle")
            << u"Abdel Fattah el-Sisi"_s << QStringList { u"abdel"_s, u"fattah"_s, u"sisi"_s };
        QTest::newRow("given name Al") << u"Al Gore"_s << QStringList { u"al"_s, u"gore"_s };
        QTest::newRow("title after a comma")
            << u"Wang Yi, Foreign Minister of China"_s << QStringList { u"wang"_s, u"yi"_s };
        QTest::newRow("a name ending like a title")
            << u"Martin Luther King"_s << QStringList { u"martin"_s, u"luther"_s, u"king"_s };
        QTest::newRow("parenthesis") << u"Senator John McCain (R-AZ)"_s
                                     << QStringList { u"john"_s, u"mccain"_s };
        QTest::newRow("only a title stays") << u"President"_s << QStringList { u"president"_s };
    }
    void personNameSetsTitlesAside()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, spelled);
        QCOMPARE(Names::personName(text).spelled, spelled);
    }

    void sameNameParts_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("nickname") << u"Tony Blinken"_s << u"Antony Blinken"_s << true;
        QTest::newRow("sergey") << u"Sergey Lavrov"_s << u"Sergei Lavrov"_s << true;
        QTest::newRow("serguei") << u"Serguei Lavrov"_s << u"Sergei Lavrov"_s << true;
        QTest::newRow("mohammed") << u"Mohammed bin Salman"_s << u"Muhammad bin Salman"_s << true;
        QTest::newRow("zelenskyy") << u"Volodymyr Zelenskyy"_s << u"Volodymyr Zelensky"_s << true;
        QTest::newRow("umlaut written out") << u"Gerhard Schröder"_s << u"Gerhard Schroeder"_s << true;
        QTest::newRow("aleksei") << u"Aleksei Navalny"_s << u"Alexey Navalny"_s << true;
        QTest::newRow("qaddafi") << u"Muammar Gaddafi"_s << u"Muammar al-Qaddafi"_s << true;
        QTest::newRow("different given names") << u"Joe Biden"_s << u"Hunter Biden"_s << false;
        QTest::newRow("jean is not john") << u"Jean Dupont"_s << u"John Dupont"_s << false;
        QTest::newRow("jan is not ian") << u"Jan Smith"_s << u"Ian Smith"_s << false;
    }
    void sameNameParts()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(Names::personName(a).key() == Names::personName(b).key(), same);
    }

    void organisationNames()
    {
        QCOMPARE(Names::organisationName(u"The Boeing Company"_s).parts, QStringList { u"boeing"_s });
        QCOMPARE(Names::initials(Names::organisationName(u"the United States Air Force (USAF)"_s).parts),
                 u"usaf"_s);
        QCOMPARE(Names::textFromId(u"tony-blinken-2"_s), u"tony-blinken"_s);
        QCOMPARE(Names::textFromId(u"m12-3"_s), QString());
    }

    void fixtureSpansYears()
    {
        QVERIFY(m_corpus.documents.size() >= 30);
        QDate first = m_corpus.documents.first().article.date;
        QDate last = first;
        for (const Document& doc : std::as_const(m_corpus.documents)) {
            QVERIFY2(!doc.hasErrors(), qPrintable(doc.fileName));
            first = std::min(first, doc.article.date);
            last = std::max(last, doc.article.date);
        }
        QVERIFY(first.daysTo(last) >= 10 * 365);
    }

    void onePersonUnderSeveralIds_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("blinken / antony-blinken") << u"blinken"_s << u"antony-blinken"_s;
        QTest::newRow("antony-blinken / tony-blinken") << u"antony-blinken"_s << u"tony-blinken"_s;
        QTest::newRow("Sergei / Sergey Lavrov") << u"lavrov"_s << u"sergey-lavrov"_s;
        QTest::newRow("Joe / Joseph R. Biden Jr.") << u"biden"_s << u"joe-biden"_s;
        QTest::newRow("kerry") << u"kerry"_s << u"john-kerry"_s;
        QTest::newRow("HE Sheikh / Muhammad / Al-Thani") << u"al-thani"_s << u"sheikh-mohammed"_s;
        QTest::newRow("Al-Thani with a hyphen") << u"al-thani"_s << u"mbar-al-thani"_s;
        QTest::newRow("el-Sisi / al-Sisi") << u"sisi"_s << u"el-sisi"_s;
        QTest::newRow("accents") << u"albares"_s << u"jose-manuel-albares"_s;
        QTest::newRow("transliteration") << u"zelensky"_s << u"zelenskyy"_s;
        QTest::newRow("initials") << u"un"_s << u"united-nations"_s;
    }
    void onePersonUnderSeveralIds()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        const QList<DuplicateProposal> proposals = findDuplicates(m_corpus);
        QVERIFY(Groups(proposals, MarkKind::Actor).together(a, b));
    }

    void blinkenProposalsSayWhyAndWhere()
    {
        const QList<DuplicateProposal> proposals = findDuplicates(m_corpus);
        const DuplicateProposal* tony = findProposal(proposals, u"blinken"_s, u"tony-blinken"_s);
        if (!tony)
            tony = findProposal(proposals, u"antony-blinken"_s, u"tony-blinken"_s);
        QVERIFY(tony);
        QVERIFY(tony->kind == MarkKind::Actor);
        QVERIFY(tony->score >= 0.9 && tony->score <= 1.0);
        QVERIFY2(tony->reason.contains(u"Tony Blinken"_s) && tony->reason.contains(u"USA"_s),
                 qPrintable(tony->reason));
        QVERIFY(std::any_of(tony->files.begin(), tony->files.end(), [](const QString& f) {
            return f.endsWith(u"2023-07-jakarta-report.entente"_s);
        }));
        // The record kept is the one more articles define.
        const DuplicateProposal* lavrov = findProposal(proposals, u"lavrov"_s, u"sergey-lavrov"_s);
        QVERIFY(lavrov);
        QCOMPARE(lavrov->keepId, u"lavrov"_s);
        QVERIFY2(lavrov->reason.contains(u"Sergey Lavrov"_s), qPrintable(lavrov->reason));
        QCOMPARE(lavrov->files.size(), 12);
    }

    void differentPeopleSharingAFamilyNameStayApart_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("Joe and Hunter Biden") << u"biden"_s << u"hunter-biden"_s;
        QTest::newRow("President Biden and Hunter") << u"joe-biden"_s << u"hunter-biden"_s;
        QTest::newRow("Joe and Jill Biden") << u"biden"_s << u"jill-biden"_s;
        QTest::newRow("Hunter and Jill Biden") << u"hunter-biden"_s << u"jill-biden"_s;
        QTest::newRow("Raul and Fidel Castro") << u"raul-castro"_s << u"fidel-castro"_s;
        QTest::newRow("Kim Jong Un and Kim Yo Jong") << u"kim-jong-un"_s << u"kim-yo-jong"_s;
        QTest::newRow("Bashar and Asma al-Assad") << u"bashar-al-assad"_s << u"asma-al-assad"_s;
        QTest::newRow("Shinzo and Akie Abe") << u"shinzo-abe"_s << u"akie-abe"_s;
        QTest::newRow("one name, two sides") << u"mohammed-ali-eg"_s << u"mohammed-ali-sd"_s;
        QTest::newRow("Yang Jiechi and Wang Yi") << u"yang-jiechi"_s << u"wang-yi"_s;
    }
    void differentPeopleSharingAFamilyNameStayApart()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        const QList<DuplicateProposal> proposals = findDuplicates(m_corpus, { 0.0, {}, {} });
        QVERIFY(!Groups(proposals, MarkKind::Actor).together(a, b));
    }

    void plannedMeetingAndItsReportAreOne_data()
    {
        QTest::addColumn<QString>("held");
        QTest::addColumn<QString>("planned");
        QTest::newRow("Jakarta: month and day, ids of one person")
            << u"asean-sidelines-talks"_s << u"blinken-wang-jakarta"_s;
        QTest::newRow("Munich: week and day") << u"lavrov-wang-munich"_s << u"lavrov-wang-munich-plan"_s;
        QTest::newRow("Geneva: range and day, place in more words")
            << u"kerry-lavrov-geneva"_s << u"geneva-syria-talks"_s;
    }
    void plannedMeetingAndItsReportAreOne()
    {
        QFETCH(QString, held);
        QFETCH(QString, planned);
        const QList<DuplicateProposal> proposals = findDuplicates(m_corpus);
        const DuplicateProposal* p = findProposal(proposals, held, planned);
        QVERIFY(p);
        QVERIFY(p->kind == MarkKind::Meeting);
        QCOMPARE(p->keepId, held); // the report of what happened is kept
        QCOMPARE(p->files.size(), 2);
        QVERIFY2(p->reason.contains(u"2 participants in common"_s)
                     || p->reason.contains(u"2 participant(s) in common"_s),
                 qPrintable(p->reason));
    }

    void differentMeetingsStayApart_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("held 25 days apart in one city") << u"paris-ukraine-1"_s << u"paris-ukraine-2"_s;
        QTest::newRow("a year apart") << u"asean-sidelines-talks"_s << u"beijing-visit-2024"_s;
        QTest::newRow("months apart") << u"kerry-lavrov-moscow"_s << u"geneva-syria-talks"_s;
    }
    void differentMeetingsStayApart()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QVERIFY(!Groups(findDuplicates(m_corpus, { 0.0, {}, {} }), MarkKind::Meeting).together(a, b));
    }

    void rejectedPairsAreNotProposedAgain()
    {
        DuplicateOptions options;
        options.rejections.add(MarkKind::Actor, u"sergey-lavrov"_s, u"lavrov"_s);
        options.rejections.add(MarkKind::Meeting, u"lavrov-wang-munich"_s, u"lavrov-wang-munich-plan"_s);
        const QList<DuplicateProposal> proposals = findDuplicates(m_corpus, options);
        QVERIFY(!Groups(proposals, MarkKind::Actor).together(u"lavrov"_s, u"sergey-lavrov"_s));
        QVERIFY(!Groups(proposals, MarkKind::Meeting)
                     .together(u"lavrov-wang-munich"_s, u"lavrov-wang-munich-plan"_s));
        QVERIFY(Groups(proposals, MarkKind::Actor).together(u"blinken"_s, u"tony-blinken"_s));
    }

    void cancelledSearchGivesNothing()
    {
        DuplicateOptions options;
        options.cancelled = [] {
            return true;
        };
        QVERIFY(findDuplicates(m_corpus, options).isEmpty());
    }

    void rejectionFileRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = DuplicateRejections::pathFor(
            { dir.filePath(u"2023/a.entente"_s), dir.filePath(u"2024/b.entente"_s) });
        QCOMPARE(path, dir.filePath(u".entente-duplicates"_s));

        DuplicateRejections rejections;
        QVERIFY(rejections.load(path)); // no file yet: no rejection
        QVERIFY(rejections.isEmpty());
        QVERIFY(rejections.add(MarkKind::Actor, u"joe-biden"_s, u"hunter-biden"_s));
        QVERIFY(!rejections.add(MarkKind::Actor, u"hunter-biden"_s, u"joe-biden"_s));
        QVERIFY(rejections.add(MarkKind::Meeting, u"paris-ukraine-1"_s, u"paris-ukraine-2"_s));
        QString error;
        QVERIFY2(rejections.save({}, &error), qPrintable(error));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("\nactor hunter-biden joe-biden\n"));
        QVERIFY(bytes.endsWith("meeting paris-ukraine-1 paris-ukraine-2\n"));
        file.close();

        // Lines written by hand that are not pairs stay, with a warning naming the line.
        QVERIFY(file.open(QIODevice::Append));
        file.write("not a pair\n");
        file.close();
        DuplicateRejections again;
        QStringList warnings;
        QVERIFY(again.load(path, &error, &warnings));
        QCOMPARE(again.size(), 2);
        QVERIFY(again.contains(MarkKind::Actor, u"joe-biden"_s, u"hunter-biden"_s));
        QVERIFY(!again.contains(MarkKind::Meeting, u"joe-biden"_s, u"hunter-biden"_s));
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(u":5:"_s), qPrintable(warnings.first()));
        QVERIFY(again.add(MarkKind::Actor, u"a"_s, u"b"_s));
        QVERIFY(again.save({}, &error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().endsWith("not a pair\nactor a b\n"));
    }

private:
    Corpus m_corpus;
};

QTEST_GUILESS_MAIN(TestDuplicates)
#include "tst_duplicates.moc"
