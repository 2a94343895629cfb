#include "clicontext.h"

#include "databaselocation.h"
#include "storage/database.h"
#include "storage/teamrepository.h"

#include <QCoreApplication>

namespace pressdesk {

CliContext::CliContext(QString databasePath, bool isDefaultDatabase, QTextStream &outStream, QTextStream &errStream)
    : out(outStream)
    , err(errStream)
    , m_databasePath(std::move(databasePath))
    , m_isDefaultDatabase(isDefaultDatabase)
{ }

CliContext::~CliContext() = default;

Database *CliContext::openDatabase()
{
    if (m_database)
        return m_database.get();
    QString error;
    if (!DatabaseLocation { m_databasePath, m_isDefaultDatabase }.prepareFolder(&error)) {
        failure(error);
        return nullptr;
    }
    auto database = std::make_unique<Database>();
    // A command waits longer than the window for another writer to finish: a script's
    // import or a bulk demo beside it holds the write lock for seconds, and nobody is
    // waiting at a frozen screen.
    database->setBusyTimeout(commandBusyTimeoutMs);
    if (!database->open(m_databasePath)) {
        failure(database->errorString());
        return nullptr;
    }
    if (!m_passwordCommand && TeamRepository(*database).mustChangePassword()) {
        m_refusedForPassword = true;
        failure(QCoreApplication::translate("Cli",
            "%1 connected with a one-time password and must choose their own first: run pressdesk team password "
            "(it reads the new password from standard input).")
                    .arg(TeamRepository(*database).currentUser()));
        return nullptr;
    }
    m_database = std::move(database);
    return m_database.get();
}

int CliContext::usageError(const QString &problem, const QString &usage)
{
    err << problem << "\nUsage: " << usage << '\n';
    return ExitUsage;
}

int CliContext::failure(const QString &message)
{
    err << message << '\n';
    return ExitFailure;
}

} // namespace pressdesk
