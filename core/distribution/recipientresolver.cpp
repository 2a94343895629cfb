#include "recipientresolver.h"

#include "storage/contactrepository.h"
#include "storage/medialistrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace pressdesk {

QString RecipientResolver::Exclusion::reasonKey() const
{
    switch (reason) {
    case Reason::DoNotContact:
        return QStringLiteral("do_not_contact");
    case Reason::Bounced:
        return QStringLiteral("bounced");
    case Reason::NoEmail:
        return QStringLiteral("no_email");
    }
    return {};
}

QString RecipientResolver::Exclusion::reasonText() const
{
    switch (reason) {
    case Reason::DoNotContact:
        return QCoreApplication::translate("Distribution", "marked \"do not contact\"");
    case Reason::Bounced:
        return detail.isEmpty() ? QCoreApplication::translate("Distribution", "the address bounced")
                                : QCoreApplication::translate("Distribution", "the address bounced: %1").arg(detail);
    case Reason::NoEmail:
        return QCoreApplication::translate("Distribution", "no e-mail address");
    }
    return {};
}

RecipientResolver::RecipientResolver(Database &database)
    : m_database(database)
{ }

std::optional<QList<Recipient>> RecipientResolver::resolve(
    const QStringList &listNames, const QList<qint64> &contactIds, QList<Exclusion> *excluded, QString *error)
{
    MediaListRepository repository(m_database);
    QList<MediaList> lists;
    for (const QString &name : listNames) {
        const std::optional<MediaList> list = repository.loadByName(name);
        if (!list) {
            if (error)
                *error = !repository.errorString().isEmpty()
                    ? repository.errorString()
                    : QCoreApplication::translate("Distribution", "There is no media list named \"%1\".").arg(name);
            return std::nullopt;
        }
        lists.append(*list);
    }
    return resolveLists(lists, contactIds, excluded, error);
}

std::optional<QList<Recipient>> RecipientResolver::resolveLists(
    const QList<MediaList> &lists, const QList<qint64> &contactIds, QList<Exclusion> *excluded, QString *error)
{
    ContactRepository contacts(m_database);
    const auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };

    // Every live contact once, by id; the lists pick from them.
    const QList<MediaContact> everyone = contacts.list();
    if (!contacts.errorString().isEmpty())
        return failWith(contacts.errorString());
    QHash<qint64, const MediaContact *> byId;
    for (const MediaContact &contact : everyone)
        byId.insert(contact.id, &contact);

    QList<qint64> picked;
    QSet<qint64> seen;
    const auto pick = [&](qint64 id) {
        if (!seen.contains(id)) {
            seen.insert(id);
            picked.append(id);
        }
    };
    for (const MediaList &list : lists) {
        for (qint64 id : list.memberIds)
            pick(id);
        if (!list.filter.trimmed().isEmpty()) {
            const QList<MediaContact> matches = contacts.search(list.filter);
            if (!contacts.errorString().isEmpty())
                return failWith(contacts.errorString());
            for (const MediaContact &contact : matches)
                pick(contact.id);
        }
    }
    for (qint64 id : contactIds) {
        if (!byId.contains(id))
            return failWith(
                QCoreApplication::translate("Distribution", "There is no media contact with id %1.").arg(id));
        pick(id);
    }

    QList<Recipient> recipients;
    QSet<QString> addresses;
    for (qint64 id : std::as_const(picked)) {
        const MediaContact *contact = byId.value(id);
        if (!contact)
            continue;
        const QString address = contact->email.trimmed();
        std::optional<Exclusion::Reason> reason;
        if (contact->doNotContact)
            reason = Exclusion::Reason::DoNotContact;
        else if (contact->isBounced())
            reason = Exclusion::Reason::Bounced;
        else if (address.isEmpty())
            reason = Exclusion::Reason::NoEmail;
        if (reason) {
            if (excluded) {
                QString detail;
                if (*reason == Exclusion::Reason::Bounced)
                    detail = QStringLiteral("%1 (%2)").arg(
                        contact->bounceReply, contact->bouncedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd")));
                if (contact->bounceReply.isEmpty() && *reason == Exclusion::Reason::Bounced)
                    detail = contact->bouncedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
                excluded->append({ contact->id, contact->name, address, *reason, detail });
            }
            continue;
        }
        const QString key = address.toCaseFolded();
        if (addresses.contains(key))
            continue;
        addresses.insert(key);
        Recipient recipient;
        recipient.contactId = contact->id;
        recipient.name = contact->name;
        recipient.email = address;
        recipient.languages = contact->languages;
        recipient.respectsEmbargoes = contact->respectsEmbargoes;
        recipients.append(recipient);
    }
    return recipients;
}

} // namespace pressdesk
