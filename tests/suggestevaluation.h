// Quality figures of the pre-tagger on development sets: MEANTIME (entities and TIMEX3 dates of news
// articles), the PETRARCH unit-test sentences (CAMEO 036/04x: meetings and their participants), the
// sample articles and the project's own test sentences. Each set is split once, by a hash of each
// document's or sentence's id, into a development part (rules were designed looking at it) and a
// checking part (kept aside: nobody looked at it while writing rules). The sets are read where they
// are (../shared/data, ../shared/samples), never copied.
#pragma once

#include <QString>
#include <QStringList>

namespace Entente::Evaluation {

// The checking part: a stable third of the ids.
bool isCheckingPart(QStringView id);

struct Ratio
{
    int hits = 0;
    int total = 0;
    double value() const { return total ? double(hits) / total : 0; }
    QString toString() const; // "83.3% (25/30)"
    Ratio& operator+=(const Ratio& other)
    {
        hits += other.hits;
        total += other.total;
        return *this;
    }
};

// Figures of one part of one set; ratios not measured on a set stay 0/0.
struct Figures
{
    int documents = 0;
    Ratio personRecall; // named people found as person actors
    Ratio organisationRecall; // named organisations found as organisation (or state) actors
    Ratio actorPrecision; // actor marks that are on an annotated entity
    Ratio dateAccuracy; // annotated DATE expressions given the right value (missed ones count as wrong)
    Ratio dateAccuracyWithoutDateline; // the same without the article's own date line
    Ratio datePrecision; // date marks on an annotated temporal expression
    Ratio meetingRecall; // expected meetings found (participants, and status and date where given)
    Ratio meetingPrecision; // meetings found that were expected
    Ratio participantAccuracy; // of the meetings found and expected, those with all their participants
    QStringList misses; // for reading by hand
    Figures& operator+=(const Figures& other);
};

struct PartFigures
{
    Figures development;
    Figures checking;
};

// Each returns the figures, or sets *skipped with the reason when the set is absent.
PartFigures evaluateMeantime(const QString& folder, QString* skipped);
PartFigures evaluatePetrarch(const QString& recordsFile, QString* skipped);
// samplesFolder holds the articles, goldFile the expected meetings (tests/data/suggest/samples.tsv).
PartFigures evaluateSamples(const QString& samplesFolder, const QString& goldFile, QString* skipped);
// The project's own articles (each *.txt of the folder, its date from its own date line) and their
// expected meetings: file <TAB> participants <TAB> date <TAB> status <TAB> optional.
PartFigures evaluateArticles(const QString& folder, const QString& goldFile, QString* skipped);
// A file of the project's own sentences: date <TAB> sentence <TAB> expected people <TAB> status.
PartFigures evaluateMeetingSentences(const QString& file, QString* skipped);

// "set: part: figure figure ..." lines of the measured ratios.
QStringList report(const QString& set, const PartFigures& figures);

} // namespace Entente::Evaluation
