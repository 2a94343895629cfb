#pragma once

#include "storageerror.h"
#include "transaction.h"

namespace pressdesk {

template<typename Body>
bool Repository::write(qint64 &id, Body &&body)
{
    m_error.clear();
    try {
        Transaction transaction(m_database);
        body();
        transaction.commit();
    } catch (const StorageError &error) {
        m_error = refusalOrMessage(error);
        return false;
    }
    if (m_database.transactionDepth() == 0)
        m_database.notifyChanged(m_entity, id);
    return true;
}

template<typename Body>
bool Repository::read(Body &&body)
{
    m_error.clear();
    try {
        body();
    } catch (const StorageError &error) {
        m_error = refusalOrMessage(error);
        return false;
    }
    return true;
}

} // namespace pressdesk
