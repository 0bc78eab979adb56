#include "duplicatespanel.h"

#include "corpusstore.h"
#include "duplicatemodel.h"
#include "duplicatesearch.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Entente {

DuplicatesPanel::DuplicatesPanel(CorpusStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_search(new DuplicateSearch(store, this))
    , m_header(new QLabel(this))
    , m_message(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_details(new QLabel(this))
{
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setVisible(false);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_details->setMargin(4);
    m_view->setObjectName(QStringLiteral("duplicateList"));
    m_view->setModel(m_search->model());
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(DuplicateModel::RecordsColumn, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(DuplicateModel::ScoreColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(DuplicateModel::ReasonColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(DuplicateModel::ArticlesColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(DuplicateModel::RecordsColumn, 220);
    m_view->header()->resizeSection(DuplicateModel::ArticlesColumn, 180);
    m_view->setToolTip(
        tr("Enter merges the selected proposal, Delete marks the two as different (remembered), "
           "Space or Right skips to the next"));
    m_view->installEventFilter(this);

    const auto button = [this](const QString& text, const QString& tip, auto slot) {
        auto* b = new QPushButton(text, this);
        b->setToolTip(tip);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(button(tr("Merge"), tr("Merge the two records into the one to keep (Enter)"),
                              [this] { acceptCurrent(); }));
    buttons->addWidget(button(tr("Different"),
                              tr("They are not the same: never propose them again for this folder (Delete)"),
                              [this] { rejectCurrent(); }));
    buttons->addWidget(
        button(tr("Skip"), tr("Decide later; go to the next proposal (Space)"), [this] { skipCurrent(); }));
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid())
                    return;
                m_selectedRow = current.row();
                m_selectedKind = MarkKind(current.data(DuplicateModel::KindRole).toInt());
                m_selectedKeep = current.data(DuplicateModel::KeepIdRole).toString();
                m_selectedMerge = current.data(DuplicateModel::MergeIdRole).toString();
                // The record that would go is the one the other views show: the inspector, the network.
                // Not when the list comes back after a search: the analyst may be typing elsewhere.
                if (CorpusStore* corpusStore = m_store.data(); corpusStore && !m_restoring)
                    corpusStore->setCurrent({ m_selectedKind, m_selectedMerge });
                showDetails();
            });
    connect(m_search, &DuplicateSearch::searchStarted, this, &DuplicatesPanel::updateHeader);
    connect(m_search, &DuplicateSearch::searchFinished, this, [this] {
        restoreSelection();
        showDetails();
        updateHeader();
    });
    updateHeader();
}

DuplicatesPanel::~DuplicatesPanel() = default;

int DuplicatesPanel::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : (m_search->model()->rowCount() > 0 ? 0 : -1);
}

void DuplicatesPanel::selectRow(int row)
{
    const int count = m_search->model()->rowCount();
    if (count == 0)
        return;
    m_view->setCurrentIndex(m_search->model()->index(std::clamp(row, 0, count - 1), 0));
}

void DuplicatesPanel::restoreSelection()
{
    const DuplicateModel* model = m_search->model();
    const int row = model->rowOf(m_selectedKind, m_selectedKeep, m_selectedMerge);
    m_restoring = true;
    if (row >= 0)
        selectRow(row);
    else if (m_selectedRow >= 0)
        selectRow(m_selectedRow); // the proposal went (merged): the one after it took its place
    m_restoring = false;
}

void DuplicatesPanel::acceptCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const DuplicateProposal proposal = m_search->model()->proposals().at(row);
    m_message->setVisible(false);
    // The list follows when the corpus has changed; meanwhile the next proposal is ready.
    selectRow(row + 1 < m_search->model()->rowCount() ? row + 1 : row);
    Q_EMIT mergeRequested(proposal.kind, proposal.keepId, proposal.mergeId);
}

void DuplicatesPanel::rejectCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    QString error;
    if (!m_search->reject(row, &error)) {
        showMessage(error);
        return;
    }
    selectRow(row);
    showDetails();
    updateHeader();
}

void DuplicatesPanel::skipCurrent()
{
    const int count = m_search->model()->rowCount();
    if (count > 0)
        selectRow((currentRow() + 1) % count);
}

void DuplicatesPanel::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void DuplicatesPanel::showDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const DuplicateProposal& p = m_search->model()->proposals().at(current.row());
    QStringList articles;
    for (const QString& file : p.files)
        articles.append(QFileInfo(file).fileName());
    const auto escaped = [](const QString& text) {
        return text.toHtmlEscaped();
    };
    const QString what = p.kind == MarkKind::Meeting ? tr("Meeting") : tr("Actor");
    m_details->setText(tr("<b>%1 · %2 %</b><br>Merge <b>%3</b> (%4) into <b>%5</b> (%6)<br>%7<br>"
                          "<i>%n article(s): %8</i>",
                          nullptr, int(p.files.size()))
                           .arg(what, QLocale().toString(qRound(p.score * 100)), escaped(p.mergeLabel),
                                escaped(p.mergeId), escaped(p.keepLabel), escaped(p.keepId),
                                escaped(p.reason), escaped(articles.join(QStringLiteral(", ")))));
}

void DuplicatesPanel::updateHeader()
{
    const int count = m_search->model()->rowCount();
    QString text;
    const CorpusStore* store = m_store.data();
    if (!store || store->corpus().documents.isEmpty())
        text = tr("Open articles to look for actors and meetings that are one under several names.");
    else if (m_search->isSearching())
        text = tr("Looking for duplicates…");
    else if (count == 0)
        text = tr("No likely duplicates in the open articles.");
    else
        text = tr("%n likely duplicate(s), most likely first.", nullptr, count);
    m_header->setText(text);
}

bool DuplicatesPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent*>(event)->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            acceptCurrent();
            return true;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            rejectCurrent();
            return true;
        case Qt::Key_Space:
        case Qt::Key_Right:
            skipCurrent();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Entente
