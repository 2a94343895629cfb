#pragma once

#include "exportcontext.h"
#include "exportformat.h"

#include <QList>
#include <QString>

#include <functional>

namespace pressdesk {

class Database;

// Exports many releases to one folder, one file each, named by date and headline. The
// database is read on the calling thread; layout and writing run on every core. Each file
// is written to a temporary name and renamed, so a cancel or a failure leaves only whole
// files. The calling thread gets progress and may cancel.
class BatchExporter final
{
public:
    struct Result
    {
        qint64 releaseId = 0;
        QString path;
        bool ok = false;
        QString error;
    };
    // Called on the calling thread after each file; return false to cancel the rest.
    using Progress = std::function<bool(int done, int total, const Result &result)>;

    BatchExporter(Database &database, ExportFormat format, QString folder);

    // Paper size and PDF/A of every file.
    void setOptions(const ExportContext &options) { m_options = options; }
    void setThreadCount(int count) { m_threadCount = count; }
    QList<Result> run(const QList<qint64> &releaseIds, const Progress &progress = {});
    bool wasCancelled() const { return m_cancelled; }

private:
    Database &m_database;
    ExportFormat m_format;
    QString m_folder;
    ExportContext m_options;
    int m_threadCount = 0;
    bool m_cancelled = false;
};

} // namespace pressdesk
