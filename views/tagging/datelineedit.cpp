#include "datelineedit.h"

#include <QCalendarWidget>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QToolButton>
#include <QWidgetAction>

namespace Entente {

DateLineEdit::DateLineEdit(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_calendar(new QToolButton(this))
    , m_meaning(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("dateText"));
    m_edit->setPlaceholderText(tr("2023-07-12, 20230712, today, yesterday…"));
    m_edit->setToolTip(tr("Type a day as you like: 2023-07-12, 20230712, %1, today, yesterday or 3 days ago")
                           .arg(QLocale().toString(QDate(2023, 7, 12), QLocale::ShortFormat)));
    m_calendar->setText(tr("…"));
    m_calendar->setToolTip(tr("Pick the day in a calendar"));
    m_calendar->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_calendar);
    auto* calendar = new QCalendarWidget(menu);
    auto* action = new QWidgetAction(menu);
    action->setDefaultWidget(calendar);
    menu->addAction(action);
    m_calendar->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, [this, calendar] {
        calendar->setSelectedDate(m_date.isValid() ? m_date : QDate::currentDate());
    });
    connect(calendar, &QCalendarWidget::clicked, this, [this, menu](QDate day) {
        setDate(day);
        menu->close();
        m_edit->setFocus();
    });
    QFont small = m_meaning->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_meaning->setFont(small);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 0, 0);
    layout->addWidget(m_calendar, 0, 1);
    layout->addWidget(m_meaning, 1, 0, 1, 2);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &DateLineEdit::textChanged);
    textChanged();
}

DateLineEdit::~DateLineEdit() = default;

void DateLineEdit::setDate(QDate date)
{
    m_edit->setText(date.toString(Qt::ISODate));
}

void DateLineEdit::textChanged()
{
    const QDate date = parse(m_edit->text());
    if (m_edit->text().trimmed().isEmpty())
        m_meaning->clear();
    else if (date.isValid())
        m_meaning->setText(QLocale().toString(date, QLocale::LongFormat));
    else
        m_meaning->setText(tr("Not a day yet: write 2023-07-12, 20230712, today or yesterday"));
    QPalette palette = m_meaning->palette();
    const QColor error(0xb0, 0x1c, 0x1c);
    palette.setColor(QPalette::WindowText, date.isValid() ? palette.color(QPalette::PlaceholderText) : error);
    m_meaning->setPalette(palette);
    if (date != m_date) {
        m_date = date;
        Q_EMIT dateChanged(date);
    }
}

QDate DateLineEdit::parse(QStringView input, QDate today, const QLocale& locale)
{
    const QString text = input.trimmed().toString().toLower();
    if (text.isEmpty())
        return {};
    static const QRegularExpression separated(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    for (const QRegularExpression* pattern : { &separated, &compact }) {
        const QRegularExpressionMatch match = pattern->match(text);
        if (match.hasMatch())
            return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    }
    // Relative words, in English and in the interface's language.
    const QList<std::pair<QString, int>> days = {
        { QStringLiteral("today"), 0 }, { QStringLiteral("yesterday"), -1 }, { QStringLiteral("tomorrow"), 1 },
        { tr("today").toLower(), 0 }, { tr("yesterday").toLower(), -1 }, { tr("tomorrow").toLower(), 1 },
    };
    for (const auto& [word, offset] : days) {
        if (text == word)
            return today.addDays(offset);
    }
    static const QRegularExpression ago(QStringLiteral("^(\\d+) (day|days|week|weeks) ago$"));
    if (const QRegularExpressionMatch match = ago.match(text); match.hasMatch())
        return today.addDays(-match.captured(1).toInt() * (match.captured(2).startsWith(u'w') ? 7 : 1));
    for (const QLocale::FormatType format : { QLocale::ShortFormat, QLocale::LongFormat }) {
        const QDate date = locale.toDate(input.trimmed().toString(), format);
        if (date.isValid())
            return date;
    }
    return {};
}

} // namespace Entente
