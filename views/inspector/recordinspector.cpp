#include "recordinspector.h"

#include "actorform.h"
#include "articleset.h"
#include "corpuseditor.h"
#include "issueform.h"
#include "meetingform.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Entente {

RecordInspector::RecordInspector(CorpusStore* store, ArticleSet* articles, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_articles(articles)
    , m_heading(new QLabel(this))
    , m_file(new QLabel(this))
    , m_readOnly(new QLabel(tr("This article is read-only: its records cannot be changed here."), this))
    , m_message(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_pages(new QStackedWidget(this))
    , m_empty(new QLabel(
          tr("Select an actor, meeting or issue, or tag words in the article, to see it here."), this))
    , m_actorForm(new ActorForm(store, articles, this))
    , m_meetingForm(new MeetingForm(store, articles, this))
    , m_issueForm(new IssueForm(store, articles, this))
    , m_merge(new QPushButton(tr("&Merge Into…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_create(new QPushButton(tr("&Create"), this))
{
    setObjectName(QStringLiteral("recordInspector"));
    m_heading->setObjectName(QStringLiteral("inspectorHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_file->setObjectName(QStringLiteral("inspectorFile"));
    m_file->setTextFormat(Qt::PlainText);
    m_readOnly->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnly->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("inspectorMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    QPalette red = m_message->palette();
    red.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_message->setPalette(red);
    m_empty->setObjectName(QStringLiteral("inspectorEmpty"));
    static_cast<QLabel*>(m_empty)->setWordWrap(true);
    static_cast<QLabel*>(m_empty)->setAlignment(Qt::AlignCenter);
    m_pages->setObjectName(QStringLiteral("inspectorPages"));
    for (QWidget* page : { m_empty, static_cast<QWidget*>(m_actorForm), static_cast<QWidget*>(m_meetingForm),
                           static_cast<QWidget*>(m_issueForm) })
        m_pages->addWidget(page);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->setToolTip(
        tr("Merge this actor into another one of the article: its marks, meetings and names go there"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setToolTip(tr("Remove this record and unmark its words; the article text stays"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Discard the new record (Esc)"));
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setToolTip(tr("Add the record to the article and mark its words (Enter)"));
    m_create->setDefault(true);

    m_scroll->setObjectName(QStringLiteral("inspectorScroll"));
    m_scroll->setWidget(m_pages);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_merge);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_create);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_heading);
    layout->addWidget(m_file);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_create, &QPushButton::clicked, this, &RecordInspector::create);
    connect(m_cancel, &QPushButton::clicked, this, &RecordInspector::cancelCreation);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteCurrent(true); });
    connect(m_merge, &QPushButton::clicked, this, &RecordInspector::chooseMergeTarget);
    connect(store, &CorpusStore::currentChanged, this, [this] {
        if (!isCreating())
            showCurrent();
    });
    connect(store, &CorpusStore::corpusUpdated, this, [this] { corpusChanged(false); });
    connect(store, &CorpusStore::corpusReset, this, [this] { corpusChanged(true); });
    for (RecordForm* form : { static_cast<RecordForm*>(m_actorForm), static_cast<RecordForm*>(m_meetingForm),
                              static_cast<RecordForm*>(m_issueForm) })
        connect(form, &RecordForm::recordRenamed, this, [this](const RecordRef& ref) {
            m_store->setCurrent(ref);
            // Articles the rename left alone (read-only, changed on disk) are named here too.
            if (m_articles->corpusEditor()->lastLeftArticlesAlone())
                showMessage(m_articles->corpusEditor()->lastMessage());
        });
    // A form taller than the dock scrolls to the field that gets the focus (Tab, a shortcut, an
    // error shown under it), so that what is typed is always seen.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now && m_pages->isAncestorOf(now))
            m_scroll->ensureWidgetVisible(now, 8, 24);
    });
    showCurrent();
}

RecordInspector::~RecordInspector() = default;

RecordForm* RecordInspector::formFor(MarkKind kind) const
{
    switch (kind) {
    case MarkKind::Actor:
        return m_actorForm;
    case MarkKind::Meeting:
        return m_meetingForm;
    case MarkKind::Issue:
        return m_issueForm;
    case MarkKind::Date:
        break;
    }
    return nullptr;
}

RecordForm* RecordInspector::shownForm() const
{
    return qobject_cast<RecordForm*>(m_pages->currentWidget());
}

bool RecordInspector::isCreating() const
{
    return shownForm() && shownForm()->isCreating();
}

RecordRef RecordInspector::shownRecord() const
{
    RecordForm* form = shownForm();
    if (!form || form->isCreating() || !form->recordExists())
        return {};
    return { form->kind(), form->recordId() };
}

void RecordInspector::showCurrent()
{
    const RecordRef current = m_store->current();
    RecordForm* form = current.isValid() ? formFor(current.kind) : nullptr;
    m_message->clear();
    if (form) {
        form->showRecord(current.id);
        if (!form->recordExists())
            form = nullptr;
    }
    showForm(form);
}

void RecordInspector::corpusChanged(bool reset)
{
    RecordForm* form = shownForm();
    if (form && form->isCreating()) {
        if (form->article() < m_articles->count())
            form->refresh();
        else
            cancelCreation(); // the article was closed
    } else if (!reset && form && form->recordExists()) {
        form->refresh();
    } else {
        showCurrent();
        return;
    }
    updateHeader();
}

void RecordInspector::showForm(RecordForm* form)
{
    QWidget* page = form ? static_cast<QWidget*>(form) : m_empty;
    // The pages are as tall as the shown one, not as the tallest: a short form fits without scrolling.
    for (int i = 0; i < m_pages->count(); ++i) {
        const bool shown = m_pages->widget(i) == page;
        m_pages->widget(i)->setSizePolicy(shown ? QSizePolicy::Preferred : QSizePolicy::Ignored,
            shown ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    if (m_pages->currentWidget() != page) {
        m_pages->setCurrentWidget(page);
        m_scroll->verticalScrollBar()->setValue(0);
    }
    m_pages->adjustSize();
    updateHeader();
}

void RecordInspector::updateHeader()
{
    RecordForm* form = shownForm();
    const bool creating = form && form->isCreating();
    QString heading;
    if (form) {
        const QString id = form->recordId();
        switch (form->kind()) {
        case MarkKind::Actor:
            heading = creating ? tr("New actor") : tr("Actor: %1").arg(id);
            break;
        case MarkKind::Meeting:
            heading = creating ? tr("New meeting") : tr("Meeting: %1").arg(id);
            break;
        case MarkKind::Issue:
            heading = creating ? tr("New issue") : tr("Issue: %1").arg(id);
            break;
        case MarkKind::Date:
            break;
        }
    }
    m_heading->setText(heading);
    m_heading->setVisible(form);
    const QString path = form ? m_articles->path(form->article()) : QString();
    m_file->setText(path.isEmpty() ? QString() : tr("In %1").arg(QFileInfo(path).fileName()));
    m_file->setToolTip(path);
    m_file->setVisible(!path.isEmpty());
    const bool readOnly = form && m_articles->isReadOnly(form->article());
    m_readOnly->setVisible(readOnly);
    if (form)
        form->setEnabled(!readOnly);
    m_merge->setVisible(form && !creating && form->kind() == MarkKind::Actor);
    m_delete->setVisible(form && !creating);
    m_merge->setEnabled(!readOnly);
    m_delete->setEnabled(!readOnly);
    m_create->setVisible(creating);
    m_cancel->setVisible(creating);
    m_create->setEnabled(!readOnly);
    m_message->setVisible(!m_message->text().isEmpty());
}

void RecordInspector::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void RecordInspector::startNewActor(int article, int textStart, int textEnd, const Actor& prefill)
{
    m_message->clear();
    m_actorForm->startNew(article, textStart, textEnd, prefill);
    showForm(m_actorForm);
}

void RecordInspector::startNewMeeting(int article, int textStart, int textEnd, const Meeting& prefill)
{
    m_message->clear();
    m_meetingForm->startNew(article, textStart, textEnd, prefill);
    showForm(m_meetingForm);
}

void RecordInspector::startNewIssue(int article, int textStart, int textEnd, const Issue& prefill)
{
    m_message->clear();
    m_issueForm->startNew(article, textStart, textEnd, prefill);
    showForm(m_issueForm);
}

bool RecordInspector::create()
{
    RecordForm* form = shownForm();
    if (!form || !form->isCreating())
        return false;
    QString error;
    const QString id = form->create(&error);
    if (id.isEmpty()) {
        showMessage(error);
        return false;
    }
    const RecordRef ref { form->kind(), id };
    showMessage({});
    form->showRecord(id);
    showForm(form);
    m_store->setCurrent(ref);
    Q_EMIT recordCreated(ref);
    return true;
}

void RecordInspector::cancelCreation()
{
    if (RecordForm* form = shownForm(); form && form->isCreating())
        form->cancelCreation();
    showCurrent();
}

bool RecordInspector::mergeCurrentActorInto(const QString& targetId)
{
    const RecordRef shown = shownRecord();
    if (shown.kind != MarkKind::Actor || !shown.isValid()) {
        showMessage(tr("Select the actor to merge first."));
        return false;
    }
    QString error;
    if (!m_articles->corpusEditor()->merge(MarkKind::Actor, shown.id, targetId, &error)) {
        showMessage(error);
        return false;
    }
    m_store->setCurrent({ MarkKind::Actor, targetId });
    showMessage(m_articles->corpusEditor()->lastLeftArticlesAlone() ? m_articles->corpusEditor()->lastMessage()
                                                                    : QString());
    return true;
}

bool RecordInspector::deleteCurrent(bool confirm)
{
    const RecordRef shown = shownRecord();
    if (!shown.isValid())
        return false;
    if (confirm) {
        const qsizetype articles = CorpusEdits::documentsUsing(m_store->corpus(), shown.kind, shown.id).size();
        const QString question = tr("Delete “%1” and unmark the words that name it in %2?\n\nThe articles' "
                                    "words stay as they are; only the record and its marks go. Undo gives "
                                    "them back.")
                                     .arg(shown.id, articles == 1 ? tr("1 article") : tr("%1 articles").arg(articles));
        if (QMessageBox::question(this, tr("Delete Record"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                  QMessageBox::Cancel)
            != QMessageBox::Yes)
            return false;
    }
    QString error;
    if (!m_articles->corpusEditor()->remove(shown.kind, shown.id, &error)) {
        showMessage(error);
        return false;
    }
    m_store->setCurrent({});
    showCurrent();
    showMessage(m_articles->corpusEditor()->lastLeftArticlesAlone() ? m_articles->corpusEditor()->lastMessage()
                                                                    : QString());
    return true;
}

bool RecordInspector::renameCurrent(const QString& newId, QString* error)
{
    RecordForm* form = shownForm();
    if (!shownRecord().isValid()) {
        *error = tr("Select the record to rename first.");
        return false;
    }
    return form->rename(newId, error); // the form makes the new id current
}

void RecordInspector::chooseMergeTarget()
{
    const RecordRef shown = shownRecord();
    if (shown.kind != MarkKind::Actor || !shown.isValid())
        return;
    QStringList labels;
    QStringList ids;
    for (const Actor& actor : m_store->corpus().actors) {
        if (actor.id != shown.id) {
            labels.append(tr("%1 (%2)").arg(actor.name, actor.id));
            ids.append(actor.id);
        }
    }
    if (ids.isEmpty()) {
        showMessage(tr("The open articles have no other actor to merge into."));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Merge Actor"),
                                                 tr("Merge “%1” into:").arg(shown.id), labels, 0, false, &ok);
    if (ok && labels.contains(chosen))
        mergeCurrentActorInto(ids.at(labels.indexOf(chosen)));
}

void RecordInspector::keyPressEvent(QKeyEvent* event)
{
    // Keys no field used: Enter creates, Esc cancels (a focused button keeps Enter for itself).
    const bool onButton = qobject_cast<QAbstractButton*>(focusWidget());
    if (isCreating() && !onButton && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        create();
        return;
    }
    if (isCreating() && event->key() == Qt::Key_Escape) {
        cancelCreation();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Entente
