#pragma once

#include "messagecomposer.h"
#include "recipient.h"

#include <QList>
#include <QString>

#include <memory>

namespace pressdesk {

class Database;

// The rules of sending one release: which versions of its translation group may go, who
// may get it, and which version each person gets. Shared by the command line and the Send
// dialog. A test send (to the officer) skips the status and embargo rules.
class ReleaseMailing final
{
public:
    struct Assignment
    {
        Recipient recipient;
        int version = 0; // index into the composer's versions
    };
    struct Refusal
    {
        Recipient recipient;
        QString reason;
    };

    ReleaseMailing(Database &database, const MailSender &sender);
    ~ReleaseMailing();

    // Loads the release and the versions of its group that may be sent (approved or
    // published; any status for a test send). False with errorString() when the release
    // does not exist or may not be sent.
    bool load(qint64 releaseId, bool testSend);
    // Each address once (a person on two lists gets one message); people who do not respect
    // embargoes are refused while the release is under embargo.
    QList<Assignment> assign(const QList<Recipient> &recipients, QList<Refusal> *refused) const;
    // True while the release's embargo lies ahead.
    bool isUnderEmbargo() const;

    const Release &release() const;
    MessageComposer &composer() { return *m_composer; }
    QString errorString() const { return m_error; }

private:
    Database &m_database;
    std::unique_ptr<MessageComposer> m_composer;
    bool m_testSend = false;
    QString m_error;
};

} // namespace pressdesk
