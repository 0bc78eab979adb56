#include "calendargrid.h"

#include "calendartext.h"
#include "corpusstore.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace Entente {

namespace {

constexpr int margin = 4;

} // namespace

CalendarGrid::CalendarGrid(CorpusStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Meeting calendar"));
    const QDate today = QDate::currentDate();
    setMonth(today.year(), today.month());
}

CalendarGrid::~CalendarGrid() = default;

void CalendarGrid::setMonth(int year, int month)
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return;
    m_layout = CalendarLayout::build(m_store->corpus().meetings, year, month, locale().firstDayOfWeek());
    m_geometryValid = false;
    update();
}

void CalendarGrid::rebuild()
{
    const QDate shown = m_layout.month().isValid() ? m_layout.month() : QDate::currentDate();
    setMonth(shown.year(), shown.month());
}

void CalendarGrid::setSelectedMeeting(const QString& meetingId)
{
    if (meetingId == m_selected)
        return;
    m_selected = meetingId;
    update();
}

CalendarScene CalendarGrid::scene() const
{
    CalendarScene scene;
    scene.layout = &m_layout;
    scene.corpus = &m_store->corpus();
    scene.selectedId = m_selected;
    scene.today = QDate::currentDate();
    scene.locale = locale();
    scene.palette = palette();
    scene.fonts = CalendarFonts::fromBase(font());
    return scene;
}

const CalendarGeometry& CalendarGrid::geometry() const
{
    if (!m_geometryValid) {
        const QRectF area = QRectF(rect()).adjusted(margin, 0, -margin, -margin);
        m_geometry = CalendarGeometry::compute(m_layout, area, CalendarFonts::fromBase(font()),
                                               CalendarGeometry::Fit::Area);
        m_geometryValid = true;
    }
    return m_geometry;
}

QRectF CalendarGrid::chipRect(const QString& meetingId) const
{
    const int segment = m_layout.segmentIndex(meetingId);
    if (segment >= 0)
        return geometry().segmentRects.value(segment);
    const int band = m_layout.bandIndex(meetingId);
    return band >= 0 ? geometry().bandRects.value(band) : QRectF();
}

QString CalendarGrid::chipAt(const QPoint& position) const
{
    const int segment = geometry().segmentAt(position);
    if (segment >= 0)
        return m_layout.segments()[segment].meetingId;
    const int band = geometry().bandAt(position);
    return band >= 0 ? m_layout.bands()[band].meetingId : QString();
}

QRectF CalendarGrid::cellRect(const QDate& date) const
{
    const int row = m_layout.rowOf(date);
    return row >= 0 ? geometry().cellRect(row, m_layout.columnOf(date)) : QRectF();
}

QString CalendarGrid::toolTipAt(const QPoint& position) const
{
    const Corpus& corpus = m_store->corpus();
    const QString id = chipAt(position);
    if (!id.isEmpty()) {
        const int index = corpus.meetingIndex(id);
        return index >= 0 ? CalendarText::toolTip(corpus.meetings[index], corpus, locale()) : QString();
    }
    // "+N more": name the meetings that did not fit.
    const CalendarMore* more = geometry().moreAt(position);
    if (!more)
        return {};
    QStringList names;
    const QList<CalendarSegment>& segments = m_layout.segments();
    for (int index = 0; index < segments.size(); ++index) {
        const CalendarSegment& segment = segments[index];
        const bool hidden = geometry().segmentRects[index].isNull();
        if (hidden && segment.row == more->row && segment.firstColumn <= more->column
            && more->column <= segment.lastColumn)
            names.append(
                CalendarText::chipLabel(corpus.meetings[segment.meetingIndex], corpus).toHtmlEscaped());
    }
    if (more->row < 0) {
        for (int index = 0; index < m_layout.bands().size(); ++index) {
            if (geometry().bandRects[index].isNull())
                names.append(
                    CalendarText::chipLabel(corpus.meetings[m_layout.bands()[index].meetingIndex], corpus)
                        .toHtmlEscaped());
        }
    }
    return names.join(QStringLiteral("<br>"));
}

QSize CalendarGrid::sizeHint() const
{
    return { 760, 560 };
}

QSize CalendarGrid::minimumSizeHint() const
{
    // Seven columns wide enough for a day and "+N more", and rows with room for a day number and
    // one chip: small enough for a dock under the editor.
    const int line = fontMetrics().height();
    return { 7 * 3 * line, 6 * (2 * line + 8) + 5 * line };
}

bool CalendarGrid::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void CalendarGrid::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::LocaleChange:
        rebuild(); // the first day of the week may differ
        break;
    case QEvent::FontChange:
    case QEvent::PaletteChange:
        m_geometryValid = false;
        update();
        break;
    default:
        break;
    }
}

void CalendarGrid::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    paintCalendar(&painter, geometry(), scene());
}

void CalendarGrid::resizeEvent(QResizeEvent* event)
{
    m_geometryValid = false;
    QWidget::resizeEvent(event);
}

void CalendarGrid::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        const QString id = chipAt(event->position().toPoint());
        if (!id.isEmpty()) {
            Q_EMIT meetingClicked(id);
            event->accept();
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

} // namespace Entente
