// The record inspector (views/inspector): creating records from tagged words as one undo step,
// refusing invalid values under their field without touching the text, editing fields, status
// histories, merging and deleting, all as text edits that undo gives back byte for byte.
#include "articleset.h"
#include "corpusstore.h"
#include "fielderror.h"
#include "format.h"
#include "issueform.h"
#include "labels.h"
#include "meetingmodel.h"
#include "recordinspector.h"
#include "statusdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {

// A store, its articles and an inspector over one copy of the sample (raw or annotated).
struct Fixture
{
    explicit Fixture(bool annotated)
    {
        const QString sample = QString::fromUtf8(ENTENTE_SAMPLE);
        path = dir.filePath(annotated ? u"sample.entente"_s : u"article.txt"_s);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            QFile source(sample);
            if (source.open(QIODevice::ReadOnly))
                file.write(annotated ? source.readAll() : Format::encodePlainText(Format::load(sample)));
        }
        file.close();
        articles.setReparseDelay(0);
        opened = articles.open({ path }).isEmpty() && articles.count() == 1;
        text = articles.textDocument(0);
        original = ArticleSet::documentText(text);
        inspector.show();
    }
    QString current() const { return ArticleSet::documentText(text); }
    const Document& doc() { return articles.document(0); }
    template<typename T> T* find(const QString& name) const { return inspector.findChild<T*>(name); }
    template<typename T> T* in(const QString& form, const QString& name) const
    {
        QWidget* page = inspector.findChild<QWidget*>(form);
        return page ? page->findChild<T*>(name) : nullptr;
    }
    // Undoes everything; the number of undo steps.
    int undoAll()
    {
        int steps = 0;
        while (text->isUndoAvailable()) {
            text->undo();
            ++steps;
        }
        articles.flush(); // the forms follow the re-parse
        return steps;
    }

    QTemporaryDir dir;
    QString path;
    CorpusStore store;
    ArticleSet articles { &store };
    RecordInspector inspector { &store, &articles };
    QTextDocument* text = nullptr;
    QString original;
    bool opened = false;
};

// Types text into a line edit as the analyst would (replacing what it holds) and presses Enter
// (which, in a new record's form, creates the record).
void typeInto(QLineEdit* edit, const QString& text, bool enter = true)
{
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
    if (enter)
        QTest::keyClick(edit, Qt::Key_Return);
}

QString fieldError(const Fixture& f, const QString& form, const QString& field)
{
    const auto* label = f.in<FieldError>(form, u"fieldError_"_s + field);
    return label && label->hasError() ? label->text() : QString();
}

int markCount(const Document& doc, MarkKind kind, const QString& ref)
{
    return int(doc.markIndexesFor(kind, ref).size());
}

} // namespace

class TestInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsTheCurrentRecord()
    {
        Fixture f(true);
        QVERIFY(f.opened);
        auto* pages = f.find<QStackedWidget>(u"inspectorPages"_s);
        QCOMPARE(pages->currentWidget()->objectName(), u"inspectorEmpty"_s);
        f.store.setCurrent({ MarkKind::Meeting, u"jakarta-talks"_s });
        QCOMPARE(pages->currentWidget()->objectName(), u"meetingForm"_s);
        QCOMPARE(f.in<QLineEdit>(u"meetingForm"_s, u"meetingPlace"_s)->text(), u"Jakarta"_s);
        QCOMPARE(f.in<QListWidget>(u"meetingForm"_s, u"meetingParticipants"_s)->count(), 2);
        QCOMPARE(f.in<QListWidget>(u"meetingForm"_s, u"meetingParticipants"_s)->item(1)->text(),
                 u"Wang Yi"_s);
        QCOMPARE(f.in<QDateEdit>(u"meetingForm"_s, u"meetingStartDate"_s)->date(), QDate(2023, 7, 13));
        QVERIFY(f.in<QCheckBox>(u"meetingForm"_s, u"meetingSingleDay"_s)->isChecked());
        QCOMPARE(f.find<QLabel>(u"inspectorHeading"_s)->text(), u"Meeting: jakarta-talks"_s);
        QVERIFY(f.find<QLabel>(u"inspectorFile"_s)->text().contains(u"sample.entente"_s));
        QVERIFY(!f.find<QPushButton>(u"createButton"_s)->isVisible());

        f.store.setCurrent({ MarkKind::Actor, u"blinken"_s });
        QCOMPARE(pages->currentWidget()->objectName(), u"actorForm"_s);
        QCOMPARE(f.in<QLineEdit>(u"actorForm"_s, u"actorAliases"_s)->text(), u"Blinken"_s);
        QCOMPARE(f.in<QComboBox>(u"actorForm"_s, u"actorSide"_s)->currentText(), u"USA"_s);
        QVERIFY(f.find<QPushButton>(u"mergeButton"_s)->isVisible());

        f.store.setCurrent({ MarkKind::Issue, u"hacking"_s });
        QCOMPARE(f.in<QTableWidget>(u"issueForm"_s, u"issueHistory"_s)->rowCount(), 3);
        f.store.setCurrent({ MarkKind::Date, u"2023-07-13"_s });
        QCOMPARE(pages->currentWidget()->objectName(), u"inspectorEmpty"_s);
        QCOMPARE(f.text->toRawText().size(), f.original.size()); // showing edits nothing
        QCOMPARE(f.current(), f.original);
    }

    // An actor without a side whose title names a state shows that side as a hint, never as a value.
    void sideFromTitleIsAHint()
    {
        Fixture f(true);
        QVERIFY(f.opened);
        const QString line = u"actor meiners: Martin Meiners; person; USA; role=Pentagon spokesperson"_s;
        QTextCursor found = f.text->find(line);
        QVERIFY(!found.isNull());
        found.insertText(u"actor meiners: Martin Meiners; person; ; role=US Defense Department spokesperson"_s);
        f.articles.flush();
        const QString edited = f.current();
        f.store.setCurrent({ MarkKind::Actor, u"meiners"_s });
        auto* side = f.in<QComboBox>(u"actorForm"_s, u"actorSide"_s);
        QVERIFY(side->currentText().isEmpty());
        QCOMPARE(side->lineEdit()->placeholderText(), u"USA (side from title)"_s);
        f.store.setCurrent({ MarkKind::Actor, u"blinken"_s }); // a side of its own: no hint
        QCOMPARE(side->currentText(), u"USA"_s);
        QVERIFY(side->lineEdit()->placeholderText().isEmpty());
        QCOMPARE(f.current(), edited); // showing wrote nothing
    }

    // (a) From a raw article: two actors and their meeting, each created on its words.
    void createsRecordsFromWords()
    {
        Fixture f(false);
        QVERIFY(f.opened);
        QVERIFY(f.doc().actors.isEmpty());
        QSignalSpy created(&f.inspector, &RecordInspector::recordCreated);

        const int blinken = f.original.indexOf(u"Antony Blinken"_s);
        Actor prefill;
        prefill.id = u"blinken"_s;
        prefill.name = u"Antony Blinken"_s;
        prefill.side = u"USA"_s;
        prefill.aliases = QStringList { u"Blinken"_s };
        f.inspector.startNewActor(0, blinken, blinken + 14, prefill);
        QVERIFY(f.inspector.isCreating());
        QVERIFY(f.find<QPushButton>(u"createButton"_s)->isVisible());
        QCOMPARE(f.in<QLineEdit>(u"actorForm"_s, u"actorId"_s)->text(), u"blinken"_s);
        QTest::mouseClick(f.find<QPushButton>(u"createButton"_s), Qt::LeftButton);
        QVERIFY(!f.inspector.isCreating());
        QCOMPARE(f.store.current(), (RecordRef { MarkKind::Actor, u"blinken"_s }));
        QVERIFY(f.current().contains(u"[Antony Blinken]{actor=blinken}"_s));
        QVERIFY(f.current().contains(u"actor blinken: Antony Blinken; person; USA; aliases=Blinken\n"_s));

        // An empty prefill takes name and id from the words; Enter creates.
        const int wang = f.current().indexOf(u"Wang Yi"_s);
        f.inspector.startNewActor(0, wang, wang + 7, {});
        QCOMPARE(f.in<QLineEdit>(u"actorForm"_s, u"actorId"_s)->text(), u"wang-yi"_s);
        QCOMPARE(f.in<QLineEdit>(u"actorForm"_s, u"actorName"_s)->text(), u"Wang Yi"_s);
        f.in<QLineEdit>(u"actorForm"_s, u"actorName"_s)->setFocus();
        QTest::keyClick(f.in<QLineEdit>(u"actorForm"_s, u"actorName"_s), Qt::Key_Return);
        QVERIFY2(!f.inspector.isCreating(), qPrintable(f.find<QLabel>(u"inspectorMessage"_s)->text()));
        QCOMPARE(f.store.corpus().actorName(u"wang-yi"), u"Wang Yi"_s);

        const int meet = f.current().indexOf(u"is scheduled to meet"_s);
        Meeting meeting;
        meeting.id = u"jakarta-talks"_s;
        meeting.title = u"Blinken–Wang Yi talks"_s;
        meeting.status = MeetingStatus::Held; // the analyst corrects it below
        f.inspector.startNewMeeting(0, meet, meet + 20, meeting);
        const QString form = u"meetingForm"_s;
        // Create refuses a meeting without participants or date, with the messages under the fields.
        QVERIFY(!f.inspector.create());
        QCOMPARE(fieldError(f, form, u"participants"_s), u"Add at least one participant."_s);
        QCOMPARE(fieldError(f, form, u"start"_s), u"Enter a valid start date."_s);
        QVERIFY(f.inspector.isCreating());

        auto* chooser = f.in<QComboBox>(form, u"participantChooser"_s);
        chooser->setEditText(u"Blinken"_s); // an alias finds the actor
        QTest::mouseClick(f.in<QPushButton>(form, u"addParticipant"_s), Qt::LeftButton);
        chooser->setEditText(u"Wang Yi"_s);
        QTest::keyClick(chooser->lineEdit(), Qt::Key_Return); // Enter adds, it does not create
        QVERIFY(f.inspector.isCreating());
        auto* participants = f.in<QListWidget>(form, u"meetingParticipants"_s);
        QCOMPARE(participants->count(), 2);
        QCOMPARE(participants->item(0)->text(), u"Antony Blinken"_s);
        f.in<QDateEdit>(form, u"meetingStartDate"_s)->setDate(QDate(2023, 7, 13));
        typeInto(f.in<QLineEdit>(form, u"meetingPlace"_s), u"Jakarta"_s, false);
        auto* status = f.in<QComboBox>(form, u"meetingStatus"_s);
        status->setCurrentIndex(status->findText(Labels::meetingStatus(MeetingStatus::Planned)));
        QTest::mouseClick(f.find<QPushButton>(u"createButton"_s), Qt::LeftButton);
        QVERIFY(!f.inspector.isCreating());

        const QString line
            = u"meeting jakarta-talks: blinken, wang-yi; 2023-07-13; place=Jakarta; status=planned; title=Blinken–Wang Yi talks\n"_s;
        QVERIFY2(f.current().contains(line), qPrintable(f.current().sliced(f.doc().recordsStart)));
        QVERIFY(f.current().contains(u"[is scheduled to meet]{meeting=jakarta-talks}"_s));
        QCOMPARE(f.store.current(), (RecordRef { MarkKind::Meeting, u"jakarta-talks"_s }));
        QCOMPARE(created.size(), 3);
        QCOMPARE(f.doc().diagnostics, QList<Diagnostic> {});

        MeetingModel model(&f.store);
        const int row = model.rowOf(u"jakarta-talks");
        QVERIFY(row >= 0);
        const QModelIndex index = model.index(row, 0);
        QCOMPARE(index.data(MeetingModel::PlaceRole).toString(), u"Jakarta"_s);
        QCOMPARE(index.data(MeetingModel::ParticipantIdsRole).toStringList(),
                 (QStringList { u"blinken"_s, u"wang-yi"_s }));
        QCOMPARE(index.data(MeetingModel::StartDateRole).toDate(), QDate(2023, 7, 13));
        QCOMPARE(index.data(MeetingModel::EndDateRole).toDate(), QDate(2023, 7, 13));
        QCOMPARE(index.data(MeetingModel::StatusRole).toInt(), int(MeetingStatus::Planned));

        // Each creation (record and mark) is one undo step.
        QCOMPARE(f.undoAll(), 3);
        QCOMPARE(f.current(), f.original);
        QCOMPARE(f.doc().text, f.original);
        QVERIFY(f.store.corpus().meetings.isEmpty());
    }

    void cancelLeavesTheTextAlone()
    {
        Fixture f(false);
        const int wang = f.original.indexOf(u"Wang Yi"_s);
        f.inspector.startNewActor(0, wang, wang + 7, {});
        QTest::keyClick(f.in<QLineEdit>(u"actorForm"_s, u"actorName"_s), Qt::Key_Escape);
        QVERIFY(!f.inspector.isCreating());
        QCOMPARE(f.find<QStackedWidget>(u"inspectorPages"_s)->currentWidget()->objectName(),
                 u"inspectorEmpty"_s);
        QCOMPARE(f.current(), f.original);
        QVERIFY(!f.text->isUndoAvailable());
    }

    void createsAnIssueWithItsFirstStatus()
    {
        Fixture f(false);
        const QString words = u"orchestrated a cyber espionage campaign"_s;
        const int start = f.original.indexOf(words);
        Issue issue;
        issue.title = u"Chinese hacking of US government email"_s;
        issue.history
            = { { { QDate(2023, 7, 11), DatePrecision::Day }, IssueStatus::Escalating, {}, {}, {}, {} } };
        f.inspector.startNewIssue(0, start, start + int(words.size()), issue);
        QCOMPARE(f.in<QTableWidget>(u"issueForm"_s, u"issueHistory"_s)->rowCount(), 1);
        QVERIFY(f.inspector.create());
        const QString id = u"chinese-hacking-of-us-government-email"_s;
        QVERIFY(f.current().contains(u"["_s + words + u"]{issue="_s + id + u" #"_s + id + u'}'));
        QVERIFY(
            f.current().contains(u"status "_s + id + u": 2023-07-11; escalating; evidence="_s + id + u'\n'));
        QCOMPARE(f.doc().diagnostics, QList<Diagnostic> {});
        QCOMPARE(f.undoAll(), 1);
        QCOMPARE(f.current(), f.original);
    }

    // (b) Each refused value shows under its field, stays in the field, and changes no byte.
    void refusesInvalidValues_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("edit"); // what the analyst does
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const int actor = int(MarkKind::Actor);
        const int meeting = int(MarkKind::Meeting);
        const int issue = int(MarkKind::Issue);
        QTest::newRow("end before start") << meeting << u"jakarta-talks"_s << u"end 2023-07-12"_s << u"end"_s
                                          << u"The meeting ends before it starts."_s;
        QTest::newRow("no participant") << meeting << u"jakarta-talks"_s << u"remove participants"_s
                                        << u"participants"_s << u"Add at least one participant."_s;
        QTest::newRow("unknown actor id") << meeting << u"jakarta-talks"_s << u"add participant nobody"_s
                                          << u"participants"_s << u"There is no actor 'nobody'."_s;
        QTest::newRow("unknown issue id") << meeting << u"jakarta-talks"_s << u"add issue weather"_s
                                          << u"issues"_s << u"There is no issue 'weather'."_s;
        QTest::newRow("empty issue title")
            << issue << u"hacking"_s << u"issueTitle="_s << u"title"_s << u"Enter a title."_s;
        QTest::newRow("empty actor name")
            << actor << u"blinken"_s << u"actorName="_s << u"name"_s << u"Enter a name."_s;
        QTest::newRow("bad id")
            << meeting << u"jakarta-talks"_s << u"meetingId=jakarta talks"_s << u"id"_s
            << u"'jakarta talks' is not a valid id: use letters, digits, '-', '_' or '.'."_s;
        QTest::newRow("empty id") << issue << u"trade"_s << u"issueId="_s << u"id"_s << u"Enter an id."_s;
        QTest::newRow("duplicate id on rename") << actor << u"blinken"_s << u"actorId=wang-yi"_s << u"id"_s
                                                << u"Another actor already has the id 'wang-yi'."_s;
    }
    void refusesInvalidValues()
    {
        QFETCH(int, kind);
        QFETCH(QString, id);
        QFETCH(QString, edit);
        QFETCH(QString, field);
        QFETCH(QString, message);
        Fixture f(true);
        QVERIFY(f.opened);
        f.store.setCurrent({ static_cast<MarkKind>(kind), id });
        const QString form = QStringList { u"actorForm"_s, u"meetingForm"_s, u"issueForm"_s }.at(kind);
        if (edit.contains(u'=')) {
            const QString name = edit.section(u'=', 0, 0);
            typeInto(f.in<QLineEdit>(form, name), edit.section(u'=', 1));
            QCOMPARE(f.in<QLineEdit>(form, name)->text(), edit.section(u'=', 1)); // kept to be fixed
        } else if (edit.startsWith(u"end ")) {
            f.in<QCheckBox>(form, u"meetingSingleDay"_s)->click();
            auto* end = f.in<QDateEdit>(form, u"meetingEndDate"_s);
            end->setDate(QDate::fromString(edit.sliced(4), Qt::ISODate));
            Q_EMIT end->editingFinished();
            QCOMPARE(end->date(), QDate(2023, 7, 12)); // kept to be fixed
        } else if (edit == u"remove participants") {
            f.in<QListWidget>(form, u"meetingParticipants"_s)->selectAll();
            QTest::mouseClick(f.in<QPushButton>(form, u"removeParticipant"_s), Qt::LeftButton);
            QCOMPARE(f.in<QListWidget>(form, u"meetingParticipants"_s)->count(), 0);
        } else {
            const bool issue = edit.startsWith(u"add issue");
            f.in<QComboBox>(form, issue ? u"issueChooser"_s : u"participantChooser"_s)
                ->setEditText(edit.section(u' ', 2));
            QTest::mouseClick(f.in<QPushButton>(form, issue ? u"addIssue"_s : u"addParticipant"_s),
                              Qt::LeftButton);
        }
        QCOMPARE(fieldError(f, form, field), message);
        QCOMPARE(f.current(), f.original);
        QVERIFY(!f.text->isUndoAvailable());
        // The field's frame and accessible description say so too.
        const FieldError* label = f.in<FieldError>(form, u"fieldError_"_s + field);
        QCOMPARE(label->field()->accessibleDescription(), message);
        QCOMPARE(f.store.current(), (RecordRef { static_cast<MarkKind>(kind), id }));
    }

    // (c) A field edit is one text edit of the record line; undo gives the bytes back.
    void editsThePlace()
    {
        Fixture f(true);
        f.store.setCurrent({ MarkKind::Meeting, u"jakarta-talks"_s });
        const QString oldLine = u"meeting jakarta-talks: blinken, wang-yi; 2023-07-13; place=Jakarta;"_s;
        QVERIFY(f.original.contains(oldLine));
        typeInto(f.in<QLineEdit>(u"meetingForm"_s, u"meetingPlace"_s), u"Bangkok"_s);
        QVERIFY(!f.current().contains(oldLine));
        QVERIFY(f.current().contains(
            u"meeting jakarta-talks: blinken, wang-yi; 2023-07-13; place=Bangkok; status=planned; kind=talks; title="_s));
        QCOMPARE(f.store.corpus().meetings.at(f.store.corpus().meetingIndex(u"jakarta-talks")).place,
                 u"Bangkok"_s);
        QCOMPARE(f.doc().plainText(), Format::parse(f.original).plainText());
        QCOMPARE(f.undoAll(), 1);
        QCOMPARE(f.current(), f.original);
        QCOMPARE(f.in<QLineEdit>(u"meetingForm"_s, u"meetingPlace"_s)->text(), u"Jakarta"_s); // follows undo
    }

    void editsDatesStatusAndKind()
    {
        Fixture f(true);
        f.store.setCurrent({ MarkKind::Meeting, u"jakarta-talks"_s });
        const QString form = u"meetingForm"_s;
        auto* precision = f.in<QComboBox>(form, u"meetingStartPrecision"_s);
        precision->setCurrentIndex(precision->findData(int(DatePrecision::Week)));
        Q_EMIT precision->activated(precision->currentIndex());
        QVERIFY(f.current().contains(u"meeting jakarta-talks: blinken, wang-yi; 2023-W28; place=Jakarta"_s));
        f.in<QCheckBox>(form, u"meetingSingleDay"_s)->click();
        // The end starts with the start's precision (a week): the analyst makes it a day.
        auto* endPrecision = f.in<QComboBox>(form, u"meetingEndPrecision"_s);
        QCOMPARE(endPrecision->currentData().toInt(), int(DatePrecision::Week));
        endPrecision->setCurrentIndex(endPrecision->findData(int(DatePrecision::Day)));
        auto* end = f.in<QDateEdit>(form, u"meetingEndDate"_s);
        end->setDate(QDate(2023, 7, 14));
        Q_EMIT end->editingFinished();
        QVERIFY(f.current().contains(u"meeting jakarta-talks: blinken, wang-yi; 2023-W28..2023-07-14;"_s));
        auto* status = f.in<QComboBox>(form, u"meetingStatus"_s);
        status->setCurrentIndex(status->findData(int(MeetingStatus::Held)));
        Q_EMIT status->activated(status->currentIndex());
        QVERIFY(f.current().contains(u"status=held; kind=talks;"_s));
        QCOMPARE(f.undoAll(), 3);
        QCOMPARE(f.current(), f.original);
    }

    // A field the analyst is typing in keeps its text when another edit re-parses the article.
    void keepsTheFieldBeingEdited()
    {
        Fixture f(true);
        f.store.setCurrent({ MarkKind::Meeting, u"jakarta-talks"_s });
        auto* place = f.in<QLineEdit>(u"meetingForm"_s, u"meetingPlace"_s);
        place->setFocus();
        place->selectAll();
        QTest::keyClicks(place, u"Singap"_s); // not committed yet
        auto* status = f.in<QComboBox>(u"meetingForm"_s, u"meetingStatus"_s);
        status->setCurrentIndex(status->findData(int(MeetingStatus::Cancelled)));
        Q_EMIT status->activated(status->currentIndex());
        QVERIFY(f.current().contains(u"place=Jakarta; status=cancelled"_s));
        QCOMPARE(place->text(), u"Singap"_s);
    }

    void renamesTheRecord()
    {
        Fixture f(true);
        f.store.setCurrent({ MarkKind::Actor, u"blinken"_s });
        typeInto(f.in<QLineEdit>(u"actorForm"_s, u"actorId"_s), u"antony-blinken"_s);
        QCOMPARE(f.store.current(), (RecordRef { MarkKind::Actor, u"antony-blinken"_s }));
        QCOMPARE(f.inspector.shownRecord(), (RecordRef { MarkKind::Actor, u"antony-blinken"_s }));
        QCOMPARE(markCount(f.doc(), MarkKind::Actor, u"blinken"_s), 0);
        QCOMPARE(markCount(f.doc(), MarkKind::Actor, u"antony-blinken"_s), 1);
        QVERIFY(f.current().contains(u"meeting jakarta-talks: antony-blinken, wang-yi;"_s));
        QString error;
        QVERIFY(!f.inspector.renameCurrent(u"wang-yi"_s, &error));
        QCOMPARE(error, u"Another actor already has the id 'wang-yi'."_s);
        QVERIFY(f.inspector.renameCurrent(u"blinken"_s, &error));
        QCOMPARE(f.current(), f.original);
        QCOMPARE(f.undoAll(), 2);
        QCOMPARE(f.current(), f.original);
    }

    // (d) Status history: add (through the dialog), edit and remove on hacking.
    void editsTheStatusHistory()
    {
        Fixture f(true);
        f.store.setCurrent({ MarkKind::Issue, u"hacking"_s });
        auto* form = f.find<IssueForm>(u"issueForm"_s);
        auto* table = f.in<QTableWidget>(u"issueForm"_s, u"issueHistory"_s);
        QCOMPARE(table->rowCount(), 3);

        bool dialogSeen = false;
        QTimer::singleShot(0, this, [&dialogSeen] {
            auto* dialog = qobject_cast<StatusDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialogSeen = true;
            dialog->findChild<QDateEdit*>(u"statusDate"_s)->setDate(QDate(2023, 7, 20));
            auto* status = dialog->findChild<QComboBox*>(u"statusStatus"_s);
            status->setCurrentIndex(status->findData(int(IssueStatus::InDialogue)));
            dialog->findChild<QLineEdit*>(u"statusNote"_s)->setText(u"Talks on email security"_s);
            dialog->accept();
        });
        QTest::mouseClick(f.in<QPushButton>(u"issueForm"_s, u"addStatus"_s), Qt::LeftButton);
        QVERIFY(dialogSeen);
        const QString added = u"status hacking: 2023-07-20; in-dialogue; note=Talks on email security\n"_s;
        QVERIFY(f.current().contains(u"note=China denies the allegations and the issue remains unresolved\n"_s
                                     + added + u"issue military-channels"_s));
        QCOMPARE(table->rowCount(), 4);

        StatusChange change = form->history().at(3);
        change.status = IssueStatus::Resolved;
        change.date = { QDate(2023, 7, 1), DatePrecision::Month };
        QVERIFY(form->editStatusChange(3, change));
        // Moved to where its date goes: after the first status of May.
        QVERIFY(f.current().contains(
            u"evidence=hack-began\nstatus hacking: 2023-07; resolved; note=Talks on email security\n"_s));

        QVERIFY(form->removeStatusChange(0));
        QVERIFY(!f.current().contains(u"status hacking: ~2023-05-15"_s));
        QCOMPARE(f.store.corpus().issues.at(f.store.corpus().issueIndex(u"hacking")).history.size(), 3);

        // A status without a date is refused under the history.
        QVERIFY(!form->addStatusChange({}));
        QCOMPARE(fieldError(f, u"issueForm"_s, u"history"_s), u"Enter a valid date."_s);
        QCOMPARE(f.undoAll(), 3);
        QCOMPARE(f.current(), f.original);
    }

    // (e) Merging moves marks and meetings; deleting keeps the article's words.
    void mergesActors()
    {
        Fixture f(true);
        f.store.setCurrent({ MarkKind::Actor, u"qin-gang"_s });
        const int wangMarks = markCount(f.doc(), MarkKind::Actor, u"wang-yi"_s);
        QVERIFY(f.inspector.mergeCurrentActorInto(u"wang-yi"_s));
        QCOMPARE(f.store.current(), (RecordRef { MarkKind::Actor, u"wang-yi"_s }));
        QCOMPARE(markCount(f.doc(), MarkKind::Actor, u"qin-gang"_s), 0);
        QCOMPARE(markCount(f.doc(), MarkKind::Actor, u"wang-yi"_s), wangMarks + 1);
        const Corpus& corpus = f.store.corpus();
        QCOMPARE(corpus.actorIndex(u"qin-gang"), -1);
        QCOMPARE(corpus.meetings.at(corpus.meetingIndex(u"blinken-beijing-visit")).participants,
                 (QStringList { u"blinken"_s, u"xi-jinping"_s, u"wang-yi"_s }));
        QVERIFY(corpus.actors.at(corpus.actorIndex(u"wang-yi")).aliases.contains(u"Qin Gang"_s));
        QCOMPARE(f.in<QLineEdit>(u"actorForm"_s, u"actorAliases"_s)->text(), u"Wang, Qin Gang"_s);

        QVERIFY(!f.inspector.mergeCurrentActorInto(u"nobody"_s));
        QCOMPARE(f.find<QLabel>(u"inspectorMessage"_s)->text(), u"there is no actor 'nobody'"_s);
        QCOMPARE(f.undoAll(), 1);
        QCOMPARE(f.current(), f.original);
    }

    void deletesRecords()
    {
        Fixture f(true);
        const QString plain = f.doc().plainText();
        f.store.setCurrent({ MarkKind::Meeting, u"yellen-visit"_s });
        QVERIFY(f.inspector.deleteCurrent(false));
        QCOMPARE(f.doc().plainText(), plain);
        QCOMPARE(f.store.corpus().meetingIndex(u"yellen-visit"), -1);
        QCOMPARE(markCount(f.doc(), MarkKind::Meeting, u"yellen-visit"_s), 0);
        QVERIFY(f.current().contains(
            u"US Treasury Secretary Janet Yellen]{actor=yellen} visited China [last week]"_s));
        QVERIFY(!f.store.current().isValid());
        QCOMPARE(f.find<QStackedWidget>(u"inspectorPages"_s)->currentWidget()->objectName(),
                 u"inspectorEmpty"_s);

        // Kerry is the only participant of his visit: refused, the message says why, nothing changes.
        f.store.setCurrent({ MarkKind::Actor, u"kerry"_s });
        const QString before = f.current();
        QVERIFY(!f.inspector.deleteCurrent(false));
        QVERIFY(f.find<QLabel>(u"inspectorMessage"_s)->text().contains(u"only participant"_s));
        QCOMPARE(f.current(), before);

        f.store.setCurrent({ MarkKind::Issue, u"hacking"_s });
        QVERIFY(f.inspector.deleteCurrent(false));
        QCOMPARE(f.doc().plainText(), plain);
        QVERIFY(!f.current().contains(u"status hacking"_s));
        QCOMPARE(f.undoAll(), 2);
        QCOMPARE(f.current(), f.original);
    }

    void readOnlyArticlesDisableTheForms()
    {
        Fixture f(true);
        QFile::setPermissions(f.path, QFileDevice::ReadOwner);
        CorpusStore store;
        ArticleSet articles(&store);
        articles.open({ f.path });
        if (!articles.isReadOnly(0))
            QSKIP("the file stays writable (running as root?)");
        RecordInspector inspector(&store, &articles);
        inspector.show();
        store.setCurrent({ MarkKind::Actor, u"blinken"_s });
        QVERIFY(!inspector.findChild<QWidget*>(u"actorForm"_s)->isEnabled());
        QVERIFY(inspector.findChild<QLabel*>(u"readOnlyNote"_s)->isVisible());
    }

    // A short form fits the inspector without scrolling; a taller one scrolls to the field that
    // takes the focus, so that what is typed is seen.
    void fitsItsFormOrScrollsToTheFocusedField()
    {
        Fixture f(true);
        QVERIFY(f.opened);
        f.inspector.resize(380, 430);
        f.inspector.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&f.inspector));
        auto* scroll = f.find<QScrollArea>(u"inspectorScroll"_s);
        QVERIFY(scroll);
        Actor actor;
        actor.name = u"Someone"_s;
        f.inspector.startNewActor(0, -1, 0, actor);
        QTRY_COMPARE(scroll->verticalScrollBar()->maximum(), 0);
        Meeting meeting;
        meeting.title = u"Talks"_s;
        meeting.participants = { u"blinken"_s };
        f.inspector.startNewMeeting(0, -1, 0, meeting);
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
        QCOMPARE(scroll->verticalScrollBar()->value(), 0);
        QLineEdit* place = f.in<QLineEdit>(u"meetingForm"_s, u"meetingPlace"_s);
        QWidget* last = f.in<QWidget>(u"meetingForm"_s, u"meetingIssuesEdit"_s);
        QVERIFY(place && last);
        last->setFocus();
        QTRY_VERIFY(scroll->verticalScrollBar()->value() > 0);
        place->setFocus();
        const auto shown = [scroll](QWidget* field) {
            const int top = field->mapTo(scroll->viewport(), QPoint(0, 0)).y();
            return top >= 0 && top + field->height() <= scroll->viewport()->height();
        };
        QTRY_VERIFY(shown(place));
        f.inspector.cancelCreation();
    }
};

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
