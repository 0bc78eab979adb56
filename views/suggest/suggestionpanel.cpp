#include "suggestionpanel.h"

#include "suggestionmodel.h"
#include "suggestionreview.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Entente {

SuggestionPanel::SuggestionPanel(SuggestionReview* review, QWidget* parent)
    : QWidget(parent)
    , m_review(review)
    , m_header(new QLabel(this))
    , m_view(new QTreeView(this))
{
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_view->setObjectName(QStringLiteral("suggestionList"));
    m_view->setModel(review->model());
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setSectionResizeMode(SuggestionModel::ReasonColumn, QHeaderView::Stretch);
    m_view->setToolTip(tr("Enter accepts the selected suggestion, Delete rejects it; F8 and Shift+F8 move"));
    m_view->installEventFilter(this);

    const auto action = [this](const QString& text, const QKeySequence& key, const QString& tip, auto slot) {
        auto* a = new QAction(text, this);
        a->setShortcut(key);
        a->setStatusTip(tip);
        a->setToolTip(tip);
        connect(a, &QAction::triggered, this, slot);
        m_actions.append(a);
        return a;
    };
    m_run = action(tr("&Suggest Annotations"), QKeySequence(tr("Ctrl+Shift+A")),
        tr("Propose actors, dates, meetings and issues for the shown article"), [this] { Q_EMIT runRequested(); });
    m_runAll = action(tr("Suggest for &All Open Articles"), QKeySequence(),
        tr("Run the pre-tagger on every open article"), [this] { Q_EMIT runAllRequested(); });
    QAction* accept = action(tr("A&ccept Suggestion"), QKeySequence(Qt::ALT | Qt::Key_Return),
        tr("Make the selected suggestion a mark and record"), [this] { acceptCurrent(); });
    QAction* reject = action(tr("R&eject Suggestion"), QKeySequence(Qt::ALT | Qt::Key_Delete),
        tr("Drop the selected suggestion; it is not proposed again for this file"), [this] { rejectCurrent(); });
    QAction* next = action(tr("&Next Suggestion"), QKeySequence(Qt::Key_F8), tr("Go to the next suggestion"), [this] { move(1); });
    QAction* previous = action(tr("&Previous Suggestion"), QKeySequence(Qt::SHIFT | Qt::Key_F8),
        tr("Go to the previous suggestion"), [this] { move(-1); });

    auto* acceptAll = new QToolButton(this);
    acceptAll->setText(tr("Accept All"));
    acceptAll->setToolTip(tr("Accept every shown suggestion of one kind"));
    acceptAll->setPopupMode(QToolButton::InstantPopup);
    auto* kinds = new QMenu(acceptAll);
    for (MarkKind kind : { MarkKind::Actor, MarkKind::Date, MarkKind::Meeting, MarkKind::Issue })
        kinds->addAction(tr("All %1 Suggestions").arg(markKindLabel(kind)), this, [this, kind] { m_review->acceptAll(kind); });
    acceptAll->setMenu(kinds);

    auto* buttons = new QHBoxLayout;
    for (QAction* a : { m_run, accept, reject, previous, next }) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(a);
        buttons->addWidget(button);
    }
    buttons->insertWidget(3, acceptAll);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { m_review->show(current.row()); });
    connect(m_review, &SuggestionReview::refreshed, this, &SuggestionPanel::updateHeader);
    updateHeader();
}

SuggestionPanel::~SuggestionPanel() = default;

int SuggestionPanel::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : (m_review->model()->rowCount() > 0 ? 0 : -1);
}

void SuggestionPanel::selectRow(int row)
{
    if (row < 0 || row >= m_review->model()->rowCount())
        return;
    m_view->setCurrentIndex(m_review->model()->index(row, 0));
    m_review->show(row);
}

void SuggestionPanel::acceptCurrent()
{
    const int row = currentRow();
    if (m_review->accept(row))
        selectRow(std::min(row, m_review->model()->rowCount() - 1));
}

void SuggestionPanel::rejectCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_review->reject(row);
    selectRow(std::min(row, m_review->model()->rowCount() - 1));
}

void SuggestionPanel::move(int step)
{
    const int count = m_review->model()->rowCount();
    if (count == 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? (current.row() + step + count) % count : (step > 0 ? 0 : count - 1);
    selectRow(row);
}

void SuggestionPanel::updateHeader()
{
    const int count = m_review->model()->rowCount();
    if (!m_review->hasRun(m_review->currentArticle())) {
        m_header->setText(tr("No suggestions yet: Tag ▸ Suggest Annotations (Ctrl+Shift+A) proposes them."));
        return;
    }
    QString date = tr("Dates resolved against %1").arg(QLocale().toString(m_review->articleDate(), QLocale::LongFormat));
    if (!m_review->articleDate().isValid())
        date = tr("The article's date is unknown: relative dates were left out.");
    else if (m_review->articleDateGuessed())
        date += tr(" (guessed from the text: check it)");
    m_header->setText(tr("%n suggestion(s) to review. ", nullptr, count) + date);
}

bool SuggestionPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            acceptCurrent();
            return true;
        }
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            rejectCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Entente
