#include "briefingfigures.h"

#include "calendar/calendarview.h"
#include "corpusstore.h"
#include "exportableview.h"
#include "network/networkview.h"
#include "viewfactory.h"

#include <QCoreApplication>
#include <QLocale>
#include <QWidget>

namespace Entente {

namespace {

// Translated strings of the briefing (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::Briefing)
};

} // namespace

BriefingFigures::BriefingFigures(const Corpus& corpus, const Exchange::BriefingData& data)
    : m_store(std::make_unique<CorpusStore>())
{
    m_store->setCorpus(corpus);
    const QDate from = data.filter.from.isValid() ? data.filter.from : data.firstDay;
    const QDate to = data.filter.to.isValid() ? data.filter.to : data.lastDay;
    if (from.isValid() && to.isValid() && !data.meetings.isEmpty()) {
        const int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
        if (months <= maximumCalendarMonths) {
            for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
                auto* calendar = static_cast<CalendarView*>(add(
                    QStringLiteral("calendar"),
                    Text::tr("Calendar, %1").arg(QLocale().toString(month, QStringLiteral("MMMM yyyy")))));
                calendar->setMonth(month.year(), month.month());
            }
        } else {
            add(QStringLiteral("meetings"), Text::tr("Meetings per month"));
        }
    }
    if (!data.meetings.isEmpty()) {
        auto* network = static_cast<NetworkView*>(add(QStringLiteral("network"), Text::tr("Who met whom")));
        network->setFilter(data.filter.graphFilter());
    }
    if (!m_store->corpus().issues.isEmpty())
        add(QStringLiteral("issues"), Text::tr("Issue status"));
    for (const Figure& figure : std::as_const(m_figures)) {
        figure.view->prepareExport(); // a large network is laid out on a worker: wait for it
        QWidget* widget = dynamic_cast<QWidget*>(figure.view);
        widget->resize(figure.view->exportSize().toSize());
    }
}

BriefingFigures::~BriefingFigures() = default;

QWidget* BriefingFigures::add(const QString& name, const QString& title)
{
    QWidget* widget = ViewFactory::create(name, m_store.get());
    m_widgets.emplace_back(widget);
    m_figures.append({ title, ViewFactory::exportable(widget) });
    return widget;
}

} // namespace Entente
