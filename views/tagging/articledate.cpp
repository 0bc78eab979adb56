// The dialog that asks for an article's publication date (Tagger::askArticleDate).
#include "tagger.h"

#include "datelineedit.h"
#include "dateresolution.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Entente {

QDate Tagger::chooseArticleDate(QWidget* parent, const Document& doc)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Article Date"));
    auto* layout = new QFormLayout(&dialog);
    auto* note = new QLabel(tr("Dates like “on Thursday” or “last week” are resolved against the day the "
                               "article was published. When was it?"),
        &dialog);
    note->setWordWrap(true);
    layout->addRow(note);
    // Typed as the analyst writes it (2015-11-20, 20151120, yesterday): no sections to jump between.
    auto* date = new DateLineEdit(&dialog);
    date->setObjectName(QStringLiteral("articleDate"));
    const QDate guess = guessArticleDate(doc);
    date->setDate(guess.isValid() ? guess : QDate::currentDate());
    date->lineEdit()->selectAll();
    layout->addRow(tr("&Published on:"), date);
    if (guess.isValid())
        layout->addRow(new QLabel(tr("Guessed from the dates written in the article: check it."), &dialog));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(date, &DateLineEdit::dateChanged, buttons,
        [buttons](QDate day) { buttons->button(QDialogButtonBox::Ok)->setEnabled(day.isValid()); });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addRow(buttons);
    return dialog.exec() == QDialog::Accepted ? date->date() : QDate();
}

} // namespace Entente
