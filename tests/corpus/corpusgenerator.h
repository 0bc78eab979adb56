// Realistic generated corpora for scale tests and benchmarks: folders of annotated news articles
// (~7 KB each) over many years, in which a growing population of actors, shared issues and meetings
// reported by several articles recur, as in an analyst's real material. Deterministic for a seed.
#pragma once

#include <QDate>
#include <QString>

namespace Entente::Testing {

struct CorpusSpec
{
    int articles = 1000;
    quint64 seed = 0x5eed;
    QDate firstDay { 1998, 1, 1 };
    QDate lastDay { 2024, 12, 31 };
    int articleBytes = 7000; // approximate UTF-8 size of an article's text, records not counted
    // Share of meetings that an earlier article already reported (same id, maybe a newer status).
    double reportedAgain = 0.25;
};

class CorpusGenerator
{
public:
    explicit CorpusGenerator(const CorpusSpec& spec);
    ~CorpusGenerator();
    CorpusGenerator(const CorpusGenerator&) = delete;
    CorpusGenerator& operator=(const CorpusGenerator&) = delete;

    // The annotated text (marks and records section) of article number (0-based), in article order:
    // article n is published on or after article n-1.
    QString article(int number);
    // File name of article number: "2013/article-004711.entente" (folders by year).
    QString fileName(int number) const;
    // Writes every article under folder; returns the total UTF-8 bytes written, -1 on a write error.
    qint64 writeTo(const QString& folder);

private:
    struct Private;
    Private* d;
};

} // namespace Entente::Testing
