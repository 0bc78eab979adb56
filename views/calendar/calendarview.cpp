#include "calendarview.h"

#include "calendaragenda.h"
#include "calendargrid.h"
#include "calendartext.h"
#include "calendaryear.h"
#include "corpusstore.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QToolBar>
#include <QKeyEvent>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace Entente {

namespace {

QToolButton* arrowButton(QWidget* parent, const QString& name, Qt::ArrowType arrow, const QString& text)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(name);
    button->setArrowType(arrow);
    if (!text.isEmpty()) {
        button->setText(text);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    return button;
}

} // namespace

CalendarView::CalendarView(CorpusStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_grid(new CalendarGrid(store, this))
    , m_agenda(new CalendarAgenda(this))
    , m_year(new CalendarYear(store, this))
    , m_pages(new QStackedWidget(this))
    , m_previous(arrowButton(this, QStringLiteral("previousMonth"), Qt::LeftArrow, {}))
    , m_next(arrowButton(this, QStringLiteral("nextMonth"), Qt::RightArrow, {}))
    , m_previousBusy(arrowButton(this, QStringLiteral("previousWithMeetings"), Qt::LeftArrow, tr("Meetings")))
    , m_nextBusy(arrowButton(this, QStringLiteral("nextWithMeetings"), Qt::RightArrow, tr("Meetings")))
    , m_monthMode(new QToolButton(this))
    , m_yearMode(new QToolButton(this))
    , m_today(new QPushButton(tr("Today"), this))
    , m_monthPicker(new QDateEdit(this))
    , m_goToSelected(new QPushButton(tr("Go to Selected Meeting"), this))
{
    m_today->setObjectName(QStringLiteral("today"));
    m_monthPicker->setObjectName(QStringLiteral("monthPicker"));
    m_goToSelected->setObjectName(QStringLiteral("goToSelectedMeeting"));
    m_monthMode->setObjectName(QStringLiteral("monthMode"));
    m_yearMode->setObjectName(QStringLiteral("yearMode"));
    m_previous->setAccessibleName(tr("Previous month"));
    m_next->setAccessibleName(tr("Next month"));
    m_previousBusy->setToolTip(tr("The nearest earlier month with meetings (Shift+Page Up)"));
    m_nextBusy->setToolTip(tr("The nearest later month with meetings (Shift+Page Down)"));
    m_monthMode->setText(tr("Month"));
    m_monthMode->setToolTip(tr("One month with its meetings (M)"));
    m_yearMode->setText(tr("Year"));
    m_yearMode->setToolTip(tr("Twelve months, shaded by meetings a day (Y)"));
    for (QToolButton* button : { m_monthMode, m_yearMode })
        button->setCheckable(true);
    auto* modes = new QButtonGroup(this);
    modes->addButton(m_monthMode);
    modes->addButton(m_yearMode);
    m_monthMode->setChecked(true);
    m_today->setToolTip(tr("Show the month of today"));
    m_monthPicker->setCalendarPopup(true);
    m_monthPicker->setToolTip(tr("Jump to a month"));
    m_monthPicker->setAccessibleName(tr("Month shown"));
    m_goToSelected->setToolTip(tr("Show the month of the meeting selected in any view"));

    // A tool bar rather than a row of buttons: in a narrow dock the last ones go under its ».
    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("calendarBar"));
    bar->addWidget(m_monthMode);
    bar->addWidget(m_yearMode);
    bar->addSeparator();
    for (QWidget* widget : std::initializer_list<QWidget*> { m_previousBusy, m_previous, m_today, m_next, m_nextBusy, m_monthPicker })
        bar->addWidget(widget);
    auto* stretch = new QWidget(bar);
    stretch->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(stretch);
    bar->addWidget(m_goToSelected);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_grid);
    splitter->addWidget(m_agenda);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    m_pages->addWidget(splitter);
    m_pages->addWidget(m_year);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(bar);
    layout->addWidget(m_pages, 1);

    connect(m_previous, &QToolButton::clicked, this, &CalendarView::showPreviousMonth);
    connect(m_next, &QToolButton::clicked, this, &CalendarView::showNextMonth);
    connect(m_previousBusy, &QToolButton::clicked, this, &CalendarView::showPreviousWithMeetings);
    connect(m_nextBusy, &QToolButton::clicked, this, &CalendarView::showNextWithMeetings);
    connect(m_monthMode, &QToolButton::clicked, this, [this] { setMode(Mode::Month); });
    connect(m_yearMode, &QToolButton::clicked, this, [this] { setMode(Mode::Year); });
    connect(m_today, &QPushButton::clicked, this, &CalendarView::showToday);
    connect(m_goToSelected, &QPushButton::clicked, this, &CalendarView::showSelectedMeeting);
    connect(m_monthPicker, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (m_mode == Mode::Year)
            setYear(date.year());
        else
            setMonth(date.year(), date.month());
    });
    const auto select = [this](const QString& id) { m_store->setCurrent({ MarkKind::Meeting, id }); };
    connect(m_grid, &CalendarGrid::meetingClicked, this, select);
    connect(m_agenda, &CalendarAgenda::meetingActivated, this, select);
    connect(m_year, &CalendarYear::monthActivated, this, [this](const QDate& month) {
        setMonth(month.year(), month.month());
        m_grid->setFocus();
    });
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
    const bool changed = first != visibleMonth() || m_mode != Mode::Month;
    m_grid->setMonth(year, month); // always: after a corpus reset the old layout points into the old corpus
    ++m_layouts;
    m_mode = Mode::Month;
    m_pages->setCurrentIndex(0);
    setFocusProxy(m_grid);
    refreshAgenda();
    updateControls();
    if (changed)
        Q_EMIT monthChanged(first);
}

void CalendarView::setYear(int year)
{
    setMonths(QDate(year, 1, 1), QDate(year, 12, 1));
}

void CalendarView::setMonths(const QDate& first, const QDate& last)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return;
    const QDate start(first.year(), first.month(), 1);
    const int count = int(std::min<qint64>(maximumMonths, (last.year() - start.year()) * 12 + last.month() - start.month() + 1));
    const bool changed = start != visibleMonth() || m_mode != Mode::Year;
    m_year->setMonths(start, count);
    ++m_layouts;
    m_mode = Mode::Year;
    m_pages->setCurrentIndex(1);
    setFocusProxy(m_year);
    updateControls();
    if (changed)
        Q_EMIT monthChanged(start);
}

void CalendarView::setMode(Mode mode)
{
    QDate shown = visibleMonth();
    if (mode == Mode::Year) {
        setYear(shown.year());
        return;
    }
    if (m_mode == Mode::Year) {
        // From a year to its first month with meetings, if it has any.
        const QList<qint64>& months = monthsWithMeetings();
        const auto found = std::lower_bound(months.cbegin(), months.cend(), monthKey(shown));
        if (found != months.cend() && *found < monthKey(shown) + visibleMonthCount())
            shown = monthOfKey(*found);
    }
    setMonth(shown.year(), shown.month());
}

QDate CalendarView::visibleMonth() const
{
    return m_mode == Mode::Year ? m_year->data().firstMonth : m_grid->month();
}

int CalendarView::visibleMonthCount() const
{
    return m_mode == Mode::Year ? m_year->data().monthCount : 1;
}

void CalendarView::showPreviousMonth()
{
    const QDate month = visibleMonth().addMonths(-visibleMonthCount());
    if (m_mode == Mode::Year)
        setMonths(month, month.addMonths(visibleMonthCount() - 1));
    else
        setMonth(month.year(), month.month());
}

void CalendarView::showNextMonth()
{
    const QDate month = visibleMonth().addMonths(visibleMonthCount());
    if (m_mode == Mode::Year)
        setMonths(month, month.addMonths(visibleMonthCount() - 1));
    else
        setMonth(month.year(), month.month());
}

bool CalendarView::showPreviousWithMeetings()
{
    const QList<qint64>& months = monthsWithMeetings();
    const qint64 shown = monthKey(visibleMonth());
    const auto found = std::lower_bound(months.cbegin(), months.cend(), shown);
    if (found == months.cbegin())
        return false;
    const QDate month = monthOfKey(*(found - 1));
    if (m_mode == Mode::Year)
        setYear(month.year());
    else
        setMonth(month.year(), month.month());
    return true;
}

bool CalendarView::showNextWithMeetings()
{
    const QList<qint64>& months = monthsWithMeetings();
    const qint64 shownLast = monthKey(visibleMonth()) + visibleMonthCount() - 1;
    const auto found = std::upper_bound(months.cbegin(), months.cend(), shownLast);
    if (found == months.cend())
        return false;
    const QDate month = monthOfKey(*found);
    if (m_mode == Mode::Year)
        setYear(month.year());
    else
        setMonth(month.year(), month.month());
    return true;
}

void CalendarView::showToday()
{
    const QDate today = QDate::currentDate();
    if (m_mode == Mode::Year)
        setYear(today.year());
    else
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

void CalendarView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LocaleChange) { // dates in the agenda; the grid follows by itself
        refreshAgenda();
        updateControls();
    }
}

void CalendarView::keyPressEvent(QKeyEvent* event)
{
    const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
    switch (event->key()) {
    case Qt::Key_PageUp:
        shift ? void(showPreviousWithMeetings()) : showPreviousMonth();
        break;
    case Qt::Key_PageDown:
        shift ? void(showNextWithMeetings()) : showNextMonth();
        break;
    case Qt::Key_Y:
        setMode(Mode::Year);
        break;
    case Qt::Key_M:
        setMode(Mode::Month);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void CalendarView::followCorpusReset()
{
    m_busyMonthsStale = true;
    // A corpus opened: show where its meetings are, not today.
    const QDate busiest = CalendarLayout::busiestMonth(m_store->corpus().meetings);
    const QDate month = busiest.isValid() ? busiest : QDate::currentDate();
    if (m_mode == Mode::Year)
        setYear(month.year());
    else
        setMonth(month.year(), month.month());
    followCurrent(m_store->current());
}

void CalendarView::followCorpusUpdate(const CorpusChange& change)
{
    if (change.meetings.hasContentChanges())
        m_busyMonthsStale = true;
    if (touchesShown(change)) {
        ++m_layouts;
        if (m_mode == Mode::Year)
            m_year->rebuild();
        else
            m_grid->rebuild();
        refreshAgenda();
    } else if (change.actors.hasContentChanges()) {
        refreshAgenda(); // names of participants in the agenda and on chips
        m_grid->update();
    }
    followCurrent(m_store->current());
}

bool CalendarView::touchesShown(const CorpusChange& change) const
{
    // Only the months shown are laid out: an edit elsewhere changes nothing on screen.
    const Corpus& corpus = m_store->corpus();
    const bool year = m_mode == Mode::Year;
    const QDate from = year ? m_year->data().firstMonth : m_grid->layout().firstDay();
    const QDate to = year ? m_year->data().lastDay() : m_grid->layout().lastDay();
    const auto shown = [&](const QString& id) {
        return year ? m_year->data().meetingIds.contains(id)
                    : m_grid->layout().segmentIndex(id) >= 0 || m_grid->layout().bandIndex(id) >= 0;
    };
    for (const QString& id : change.meetings.removed) {
        if (shown(id))
            return true;
    }
    for (const QStringList* ids : { &change.meetings.changed, &change.meetings.added }) {
        for (const QString& id : *ids) {
            if (shown(id))
                return true;
            const int index = corpus.meetingIndex(id);
            const auto [first, last] = index >= 0 ? CalendarLayout::daySpan(corpus.meetings.at(index)) : std::pair<QDate, QDate>();
            if (first.isValid() && last >= from && first <= to)
                return true;
        }
    }
    return false;
}

void CalendarView::followCurrent(const RecordRef& current)
{
    const QString id = current.kind == MarkKind::Meeting ? current.id : QString();
    m_grid->setSelectedMeeting(id);
    m_agenda->selectMeeting(id);
    updateControls();
}

void CalendarView::refreshAgenda()
{
    m_agenda->setMeetings(m_store->corpus(), m_grid->layout().meetingIndexes(), locale());
}

void CalendarView::updateControls()
{
    const bool year = m_mode == Mode::Year;
    m_monthMode->setChecked(!year);
    m_yearMode->setChecked(year);
    m_previous->setToolTip(year ? tr("Previous year (Page Up)") : tr("Previous month (Page Up)"));
    m_next->setToolTip(year ? tr("Next year (Page Down)") : tr("Next month (Page Down)"));
    m_monthPicker->setDisplayFormat(year ? QStringLiteral("yyyy") : tr("MMMM yyyy", "QDate format of the calendar's month picker"));
    if (m_monthPicker->date() != visibleMonth()) {
        const QSignalBlocker blocker(m_monthPicker);
        m_monthPicker->setDate(visibleMonth());
    }
    const RecordRef current = m_store->current();
    m_goToSelected->setEnabled(current.kind == MarkKind::Meeting && m_store->corpus().meetingIndex(current.id) >= 0);
}

const QList<qint64>& CalendarView::monthsWithMeetings() const
{
    if (m_busyMonthsStale) {
        m_busyMonths = Entente::monthsWithMeetings(m_store->corpus().meetings);
        m_busyMonthsStale = false;
    }
    return m_busyMonths;
}

} // namespace Entente
