#include "suggestionpanel.h"

#include "suggestionmodel.h"
#include "suggestionreview.h"

#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Entente {

SuggestionPanel::SuggestionPanel(SuggestionReview* review, QWidget* parent)
    : QWidget(parent)
    , m_review(review)
    , m_header(new QLabel(this))
    , m_scope(new QComboBox(this))
    , m_threshold(new QSpinBox(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_view(new QTreeView(this))
    , m_detail(new QLabel(this))
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
    m_view->header()->setStretchLastSection(false);
    // Room for the reason: the other columns get what their usual contents need.
    const QFontMetrics metrics(font());
    m_view->setColumnWidth(SuggestionModel::KindColumn, metrics.horizontalAdvance(tr("Meeting")) + 24);
    m_view->setColumnWidth(SuggestionModel::WordsColumn, metrics.averageCharWidth() * 22);
    m_view->setColumnWidth(SuggestionModel::TargetColumn, metrics.averageCharWidth() * 26);
    m_view->setColumnWidth(SuggestionModel::ConfidenceColumn, metrics.horizontalAdvance(tr("Confidence")) + 16);
    m_view->setColumnHidden(SuggestionModel::ArticleColumn, true);
    m_view->setToolTip(tr("Enter accepts the selected suggestion, Delete rejects it; F8 and Shift+F8 move"));
    m_view->installEventFilter(this);

    m_scope->setObjectName(QStringLiteral("suggestionScope"));
    m_scope->addItem(tr("This article"));
    m_scope->addItem(tr("All articles, by kind and confidence"));
    m_scope->setToolTip(tr("Review the shown article, or the whole corpus as one queue"));
    m_threshold->setObjectName(QStringLiteral("acceptThreshold"));
    m_threshold->setRange(0, 100);
    m_threshold->setSuffix(tr(" %"));
    m_threshold->setPrefix(tr("≥ "));
    m_threshold->setValue(80);
    m_threshold->setToolTip(tr("Accept All takes the suggestions of a kind at or above this confidence"));
    // The whole reason of the selected suggestion: what the analyst reads before accepting.
    m_detail->setObjectName(QStringLiteral("suggestionDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 3);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_progress->setObjectName(QStringLiteral("suggestionProgress"));
    m_progress->setVisible(false);
    m_cancel->setVisible(false);

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
    m_runAll = action(tr("Suggest for &All Articles"), QKeySequence(),
        tr("Run the pre-tagger on every open article in the background, then review them as one queue"),
        [this] { Q_EMIT runAllRequested(); });
    QAction* accept = action(tr("A&ccept Suggestion"), QKeySequence(Qt::ALT | Qt::Key_Return),
        tr("Make the selected suggestion a mark and record"), [this] { acceptCurrent(); });
    QAction* reject = action(tr("R&eject Suggestion"), QKeySequence(Qt::ALT | Qt::Key_Delete),
        tr("Drop the selected suggestion; it is not proposed again in this folder"), [this] { rejectCurrent(); });
    QAction* next = action(tr("&Next Suggestion"), QKeySequence(Qt::Key_F8), tr("Go to the next suggestion"), [this] { move(1); });
    QAction* previous = action(tr("&Previous Suggestion"), QKeySequence(Qt::SHIFT | Qt::Key_F8),
        tr("Go to the previous suggestion"), [this] { move(-1); });

    auto* acceptAll = new QToolButton(this);
    acceptAll->setText(tr("Accept All"));
    acceptAll->setToolTip(tr("Accept every shown suggestion of one kind at or above the confidence"));
    acceptAll->setPopupMode(QToolButton::InstantPopup);
    auto* kinds = new QMenu(acceptAll);
    for (MarkKind kind : { MarkKind::Actor, MarkKind::Date, MarkKind::Meeting, MarkKind::Issue }) {
        kinds->addAction(tr("All %1 Suggestions at or above the confidence").arg(markKindLabel(kind)), this,
            [this, kind] { m_review->acceptAll(kind, m_threshold->value() / 100.0); });
    }
    acceptAll->setMenu(kinds);

    // A tool bar rather than a row of buttons: in a narrow dock the last ones go under its ».
    auto* buttons = new QToolBar(this);
    buttons->setObjectName(QStringLiteral("suggestionButtons"));
    buttons->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buttons->addAction(m_run);
    buttons->addAction(accept);
    buttons->addAction(reject);
    buttons->addWidget(acceptAll);
    buttons->addWidget(m_threshold);
    buttons->addAction(previous);
    buttons->addAction(next);
    auto* scopeRow = new QHBoxLayout;
    scopeRow->addWidget(new QLabel(tr("Show:"), this));
    scopeRow->addWidget(m_scope, 1);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addLayout(scopeRow);
    layout->addLayout(progressRow);
    layout->addWidget(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        updateDetail();
        m_review->show(current.row());
    });
    connect(m_review, &SuggestionReview::refreshed, this, &SuggestionPanel::updateHeader);
    connect(m_review, &SuggestionReview::refreshed, this, &SuggestionPanel::updateDetail);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this](int index) {
        const bool all = index == 1;
        m_review->setScope(all ? SuggestionReview::Scope::AllArticles : SuggestionReview::Scope::CurrentArticle);
        m_view->setColumnHidden(SuggestionModel::ArticleColumn, !all);
    });
    connect(m_cancel, &QPushButton::clicked, m_review, &SuggestionReview::cancelRunAll);
    connect(m_review, &SuggestionReview::runAllProgress, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("Suggesting: %v of %m articles"));
    });
    connect(m_review, &SuggestionReview::runAllFinished, this, &SuggestionPanel::runAllFinished);
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

void SuggestionPanel::suggestAll(const std::function<bool(int)>& askDate)
{
    m_askDate = askDate;
    if (!m_review->startRunAll())
        return;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_runAll->setEnabled(false);
}

// The articles without a date come first: each is asked once, then run again with its date.
void SuggestionPanel::runAllFinished(int done, bool cancelled)
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_runAll->setEnabled(true);
    if (!cancelled && m_askDate) {
        for (int article : m_review->undatedArticles()) {
            if (m_askDate(article))
                m_review->run(article);
        }
    }
    m_scope->setCurrentIndex(1);
    m_header->setText((cancelled ? tr("Cancelled after %n article(s). ", nullptr, done) : QString()) + m_header->text());
}

void SuggestionPanel::updateHeader()
{
    const int count = m_review->model()->rowCount();
    if (m_review->scope() == SuggestionReview::Scope::AllArticles) {
        const QList<int> undated = m_review->undatedArticles();
        QString text = tr("%n suggestion(s) to review in all articles, by kind and confidence.", nullptr, count);
        if (!undated.isEmpty())
            text += u' ' + tr("%n article(s) without a date: their relative dates were left out.", nullptr, int(undated.size()));
        m_header->setText(text);
        return;
    }
    if (!m_review->hasRun(m_review->currentArticle())) {
        m_header->setText(tr("No suggestions yet: Tag ▸ Suggest Annotations (Ctrl+Shift+A) proposes them."));
        return;
    }
    QString date = tr("Dates resolved against %1").arg(QLocale().toString(m_review->articleDate(), QLocale::LongFormat));
    if (!m_review->articleDate().isValid())
        date = tr("The article's date is unknown: relative dates were left out.");
    else if (m_review->articleDateGuessed())
        date += tr(" (taken from the article’s %1: check it)").arg(m_review->articleDateReason());
    m_header->setText(tr("%n suggestion(s) to review. ", nullptr, count) + date);
}

void SuggestionPanel::updateDetail()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_detail->setText(tr("Select a suggestion to see why it was made."));
        return;
    }
    m_detail->setText(m_review->model()->index(current.row(), 0).data(Qt::ToolTipRole).toString());
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
