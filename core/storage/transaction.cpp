#include "transaction.h"

#include "database.h"
#include "query.h"
#include "storageerror.h"

namespace pressdesk {

Transaction::Transaction(Database &database)
    : m_database(database)
{
    m_level = m_database.transactionDepth();
    if (m_level == 0) {
        // Up to two tries: the locks may go missing between the check and BEGIN.
        for (int attempt = 0;; ++attempt) {
            m_database.guardWrites();
            run(m_database.beginStatement());
            if (m_database.locksStillHeld())
                break;
            run("ROLLBACK");
            if (attempt == 1)
                throw StorageError(QStringLiteral("the database lock was lost while a write began"));
        }
    } else
        run(QStringLiteral("SAVEPOINT level_%1").arg(m_level).toLatin1().constData());
    ++m_database.transactionDepth();
    m_open = true;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    --m_database.transactionDepth();
    m_open = false;
    try {
        if (m_level == 0) {
            run("ROLLBACK");
        } else {
            const QByteArray name = QStringLiteral("level_%1").arg(m_level).toLatin1();
            run(QByteArray("ROLLBACK TO " + name).constData());
            run(QByteArray("RELEASE " + name).constData());
        }
    } catch (const StorageError &) {
        // SQLite rolls back by itself when the connection is lost; nothing more to do here.
    }
}

void Transaction::commit()
{
    if (!m_open)
        return;
    if (m_level == 0)
        run("COMMIT");
    else
        run(QStringLiteral("RELEASE level_%1").arg(m_level).toLatin1().constData());
    --m_database.transactionDepth();
    m_open = false;
}

void Transaction::run(const char *sql)
{
    Query(m_database.connection(), QString::fromLatin1(sql)).exec();
}

} // namespace pressdesk
