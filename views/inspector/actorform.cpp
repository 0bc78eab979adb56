#include "actorform.h"

#include "fielderror.h"
#include "format.h"
#include "ids.h"
#include "labels.h"
#include "sidefromtitle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSet>

namespace Entente {

using namespace RecordValidation;

ActorForm::ActorForm(CorpusStore* store, ArticleSet* articles, QWidget* parent)
    : RecordForm(MarkKind::Actor, store, articles, parent)
    , m_id(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_actorKind(new QComboBox(this))
    , m_side(new QComboBox(this))
    , m_role(new QLineEdit(this))
    , m_aliases(new QLineEdit(this))
{
    setObjectName(QStringLiteral("actorForm"));
    m_id->setObjectName(QStringLiteral("actorId"));
    m_id->setToolTip(tr("The id that marks and meetings use; renaming it renames them too"));
    m_name->setObjectName(QStringLiteral("actorName"));
    m_name->setToolTip(tr("The name lists and views show"));
    m_actorKind->setObjectName(QStringLiteral("actorKind"));
    m_actorKind->setToolTip(tr("A person, an organisation or a state"));
    for (ActorKind kind : { ActorKind::Person, ActorKind::Organisation, ActorKind::State })
        m_actorKind->addItem(Labels::actorKind(kind), int(kind));
    m_side->setObjectName(QStringLiteral("actorSide"));
    m_side->setEditable(true);
    m_side->setInsertPolicy(QComboBox::NoInsert);
    m_side->setToolTip(tr("The state or side the actor belongs to, for example USA"));
    m_role->setObjectName(QStringLiteral("actorRole"));
    m_role->setToolTip(tr("The actor's office or function, for example Secretary of State"));
    m_aliases->setObjectName(QStringLiteral("actorAliases"));
    m_aliases->setPlaceholderText(tr("comma-separated"));
    m_aliases->setToolTip(tr("Other names the article uses for the actor, separated by commas"));

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    addRow(form, tr("&Id:"), m_id, QStringLiteral("id"));
    addRow(form, tr("&Name:"), m_name, QStringLiteral("name"));
    addRow(form, tr("&Kind:"), m_actorKind, QStringLiteral("kind"));
    addRow(form, tr("&Side:"), m_side, QStringLiteral("side"));
    addRow(form, tr("&Role:"), m_role, QStringLiteral("role"));
    addRow(form, tr("&Aliases:"), m_aliases, QStringLiteral("aliases"));

    const auto commitOn = [this](QLineEdit* edit, const QString& name) {
        connect(edit, &QLineEdit::editingFinished, this, [this, name] { commit(name); });
    };
    commitOn(m_id, QStringLiteral("id"));
    commitOn(m_name, QStringLiteral("name"));
    commitOn(m_side->lineEdit(), QStringLiteral("side"));
    commitOn(m_role, QStringLiteral("role"));
    commitOn(m_aliases, QStringLiteral("aliases"));
    connect(m_actorKind, &QComboBox::activated, this, [this] { commit(QStringLiteral("kind")); });
    connect(m_side, &QComboBox::activated, this, [this] { commit(QStringLiteral("side")); });
}

ActorForm::~ActorForm()
{
    disconnectFields();
}

void ActorForm::startNew(int article, int textStart, int textEnd, const Actor& prefill)
{
    beginCreating(article, textStart, textEnd);
    Actor actor = prefill;
    if (actor.name.isEmpty())
        actor.name = words().simplified();
    if (actor.id.isEmpty() && !actor.name.isEmpty())
        actor.id = uniqueId(m_store->corpus(), MarkKind::Actor, idFromText(actor.name));
    m_id->setText(actor.id);
    m_name->setText(actor.name);
    m_actorKind->setCurrentIndex(m_actorKind->findData(int(actor.kind)));
    m_side->setEditText(actor.side);
    m_role->setText(actor.role);
    m_aliases->setText(actor.aliases.join(QStringLiteral(", ")));
}

void ActorForm::updateChoices()
{
    QStringList sides;
    for (const Actor& actor : m_store->corpus().actors) {
        if (!actor.side.isEmpty() && !sides.contains(actor.side))
            sides.append(actor.side);
    }
    sides.sort(Qt::CaseInsensitive);
    if (sides == m_sides)
        return;
    m_sides = sides;
    const QString typed = m_side->currentText();
    m_side->clear();
    m_side->addItems(sides);
    m_side->setEditText(typed);
}

void ActorForm::loadValues(bool keepEdited)
{
    const Actor& actor = m_store->corpus().actors.at(m_store->corpus().actorIndex(recordId()));
    setText(m_id, QStringLiteral("id"), actor.id, keepEdited);
    setText(m_name, QStringLiteral("name"), actor.name, keepEdited);
    if (!keepEdited || !isHeld(QStringLiteral("kind")))
        m_actorKind->setCurrentIndex(m_actorKind->findData(int(actor.kind)));
    if (!keepEdited || !(isHeld(QStringLiteral("side")) || m_side->lineEdit()->isModified())) {
        m_side->setEditText(actor.side);
        m_side->lineEdit()->setModified(false);
    }
    // A side the title names is shown as a hint, never written: the analyst decides.
    const QString derived = actor.side.isEmpty() ? Suggest::actorSide(actor).side : QString();
    m_side->lineEdit()->setPlaceholderText(derived.isEmpty() ? QString() : tr("%1 (side from title)").arg(derived));
    setText(m_role, QStringLiteral("role"), actor.role, keepEdited);
    setText(m_aliases, QStringLiteral("aliases"), actor.aliases.join(QStringLiteral(", ")), keepEdited);
}

Actor ActorForm::fromWidgets(Actor actor, const QString& name) const
{
    const bool all = name.isEmpty();
    if (all || name == u"id")
        actor.id = m_id->text().trimmed();
    if (all || name == u"name")
        actor.name = m_name->text().trimmed();
    if (all || name == u"kind")
        actor.kind = static_cast<ActorKind>(m_actorKind->currentData().toInt());
    if (all || name == u"side")
        actor.side = m_side->currentText().trimmed();
    if (all || name == u"role")
        actor.role = m_role->text().trimmed();
    if (all || name == u"aliases") {
        actor.aliases.clear();
        QSet<QString> seen; // an actor may have tens of thousands of aliases
        for (const QString& alias : m_aliases->text().split(u',', Qt::SkipEmptyParts)) {
            const QString trimmed = alias.trimmed();
            if (!trimmed.isEmpty() && !seen.contains(trimmed)) {
                seen.insert(trimmed);
                actor.aliases.append(trimmed);
            }
        }
    }
    return actor;
}

RecordForm::Creation ActorForm::creation() const
{
    const Actor actor = fromWidgets({}, {});
    return { actor.id, Format::formatActor(actor), {}, {}, checkActor(m_store->corpus(), actor) };
}

void ActorForm::commit(const QString& name)
{
    if (isCreating() || !recordExists() || commitId(name, m_id->text().trimmed()))
        return;
    const Document& doc = document();
    const int index = doc.actorIndex(recordId());
    if (index < 0)
        return;
    const Actor& before = doc.actors.at(index);
    const Actor after = fromWidgets(before, name);
    const Corpus& corpus = m_store->corpus();
    commitLine(name, after == before, checkActor(corpus, before, before.id),
               checkActor(corpus, after, before.id), Format::formatActor(after));
}

void ActorForm::setFieldModified(const QString& name, bool modified)
{
    for (QLineEdit* edit : { m_id, m_name, m_side->lineEdit(), m_role, m_aliases }) {
        if (edit->objectName().endsWith(name, Qt::CaseInsensitive)
            || (name == u"side" && edit == m_side->lineEdit()))
            edit->setModified(modified);
    }
}

} // namespace Entente
