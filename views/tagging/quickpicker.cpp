#include "quickpicker.h"

#include "corpus.h"
#include "fuzzydate.h"
#include "labels.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QVBoxLayout>

namespace Entente {

namespace {
constexpr int maxShown = 40;
constexpr int CreateRole = Qt::UserRole + 1;

// A date mark's reference: one fuzzy date or "first..last".
bool isDateRef(const QString& ref)
{
    const qsizetype dots = ref.indexOf(u"..");
    if (dots < 0)
        return FuzzyDate::parse(ref).isValid();
    const FuzzyDate first = FuzzyDate::parse(QStringView(ref).first(dots));
    const FuzzyDate last = FuzzyDate::parse(QStringView(ref).sliced(dots + 2));
    return first.isValid() && last.isValid() && first.first() <= last.last();
}
} // namespace

QuickPicker::QuickPicker(QWidget* parent)
    : QFrame(parent, Qt::Popup)
    , m_title(new QLabel(this))
    , m_field(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("QuickPicker"));
    setFrameStyle(QFrame::StyledPanel | QFrame::Raised);
    setMinimumWidth(380);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_field->setObjectName(QStringLiteral("pickerField"));
    m_field->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("pickerList"));
    m_list->setUniformItemSizes(true);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    QPalette muted = m_hint->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_hint->setPalette(muted);
    layout->addWidget(m_title);
    layout->addWidget(m_field);
    layout->addWidget(m_list);
    layout->addWidget(m_hint);
    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::textEdited, this, &QuickPicker::filter);
    connect(m_field, &QLineEdit::returnPressed, this, &QuickPicker::accept);
    connect(m_list, &QListWidget::itemActivated, this, &QuickPicker::accept);
}

QuickPicker::~QuickPicker() = default;

void QuickPicker::pickRecord(const Corpus& corpus, MarkKind kind, const QString& words, ActorKind newActorKind)
{
    m_kind = kind;
    m_actorKind = newActorKind;
    m_words = words;
    m_candidates.clear();
    switch (kind) {
    case MarkKind::Actor:
        m_title->setText(tr("Actor for “%1”").arg(words));
        for (const Actor& a : corpus.actors) {
            QStringList detail = a.aliases;
            if (!a.role.isEmpty())
                detail.prepend(a.role);
            m_candidates.append({ a.id, a.name, detail.join(QStringLiteral(", ")),
                (a.name + u' ' + a.aliases.join(u' ') + u' ' + a.id).toLower() });
        }
        break;
    case MarkKind::Meeting:
        m_title->setText(tr("Meeting for “%1”").arg(words));
        for (const Meeting& m : corpus.meetings) {
            const QString title = m.title.isEmpty() ? m.id : m.title;
            m_candidates.append({ m.id, title, Labels::dateRange(m.start, m.end),
                (title + u' ' + m.place + u' ' + m.id).toLower() });
        }
        break;
    case MarkKind::Issue:
        m_title->setText(tr("Issue for “%1”").arg(words));
        for (const Issue& i : corpus.issues)
            m_candidates.append({ i.id, i.title, Labels::issueStatus(i.currentStatus()), (i.title + u' ' + i.id).toLower() });
        break;
    case MarkKind::Date:
        break;
    }
    m_hint->setText(kind == MarkKind::Actor
            ? tr("Type to search names, aliases and ids. Enter links the words, Tab changes the kind of a new "
                 "actor, Esc cancels.")
            : tr("Type to search names, aliases and ids. Enter links the words, Esc cancels."));
    m_field->setPlaceholderText(tr("Search or name a new record"));
    m_field->setText(words);
    m_list->setVisible(true);
    filter(words);
}

void QuickPicker::pickDate(const QString& resolved, const QString& explanation)
{
    m_kind = MarkKind::Date;
    m_title->setText(tr("Date"));
    m_field->setPlaceholderText(tr("2023-07-13, 2023-W28, 2023-07, ~2023-07-13 or first..last"));
    m_field->setText(resolved);
    m_field->selectAll();
    m_list->clear();
    m_list->setVisible(false);
    m_hint->setText(explanation);
}

void QuickPicker::popup(const QPoint& globalPosition)
{
    m_done = false;
    adjustSize();
    QRect geometry(globalPosition, sizeHint().expandedTo(minimumSize()));
    if (const QScreen* screen = QGuiApplication::screenAt(globalPosition)) {
        const QRect available = screen->availableGeometry();
        geometry.moveRight(std::min(geometry.right(), available.right()));
        geometry.moveBottom(std::min(geometry.bottom(), available.bottom()));
    }
    setGeometry(geometry);
    show();
    m_field->setFocus();
}

void QuickPicker::filter(const QString& typed)
{
    m_list->clear();
    QString needle = typed.trimmed().toLower();
    if (needle.endsWith(u"’s") || needle.endsWith(u"'s"))
        needle.chop(2); // "Blinken’s" names Blinken
    // Exact names and aliases first, then names with the typed word in them ("Blinken" for Antony
    // Blinken) or starting with it, then any record whose words contain it.
    QList<std::pair<int, const Candidate*>> ranked;
    for (const Candidate& c : std::as_const(m_candidates)) {
        const QString label = c.label.toLower();
        int rank = 3;
        if (needle.isEmpty())
            rank = 2;
        else if (label == needle || c.id == needle || c.detail.toLower().split(QStringLiteral(", ")).contains(needle))
            rank = 0;
        else if (label.startsWith(needle) || label.split(u' ').contains(needle))
            rank = 1;
        else if (c.searchable.contains(needle))
            rank = 2;
        if (rank < 3)
            ranked.append({ rank, &c });
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    // A close match is what the analyst most likely means; otherwise they are naming a new record.
    const bool close = !ranked.isEmpty() && ranked.constFirst().first <= 1;
    auto* create = new QListWidgetItem(createText(typed.trimmed().isEmpty() ? m_words : typed.trimmed()));
    create->setData(CreateRole, true);
    create->setToolTip(tr("Make a new record with fields filled from the words; correct them in the inspector"));
    QFont italic = create->font();
    italic.setItalic(true);
    create->setFont(italic);
    if (!close)
        m_list->addItem(create);
    for (qsizetype i = 0; i < std::min<qsizetype>(ranked.size(), maxShown); ++i) {
        const Candidate* c = ranked.at(i).second;
        auto* item = new QListWidgetItem(c->detail.isEmpty() ? c->label : tr("%1 — %2").arg(c->label, c->detail), m_list);
        item->setData(Qt::UserRole, c->id);
        item->setToolTip(c->id);
    }
    if (close)
        m_list->addItem(create);
    m_list->setCurrentRow(0);
}

QString QuickPicker::createText(const QString& name) const
{
    if (m_kind != MarkKind::Actor)
        return tr("Create new: “%1”").arg(name);
    switch (m_actorKind) {
    case ActorKind::Person: return tr("Create new person: “%1”").arg(name);
    case ActorKind::Organisation: return tr("Create new organisation: “%1”").arg(name);
    case ActorKind::State: return tr("Create new state: “%1”").arg(name);
    }
    return {};
}

void QuickPicker::accept()
{
    if (m_kind == MarkKind::Date) {
        const QString ref = m_field->text().trimmed();
        if (!isDateRef(ref)) {
            m_hint->setText(tr("“%1” is not a date: write 2023-07-13, 2023-W28, 2023-07, ~2023-07-13 or first..last.").arg(ref));
            return;
        }
        m_done = true;
        hide();
        Q_EMIT dateChosen(ref);
        return;
    }
    const QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    m_done = true;
    hide();
    if (item->data(CreateRole).toBool()) {
        const QString typed = m_field->text().trimmed();
        Q_EMIT createRequested(typed.isEmpty() ? m_words : typed);
    } else {
        Q_EMIT recordChosen(item->data(Qt::UserRole).toString());
    }
}

bool QuickPicker::eventFilter(QObject* watched, QEvent* event)
{
    // Up and down move through the list while the focus stays in the search field.
    if (watched == m_field && event->type() == QEvent::KeyPress && m_kind == MarkKind::Actor) {
        // Tab (Shift+Tab back) goes through person, organisation and state for a new actor.
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Tab || key == Qt::Key_Backtab) {
            constexpr ActorKind order[] = { ActorKind::Person, ActorKind::Organisation, ActorKind::State };
            const int at = int(std::find(std::begin(order), std::end(order), m_actorKind) - std::begin(order));
            m_actorKind = order[(at + (key == Qt::Key_Tab ? 1 : 2)) % 3];
            for (int row = 0; row < m_list->count(); ++row) {
                if (m_list->item(row)->data(CreateRole).toBool()) {
                    const QString typed = m_field->text().trimmed();
                    m_list->item(row)->setText(createText(typed.isEmpty() ? m_words : typed));
                    m_list->setCurrentRow(row);
                }
            }
            return true;
        }
    }
    if (watched == m_field && event->type() == QEvent::KeyPress && m_list->isVisible()) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void QuickPicker::hideEvent(QHideEvent* event)
{
    QFrame::hideEvent(event);
    if (!m_done) {
        m_done = true;
        Q_EMIT cancelled();
    }
}

} // namespace Entente
