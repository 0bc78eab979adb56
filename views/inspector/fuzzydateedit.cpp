#include "fuzzydateedit.h"

#include "labels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace Entente {

namespace {

const QDate noDate(1000, 1, 1);

} // namespace

FuzzyDateEdit::FuzzyDateEdit(QWidget* parent)
    : QWidget(parent)
    , m_date(new QDateEdit(this))
    , m_precision(new QComboBox(this))
{
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(noDate);
    m_date->setSpecialValueText(tr("No date"));
    m_date->setToolTip(tr("The day; for a week, month, quarter, season, year, decade or century any day of it"));
    for (DatePrecision precision : { DatePrecision::Day, DatePrecision::Week, DatePrecision::Month, DatePrecision::Quarter,
             DatePrecision::Season, DatePrecision::Year, DatePrecision::Decade, DatePrecision::Century,
             DatePrecision::Approximate })
        m_precision->addItem(Labels::datePrecision(precision), int(precision));
    m_precision->setToolTip(tr("How precise the article is about this date"));
    setFocusProxy(m_date);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_date, 1);
    layout->addWidget(m_precision);

    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (!m_setting)
            m_modified = true;
    });
    connect(m_date, &QDateEdit::editingFinished, this, &FuzzyDateEdit::editingFinished);
    connect(m_precision, &QComboBox::activated, this, [this] {
        m_modified = true;
        Q_EMIT editingFinished();
    });
}

FuzzyDateEdit::~FuzzyDateEdit()
{
    // The day picker may still lose focus while it is destroyed, after this object is gone.
    disconnect(m_date, nullptr, this, nullptr);
}

void FuzzyDateEdit::setNames(const QString& name)
{
    setObjectName(name);
    m_date->setObjectName(name + QStringLiteral("Date"));
    m_precision->setObjectName(name + QStringLiteral("Precision"));
}

FuzzyDate FuzzyDateEdit::date() const
{
    const QDate day = m_date->date();
    if (!day.isValid() || day == noDate)
        return {};
    return FuzzyDate::containing(day, static_cast<DatePrecision>(m_precision->currentData().toInt()));
}

void FuzzyDateEdit::setDate(const FuzzyDate& date)
{
    m_setting = true;
    m_date->setDate(date.isValid() ? date.date : noDate);
    m_precision->setCurrentIndex(m_precision->findData(int(date.precision)));
    m_setting = false;
    m_modified = false;
}

} // namespace Entente
