#include "releasemailing.h"

#include "export/exportsource.h"
#include "storage/database.h"
#include "storage/releaserepository.h"

#include <QCoreApplication>
#include <QSet>

namespace pressdesk {

namespace {

bool isSendable(ReleaseStatus status)
{
    return status == ReleaseStatus::Approved || status == ReleaseStatus::Published;
}

} // namespace

ReleaseMailing::ReleaseMailing(Database &database, const MailSender &sender)
    : m_database(database)
    , m_composer(std::make_unique<MessageComposer>(sender))
{ }

ReleaseMailing::~ReleaseMailing() = default;

bool ReleaseMailing::load(qint64 releaseId, bool testSend)
{
    m_testSend = testSend;
    ReleaseRepository repository(m_database);
    const std::optional<Release> release = repository.load(releaseId);
    if (!release || release->deletedAt.isValid()) {
        m_error = repository.errorString().isEmpty()
            ? QCoreApplication::translate("Cli", "There is no release with id %1.").arg(releaseId)
            : repository.errorString();
        return false;
    }
    if (!testSend && !isSendable(release->status)) {
        m_error = QCoreApplication::translate("Cli",
            "Release %1 is %2: only an approved or published release can be sent (a test send to yourself "
            "works at any status).")
                      .arg(releaseId)
                      .arg(statusKey(release->status));
        return false;
    }
    ExportSource source(m_database);
    m_composer->addVersion(*release, source.contextFor(*release));
    const QList<Release> group = repository.translations(release->translationGroup);
    for (const Release &summary : group) {
        if (summary.id == release->id || (!testSend && !isSendable(summary.status)))
            continue;
        std::optional<Release> version = repository.load(summary.id);
        if (version && !version->deletedAt.isValid())
            m_composer->addVersion(*version, source.contextFor(*version));
    }
    if (!source.errorString().isEmpty()) {
        m_error = source.errorString();
        return false;
    }
    return true;
}

const Release &ReleaseMailing::release() const
{
    return m_composer->version(0);
}

bool ReleaseMailing::isUnderEmbargo() const
{
    const Release &original = release();
    return original.isEmbargoed() && original.embargoUntil > QDateTime::currentDateTimeUtc();
}

QList<ReleaseMailing::Assignment> ReleaseMailing::assign(
    const QList<Recipient> &recipients, QList<Refusal> *refused) const
{
    QList<Assignment> assignments;
    QSet<QString> seen;
    const bool embargo = isUnderEmbargo() && !m_testSend;
    for (const Recipient &recipient : recipients) {
        const QString key = recipient.email.trimmed().toLower();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        if (embargo && !recipient.respectsEmbargoes) {
            if (refused)
                refused->append({ recipient,
                    QCoreApplication::translate("Cli",
                        "the release is under embargo and this person is not known "
                        "to respect embargoes") });
            continue;
        }
        assignments.append({ recipient, m_composer->versionFor(recipient.languages) });
    }
    return assignments;
}

} // namespace pressdesk
