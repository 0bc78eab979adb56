#include "actordictionariesdialog.h"

#include "suggestknowledge.h"

#include <QAction>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Entente {

ActorDictionariesDialog::ActorDictionariesDialog(SuggestKnowledge* knowledge, QWidget* parent)
    : QDialog(parent)
    , m_knowledge(knowledge)
    , m_list(new QListWidget(this))
    , m_problems(new QLabel(this))
    , m_lexicon(new QLabel(this))
{
    setWindowTitle(tr("Actor Dictionaries"));
    m_list->setObjectName(QStringLiteral("dictionaryList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_problems->setWordWrap(true);
    m_lexicon->setWordWrap(true);
    m_lexicon->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* intro = new QLabel(tr("Actor dictionaries in the PETRARCH/Phoenix format (a name in capitals with "
                                "“_” between words, “+” lines for other names, CAMEO codes such as "
                                "[USAGOV 090120-170120]). Their actors are suggested with the side and role "
                                "their codes give on each article’s date."),
        this);
    intro->setWordWrap(true);
    auto* add = new QPushButton(tr("&Add…"), this);
    auto* remove = new QPushButton(tr("&Remove"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        addFiles(QFileDialog::getOpenFileNames(this, tr("Add Actor Dictionaries"), QString(),
            tr("Actor dictionaries (*.txt *.actors *.dict);;All files (*)")));
    });
    connect(remove, &QPushButton::clicked, this, &ActorDictionariesDialog::removeSelected);
    auto* listButtons = new QVBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    listButtons->addStretch();
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(listButtons);

    auto* learned = new QGroupBox(tr("Learned lexicon"), this);
    auto* open = new QPushButton(tr("&Open File"), learned);
    auto* forget = new QPushButton(tr("&Forget Everything…"), learned);
    open->setToolTip(tr("Open the lexicon in a text editor: every line is one thing learned, delete it to forget it"));
    connect(open, &QPushButton::clicked, this, [this] {
        if (!m_knowledge->lexiconPath().isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_knowledge->lexiconPath()));
    });
    connect(forget, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Forget Everything"),
                tr("Forget every actor, phrasing and rejection learned in this folder?"))
            != QMessageBox::Yes)
            return;
        QString error;
        if (!m_knowledge->forgetAll(&error))
            QMessageBox::warning(this, tr("Forget Everything"), tr("Could not write the lexicon: %1").arg(error));
        refresh();
    });
    auto* learnedLayout = new QVBoxLayout(learned);
    learnedLayout->addWidget(m_lexicon);
    auto* learnedButtons = new QHBoxLayout;
    learnedButtons->addWidget(open);
    learnedButtons->addWidget(forget);
    learnedButtons->addStretch();
    learnedLayout->addLayout(learnedButtons);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(listRow, 1);
    layout->addWidget(m_problems);
    layout->addWidget(learned);
    layout->addWidget(buttons);
    resize(560, 420);
    refresh();
}

ActorDictionariesDialog::~ActorDictionariesDialog() = default;

QAction* ActorDictionariesDialog::createAction(SuggestKnowledge* knowledge, QWidget* parent)
{
    auto* action = new QAction(tr("Actor &Dictionaries…"), parent);
    action->setStatusTip(tr("Choose the actor dictionaries the suggestions use, and see what they learned"));
    QObject::connect(action, &QAction::triggered, parent, [knowledge, parent] {
        ActorDictionariesDialog dialog(knowledge, parent);
        dialog.exec();
    });
    return action;
}

void ActorDictionariesDialog::addFiles(const QStringList& paths)
{
    QStringList all = m_knowledge->dictionaryPaths();
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!all.contains(absolute))
            all.append(absolute);
    }
    QStringList problems;
    m_knowledge->setDictionaryPaths(all, &problems);
    refresh();
    m_problems->setText(problems.isEmpty() ? QString() : tr("Could not read: %1").arg(problems.join(u"; ")));
}

void ActorDictionariesDialog::removeSelected()
{
    QStringList all = m_knowledge->dictionaryPaths();
    for (const QListWidgetItem* item : m_list->selectedItems())
        all.removeAll(item->data(Qt::UserRole).toString());
    m_knowledge->setDictionaryPaths(all);
    refresh();
}

void ActorDictionariesDialog::refresh()
{
    m_list->clear();
    for (const QString& path : m_knowledge->dictionaryPaths()) {
        const qsizetype entries = m_knowledge->dictionarySize(path);
        auto* item = new QListWidgetItem(entries > 0 ? tr("%1 (%n actor(s))", nullptr, int(entries)).arg(QFileInfo(path).fileName())
                                                     : tr("%1 (could not be read)").arg(QFileInfo(path).fileName()),
            m_list);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    const QString path = m_knowledge->lexiconPath();
    const Suggest::LearnedLexicon& lexicon = m_knowledge->lexicon();
    m_lexicon->setText(path.isEmpty() ? tr("Open articles to learn from: the lexicon is kept in their folder.")
                                      : tr("%1\n%2 actor(s), %3 meeting phrasing(s) learned.")
                                            .arg(path)
                                            .arg(lexicon.actors().size())
                                            .arg(lexicon.cues().size()));
}

} // namespace Entente
