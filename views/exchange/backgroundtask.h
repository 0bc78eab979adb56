// Runs work off the UI thread behind a progress dialog with Cancel. The work must only read what it
// was given (copies of implicitly shared values); Cancel returns at once and its result is dropped.
#pragma once

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>

namespace Entente {

template<typename Result>
std::optional<Result> runInBackground(QWidget* parent, const QString& label, std::function<Result()> work)
{
    auto result = std::make_shared<std::optional<Result>>();
    QThread* thread = QThread::create([result, work = std::move(work)] { *result = work(); });
    QProgressDialog progress(label, QProgressDialog::tr("Cancel"), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    // The thread deletes itself when done, also after a Cancel: nothing waits for it.
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    loop.exec();
    if (progress.wasCanceled())
        return std::nullopt;
    return *result;
}

} // namespace Entente
