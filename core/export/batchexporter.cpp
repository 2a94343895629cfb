#include "batchexporter.h"

#include "exportfile.h"
#include "exportsource.h"
#include "releaseexporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>
#include <QThread>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>

namespace pressdesk {

namespace {

struct Job
{
    Release release;
    ExportContext context;
    BatchExporter::Result result;
};

} // namespace

BatchExporter::BatchExporter(Database &database, ExportFormat format, QString folder)
    : m_database(database)
    , m_format(format)
    , m_folder(std::move(folder))
{ }

QList<BatchExporter::Result> BatchExporter::run(const QList<qint64> &releaseIds, const Progress &progress)
{
    m_cancelled = false;
    const QDir folder(m_folder);
    const int total = static_cast<int>(releaseIds.size());

    // Reading stays on this thread: the database connection belongs to it.
    ExportSource source(m_database);
    std::vector<Job> jobs;
    jobs.reserve(releaseIds.size());
    QSet<QString> names;
    for (qint64 id : releaseIds) {
        Job job;
        job.result.releaseId = id;
        const std::optional<Release> release = source.release(id);
        if (!release) {
            job.result.error = source.errorString().isEmpty()
                ? QCoreApplication::translate("Export", "There is no release with id %1.").arg(id)
                : source.errorString();
        } else {
            job.release = *release;
            job.context = source.contextFor(*release);
            job.context.paperSize = m_options.paperSize;
            job.context.pdfA = m_options.pdfA;
            job.context.fragment = m_options.fragment;
            QString name = ExportFile::releaseFileName(*release, m_format);
            // Two releases of a day with the same headline (a translation kept in the same
            // words) must not overwrite each other.
            if (names.contains(name))
                name.insert(name.lastIndexOf(QLatin1Char('.')), QStringLiteral("-%1").arg(id));
            names.insert(name);
            job.result.path = folder.filePath(name);
        }
        jobs.push_back(std::move(job));
    }

    std::mutex mutex;
    std::condition_variable finishedOne;
    std::deque<size_t> finished;
    std::atomic<size_t> next { 0 };
    std::atomic<bool> cancel { false };
    const auto work = [&] {
        for (;;) {
            const size_t index = next.fetch_add(1);
            if (index >= jobs.size() || cancel.load())
                return;
            Job &job = jobs[index];
            if (job.result.error.isEmpty()) {
                QString error;
                const QByteArray bytes = ReleaseExporter::render(m_format, job.release, job.context, &error);
                if (bytes.isEmpty() && !error.isEmpty())
                    job.result.error = error;
                else if (!ExportFile::write(job.result.path, bytes, &error))
                    job.result.error = error;
                else
                    job.result.ok = true;
            }
            {
                const std::lock_guard lock(mutex);
                finished.push_back(index);
            }
            finishedOne.notify_one();
        }
    };

    const int threads = qBound(1, m_threadCount > 0 ? m_threadCount : QThread::idealThreadCount(), qMax(1, total));
    // QThreads, not std::threads: QTextDocument's layout starts timers, which need the
    // event dispatcher a QThread provides.
    std::vector<std::unique_ptr<QThread>> workers;
    for (int i = 0; i < threads; ++i) {
        workers.emplace_back(QThread::create(work));
        workers.back()->start();
    }

    QList<Result> results;
    int done = 0;
    while (done < total && !cancel.load()) {
        std::deque<size_t> batch;
        {
            std::unique_lock lock(mutex);
            finishedOne.wait_for(lock, std::chrono::milliseconds(50), [&] { return !finished.empty(); });
            batch.swap(finished);
        }
        for (size_t index : batch) {
            ++done;
            results.append(jobs[index].result);
            if (progress && !cancel.load() && !progress(done, total, jobs[index].result)) {
                cancel.store(true);
                m_cancelled = true;
            }
        }
    }
    for (const std::unique_ptr<QThread> &worker : workers)
        worker->wait();
    // Workers finish the file in hand after a cancel; those files are whole and reported.
    for (size_t index : finished)
        results.append(jobs[index].result);
    return results;
}

} // namespace pressdesk
