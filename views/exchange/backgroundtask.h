// Runs work off the UI thread behind a progress dialog with Cancel. The work must only read what it
// was given (copies of implicitly shared values); Cancel returns at once and its result is dropped.
#pragma once

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Entente {

// What work on another thread tells its dialog, and what it is told: how far it is, whether to stop.
class BackgroundProgress
{
public:
    // done of total steps (0 of 0: no measure yet); returns false once Cancel was pressed.
    bool report(int done, int total)
    {
        m_done.store(done, std::memory_order_relaxed);
        m_total.store(total, std::memory_order_relaxed);
        return !m_cancelled.load(std::memory_order_relaxed);
    }
    int done() const { return m_done.load(std::memory_order_relaxed); }
    int total() const { return m_total.load(std::memory_order_relaxed); }
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }

private:
    std::atomic<int> m_done { 0 };
    std::atomic<int> m_total { 0 };
    std::atomic<bool> m_cancelled { false };
};

// The dialog shows the steps the work reports; Cancel also tells the work to stop.
template<typename Result>
std::optional<Result> runInBackground(QWidget* parent, const QString& label,
                                      std::function<Result(BackgroundProgress& progress)> work)
{
    auto progress = std::make_shared<BackgroundProgress>();
    auto result = std::make_shared<std::optional<Result>>();
    QThread* thread = QThread::create([result, progress, work = std::move(work)] { *result = work(*progress); });
    QProgressDialog dialog(label, QProgressDialog::tr("Cancel"), 0, 0, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, [progress] { progress->cancel(); });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&dialog, progress] {
        const int total = progress->total();
        if (dialog.maximum() != total)
            dialog.setRange(0, total);
        if (total > 0)
            dialog.setValue(progress->done());
    });
    poll.start(100);
    // The thread deletes itself when done, also after a Cancel: nothing waits for it.
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    loop.exec();
    if (dialog.wasCanceled())
        return std::nullopt;
    return *result;
}

// Work that reports no steps: the dialog shows that it is busy.
template<typename Result>
std::optional<Result> runInBackground(QWidget* parent, const QString& label, std::function<Result()> work)
{
    return runInBackground<Result>(parent, label,
                                   std::function<Result(BackgroundProgress&)>(
                                       [work = std::move(work)](BackgroundProgress&) { return work(); }));
}

} // namespace Entente
