// Actors with very many aliases and issues with very long status histories: merging two files that
// share them, and Merge Actor Into, must stay linear in the aliases (docs/reliability.md has the
// figures). Before the alias de-duplication used sets, merging two files that share an actor with 50k
// aliases took 21 s.
#include "corpusedits.h"
#include "format.h"

#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

constexpr int aliasCount = 50000;

// Aliases prefix0 .. prefix(count-1), comma-separated.
QString aliases(const QString& prefix, int first, int count)
{
    QStringList names;
    names.reserve(count);
    for (int i = first; i < first + count; ++i)
        names.append(prefix + QString::number(i));
    return names.join(u", ");
}

// An issue whose history has count status changes, one a day from 1900 on.
QString statusLines(const QString& issue, int first, int count)
{
    QString text;
    const QDate start(1900, 1, 1);
    for (int i = first; i < first + count; ++i)
        text += u"status %1: %2; %3\n"_s.arg(issue, start.addDays(i).toString(Qt::ISODate),
            i % 2 ? u"open"_s : u"stalled"_s);
    return text;
}

} // namespace

class BenchAliases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Two files define the same actor, each with 50k aliases, half of them shared, and the same issue
    // with 50k status changes, half of them shared.
    void mergeTwoFiles()
    {
        const auto file = [](int first) {
            return u"[Wang]{actor=wang} spoke on [trade]{issue=trade}.\n=== entente ===\n"
                   "actor wang: Wang Yi; person; China; aliases="_s
                + aliases(u"Name"_s, first, aliasCount) + u"\nissue trade: Trade\n"_s
                + statusLines(u"trade"_s, first, aliasCount);
        };
        const QString one = file(0);
        const QString two = file(aliasCount / 2);
        Corpus corpus;
        QBENCHMARK_ONCE {
            corpus = Corpus::merge({ Format::parse(one, u"one.entente"_s), Format::parse(two, u"two.entente"_s) });
        }
        QCOMPARE(corpus.actors.size(), 1);
        QCOMPARE(corpus.actors.first().aliases.size(), aliasCount * 3 / 2);
        QCOMPARE(corpus.actors.first().aliases.constLast(), u"Name%1"_s.arg(aliasCount * 3 / 2 - 1));
        QCOMPARE(corpus.issues.first().history.size(), aliasCount * 3 / 2);
        QVERIFY(corpus.conflicts.isEmpty());
    }

    // Merge Actor Into: from's 50k aliases join into's 50k (half of them the same), in the two files
    // that define them; the plan is made and applied (both files re-parsed and merged again).
    void mergeActorInto()
    {
        const auto file = [](int first) {
            return u"[Wang]{actor=wang} met [Kim]{actor=kim}.\n=== entente ===\n"
                   "actor wang: Wang Yi; person; China; aliases="_s
                + aliases(u"Wang"_s, first, aliasCount) + u"\nactor kim: Kim; person; Korea; aliases="_s
                + aliases(u"Wang"_s, first + aliasCount / 2, aliasCount) + u'\n';
        };
        Corpus corpus = Corpus::merge(
            { Format::parse(file(0), u"one.entente"_s), Format::parse(file(7), u"two.entente"_s) });
        CorpusEdits::Plan plan;
        QBENCHMARK_ONCE {
            plan = CorpusEdits::merge(corpus, MarkKind::Actor, u"kim"_s, u"wang"_s);
            QList<std::pair<int, Document>> replaced;
            for (const CorpusEdits::ArticleChange& change : std::as_const(plan.changes)) {
                const QString& fileName = corpus.documents.at(change.document).fileName;
                replaced.append({ change.document, Format::parse(change.after, fileName) });
            }
            corpus.replaceDocuments(replaced);
        }
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.changes.size(), 2);
        QCOMPARE(corpus.actors.size(), 1);
        const Actor& wang = corpus.actors.first();
        QCOMPARE(wang.id, u"wang"_s);
        // Wang0..Wang74999 and Wang7..: each name once, Kim too.
        QCOMPARE(wang.aliases.size(), aliasCount * 3 / 2 + 7 + 1);
        QVERIFY(wang.aliases.contains(u"Kim"_s));
        QCOMPARE(QSet<QString>(wang.aliases.cbegin(), wang.aliases.cend()).size(), wang.aliases.size());
    }
};

QTEST_GUILESS_MAIN(BenchAliases)
#include "bench_aliases.moc"
