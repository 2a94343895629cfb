#pragma once

#include "domain/release.h"
#include "export/exportcontext.h"
#include "recipient.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace pressdesk {

// Who a release e-mail is from, and where people can ask not to get more.
struct MailSender
{
    QString name;
    QString email;
    QString listUnsubscribe; // "mailto:…" or "https://…"; empty: no List-Unsubscribe header
};

// One finished RFC 5322 message, ready for SMTP or a .eml file.
struct ComposedMessage
{
    qint64 releaseId = 0;
    int revision = 0; // the release's version when composed
    QString language;
    QString subject;
    QString messageId; // without angle brackets
    QByteArray bytes; // CRLF line ends
};

// Builds release e-mails with vmime (MIME structure, RFC 2047 words, RFC 2231 file names,
// line folding): multipart/mixed holding multipart/alternative (plain text and inline-
// styled HTML) and the PDF of the recipient's language version, and the linked events'
// .ics when asked. The versions are the translation group's sendable releases; each is
// rendered once (PDF, HTML, text), so composing for many recipients costs little more
// than writing out their messages.
class MessageComposer final
{
public:
    explicit MessageComposer(const MailSender &sender);
    ~MessageComposer();
    MessageComposer(const MessageComposer &) = delete;
    MessageComposer &operator=(const MessageComposer &) = delete;

    void setAttachCalendar(bool attach) { m_attachCalendar = attach; }
    // The first version added is the fallback for recipients whose languages none matches.
    void addVersion(const Release &release, const ExportContext &context);
    int versionCount() const;
    const Release &version(int index) const;
    // The version for a recipient: the first of their languages that the group has.
    int versionFor(const QStringList &languages) const;

    // Renders a version's PDF, calendar and text once, ahead of composing; false with error
    // set when the PDF could not be made.
    bool prepareVersion(int version, QString *error);
    // A personal message: To the recipient, greeting them by name. Empty bytes with error
    // set when a version could not be rendered.
    ComposedMessage compose(int version, const Recipient &recipient, QString *error);
    // A draft for the officer's own mail program: To the sender, everyone in Bcc, a
    // greeting for all, X-Unsent: 1.
    ComposedMessage composeDraft(int version, const QList<Recipient> &bcc, QString *error);

    // vmime needs its platform handler before any message is built; idempotent.
    static void initializeVmime();

private:
    struct Version;
    bool prepare(Version &version, QString *error);
    ComposedMessage build(Version &version, const QList<Recipient> &to, bool draft, QString *error);

    MailSender m_sender;
    bool m_attachCalendar = true;
    QList<std::shared_ptr<Version>> m_versions;
};

} // namespace pressdesk
