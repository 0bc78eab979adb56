#include "txtsavechoice.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace Entente {

TxtSaveChoice::TxtSaveChoice(QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
{
}

TxtSaveChoice::~TxtSaveChoice() = default;

QString TxtSaveChoice::ententePathFor(const QString& txtPath)
{
    const QFileInfo info(txtPath);
    return info.absolutePath() + u'/' + info.completeBaseName() + QStringLiteral(".entente");
}

QString TxtSaveChoice::targetFor(const QString& path)
{
    if (QFileInfo(path).suffix().compare(u"txt", Qt::CaseInsensitive) != 0)
        return path;
    const QString beside = ententePathFor(path);
    Answer answer;
    if (m_remembered) {
        answer = *m_remembered;
    } else {
        bool remember = true;
        const bool exists = QFileInfo::exists(beside);
        answer = m_ask ? m_ask(path, beside, exists, &remember) : askWithDialog(path, beside, exists, &remember);
        if (remember && answer != Answer::Cancel)
            m_remembered = answer;
    }
    switch (answer) {
    case Answer::SaveBeside: return beside;
    case Answer::WriteIntoTxt: return path;
    case Answer::Cancel: break;
    }
    return {};
}

TxtSaveChoice::Answer TxtSaveChoice::askWithDialog(const QString& txtPath, const QString& ententePath, bool besideExists,
    bool* remember)
{
    const QString txt = QFileInfo(txtPath).fileName();
    const QString entente = QFileInfo(ententePath).fileName();
    QMessageBox box(QMessageBox::Question, tr("Save as an Entente File?"),
        tr("“%1” is a plain text file. Save the annotated article as “%2” beside it?").arg(txt, entente),
        QMessageBox::Cancel, m_dialogParent);
    box.setInformativeText(besideExists
            ? tr("The .txt file stays as it was. “%1” already exists and will be replaced.").arg(entente)
            : tr("The .txt file stays as it was; Entente goes on with “%1”. Writing into the .txt puts the "
                 "marks and records into it.")
                  .arg(entente));
    QPushButton* beside = box.addButton(tr("Save as “%1”").arg(entente), QMessageBox::AcceptRole);
    QPushButton* into = box.addButton(tr("Write into “%1”").arg(txt), QMessageBox::DestructiveRole);
    box.setDefaultButton(beside);
    auto* every = new QCheckBox(tr("Do the same for every .txt article until Entente quits"), &box);
    every->setChecked(true);
    box.setCheckBox(every);
    box.exec();
    *remember = every->isChecked();
    if (box.clickedButton() == beside)
        return Answer::SaveBeside;
    if (box.clickedButton() == into)
        return Answer::WriteIntoTxt;
    return Answer::Cancel;
}

} // namespace Entente
