#include "calendaryear.h"

#include "calendartext.h"
#include "corpusstore.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace Entente {

namespace {

constexpr int margin = 6;

} // namespace

CalendarYear::CalendarYear(CorpusStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Meetings of the year"));
    setCursor(Qt::PointingHandCursor);
}

CalendarYear::~CalendarYear() = default;

void CalendarYear::setMonths(const QDate& first, int count)
{
    m_data = CalendarYearData::build(m_store->corpus().meetings, first, count);
    m_geometryValid = false;
    update();
}

void CalendarYear::rebuild()
{
    setMonths(m_data.firstMonth, m_data.monthCount);
}

CalendarYearScene CalendarYear::scene() const
{
    CalendarYearScene scene;
    scene.data = &m_data;
    scene.firstDayOfWeek = locale().firstDayOfWeek();
    scene.today = QDate::currentDate();
    scene.locale = locale();
    scene.palette = palette();
    scene.fonts = CalendarFonts::fromBase(font());
    return scene;
}

const CalendarYearGeometry& CalendarYear::geometry() const
{
    if (!m_geometryValid) {
        m_geometry = CalendarYearGeometry::compute(scene(), QRectF(rect()).adjusted(margin, 0, -margin, -margin));
        m_geometryValid = true;
    }
    return m_geometry;
}

QSize CalendarYear::sizeHint() const
{
    return { 760, 560 };
}

QSize CalendarYear::minimumSizeHint() const
{
    return { 320, 300 };
}

bool CalendarYear::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int month = geometry().monthAt(help->pos());
        if (month < 0) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(),
                tr("%1: %n meeting(s). Click to open the month.", "", m_data.monthCounts.value(month))
                    .arg(CalendarText::monthTitle(m_data.month(month), locale())),
                this);
        }
        return true;
    }
    return QWidget::event(event);
}

void CalendarYear::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange
        || event->type() == QEvent::LocaleChange) {
        m_geometryValid = false;
        update();
    }
}

void CalendarYear::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    paintCalendarYear(&painter, geometry(), scene());
}

void CalendarYear::resizeEvent(QResizeEvent* event)
{
    m_geometryValid = false;
    QWidget::resizeEvent(event);
}

void CalendarYear::mousePressEvent(QMouseEvent* event)
{
    const int month = event->button() == Qt::LeftButton ? geometry().monthAt(event->position()) : -1;
    if (month < 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    event->accept();
    Q_EMIT monthActivated(m_data.month(month));
}

} // namespace Entente
