#pragma once

#include "domain/medialist.h"
#include "recipient.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pressdesk {

class Database;

// Who a send reaches: the hand-added members and the saved filter's matches of each named
// list, plus contacts picked one by one; one recipient per e-mail address (compared without
// case), so that a person on two lists gets one message. Contacts marked "do not contact",
// bounced ones and those without an address are left out and reported with the reason.
class RecipientResolver final
{
public:
    struct Exclusion
    {
        enum class Reason { DoNotContact, Bounced, NoEmail };
        qint64 contactId = 0;
        QString name;
        QString email;
        Reason reason = Reason::DoNotContact;
        QString detail; // a bounce: the server's reply

        QString reasonKey() const; // "do_not_contact", "bounced", "no_email"
        QString reasonText() const; // readable, with the bounce's date and reply
    };

    explicit RecipientResolver(Database &database);

    // nullopt with *error naming the list or contact that does not exist, or a storage error.
    std::optional<QList<Recipient>> resolve(
        const QStringList &listNames, const QList<qint64> &contactIds, QList<Exclusion> *excluded, QString *error);
    // The same for lists given as values (a list being edited, not saved yet).
    std::optional<QList<Recipient>> resolveLists(
        const QList<MediaList> &lists, const QList<qint64> &contactIds, QList<Exclusion> *excluded, QString *error);

private:
    Database &m_database;
};

} // namespace pressdesk
