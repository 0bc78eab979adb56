#include "calendarview.h"

#include "calendaragenda.h"
#include "calendaragendapainter.h"
#include "calendargrid.h"
#include "corpusstore.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace Entente {

namespace {

constexpr qreal exportWidth = 1100;
constexpr qreal exportMargin = 12;

} // namespace

CalendarView::CalendarView(CorpusStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_grid(new CalendarGrid(store, this))
    , m_agenda(new CalendarAgenda(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_today(new QPushButton(tr("Today"), this))
    , m_monthPicker(new QDateEdit(this))
    , m_goToSelected(new QPushButton(tr("Go to Selected Meeting"), this))
{
    m_previous->setObjectName(QStringLiteral("previousMonth"));
    m_next->setObjectName(QStringLiteral("nextMonth"));
    m_today->setObjectName(QStringLiteral("today"));
    m_monthPicker->setObjectName(QStringLiteral("monthPicker"));
    m_goToSelected->setObjectName(QStringLiteral("goToSelectedMeeting"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setToolTip(tr("Previous month (Page Up)"));
    m_previous->setAccessibleName(tr("Previous month"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("Next month (Page Down)"));
    m_next->setAccessibleName(tr("Next month"));
    m_today->setToolTip(tr("Show the month of today"));
    m_monthPicker->setDisplayFormat(tr("MMMM yyyy", "QDate format of the calendar's month picker"));
    m_monthPicker->setCalendarPopup(true);
    m_monthPicker->setToolTip(tr("Jump to a month"));
    m_monthPicker->setAccessibleName(tr("Month shown"));
    m_goToSelected->setToolTip(tr("Show the month of the meeting selected in any view"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_today);
    bar->addWidget(m_next);
    bar->addWidget(m_monthPicker);
    bar->addStretch(1);
    bar->addWidget(m_goToSelected);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_grid);
    splitter->addWidget(m_agenda);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_previous, &QToolButton::clicked, this, &CalendarView::showPreviousMonth);
    connect(m_next, &QToolButton::clicked, this, &CalendarView::showNextMonth);
    connect(m_today, &QPushButton::clicked, this, &CalendarView::showToday);
    connect(m_goToSelected, &QPushButton::clicked, this, &CalendarView::showSelectedMeeting);
    connect(m_monthPicker, &QDateEdit::dateChanged, this,
            [this](QDate date) { setMonth(date.year(), date.month()); });
    const auto select = [this](const QString& id) {
        m_store->setCurrent({ MarkKind::Meeting, id });
    };
    connect(m_grid, &CalendarGrid::meetingClicked, this, select);
    connect(m_agenda, &CalendarAgenda::meetingActivated, this, select);
    connect(store, &CorpusStore::corpusReset, this, &CalendarView::followCorpusReset);
    connect(store, &CorpusStore::corpusUpdated, this, &CalendarView::followCorpusUpdate);
    connect(store, &CorpusStore::currentChanged, this, &CalendarView::followCurrent);

    setFocusProxy(m_grid);
    followCorpusReset();
}

CalendarView::~CalendarView() = default;

void CalendarView::setMonth(int year, int month)
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return;
    const bool changed = first != visibleMonth();
    m_grid->setMonth(year, month); // always: after a corpus reset the old layout points into the old corpus
    refreshAgenda();
    if (m_monthPicker->date().year() != year || m_monthPicker->date().month() != month) {
        const QSignalBlocker blocker(m_monthPicker);
        m_monthPicker->setDate(first);
    }
    if (changed)
        Q_EMIT monthChanged(first);
}

QDate CalendarView::visibleMonth() const
{
    return m_grid->month();
}

void CalendarView::showPreviousMonth()
{
    const QDate month = visibleMonth().addMonths(-1);
    setMonth(month.year(), month.month());
}

void CalendarView::showNextMonth()
{
    const QDate month = visibleMonth().addMonths(1);
    setMonth(month.year(), month.month());
}

void CalendarView::showToday()
{
    const QDate today = QDate::currentDate();
    setMonth(today.year(), today.month());
}

bool CalendarView::showSelectedMeeting()
{
    const RecordRef current = m_store->current();
    const Corpus& corpus = m_store->corpus();
    const int index = current.kind == MarkKind::Meeting ? corpus.meetingIndex(current.id) : -1;
    const QDate first = index >= 0 ? CalendarLayout::daySpan(corpus.meetings[index]).first : QDate();
    if (!first.isValid())
        return false;
    setMonth(first.year(), first.month());
    return true;
}

QRectF CalendarView::chipRect(const QString& meetingId) const
{
    return m_grid->chipRect(meetingId);
}

QString CalendarView::chipAt(const QPoint& gridPosition) const
{
    return m_grid->chipAt(gridPosition);
}

QString CalendarView::exportName() const
{
    return QStringLiteral("calendar");
}

QSizeF CalendarView::exportSize() const
{
    const CalendarScene scene = m_grid->scene();
    const CalendarGeometry geometry = CalendarGeometry::compute(
        m_grid->layout(), QRectF(exportMargin, exportMargin, exportWidth - 2 * exportMargin, 0), scene.fonts,
        CalendarGeometry::Fit::AllLanes);
    return { exportWidth,
             std::ceil(geometry.height() + CalendarAgendaPainter::height(scene) + 2 * exportMargin) };
}

void CalendarView::renderExport(QPainter* painter, const QRectF& target)
{
    const QSizeF natural = exportSize();
    if (target.isEmpty() || natural.isEmpty())
        return;
    CalendarScene scene = m_grid->scene();
    scene.selectedId.clear(); // the selection is a state of the screen, not part of the picture
    const QRectF content
        = QRectF(QPointF(0, 0), natural).adjusted(exportMargin, exportMargin, -exportMargin, -exportMargin);
    const CalendarGeometry geometry
        = CalendarGeometry::compute(m_grid->layout(), content, scene.fonts, CalendarGeometry::Fit::AllLanes);
    painter->save();
    // Laid out at the natural size and scaled, so a wider export keeps the proportions of the picture.
    painter->translate(target.topLeft());
    painter->scale(target.width() / natural.width(), target.height() / natural.height());
    painter->fillRect(QRectF(QPointF(0, 0), natural), scene.palette.color(QPalette::Base));
    paintCalendar(painter, geometry, scene);
    CalendarAgendaPainter::paint(painter,
                                 QRectF(content.left(), geometry.legendRect.bottom(), content.width(),
                                        content.bottom() - geometry.legendRect.bottom()),
                                 scene);
    painter->restore();
}

void CalendarView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LocaleChange) // dates in the agenda; the grid follows by itself
        refreshAgenda();
}

void CalendarView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_PageUp:
        showPreviousMonth();
        break;
    case Qt::Key_PageDown:
        showNextMonth();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void CalendarView::followCorpusReset()
{
    // A corpus opened: show where its meetings are, not today.
    const QDate busiest = CalendarLayout::busiestMonth(m_store->corpus().meetings);
    const QDate month = busiest.isValid() ? busiest : QDate::currentDate();
    setMonth(month.year(), month.month());
    followCurrent(m_store->current());
}

void CalendarView::followCorpusUpdate(const CorpusChange& change)
{
    if (!change.meetings.hasContentChanges() && !change.actors.hasContentChanges())
        return; // typing moved spans only
    m_grid->rebuild();
    refreshAgenda();
    followCurrent(m_store->current());
}

void CalendarView::followCurrent(const RecordRef& current)
{
    const QString id = current.kind == MarkKind::Meeting ? current.id : QString();
    m_grid->setSelectedMeeting(id);
    m_agenda->selectMeeting(id);
    updateGoToSelected();
}

void CalendarView::refreshAgenda()
{
    m_agenda->setMeetings(m_store->corpus(), m_grid->layout().meetingIndexes(), locale());
}

void CalendarView::updateGoToSelected()
{
    const RecordRef current = m_store->current();
    m_goToSelected->setEnabled(current.kind == MarkKind::Meeting
                               && m_store->corpus().meetingIndex(current.id) >= 0);
}

} // namespace Entente
