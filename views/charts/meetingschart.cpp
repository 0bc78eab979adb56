#include "meetingschart.h"

#include "chartstyle.h"
#include "corpusstore.h"
#include "labels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
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
constexpr qreal labelGap = 8;

QString binLabel(const QDate& start, MeetingCounts::Bin bin, const QLocale& locale)
{
    if (bin == MeetingCounts::Bin::Week)
        return locale.toString(
            start, MeetingsChart::tr("d MMM yyyy", "QDate format of a week's Monday: 3 Jul 2023"));
    return locale.toString(start,
                           MeetingsChart::tr("MMM yyyy", "QDate format of a month axis label: Jul 2023"));
}

// The label on two lines, the year below, for narrow charts: axis labels are rich text.
QStringList compactBinLabel(const QDate& start, MeetingCounts::Bin bin, const QLocale& locale)
{
    const QString day = bin == MeetingCounts::Bin::Week
        ? locale.toString(start,
                          MeetingsChart::tr("d MMM", "QDate format of a week's Monday without the year"))
        : locale.toString(start, MeetingsChart::tr("MMM", "QDate format of a month without the year"));
    return { day, locale.toString(start, u"yyyy") };
}

// A range from 0 with whole-number ticks: 0..4 by 1, 0..30 by 5, 0..400 by 50 and so on.
void setCountRange(QValueAxis* axis, int maximum)
{
    static constexpr std::array<int, 12> steps { 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000 };
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

} // namespace

MeetingsChart::Content MeetingsChart::Content::build(QChart* chart, const MeetingCounts& counts,
                                                     const QFont& base, const QLocale& locale)
{
    Content content;
    const bool weekly = counts.bin == MeetingCounts::Bin::Week;
    chart->setTitle(weekly ? tr("Meetings per week") : tr("Meetings per month"));
    chart->setLocale(locale);

    const QFontMetricsF metrics(ChartStyle::labelFont(base));
    for (const QDate& start : counts.binStarts) {
        content.labels.append(binLabel(start, counts.bin, locale));
        content.labelWidth
            = std::max(content.labelWidth, metrics.horizontalAdvance(content.labels.constLast()));
        const QStringList lines = compactBinLabel(start, counts.bin, locale);
        content.compactLabels.append(lines.at(0).toHtmlEscaped() + u"<br>" + lines.at(1).toHtmlEscaped());
        for (const QString& line : lines)
            content.compactLabelWidth = std::max(content.compactLabelWidth, metrics.horizontalAdvance(line));
    }

    content.binAxis = new QBarCategoryAxis;
    content.binAxis->setTitleText(weekly ? tr("Week (from Monday)") : tr("Month"));
    content.binAxis->append(content.labels);
    ChartStyle::styleAxis(content.binAxis, base);
    content.countAxis = new QValueAxis;
    content.countAxis->setTitleText(tr("Meetings"));
    setCountRange(content.countAxis, counts.maximumTotal + 1); // room above the highest bar
    ChartStyle::styleAxis(content.countAxis, base);
    chart->addAxis(content.binAxis, Qt::AlignBottom);
    chart->addAxis(content.countAxis, Qt::AlignLeft);

    content.series = new QStackedBarSeries;
    content.series->setBarWidth(0.6);
    for (int status = 0; status < counts.statuses.size(); ++status) {
        auto* set = new QBarSet(Labels::meetingStatus(counts.statuses.at(status)));
        const QColor color = Labels::meetingStatusColor(counts.statuses.at(status));
        set->setColor(color);
        set->setBorderColor(color);
        // The selected meeting's bar stands out from the background: darker on light, lighter on dark.
        set->setSelectedColor(chart->theme() == QChart::ChartThemeDark ? color.lighter(150)
                                                                       : color.darker(160));
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

void MeetingsChart::Content::fit(const QRectF& plotArea) const
{
    // Labels would overlap once the bins get narrower than they are: the year goes on a second
    // line, and when even that is too wide the labels turn upright.
    if (!binAxis || labels.isEmpty() || plotArea.width() <= 0) // not laid out yet
        return;
    const qreal binWidth = plotArea.width() / qreal(labels.size());
    const bool full = binWidth >= labelWidth + labelGap;
    const QStringList& wanted = full ? labels : compactLabels;
    if (binAxis->categories() != wanted)
        binAxis->setCategories(wanted);
    binAxis->setLabelsAngle(full || binWidth >= compactLabelWidth + labelGap ? 0 : -90);
}

MeetingsChart::MeetingsChart(CorpusStore* store, QWidget* parent)
    : QChartView(parent)
    , m_store(store)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 260);
    connect(store, &CorpusStore::corpusReset, this, &MeetingsChart::rebuild);
    connect(store, &CorpusStore::corpusUpdated, this, [this](const CorpusChange& change) {
        if (change.meetings.hasContentChanges())
            rebuild();
    });
    connect(store, &CorpusStore::currentChanged, this,
            [this] { m_content.highlight(m_counts, currentMeeting()); });
    connect(chart(), &QChart::plotAreaChanged, this, [this](const QRectF& area) { m_content.fit(area); });
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
        const Content content = Content::build(exported, m_counts, font(), locale());
        content.highlight(m_counts, highlighted);
        connect(exported, &QChart::plotAreaChanged, exported,
                [content](const QRectF& area) { content.fit(area); });
    });
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
    m_content = {}; // its series are about to be deleted
    current->removeAllSeries();
    for (QAbstractAxis* axis : current->axes()) {
        current->removeAxis(axis);
        delete axis;
    }
    m_counts = MeetingCounts::count(m_store->corpus());
    ChartStyle::apply(current, palette(), font());
    m_content = Content::build(current, m_counts, font(), locale());
    m_content.highlight(m_counts, currentMeeting());
    m_content.fit(current->plotArea());
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
    for (const QString& id : m_counts.meetingIds.at(statusIndex).at(binIndex)) {
        const int index = corpus.meetingIndex(id);
        const QString title
            = index >= 0 && !corpus.meetings.at(index).title.isEmpty() ? corpus.meetings.at(index).title : id;
        text += u"<br>• " + title.toHtmlEscaped();
    }
    QToolTip::showText(QCursor::pos(), text, this);
}

QString MeetingsChart::currentMeeting() const
{
    const RecordRef current = m_store->current();
    return current.kind == MarkKind::Meeting ? current.id : QString();
}

} // namespace Entente
