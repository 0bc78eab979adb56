// The side an official's title names (Suggest::sideFromTitle), and actors' shown sides.
#include "sidefromtitle.h"

#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

class TestSideFromTitle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromTitle_data();
    void fromTitle();
    void actorSide_data();
    void actorSide();
};

void TestSideFromTitle::fromTitle_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("side");
    QTest::newRow("US defense official") << u"US defense official"_s << u"USA"_s;
    QTest::newRow("senior, for Asia") << u"Senior US defense official for Asia"_s << u"USA"_s;
    QTest::newRow("U.S. with dots") << u"a U.S. State Department official"_s << u"USA"_s;
    QTest::newRow("Chinese ambassador") << u"Chinese ambassador"_s << u"China"_s;
    QTest::newRow("ministry spokesperson") << u"the Chinese Foreign Ministry spokesperson"_s << u"China"_s;
    QTest::newRow("Russian foreign minister") << u"Russian Foreign Minister"_s << u"Russia"_s;
    QTest::newRow("British diplomat") << u"a British diplomat"_s << u"UK"_s;
    QTest::newRow("state name first") << u"Japan's defense minister"_s << u"Japan"_s;
    QTest::newRow("minister of, state") << u"Minister of Foreign Affairs of Ukraine"_s << u"Ukraine"_s;
    QTest::newRow("envoy to another state") << u"US envoy to China"_s << u"USA"_s;
    QTest::newRow("embassy") << u"French embassy in Beijing"_s << u"France"_s;
    // Negatives: documented in sidefromtitle.h.
    QTest::newRow("ambassador to: the host, not the holder") << u"Ambassador to the United States"_s << QString();
    QTest::newRow("envoy for: the subject") << u"Special Envoy for North Korea"_s << QString();
    QTest::newRow("no state") << u"Special Presidential Envoy for Climate"_s << QString();
    QTest::newRow("no state, spokesperson") << u"Pentagon spokesperson"_s << QString();
    QTest::newRow("ancestry is no allegiance") << u"Chinese-American professor"_s << QString();
    QTest::newRow("ancestry, with a title") << u"Chinese-American diplomat"_s << QString();
    QTest::newRow("a pair") << u"US-China envoy"_s << QString();
    QTest::newRow("nationality without office") << u"Chinese professor"_s << QString();
    QTest::newRow("dissident") << u"Russian dissident"_s << QString();
    QTest::newRow("two states") << u"French and German foreign ministers"_s << QString();
    QTest::newRow("lower-case adjective") << u"chinese ambassador"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestSideFromTitle::fromTitle()
{
    QFETCH(QString, title);
    QFETCH(QString, side);
    QCOMPARE(Suggest::sideFromTitle(title), side);
}

void TestSideFromTitle::actorSide_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("side");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<bool>("derived");
    QTest::newRow("own side wins") << u"Xie Feng"_s << u"China"_s << u"Ambassador to the United States"_s << u"China"_s << false;
    QTest::newRow("own side, even against the title") << u"Someone"_s << u"Taiwan"_s << u"Chinese ambassador"_s << u"Taiwan"_s << false;
    QTest::newRow("from role") << u"Martin Meiners"_s << QString() << u"US Defense Department spokesperson"_s << u"USA"_s << true;
    QTest::newRow("from name") << u"Senior US defense official for Asia"_s << QString() << u"Defense official"_s << u"USA"_s << true;
    QTest::newRow("neither") << u"Janet Doe"_s << QString() << u"Professor"_s << QString() << false;
}

void TestSideFromTitle::actorSide()
{
    QFETCH(QString, name);
    QFETCH(QString, side);
    QFETCH(QString, role);
    QFETCH(QString, shown);
    QFETCH(bool, derived);
    Actor actor;
    actor.id = u"x"_s;
    actor.name = name;
    actor.side = side;
    actor.role = role;
    const Suggest::ActorSide result = Suggest::actorSide(actor);
    QCOMPARE(result.side, shown);
    QCOMPARE(result.derived, derived);
    QCOMPARE(actor.side, side); // nothing is written into the record
}

QTEST_GUILESS_MAIN(TestSideFromTitle)
#include "tst_sidefromtitle.moc"
