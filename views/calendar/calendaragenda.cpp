#include "calendaragenda.h"

#include "calendartext.h"
#include "labels.h"

#include <QHeaderView>
#include <QPainter>
#include <QPixmap>

namespace Entente {

namespace {

QIcon statusIcon(MeetingStatus status)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Labels::meetingStatusColor(status));
    painter.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
    return QIcon(pixmap);
}

} // namespace

CalendarAgenda::CalendarAgenda(QWidget* parent)
    : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setHeaderLabels({ tr("Date"), tr("Title"), tr("Status"), tr("Place") });
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAccessibleName(tr("Meetings of the weeks shown"));
    // The title takes the room left by the others, so the list needs no horizontal scrolling.
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        if (m_following || !current)
            return;
        m_selected = current->data(DateColumn, MeetingIdRole).toString();
        Q_EMIT meetingActivated(m_selected);
    });
}

CalendarAgenda::~CalendarAgenda() = default;

void CalendarAgenda::setMeetings(const Corpus& corpus, const QList<int>& indexes, const QLocale& locale)
{
    const QIcon icons[] = { statusIcon(MeetingStatus::Planned), statusIcon(MeetingStatus::Held),
                            statusIcon(MeetingStatus::Cancelled), statusIcon(MeetingStatus::Failed) };
    QList<QTreeWidgetItem*> items;
    items.reserve(indexes.size());
    for (int index : indexes) {
        const Meeting& meeting = corpus.meetings[index];
        auto* item = new QTreeWidgetItem;
        item->setText(DateColumn, CalendarText::dates(meeting, locale));
        item->setText(TitleColumn, CalendarText::chipLabel(meeting, corpus));
        item->setText(StatusColumn, Labels::meetingStatus(meeting.status));
        item->setIcon(StatusColumn, icons[int(meeting.status)]);
        item->setText(PlaceColumn, meeting.place);
        item->setData(DateColumn, MeetingIdRole, meeting.id);
        item->setToolTip(TitleColumn, CalendarText::toolTip(meeting, corpus, locale));
        items.append(item);
    }
    m_following = true;
    clear();
    addTopLevelItems(items);
    m_following = false;
    for (int column : { DateColumn, StatusColumn, PlaceColumn })
        resizeColumnToContents(column);
    selectMeeting(m_selected);
}

void CalendarAgenda::selectMeeting(const QString& meetingId)
{
    m_selected = meetingId;
    QTreeWidgetItem* found = nullptr;
    for (int row = 0; !meetingId.isEmpty() && row < topLevelItemCount() && !found; ++row) {
        if (topLevelItem(row)->data(DateColumn, MeetingIdRole).toString() == meetingId)
            found = topLevelItem(row);
    }
    m_following = true;
    if (found) {
        setCurrentItem(found);
        scrollToItem(found);
    } else {
        clearSelection();
        setCurrentItem(nullptr);
    }
    m_following = false;
}

QSize CalendarAgenda::sizeHint() const
{
    // Wide enough for a date, a short title, the status and the place side by side.
    return { 30 * fontMetrics().averageCharWidth() + 240, QTreeWidget::sizeHint().height() };
}

QString CalendarAgenda::selectedMeeting() const
{
    const QList<QTreeWidgetItem*> items = selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(DateColumn, MeetingIdRole).toString();
}

} // namespace Entente
