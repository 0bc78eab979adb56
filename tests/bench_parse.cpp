// Parser throughput and memory on a generated corpus of annotated articles (over 50 MB of UTF-8).
// Reports MB/s of UTF-8 input and the memory the parsed documents take; asserts nothing about time.
//
// Every article is made in memory from generic generated sentences: ~5 KB of text with a mark about
// every 60 characters and ~20 record lines, all marks and evidence anchors resolving, so the parser
// runs its ordinary path (no diagnostics) rather than its error path.
#include "format.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <random>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 corpusTarget = 50ll * 1024 * 1024 + 512 * 1024; // bytes of UTF-8, a little over 50 MB
constexpr int articleTextTarget = 5000; // characters of article text per article
constexpr double mb = 1024.0 * 1024.0;

// Kilobytes of a /proc/self/status field ("VmRSS", "VmHWM"), or -1 where there is no /proc.
qint64 statusKb(const char* field)
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

QString firstDiagnostic(const Document& doc)
{
    return doc.diagnostics.isEmpty() ? QString() : doc.diagnostics.constFirst().toString();
}

void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0); // so that RSS shows what is in use, not what the allocator kept
#endif
}

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_random(seed)
    {
    }

    // One article: text with marks, the records section, and a final line break.
    QString article(int number)
    {
        const QString p = QString::number(number);
        m_actors.clear();
        m_actorIds.clear();
        for (int k = 0; k < 8; ++k) {
            m_actors.append(personName());
            m_actorIds.append(u"p%1-%2"_s.arg(p).arg(k));
        }
        m_anchors.clear();
        int issueMarks = 0;

        QString text;
        text.reserve(articleTextTarget * 3 / 2);
        int plainLength = 0; // characters of the article's words, markup not counted
        int sinceMark = 0;
        int nextMark = pick(40, 80);
        int sentencesInLine = 0;
        while (plainLength < articleTextTarget) {
            const int words = pick(8, 18);
            for (int w = 0; w < words; ++w) {
                if (w > 0 || (!text.isEmpty() && !text.endsWith(u'\n')))
                    text += u' ';
                QString piece;
                int pieceLength = 0;
                if (sinceMark >= nextMark) {
                    piece = mark(p, issueMarks);
                    pieceLength = int(piece.indexOf(u"]{"_s)) - 1; // the words only
                    sinceMark = 0;
                    nextMark = pick(40, 80);
                } else {
                    piece = word();
                    pieceLength = int(piece.size());
                    if (w == 0)
                        piece[0] = piece[0].toUpper();
                }
                sinceMark += pieceLength + 1;
                plainLength += pieceLength + 1;
                text += piece;
            }
            text += pick(0, 9) == 0 ? u"?"_s : u"."_s;
            if (++sentencesInLine >= pick(3, 6)) {
                text += u'\n';
                sentencesInLine = 0;
            }
        }
        if (!text.endsWith(u'\n'))
            text += u'\n';

        text += u"\n=== entente ===\n"_s;
        text += u"article: date=2023-%1-%2; title=%3 %4 and %5\n"_s.arg(pick(1, 12), 2, 10, QChar(u'0'))
                    .arg(pick(1, 28), 2, 10, QChar(u'0'))
                    .arg(capitalised(word()), word(), word());
        for (int k = 0; k < m_actors.size(); ++k) {
            text += u"actor %1: %2; %3; %4; role=%5 %6"_s.arg(m_actorIds.at(k), m_actors.at(k),
                k < 6 ? u"person"_s : (k == 6 ? u"organisation"_s : u"state"_s), side(), capitalised(word()), word());
            if (k % 2 == 0)
                text += u"; aliases="_s + m_actors.at(k).section(u' ', 1);
            text += u'\n';
        }
        static const QString statuses[] = { u"planned"_s, u"held"_s, u"cancelled"_s, u"failed"_s };
        static const QString kinds[] = { u"visit"_s, u"talks"_s, u"call"_s, u"summit"_s };
        for (int k = 0; k < 4; ++k) {
            text += u"meeting m%1-%2: %3, %4; %5; place=%6; status=%7; kind=%8; issues=i%1-%9\n"_s.arg(p)
                        .arg(k)
                        .arg(m_actorIds.at(k), m_actorIds.at(k + 4), dateText(k), capitalised(word()), statuses[k],
                            kinds[k])
                        .arg(k % 3);
        }
        static const QString issueStatuses[] = { u"open"_s, u"in-dialogue"_s, u"stalled"_s, u"escalating"_s,
            u"resolved"_s };
        for (int k = 0; k < 3; ++k) {
            text += u"issue i%1-%2: %3 %4 %5\n"_s.arg(p).arg(k).arg(capitalised(word()), word(), word());
            for (int s = 0; s < m_anchors.size(); ++s) {
                if (m_anchors.at(s).first != k)
                    continue;
                text += u"status i%1-%2: 2023-%3-%4; %5; evidence=%6; note=%7 %8\\; %9\n"_s.arg(p)
                            .arg(k)
                            .arg(1 + 2 * s, 2, 10, QChar(u'0')) // in date order, as a saved file has them
                            .arg(pick(1, 28), 2, 10, QChar(u'0'))
                            .arg(issueStatuses[pick(0, 4)], m_anchors.at(s).second, capitalised(word()), word(), word());
            }
        }
        return text;
    }

private:
    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }

    QString word()
    {
        static const QStringList words = {
            u"the"_s, u"a"_s, u"of"_s, u"and"_s, u"to"_s, u"in"_s, u"on"_s, u"with"_s, u"for"_s, u"after"_s,
            u"officials"_s, u"minister"_s, u"delegation"_s, u"agreement"_s, u"talks"_s, u"visit"_s, u"council"_s,
            u"said"_s, u"announced"_s, u"agreed"_s, u"rejected"_s, u"discussed"_s, u"expected"_s, u"signed"_s,
            u"trade"_s, u"border"_s, u"energy"_s, u"security"_s, u"climate"_s, u"water"_s, u"shipping"_s,
            u"regional"_s, u"bilateral"_s, u"new"_s, u"formal"_s, u"senior"_s, u"joint"_s, u"economic"_s,
            u"framework"_s, u"proposal"_s, u"statement"_s, u"summit"_s, u"envoy"_s, u"ministry"_s, u"week"_s,
            u"partners"_s, u"tariffs"_s, u"sanctions"_s, u"exports"_s, u"ports"_s, u"routes"_s, u"cooperation"_s,
            u"dialogue"_s, u"tensions"_s, u"progress"_s, u"concerns"_s, u"measures"_s, u"commitments"_s,
            u"caf\u00e9"_s, u"r\u00e9gime"_s, u"na\u00efve"_s, u"\u2014"_s, u"partners\u2019"_s, u"2023"_s,
            u"spokesperson"_s, u"committee"_s, u"negotiators"_s, u"governments"_s, u"observers"_s,
        };
        return words.at(pick(0, int(words.size()) - 1));
    }

    static QString capitalised(QString word)
    {
        word[0] = word[0].toUpper();
        return word;
    }

    QString personName()
    {
        static const QStringList syllables = { u"ka"_s, u"lo"_s, u"ren"_s, u"mi"_s, u"sa"_s, u"dor"_s, u"vel"_s,
            u"an"_s, u"to"_s, u"ri"_s, u"bel"_s, u"ne"_s, u"sh"_s, u"ova"_s, u"ek"_s, u"lin"_s };
        const auto part = [this] {
            QString s;
            const int n = pick(2, 3);
            for (int i = 0; i < n; ++i)
                s += syllables.at(pick(0, int(syllables.size()) - 1));
            return capitalised(s);
        };
        return part() + u' ' + part();
    }

    QString side()
    {
        static const QStringList sides = { u"Arland"_s, u"Bormia"_s, u"Castavia"_s, u"Drennor"_s, u"Elvara"_s };
        return sides.at(pick(0, int(sides.size()) - 1));
    }

    QString dateText(int variant)
    {
        const int month = pick(1, 12);
        const int day = pick(1, 20);
        switch (variant % 4) {
        case 0:
            return u"2023-%1-%2"_s.arg(month, 2, 10, QChar(u'0')).arg(day, 2, 10, QChar(u'0'));
        case 1:
            return u"2023-%1-%2..2023-%1-%3"_s.arg(month, 2, 10, QChar(u'0')).arg(day, 2, 10, QChar(u'0')).arg(day + 3, 2, 10, QChar(u'0'));
        case 2:
            return u"2023-W%1"_s.arg(pick(1, 52), 2, 10, QChar(u'0'));
        default:
            return u"~2023-%1-%2"_s.arg(month, 2, 10, QChar(u'0')).arg(day, 2, 10, QChar(u'0'));
        }
    }

    QString mark(const QString& p, int& issueMarks)
    {
        const int kind = pick(0, 9);
        if (kind < 4) { // actor, by name
            const int k = pick(0, int(m_actors.size()) - 1);
            return u"["_s + m_actors.at(k) + u"]{actor="_s + m_actorIds.at(k) + u'}';
        }
        if (kind < 6) {
            static const QString verbs[] = { u"met"_s, u"held talks"_s, u"will visit"_s, u"called"_s };
            return u"[%1]{meeting=m%2-%3}"_s.arg(verbs[pick(0, 3)], p).arg(pick(0, 3));
        }
        if (kind < 8) {
            const int issue = pick(0, 2);
            QString m = u"[%1 %2]{issue=i%3-%4"_s.arg(word(), word(), p).arg(issue);
            if (issueMarks < 5) { // the first few carry the anchors that status records cite
                const QString anchor = u"e%1-%2"_s.arg(p).arg(issueMarks);
                m_anchors.append({ issue, anchor });
                m += u" #"_s + anchor;
            }
            ++issueMarks;
            return m + u'}';
        }
        static const QString phrases[] = { u"on Tuesday"_s, u"last week"_s, u"in March"_s, u"in the coming months"_s };
        const int d = pick(0, 3);
        const QString dates[] = { u"2023-07-11"_s, u"2023-W27"_s, u"2023-03"_s, u"~2023-10-15"_s };
        return u"[%1]{date=%2}"_s.arg(phrases[d], dates[d]);
    }

    std::mt19937 m_random;
    QStringList m_actors;
    QStringList m_actorIds;
    QList<std::pair<int, QString>> m_anchors; // issue number, anchor
};

} // namespace

class BenchParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void memoryOfLoadedCorpus(); // first, so that VmHWM is not the single document's peak
    void parseArticles();
    void parseSingleDocument();

private:
    QList<QString> m_articles;
    qint64 m_utf8Bytes = 0;
};

void BenchParse::initTestCase()
{
    releaseFreedMemory();
    Generator generator(20230712);
    qint64 marks = 0;
    qint64 plainChars = 0;
    qint64 sampled = 0;
    while (m_utf8Bytes < corpusTarget) {
        QString article = generator.article(int(m_articles.size()));
        m_utf8Bytes += article.toUtf8().size();
        m_articles.append(std::move(article));
    }
    // The generated articles must be clean, or the benchmark would measure the error path.
    for (qsizetype i = 0; i < m_articles.size(); i += 997) {
        const Document doc = Format::parse(m_articles.at(i));
        QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(firstDiagnostic(doc)));
        QVERIFY(doc.actors.size() == 8 && doc.meetings.size() == 4 && doc.issues.size() == 3);
        marks += doc.marks.size();
        plainChars += doc.plainText().size();
        ++sampled;
        QCOMPARE(Format::write(doc), m_articles.at(i)); // canonical, like a saved file
    }
    const Document first = Format::parse(m_articles.constFirst());
    const int records = int(first.text.sliced(first.recordsStart).count(u'\n')) - 1;
    qInfo("corpus: %lld articles, %.1f MB UTF-8; per article ~%lld characters of plain text, a mark every ~%lld characters, %d record lines",
        qint64(m_articles.size()), double(m_utf8Bytes) / mb, plainChars / sampled, plainChars / std::max<qint64>(1, marks),
        records);
    releaseFreedMemory();
}

void BenchParse::memoryOfLoadedCorpus()
{
    // The articles as files hold them: UTF-8 bytes, opened the way Format::load opens a file
    // (decode, then parse), each file's bytes dropped once its document is made.
    QList<QByteArray> files;
    files.reserve(m_articles.size());
    for (const QString& text : std::as_const(m_articles))
        files.append(text.toUtf8());
    releaseFreedMemory();
    const qint64 rssBefore = statusKb("VmRSS");
    const qint64 hwmBefore = statusKb("VmHWM");
    if (rssBefore < 0)
        QSKIP("no /proc/self/status here");

    QList<Document> documents;
    documents.reserve(files.size());
    QElapsedTimer timer;
    timer.start();
    for (QByteArray& bytes : files) {
        const Format::Decoded decoded = Format::decode(bytes);
        documents.append(Format::parse(decoded.text));
        bytes = QByteArray(); // the source is not needed any more
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    files = QList<QByteArray>();
    releaseFreedMemory();
    const qint64 rssAfter = statusKb("VmRSS");
    const qint64 hwmAfter = statusKb("VmHWM");

    qint64 marks = 0, records = 0, textBytes = 0, diagnostics = 0;
    for (const Document& doc : std::as_const(documents)) {
        marks += doc.marks.size();
        records += doc.actors.size() + doc.meetings.size() + doc.issues.size();
        textBytes += doc.text.size() * qint64(sizeof(QChar));
        diagnostics += doc.diagnostics.size();
    }
    QCOMPARE(diagnostics, qint64(0));
    QCOMPARE(documents.size(), m_articles.size());

    const double corpusMb = double(m_utf8Bytes) / mb;
    const double growthMb = double(rssAfter - rssBefore) / 1024.0;
    const double documentsMb = growthMb + corpusMb; // the dropped UTF-8 sources were in "before"
    qInfo("memory: %lld files, %.1f MB UTF-8, decoded and parsed in %.3f s (%.1f MB/s); %lld marks, %lld records",
        qint64(documents.size()), corpusMb, seconds, corpusMb / seconds, marks, records);
    qInfo("memory: VmRSS %.1f -> %.1f MB (growth %.1f MB = %.2f x the corpus size), VmHWM %.1f -> %.1f MB (peak growth %.1f MB = %.2f x)",
        double(rssBefore) / 1024.0, double(rssAfter) / 1024.0, growthMb, growthMb / corpusMb, double(hwmBefore) / 1024.0,
        double(hwmAfter) / 1024.0, double(hwmAfter - hwmBefore) / 1024.0, double(hwmAfter - hwmBefore) / 1024.0 / corpusMb);
    qInfo("memory: the parsed documents take ~%.1f MB = %.2f x the UTF-8 corpus (of which %.1f MB is their UTF-16 text)",
        documentsMb, documentsMb / corpusMb, double(textBytes) / mb);
}

void BenchParse::parseArticles()
{
    qint64 elapsedNs = 0;
    int iterations = 0;
    qint64 marks = 0;
    qint64 diagnostics = 0;
    QBENCHMARK {
        QElapsedTimer timer;
        timer.start();
        for (const QString& text : std::as_const(m_articles)) {
            const Document doc = Format::parse(text);
            marks += doc.marks.size();
            diagnostics += doc.diagnostics.size();
        }
        elapsedNs += timer.nsecsElapsed();
        ++iterations;
    }
    QCOMPARE(diagnostics, qint64(0));
    QVERIFY(marks > 0);
    const double seconds = double(elapsedNs) / 1e9 / iterations;
    qInfo("parse %lld articles one by one: %.3f s, %.1f MB/s of UTF-8, %lld marks", qint64(m_articles.size()), seconds,
        double(m_utf8Bytes) / mb / seconds, marks / iterations);
}

void BenchParse::parseSingleDocument()
{
    // All the articles as one document: their texts, then all their records under one delimiter.
    QString single;
    single.reserve(qsizetype(m_utf8Bytes) + 1024);
    QString records;
    for (const QString& article : std::as_const(m_articles)) {
        const qsizetype delimiter = article.indexOf(u"\n=== entente ===\n"_s);
        single += QStringView(article).first(delimiter); // the text and its final line break
        records += QStringView(article).sliced(delimiter + 17); // after the delimiter line
    }
    single += u"\n=== entente ===\n"_s + records;
    records.clear();
    records.squeeze();
    const qint64 bytes = single.toUtf8().size();

    qint64 elapsedNs = 0;
    int iterations = 0;
    Document doc;
    QBENCHMARK {
        QElapsedTimer timer;
        timer.start();
        doc = Format::parse(single);
        elapsedNs += timer.nsecsElapsed();
        ++iterations;
    }
    QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(firstDiagnostic(doc)));
    QCOMPARE(doc.actors.size(), 8 * m_articles.size());
    const double seconds = double(elapsedNs) / 1e9 / iterations;
    qInfo("parse one %.1f MB document: %.3f s, %.1f MB/s of UTF-8, %lld marks, %lld records", double(bytes) / mb,
        seconds, double(bytes) / mb / seconds, qint64(doc.marks.size()),
        qint64(doc.actors.size() + doc.meetings.size() + doc.issues.size()));
}

QTEST_GUILESS_MAIN(BenchParse)
#include "bench_parse.moc"
