#include "meetingform.h"

#include "fielderror.h"
#include "format.h"
#include "fuzzydateedit.h"
#include "idlistedit.h"
#include "ids.h"
#include "labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace Entente {

using namespace RecordValidation;

MeetingForm::MeetingForm(CorpusStore* store, ArticleSet* articles, QWidget* parent)
    : RecordForm(MarkKind::Meeting, store, articles, parent)
    , m_id(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_participants(new IdListEdit(this))
    , m_start(new FuzzyDateEdit(this))
    , m_singleDay(new QCheckBox(tr("On one &day"), this))
    , m_end(new FuzzyDateEdit(this))
    , m_place(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_meetingKind(new QComboBox(this))
    , m_issues(new IdListEdit(this))
{
    setObjectName(QStringLiteral("meetingForm"));
    m_id->setObjectName(QStringLiteral("meetingId"));
    m_id->setToolTip(tr("The id that marks use; renaming it renames them too"));
    m_title->setObjectName(QStringLiteral("meetingTitle"));
    m_title->setToolTip(tr("What lists and the calendar show for the meeting"));
    m_participants->setNames(QStringLiteral("meetingParticipants"), QStringLiteral("participantChooser"),
                             QStringLiteral("addParticipant"), QStringLiteral("removeParticipant"));
    m_participants->setObjectName(QStringLiteral("meetingParticipantsEdit"));
    m_participants->list()->setToolTip(tr("The actors who meet"));
    m_participants->chooser()->setToolTip(tr("Type an actor's name, alias or id, then Add"));
    m_participants->addButton()->setToolTip(tr("Add the chosen actor as a participant"));
    m_participants->removeButton()->setToolTip(tr("Remove the selected participants"));
    m_start->setNames(QStringLiteral("meetingStart"));
    m_singleDay->setObjectName(QStringLiteral("meetingSingleDay"));
    m_singleDay->setToolTip(tr("The meeting ends on the day it starts"));
    m_end->setNames(QStringLiteral("meetingEnd"));
    m_place->setObjectName(QStringLiteral("meetingPlace"));
    m_place->setToolTip(tr("Where the meeting takes place"));
    m_status->setObjectName(QStringLiteral("meetingStatus"));
    m_status->setToolTip(tr("Whether the meeting is planned, held, cancelled or failed"));
    for (MeetingStatus status :
         { MeetingStatus::Planned, MeetingStatus::Held, MeetingStatus::Cancelled, MeetingStatus::Failed })
        m_status->addItem(Labels::meetingStatus(status), int(status));
    m_meetingKind->setObjectName(QStringLiteral("meetingKind"));
    m_meetingKind->setEditable(true);
    m_meetingKind->setInsertPolicy(QComboBox::NoInsert);
    // Kinds are free words of the format, so they stay untranslated.
    m_meetingKind->addItems({ QStringLiteral("talks"), QStringLiteral("visit"), QStringLiteral("call"),
                              QStringLiteral("summit") });
    m_meetingKind->setToolTip(tr("What sort of meeting: talks, visit, call, summit or another word"));
    m_issues->setNames(QStringLiteral("meetingIssues"), QStringLiteral("issueChooser"),
                       QStringLiteral("addIssue"), QStringLiteral("removeIssue"));
    m_issues->setObjectName(QStringLiteral("meetingIssuesEdit"));
    m_issues->list()->setToolTip(tr("The issues discussed at the meeting"));
    m_issues->chooser()->setToolTip(tr("Type an issue's title or id, then Add"));

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    addRow(form, tr("&Id:"), m_id, QStringLiteral("id"));
    addRow(form, tr("&Title:"), m_title, QStringLiteral("title"));
    addRow(form, tr("&Participants:"), m_participants, QStringLiteral("participants"));
    addRow(form, tr("&Start:"), m_start, QStringLiteral("start"));
    form->addRow(QString(), m_singleDay);
    addRow(form, tr("&End:"), m_end, QStringLiteral("end"));
    addRow(form, tr("P&lace:"), m_place, QStringLiteral("place"));
    addRow(form, tr("Stat&us:"), m_status, QStringLiteral("status"));
    addRow(form, tr("&Kind:"), m_meetingKind, QStringLiteral("kind"));
    addRow(form, tr("Iss&ues:"), m_issues, QStringLiteral("issues"));

    connect(m_id, &QLineEdit::editingFinished, this, [this] { commit(QStringLiteral("id")); });
    connect(m_title, &QLineEdit::editingFinished, this, [this] { commit(QStringLiteral("title")); });
    connect(m_place, &QLineEdit::editingFinished, this, [this] { commit(QStringLiteral("place")); });
    connect(m_participants, &IdListEdit::changed, this, [this] { commit(QStringLiteral("participants")); });
    connect(m_issues, &IdListEdit::changed, this, [this] { commit(QStringLiteral("issues")); });
    connect(m_start, &FuzzyDateEdit::editingFinished, this, [this] { commit(QStringLiteral("start")); });
    connect(m_end, &FuzzyDateEdit::editingFinished, this, [this] { commit(QStringLiteral("end")); });
    connect(m_singleDay, &QCheckBox::clicked, this, [this] {
        m_end->setEnabled(!m_singleDay->isChecked());
        m_end->setModified(true); // held until the end is chosen, or committed as the start's day
        if (m_singleDay->isChecked())
            commit(QStringLiteral("end"));
    });
    connect(m_status, &QComboBox::activated, this, [this] { commit(QStringLiteral("status")); });
    connect(m_meetingKind, &QComboBox::activated, this, [this] { commit(QStringLiteral("kind")); });
    connect(m_meetingKind->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { commit(QStringLiteral("kind")); });
}

MeetingForm::~MeetingForm()
{
    disconnectFields();
}

void MeetingForm::startNew(int article, int textStart, int textEnd, const Meeting& prefill)
{
    beginCreating(article, textStart, textEnd);
    Meeting meeting = prefill;
    if (meeting.title.isEmpty())
        meeting.title = words().simplified();
    if (meeting.id.isEmpty() && !meeting.title.isEmpty())
        meeting.id = uniqueId(m_store->corpus(), MarkKind::Meeting, idFromText(meeting.title));
    m_id->setText(meeting.id);
    m_title->setText(meeting.title);
    m_participants->setIds(meeting.participants);
    setDates(meeting.start, meeting.end);
    m_place->setText(meeting.place);
    m_status->setCurrentIndex(m_status->findData(int(meeting.status)));
    m_meetingKind->setEditText(meeting.kind);
    m_issues->setIds(meeting.issues);
}

void MeetingForm::setDates(const FuzzyDate& start, const FuzzyDate& end)
{
    const bool single = !end.isValid() || end == start;
    m_start->setDate(start);
    m_end->setDate(single ? start : end);
    m_singleDay->setChecked(single);
    m_end->setEnabled(!single);
}

void MeetingForm::updateChoices()
{
    const Corpus& corpus = m_store->corpus();
    QList<IdListEdit::Choice> actors;
    for (const Actor& actor : corpus.actors)
        actors.append({ actor.id, actor.name, actor.aliases });
    m_participants->setChoices(actors);
    QList<IdListEdit::Choice> issues;
    for (const Issue& issue : corpus.issues)
        issues.append({ issue.id, issue.title, {} });
    m_issues->setChoices(issues);
}

void MeetingForm::loadValues(bool keepEdited)
{
    const Meeting& meeting = m_store->corpus().meetings.at(m_store->corpus().meetingIndex(recordId()));
    const auto keep = [this, keepEdited](const QString& name, bool modified) {
        return keepEdited && (modified || isHeld(name));
    };
    setText(m_id, QStringLiteral("id"), meeting.id, keepEdited);
    setText(m_title, QStringLiteral("title"), meeting.title, keepEdited);
    if (!keep(QStringLiteral("participants"), m_participants->isModified()))
        m_participants->setIds(meeting.participants);
    // Start and end are checked together, so a refused one keeps both.
    if (!keep(QStringLiteral("start"), m_start->isModified() || m_end->isModified()))
        setDates(meeting.start, meeting.end);
    setText(m_place, QStringLiteral("place"), meeting.place, keepEdited);
    if (!keep(QStringLiteral("status"), false))
        m_status->setCurrentIndex(m_status->findData(int(meeting.status)));
    if (!keep(QStringLiteral("kind"), m_meetingKind->lineEdit()->isModified())) {
        m_meetingKind->setEditText(meeting.kind);
        m_meetingKind->lineEdit()->setModified(false);
    }
    if (!keep(QStringLiteral("issues"), m_issues->isModified()))
        m_issues->setIds(meeting.issues);
}

Meeting MeetingForm::fromWidgets(Meeting meeting, const QString& name) const
{
    const bool all = name.isEmpty();
    if (all || name == u"id")
        meeting.id = m_id->text().trimmed();
    if (all || name == u"title")
        meeting.title = m_title->text().trimmed();
    if (all || name == u"participants")
        meeting.participants = m_participants->ids();
    if (all || name == u"start" || name == u"end") {
        meeting.start = m_start->date();
        meeting.end = m_singleDay->isChecked() ? meeting.start : m_end->date();
    }
    if (all || name == u"place")
        meeting.place = m_place->text().trimmed();
    if (all || name == u"status")
        meeting.status = static_cast<MeetingStatus>(m_status->currentData().toInt());
    if (all || name == u"kind")
        meeting.kind = m_meetingKind->currentText().trimmed();
    if (all || name == u"issues")
        meeting.issues = m_issues->ids();
    return meeting;
}

RecordForm::Creation MeetingForm::creation() const
{
    const Meeting meeting = fromWidgets({}, {});
    return { meeting.id, Format::formatMeeting(meeting), {}, {}, checkMeeting(m_store->corpus(), meeting) };
}

void MeetingForm::commit(const QString& name)
{
    if (isCreating() || !recordExists() || commitId(name, m_id->text().trimmed()))
        return;
    // Start and end are one change (the end may be refused for the start): held as "start".
    const QString held = name == u"end" ? QStringLiteral("start") : name;
    const Document& doc = document();
    const int index = doc.meetingIndex(recordId());
    if (index < 0)
        return;
    const Meeting& before = doc.meetings.at(index);
    const Meeting after = fromWidgets(before, name);
    const Corpus& corpus = m_store->corpus();
    commitLine(held, after == before, checkMeeting(corpus, before, before.id),
               checkMeeting(corpus, after, before.id), Format::formatMeeting(after));
}

void MeetingForm::setFieldModified(const QString& name, bool modified)
{
    if (name == u"start" || name == u"end") {
        m_start->setModified(modified);
        m_end->setModified(modified);
    } else if (name == u"participants") {
        m_participants->setModified(modified);
    } else if (name == u"issues") {
        m_issues->setModified(modified);
    } else if (name == u"kind") {
        m_meetingKind->lineEdit()->setModified(modified);
    } else {
        for (QLineEdit* edit : { m_id, m_title, m_place }) {
            if (edit->objectName().endsWith(name, Qt::CaseInsensitive))
                edit->setModified(modified);
        }
    }
}

} // namespace Entente
