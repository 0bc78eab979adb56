// The figures of a briefing: the existing views (calendar months or the meetings-per-month chart,
// the network, the issue status chart) drawn over the period's documents, made through ViewFactory
// and painted through ExportableView, as File ▸ Export View does.
#pragma once

#include "briefingdata.h"

#include <QString>
#include <memory>
#include <vector>

class QWidget;

namespace Entente {

class CorpusStore;
class ExportableView;

class BriefingFigures
{
public:
    // Months up to this many get a calendar each; a longer period gets the meetings-per-month chart.
    static constexpr int maximumCalendarMonths = 3;

    struct Figure
    {
        QString title; // translated
        ExportableView* view = nullptr;
    };

    // corpus: the period's documents merged (Exchange::BriefingData::viewDocuments).
    BriefingFigures(const Corpus& corpus, const Exchange::BriefingData& data);
    ~BriefingFigures();

    const QList<Figure>& figures() const { return m_figures; }

private:
    QWidget* add(const QString& name, const QString& title);

    std::unique_ptr<CorpusStore> m_store; // declared first: the views go before it
    std::vector<std::unique_ptr<QWidget>> m_widgets;
    QList<Figure> m_figures;
};

} // namespace Entente
