// The briefing of a period: the meetings and status changes it holds, its pages (title, table, a
// calendar per month, network, issue chart, sources), the PDF Qt writes, and the HTML read back by
// an XML reader with its inline SVG figures, in English and in German.
#include "briefing.h"
#include "exchangetesting.h"

#include <QApplication>
#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Entente;

namespace {

Briefing::Options july()
{
    Briefing::Options options;
    options.title = QStringLiteral("US–China contacts, July 2023");
    options.filter.from = QDate(2023, 7, 1);
    options.filter.to = QDate(2023, 7, 31);
    return options;
}

// Share of the image's pixels that are not white.
double inked(const QImage& image)
{
    qsizetype count = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); y += 2) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); x += 2)
            count += qGray(line[x]) < 235 ? 1 : 0;
    }
    return double(count) / (double(rgb.width() / 2) * double(rgb.height() / 2));
}

struct HtmlFacts
{
    QString lang;
    int svgs = 0;
    int tableRows = 0;
    QStringList headings;
    QStringList months; // h3: the meetings table's month headings
    QString text;
};

HtmlFacts readHtml(const QByteArray& html, QString* error)
{
    HtmlFacts facts;
    QXmlStreamReader xml(html);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"html")
                facts.lang = xml.attributes().value(u"lang").toString();
            else if (xml.name() == u"svg")
                ++facts.svgs;
            else if (xml.name() == u"tr")
                ++facts.tableRows;
            else if (xml.name() == u"h2")
                facts.headings.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            else if (xml.name() == u"h3")
                facts.months.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        } else if (xml.isCharacters()) {
            facts.text += xml.text();
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return facts;
}

} // namespace

class TestBriefing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdsThePeriodsMeetingsAndChanges()
    {
        const Briefing briefing(Testing::loadCorpus(Testing::exchangeArticles()), july());
        QCOMPARE(briefing.meetingCount(), 6);
        QCOMPARE(briefing.statusChangeCount(), 7);
        // Title, meetings table, one calendar (July), network and issue chart on landscape pages, sources.
        QVERIFY2(briefing.pageCount() >= 6, qPrintable(QString::number(briefing.pageCount())));
        QList<bool> landscape;
        for (int i = 0; i < 6; ++i)
            landscape.append(briefing.page(i, 0.25).width() > briefing.page(i, 0.25).height());
        QCOMPARE(landscape, QList<bool>({ false, false, true, true, true, false }));
        const QString shots
            = qEnvironmentVariable("ENTENTE_BRIEFING_PAGES"); // a folder to look at the pages in
        for (int i = 0; i < briefing.pageCount(); ++i) {
            const QImage page = briefing.page(i, 1.0);
            QVERIFY(page.width() >= 790);
            QVERIFY2(inked(page) > 0.004, qPrintable(QStringLiteral("page %1 is blank").arg(i + 1)));
            if (!shots.isEmpty())
                briefing.page(i, 2.0).save(
                    QDir(shots).filePath(QStringLiteral("page-%1.png").arg(i + 1, 2, 10, QLatin1Char('0'))));
        }
    }

    void pdfHasEveryPage()
    {
        const Briefing briefing(Testing::loadCorpus(Testing::exchangeArticles()), july());
        const QByteArray pdf = briefing.pdf();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        const qsizetype pages
            = QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]")));
        QCOMPARE(pages, briefing.pageCount());
        // A4, portrait for text and landscape for the wide figures.
        QCOMPARE(QString::fromLatin1(pdf).count(QStringLiteral("/MediaBox [0 0 842.000000 595.000000]")), 3);
        QCOMPARE(QString::fromLatin1(pdf).count(QStringLiteral("/MediaBox [0 0 595.000000 842.000000]")),
                 briefing.pageCount() - 3);
    }

    void htmlIsSelfContainedWithInlineFigures()
    {
        const Briefing briefing(Testing::loadCorpus(Testing::exchangeArticles()), july());
        QString error;
        const HtmlFacts html = readHtml(briefing.html(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(html.svgs, 3); // calendar, network, issues
        QCOMPARE(html.tableRows, 7); // the header and six meetings
        QVERIFY(html.headings.contains(QStringLiteral("Meetings")));
        QVERIFY(html.headings.contains(QStringLiteral("Who met whom")));
        QVERIFY(html.text.contains(
            QStringLiteral("“US Treasury Secretary Janet Yellen visited China last week")));
        QVERIFY(
            html.text.contains(QStringLiteral("Außenministerin Annalena Baerbock empfing den chinesischen "
                                              "Außenminister Qin Gang am 17. Juli in Berlin.")));
        QVERIFY(html.text.contains(
            QStringLiteral("resources/samples/us-china-diplomacy-2023-07.entente, line 1")));
        QVERIFY(!briefing.html().contains("http://")
                || !QString::fromUtf8(briefing.html())
                        .contains(QRegularExpression(QStringLiteral("(src|href)=\"http"))));
        QVERIFY(html.text.contains(QStringLiteral("1 July 2023 – 31 July 2023")));
    }

    void aLongPeriodGetsTheTimelineAndFiltersApply()
    {
        Briefing::Options options = july();
        options.filter.from = QDate(2023, 5, 1);
        options.filter.to = QDate(2023, 12, 31);
        options.filter.sides = { QStringLiteral("Germany") };
        const Briefing briefing(Testing::loadCorpus(Testing::exchangeArticles()), options);
        QCOMPARE(briefing.meetingCount(), 2);
        QString error;
        const HtmlFacts html = readHtml(briefing.html(), &error);
        QVERIFY(html.headings.contains(QStringLiteral("Meetings per month")));
        QVERIFY(!html.text.contains(QStringLiteral("Yellen")));
    }

    // Several months: a table under each month's name, in order, each month once, a meeting dated
    // only to a week under the month of its first day.
    void meetingsOfSeveralMonthsAreTabledByMonth()
    {
        Briefing::Options options = july();
        options.filter.from = QDate(2023, 6, 1);
        options.filter.to = QDate(2023, 10, 31);
        const Briefing briefing(Testing::loadCorpus(Testing::exchangeArticles()), options);
        QString error;
        const HtmlFacts html = readHtml(briefing.html(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(html.months.size() >= 2, qPrintable(html.months.join(u'|')));
        QVERIFY(html.months.contains(QStringLiteral("July 2023"))); // with Yellen's visit, week of 3 July
        QDate previous;
        for (const QString& name : html.months) { // in order, each once
            const QDate month = QLocale(QLocale::English).toDate(name, QStringLiteral("MMMM yyyy"));
            QVERIFY2(month.isValid() && month > previous, qPrintable(html.months.join(u'|')));
            previous = month;
        }
        QCOMPARE(html.tableRows, briefing.meetingCount() + html.months.size()); // a header each
        // One month only: no month headings.
        QCOMPARE(readHtml(Briefing(Testing::loadCorpus(Testing::exchangeArticles()), july()).html(), &error).months,
                 QStringList());
    }

    void anEmptyPeriodSaysSo()
    {
        Briefing::Options options;
        options.filter.from = QDate(2020, 1, 1);
        options.filter.to = QDate(2020, 1, 31);
        const Briefing briefing(Testing::loadCorpus(Testing::exchangeArticles()), options);
        QCOMPARE(briefing.meetingCount(), 0);
        QString error;
        const HtmlFacts html = readHtml(briefing.html(), &error);
        QVERIFY(html.text.contains(QStringLiteral("No meetings in this period.")));
        QCOMPARE(html.svgs, 0);
        QVERIFY(briefing.pdf().startsWith("%PDF-"));
    }

    void writtenInTheUiLanguage()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QTranslator translator;
        const bool translated = translator.load(QLocale(), QStringLiteral("entente"), QStringLiteral("_"),
                                                QStringLiteral(":/i18n"));
        if (translated)
            QCoreApplication::installTranslator(&translator);
        const Briefing briefing(Testing::loadCorpus(Testing::exchangeArticles()), july());
        QString error;
        const HtmlFacts html = readHtml(briefing.html(), &error);
        QLocale::setDefault(before);
        QCOMPARE(html.lang, QStringLiteral("de"));
        // Dates and month names come from the locale even before the strings are translated.
        QVERIFY2(html.text.contains(QStringLiteral("1. Juli 2023 – 31. Juli 2023")),
                 qPrintable(html.text.left(300)));
    }

    // The command line's briefing: articles that kept their records only, with the sentences taken
    // from each as it was read, give the same HTML byte for byte; write() streams the same bytes.
    void recordsWithTheirSentencesGiveTheSameHtml()
    {
        const Corpus whole = Testing::loadCorpus(Testing::exchangeArticles());
        const QByteArray expected = Briefing(whole, july()).html();
        QVERIFY(expected.contains("Qin Gang"));
        Exchange::PreparedSpans spans;
        QList<Document> records = whole.documents;
        for (Document& doc : records) {
            spans.insert(doc.fileName, Exchange::prepareSpans(doc, true));
            doc.text.clear();
            doc.marks.clear();
        }
        Briefing::Options options = july();
        options.spans = &spans;
        const Briefing briefing(Corpus::merge(std::move(records)), options);
        QCOMPARE(briefing.html(), expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("briefing.html"));
        QString error;
        QVERIFY2(briefing.write(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), expected);
    }
};

QTEST_MAIN(TestBriefing)
#include "tst_briefing.moc"
