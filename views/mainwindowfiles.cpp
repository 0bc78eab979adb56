// The main window's files: opening articles and folders (on the loader's worker, with progress in
// the status bar), saving them, and the questions asked before unsaved work could be lost.
#include "mainwindow.h"

#include "articleloader.h"
#include "articleset.h"
#include "articletabs.h"
#include "autosaver.h"
#include "corpusstore.h"
#include "diskchangebanner.h"
#include "problemmodel.h"
#include "safefile.h"
#include "txtsavechoice.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>

namespace Entente {

namespace {
const QString articleFilter()
{
    return MainWindow::tr("Articles (*.entente *.txt);;All files (*)");
}
} // namespace

void MainWindow::startOpening(const QStringList& paths)
{
    for (const QString& path : paths)
        addRecentFile(QFileInfo(path).absoluteFilePath());
    m_loader->open(paths);
}

bool MainWindow::openPaths(const QStringList& paths)
{
    m_lastOpened = 0;
    startOpening(paths);
    m_loader->waitForFinished();
    return m_lastOpened > 0;
}

void MainWindow::loadingStarted()
{
    m_openedBefore = m_articles->count();
    m_loadBar->setRange(0, 0);
    m_loadBar->setVisible(true);
    m_loadCancel->setVisible(true);
    statusBar()->showMessage(tr("Opening articles…"));
}

void MainWindow::loadingProgress(int done, int total)
{
    m_loadBar->setRange(0, total);
    m_loadBar->setValue(done);
    statusBar()->showMessage(total > 0 ? tr("Opening articles… %L1 of %L2").arg(done).arg(total) : tr("Listing the folder…"));
}

void MainWindow::loadingFinished(int opened, const QList<ArticleSet::LoadError>& errors, bool cancelled)
{
    m_lastOpened = opened;
    m_loadBar->setVisible(false);
    m_loadCancel->setVisible(false);
    statusBar()->showMessage(cancelled ? tr("Stopped: %n article(s) opened", nullptr, opened)
                                       : tr("%n article(s) opened", nullptr, opened),
        6000);
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const ArticleSet::LoadError& error : errors)
            lines.append(error.message);
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Some files could not be opened"),
            tr("%n file(s) could not be opened.", nullptr, int(errors.size())), QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setDetailedText(lines.join(u'\n'));
        box->setInformativeText(lines.first());
        box->open();
    }
    // The first of the new articles in the tabs' order is shown (its text document was made a
    // turn earlier, on aboutToFinish()).
    if (const int first = firstOpenedArticle(); first >= 0)
        showArticle(first);
}

int MainWindow::firstOpenedArticle() const
{
    int first = -1;
    for (int i = m_openedBefore; i < m_articles->count(); ++i) {
        if (first < 0 || m_tabs->rankOf(i) < m_tabs->rankOf(first))
            first = i;
    }
    return first;
}

// Entries of opened folders that were not read go to the Problems list, each with its reason.
void MainWindow::listSkippedFiles(const QList<Format::SkippedFile>& entries)
{
    QList<Diagnostic> problems;
    problems.reserve(entries.size());
    for (const Format::SkippedFile& entry : entries)
        problems.append({ entry.path, 0, 0, Severity::Warning, tr("skipped: %1").arg(entry.reason) });
    m_problemModel->addFileProblems(problems);
    refreshStatus();
}

void MainWindow::openFiles()
{
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open Articles"),
        settings.value(QStringLiteral("paths/lastFolder")).toString(), articleFilter());
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("paths/lastFolder"), QFileInfo(files.first()).absolutePath());
    startOpening(files);
}

void MainWindow::openFolder()
{
    QSettings settings;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Folder of Articles"),
        settings.value(QStringLiteral("paths/lastFolder")).toString());
    if (folder.isEmpty())
        return;
    settings.setValue(QStringLiteral("paths/lastFolder"), folder);
    startOpening({ folder });
}

bool MainWindow::save(int index)
{
    if (index < 0)
        return false;
    // A .txt article is saved as .entente beside it when the analyst says so; the .txt stays.
    const QString target = m_txtSave->targetFor(m_articles->path(index));
    if (target.isEmpty())
        return false;
    if (target != m_articles->path(index)) {
        QString error;
        if (!m_articles->saveAs(index, target, &error)) {
            QMessageBox::critical(this, tr("Could not save"), error);
            return false;
        }
        addRecentFile(target);
        showArticle(index);
        statusBar()->showMessage(tr("Saved %1").arg(target), 4000);
        return true;
    }
    if (m_articles->isReadOnly(index))
        return saveAs(index);
    if (!m_diskBanner->confirmOverwrite(index))
        return false; // another program changed the file: never overwritten without asking
    QString error;
    if (!m_articles->save(index, &error)) {
        QMessageBox::critical(this, tr("Could not save"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_articles->path(index)), 4000);
    return true;
}

bool MainWindow::saveAs(int index)
{
    if (index < 0)
        return false;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Article As"), m_articles->path(index), articleFilter());
    if (path.isEmpty())
        return false;
    QString error;
    if (!m_articles->saveAs(index, path, &error)) {
        QMessageBox::critical(this, tr("Could not save"), error);
        return false;
    }
    addRecentFile(path);
    showArticle(index);
    return true;
}

void MainWindow::exportPlainText()
{
    const int index = currentArticle();
    if (index < 0)
        return;
    const QFileInfo info(m_articles->path(index));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Plain Text"),
        info.absolutePath() + u'/' + info.completeBaseName() + QStringLiteral(".txt"), tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!SafeFile::write(path, m_articles->plainText(index), &error))
        QMessageBox::critical(this, tr("Could not export"), error);
}

bool MainWindow::maybeSave()
{
    QList<int> modified;
    for (int i = 0; i < m_articles->count(); ++i) {
        if (m_articles->isModified(i))
            modified.append(i);
    }
    if (modified.isEmpty())
        return true;
    if (modified.size() == 1) {
        const int index = modified.constFirst();
        showArticle(index);
        const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
            tr("%1 has changes that are not saved. Save them?").arg(QFileInfo(m_articles->path(index)).fileName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        return answer == QMessageBox::Discard || (answer == QMessageBox::Save && save(index));
    }
    // Several (a change across articles may touch thousands): one question for all, naming them.
    constexpr int named = 12;
    QStringList names;
    for (const int index : modified.first(std::min<qsizetype>(modified.size(), named)))
        names.append(QFileInfo(m_articles->path(index)).fileName());
    if (modified.size() > named)
        names.append(tr("and %1 more").arg(modified.size() - named));
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
        tr("%1 articles have changes that are not saved. Save them all?").arg(modified.size()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    box.setInformativeText(names.join(u'\n'));
    const int answer = box.exec();
    if (answer != QMessageBox::Save)
        return answer == QMessageBox::Discard;
    for (const int index : std::as_const(modified)) {
        if (!save(index))
            return false;
    }
    return true;
}

} // namespace Entente
