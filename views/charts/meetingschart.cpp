#include "meetingschart.h"

#include "chartstyle.h"
#include "corpusstore.h"
#include "hiddenviewgate.h"
#include "labels.h"
#include "timescale.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QCursor>
#include <QEvent>
#include <QFontMetricsF>
#include <QLegend>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <array>

namespace Entente {

namespace {

constexpr QSizeF minimumExportSize(560, 320);
// Count axes get at most this many intervals, each a whole number of meetings.
constexpr int maximumCountIntervals = 10;
// Space between two bin labels.
constexpr qreal labelGap = 12;

QString year(const QDate& date)
{
    return QString::number(date.year());
}

// Steps between labelled bins that fall on natural boundaries (quarters, years, decades).
QList<int> labelSteps(MeetingCounts::Bin bin)
{
    switch (bin) {
    case MeetingCounts::Bin::Week:
        return { 1, 2, 4, 13, 26, 52 };
    case MeetingCounts::Bin::Month:
        return { 1, 2, 3, 6, 12, 24, 60 };
    case MeetingCounts::Bin::Quarter:
        return { 1, 2, 4, 8, 20 };
    case MeetingCounts::Bin::Year:
    case MeetingCounts::Bin::Decade:
    case MeetingCounts::Bin::Century:
        break;
    }
    return { 1, 2, 5, 10, 20, 50 };
}

// The bin's position on a fixed grid, so that every step-th label falls on the same boundaries
// (January, years divisible by 10) whatever the first bin.
qint64 naturalIndex(const QDate& start, MeetingCounts::Bin bin)
{
    switch (bin) {
    case MeetingCounts::Bin::Week:
        return QDate(1970, 1, 5).daysTo(start) / 7;
    case MeetingCounts::Bin::Month:
        return qint64(start.year()) * 12 + start.month() - 1;
    case MeetingCounts::Bin::Quarter:
        return qint64(start.year()) * 4 + (start.month() - 1) / 3;
    case MeetingCounts::Bin::Year:
        return start.year();
    case MeetingCounts::Bin::Decade:
        return start.year() / 10;
    case MeetingCounts::Bin::Century:
        break;
    }
    return start.year() / 100;
}

// A range from 0 with whole-number ticks: 0..4 by 1, 0..30 by 5, 0..400 by 50 and so on.
void setCountRange(QValueAxis* axis, int maximum)
{
    static constexpr std::array<int, 15> steps { 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000 };
    int step = steps.back();
    for (int candidate : steps) {
        if ((maximum + candidate - 1) / candidate <= maximumCountIntervals) {
            step = candidate;
            break;
        }
    }
    const int intervals = std::max(1, (maximum + step - 1) / step);
    axis->setRange(0, intervals * step);
    axis->setTickCount(intervals + 1);
    // With localized numbers Qt Charts only understands formats with a precision: "%d" gives no
    // labels at all, "%.0d" gives the locale's integers.
    axis->setLabelFormat(QStringLiteral("%.0d"));
}

QString binAxisTitle(MeetingCounts::Bin bin)
{
    switch (bin) {
    case MeetingCounts::Bin::Week:
        return MeetingsChart::tr("Week (from Monday)");
    case MeetingCounts::Bin::Month:
        return MeetingsChart::tr("Month");
    case MeetingCounts::Bin::Quarter:
        return MeetingsChart::tr("Quarter");
    case MeetingCounts::Bin::Year:
        return MeetingsChart::tr("Year");
    case MeetingCounts::Bin::Decade:
        return MeetingsChart::tr("Decade");
    case MeetingCounts::Bin::Century:
        break;
    }
    return MeetingsChart::tr("Century");
}

} // namespace

QString MeetingsChart::titleFor(MeetingCounts::Bin bin)
{
    switch (bin) {
    case MeetingCounts::Bin::Week:
        return tr("Meetings per week");
    case MeetingCounts::Bin::Month:
        return tr("Meetings per month");
    case MeetingCounts::Bin::Quarter:
        return tr("Meetings per quarter");
    case MeetingCounts::Bin::Year:
        return tr("Meetings per year");
    case MeetingCounts::Bin::Decade:
        return tr("Meetings per decade");
    case MeetingCounts::Bin::Century:
        break;
    }
    return tr("Meetings per century");
}

QString MeetingsChart::binLabel(const QDate& start, MeetingCounts::Bin bin, const QLocale& locale)
{
    switch (bin) {
    case MeetingCounts::Bin::Week:
        return locale.toString(start, tr("d MMM yyyy", "QDate format of a week's Monday: 3 Jul 2023"));
    case MeetingCounts::Bin::Month:
        return locale.toString(start, tr("MMM yyyy", "QDate format of a month axis label: Jul 2023"));
    case MeetingCounts::Bin::Quarter:
        return tr("Q%1 %2", "a quarter and its year: Q3 2023").arg((start.month() - 1) / 3 + 1).arg(year(start));
    case MeetingCounts::Bin::Year:
        return year(start);
    case MeetingCounts::Bin::Decade:
    case MeetingCounts::Bin::Century:
        break;
    }
    const QDate next = MeetingCounts::nextBin(start, bin);
    return tr("%1–%2", "the years of a decade or a century: 2020–2029").arg(year(start), QString::number(next.year() - 1));
}

MeetingsChart::Content MeetingsChart::Content::build(QChart* chart, const MeetingCounts& counts, const QFont& base,
    const QLocale& locale)
{
    Content content;
    chart->setTitle(titleFor(counts.bin));
    chart->setLocale(locale);

    const QFontMetricsF metrics(ChartStyle::labelFont(base));
    const bool years = counts.bin == MeetingCounts::Bin::Month || counts.bin == MeetingCounts::Bin::Quarter;
    for (const QDate& start : counts.binStarts) {
        content.labels.append(binLabel(start, counts.bin, locale));
        content.shortLabels.append(years ? year(start) : content.labels.constLast());
        content.labelWidth = std::max(content.labelWidth, metrics.horizontalAdvance(content.labels.constLast()));
    }

    // Bars stand at 0, 1, 2...; only some bins get a label, at the bar's centre.
    content.binAxis = new QCategoryAxis;
    content.binAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    content.binAxis->setGridLineVisible(false);
    content.binAxis->setTitleText(binAxisTitle(counts.bin));
    content.binAxis->setRange(-0.5, std::max<qreal>(0.5, qreal(counts.binStarts.size()) - 0.5));
    ChartStyle::styleAxis(content.binAxis, base);
    content.countAxis = new QValueAxis;
    content.countAxis->setTitleText(tr("Meetings"));
    setCountRange(content.countAxis, counts.maximumTotal + 1); // room above the highest bar
    ChartStyle::styleAxis(content.countAxis, base);
    chart->addAxis(content.binAxis, Qt::AlignBottom);
    chart->addAxis(content.countAxis, Qt::AlignLeft);

    content.series = new QStackedBarSeries;
    content.series->setBarWidth(0.7);
    for (int status = 0; status < counts.statuses.size(); ++status) {
        auto* set = new QBarSet(Labels::meetingStatus(counts.statuses.at(status)));
        const QColor color = Labels::meetingStatusColor(counts.statuses.at(status));
        set->setColor(color);
        set->setBorderColor(color);
        // The selected meeting's bar stands out from the background: darker on light, lighter on dark.
        set->setSelectedColor(chart->theme() == QChart::ChartThemeDark ? color.lighter(150) : color.darker(160));
        QList<qreal> values;
        values.reserve(counts.binStarts.size());
        for (int bin = 0; bin < counts.binStarts.size(); ++bin)
            values.append(counts.countAt(status, bin));
        set->append(values);
        content.sets.append(set);
    }
    content.series->append(content.sets);
    chart->addSeries(content.series);
    content.series->attachAxis(content.binAxis);
    content.series->attachAxis(content.countAxis);
    content.fit(counts, QRectF(0, 0, 800, 400)); // until the chart is laid out
    return content;
}

void MeetingsChart::Content::highlight(const MeetingCounts& counts, const QString& meetingId) const
{
    for (int status = 0; status < sets.size(); ++status) {
        QBarSet* set = sets.at(status);
        set->deselectAllBars();
        if (meetingId.isEmpty())
            continue;
        for (int bin = 0; bin < counts.binStarts.size(); ++bin) {
            if (counts.meetingIds.at(status).at(bin).contains(meetingId))
                set->selectBar(bin);
        }
    }
}

void MeetingsChart::Content::fit(const MeetingCounts& counts, const QRectF& plotArea)
{
    if (!binAxis || labels.isEmpty() || plotArea.width() <= 0) // not laid out yet
        return;
    const qreal binWidth = plotArea.width() / qreal(labels.size());
    const QList<int> steps = labelSteps(counts.bin);
    int step = steps.constLast();
    for (int candidate : steps) {
        if (candidate * binWidth >= labelWidth + labelGap) {
            step = candidate;
            break;
        }
    }
    if (step == labelStep)
        return;
    labelStep = step;
    for (const QString& label : binAxis->categoriesLabels())
        binAxis->remove(label);
    binAxis->setStartValue(-0.5);
    const bool coarse = (counts.bin == MeetingCounts::Bin::Month && step >= 12)
        || (counts.bin == MeetingCounts::Bin::Quarter && step >= 4);
    for (int bin = 0; bin < counts.binStarts.size(); ++bin) {
        if (naturalIndex(counts.binStarts.at(bin), counts.bin) % step == 0)
            binAxis->append(coarse ? shortLabels.at(bin) : labels.at(bin), bin);
    }
}

MeetingsChart::MeetingsChart(CorpusStore* store, QWidget* parent)
    : QChartView(parent)
    , m_store(store)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 260);
    m_hidden = new HiddenViewGate(this, [this] { rebuild(); });
    m_hidden->follow(
        store, [this](const CorpusChange& change) { followUpdate(change); },
        [this] { m_content.highlight(m_counts, currentMeeting()); });
    connect(chart(), &QChart::plotAreaChanged, this, [this](const QRectF& area) { m_content.fit(m_counts, area); });
    rebuild();
}

MeetingsChart::~MeetingsChart() = default;

QString MeetingsChart::exportName() const
{
    return QStringLiteral("meetings");
}

QSizeF MeetingsChart::exportSize() const
{
    return QSizeF(1000, 560);
}

void MeetingsChart::renderExport(QPainter* painter, const QRectF& target)
{
    const QString highlighted = currentMeeting();
    ChartStyle::render(painter, target, minimumExportSize, [&](QChart* exported) {
        ChartStyle::apply(exported, palette(), font());
        auto content = std::make_shared<Content>(Content::build(exported, m_counts, font(), locale()));
        content->highlight(m_counts, highlighted);
        connect(exported, &QChart::plotAreaChanged, exported,
            [content, counts = m_counts](const QRectF& area) { content->fit(counts, area); });
    });
}

ExportCaption MeetingsChart::exportCaption() const
{
    ExportCaption caption;
    caption.view = title();
    if (!m_counts.binStarts.isEmpty())
        caption.range = spanLabel(TimeScale::dayOf(m_counts.binStarts.constFirst()), TimeScale::dayOf(m_counts.end), locale());
    if (m_from.isValid() || m_to.isValid())
        caption.filters.append(tr("meetings starting in the range only"));
    return caption;
}

void MeetingsChart::setDateRange(const QDate& from, const QDate& to)
{
    m_from = from;
    m_to = to;
    rebuild();
}

QString MeetingsChart::title() const
{
    return titleFor(m_counts.bin);
}

QBarSet* MeetingsChart::barSet(MeetingStatus status) const
{
    const qsizetype index = m_counts.statuses.indexOf(status);
    return index >= 0 && index < m_content.sets.size() ? m_content.sets.at(index) : nullptr;
}

void MeetingsChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LocaleChange
        || event->type() == QEvent::FontChange)
        rebuild();
}

void MeetingsChart::rebuild()
{
    QChart* current = chart();
    const QString before = title();
    m_content = {}; // its series are about to be deleted
    current->removeAllSeries();
    for (QAbstractAxis* axis : current->axes()) {
        current->removeAxis(axis);
        delete axis;
    }
    m_counts = MeetingCounts::count(m_store->corpus(), m_from, m_to);
    ChartStyle::apply(current, palette(), font());
    m_content = Content::build(current, m_counts, font(), locale());
    m_content.highlight(m_counts, currentMeeting());
    m_content.labelStep = 0;
    m_content.fit(m_counts, current->plotArea());
    for (int status = 0; status < m_content.sets.size(); ++status) {
        QBarSet* set = m_content.sets.at(status);
        connect(set, &QBarSet::clicked, this, [this, status](int bin) {
            const QString id = m_counts.firstMeeting(status, bin);
            if (!id.isEmpty())
                m_store->setCurrent({ MarkKind::Meeting, id });
        });
        connect(set, &QBarSet::hovered, this,
            [this, status](bool hovered, int bin) { showToolTip(status, bin, hovered); });
    }
    if (title() != before)
        Q_EMIT titleChanged(title());
}

void MeetingsChart::followUpdate(const CorpusChange& change)
{
    if (!change.meetings.hasContentChanges())
        return;
    MeetingCounts counts = MeetingCounts::count(m_store->corpus(), m_from, m_to);
    if (!counts.sameShape(m_counts)) {
        rebuild();
        return;
    }
    // Same bins and statuses: only the values that changed move.
    for (int status = 0; status < m_content.sets.size(); ++status) {
        QBarSet* set = m_content.sets.at(status);
        for (int bin = 0; bin < counts.binStarts.size(); ++bin) {
            const int value = counts.countAt(status, bin);
            if (set->at(bin) != value)
                set->replace(bin, value);
        }
    }
    if (counts.maximumTotal != m_counts.maximumTotal)
        setCountRange(m_content.countAxis, counts.maximumTotal + 1);
    m_counts = std::move(counts);
    m_content.highlight(m_counts, currentMeeting());
}

void MeetingsChart::showToolTip(int statusIndex, int binIndex, bool hovered)
{
    const int count = m_counts.countAt(statusIndex, binIndex);
    if (!hovered || count == 0) {
        QToolTip::hideText();
        return;
    }
    const Corpus& corpus = m_store->corpus();
    QString text = u"<b>"
        + tr("%1, %2: %n meeting(s)", "status, month or week: count", count)
              .arg(Labels::meetingStatus(m_counts.statuses.at(statusIndex)),
                  binLabel(m_counts.binStarts.at(binIndex), m_counts.bin, locale()))
              .toHtmlEscaped()
        + u"</b>";
    // A bin of a decade may count thousands: name the first few.
    constexpr int named = 15;
    const QStringList& ids = m_counts.meetingIds.at(statusIndex).at(binIndex);
    for (qsizetype i = 0; i < std::min<qsizetype>(ids.size(), named); ++i) {
        const int index = corpus.meetingIndex(ids.at(i));
        const QString meetingTitle
            = index >= 0 && !corpus.meetings.at(index).title.isEmpty() ? corpus.meetings.at(index).title : ids.at(i);
        text += u"<br>• " + meetingTitle.toHtmlEscaped();
    }
    if (ids.size() > named)
        text += u"<br>" + tr("… and %n more", "meetings of a bar not named in its tool tip", int(ids.size() - named));
    QToolTip::showText(QCursor::pos(), text, this);
}

QString MeetingsChart::currentMeeting() const
{
    const RecordRef current = m_store->current();
    return current.kind == MarkKind::Meeting ? current.id : QString();
}

} // namespace Entente
