#include "findallpanel.h"

#include "corpusstore.h"
#include "findresultmodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPromise>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Entente {

FindAllPanel::FindAllPanel(CorpusStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_field(new QLineEdit(this))
    , m_matchCase(new QCheckBox(tr("Match &case"), this))
    , m_status(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_model(new FindResultModel(this))
    , m_typing(new QTimer(this))
    , m_corpusChanged(new QTimer(this))
{
    setObjectName(QStringLiteral("findAllPanel"));
    m_field->setObjectName(QStringLiteral("findAllField"));
    m_field->setPlaceholderText(tr("Find in all articles"));
    m_field->setClearButtonEnabled(true);
    m_field->setToolTip(tr("Words to find in every open article (the words, not the markup); Enter searches at once"));
    m_view->setObjectName(QStringLiteral("findAllResults"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // ten thousand hits lay out without measuring each
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(FindResultModel::ArticleColumn, 190);
    m_view->setColumnWidth(FindResultModel::LineColumn, 50);
    m_view->setToolTip(tr("Enter or a click shows the words in their article"));
    m_status->setWordWrap(true);

    auto* fieldRow = new QHBoxLayout;
    fieldRow->addWidget(m_field, 1);
    fieldRow->addWidget(m_matchCase);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(fieldRow);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    showStatus();

    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    m_corpusChanged->setSingleShot(true);
    m_corpusChanged->setInterval(800);
    connect(m_typing, &QTimer::timeout, this, &FindAllPanel::search);
    connect(m_corpusChanged, &QTimer::timeout, this, [this] {
        if (isVisible() && m_hasShown)
            search(); // positions of the listed hits follow the edits
    });
    connect(m_field, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        m_typing->stop();
        if (m_hasShown && m_shown == wanted() && m_model->rowCount() > 0) {
            m_view->setFocus(); // the hits are listed already: go to them
            m_view->setCurrentIndex(m_model->index(0, 0));
        } else {
            search();
        }
    });
    connect(m_matchCase, &QCheckBox::toggled, this, &FindAllPanel::search);
    connect(store, &CorpusStore::corpusUpdated, m_corpusChanged, qOverload<>(&QTimer::start));
    connect(store, &CorpusStore::corpusReset, m_corpusChanged, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFutureWatcher<CorpusSearch::Result>::finished, this, &FindAllPanel::finished);
    connect(m_view, &QTreeView::activated, this, &FindAllPanel::activateRow);
    connect(m_view, &QTreeView::clicked, this, &FindAllPanel::activateRow);
    m_field->installEventFilter(this);
}

FindAllPanel::~FindAllPanel()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

FindAllPanel::Query FindAllPanel::wanted() const
{
    return { m_field->text(), m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive,
        m_store->revision() };
}

void FindAllPanel::activate(const QString& text)
{
    if (!text.isEmpty() && !text.contains(u'\n') && !text.contains(QChar::ParagraphSeparator))
        m_field->setText(text);
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    search();
}

void FindAllPanel::search()
{
    m_typing->stop();
    if (m_watcher.isRunning()) {
        m_watcher.cancel(); // finished() starts the wanted search
        return;
    }
    start(wanted());
}

void FindAllPanel::start(const Query& query)
{
    if (query.text.isEmpty()) {
        m_model->clear();
        m_shown = query;
        m_hasShown = false;
        showStatus();
        return;
    }
    m_running = query;
    m_handled = false;
    // A copy of the list shares every document's text: the worker reads it while the analyst edits.
    const QList<Document> documents = m_store->corpus().documents;
    m_watcher.setFuture(QtConcurrent::run([documents, query](QPromise<CorpusSearch::Result>& promise) {
        promise.addResult(CorpusSearch::search(documents, query.text, query.sensitivity, maximumHits,
            [&promise] { return promise.isCanceled(); }));
    }));
    showStatus();
}

void FindAllPanel::finished()
{
    if (m_handled || m_watcher.isRunning())
        return; // waitForResult() took this result already
    m_handled = true;
    const Query now = wanted();
    if (!(m_running == now) || m_watcher.future().resultCount() == 0) {
        start(now); // the analyst typed on, or edited: this result is stale
        return;
    }
    m_model->setResult(m_watcher.future().result());
    m_shown = m_running;
    m_hasShown = true;
    showStatus();
}

void FindAllPanel::waitForResult()
{
    m_typing->stop();
    for (;;) {
        const Query now = wanted();
        if (now.text.isEmpty()) {
            start(now);
            return;
        }
        if (m_hasShown && m_shown == now && !m_watcher.isRunning())
            return;
        if (!m_watcher.isRunning())
            start(now);
        m_watcher.waitForFinished();
        finished(); // may start the search again when this one was stale
    }
}

bool FindAllPanel::eventFilter(QObject* watched, QEvent* event)
{
    // Down from the field goes to the hits, as in a file dialog's location field.
    if (watched == m_field && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        m_view->setFocus(Qt::TabFocusReason);
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, 0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FindAllPanel::showStatus()
{
    if (m_watcher.isRunning()) {
        m_status->setText(tr("Searching…"));
        return;
    }
    if (!m_hasShown) {
        m_status->setText(tr("Type words to find them in every open article."));
        return;
    }
    const CorpusSearch::Result& result = m_model->result();
    int articles = 0;
    const QString* last = nullptr;
    for (const CorpusSearch::Hit& hit : result.hits) {
        if (!last || *last != hit.fileName)
            ++articles;
        last = &hit.fileName;
    }
    QString text = result.hits.isEmpty()
        ? tr("“%1” is not in any of the %n open article(s).", nullptr, result.documentsSearched).arg(m_shown.text)
        : tr("%n hit(s)", nullptr, int(result.hits.size())) + QStringLiteral(" · ")
            + tr("in %n article(s)", nullptr, articles);
    if (result.truncated)
        text += QStringLiteral(" · ") + tr("only the first %L1 are listed").arg(maximumHits);
    m_status->setText(text);
}

void FindAllPanel::activateRow(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    Q_EMIT hitActivated(index.data(FindResultModel::FileRole).toString(), index.data(FindResultModel::StartRole).toInt(),
        index.data(FindResultModel::EndRole).toInt());
}

} // namespace Entente
