#include "event.h"

#include "fieldchecks.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace pressdesk {

namespace {

template<typename Enum, typename KeyFn>
std::optional<Enum> fromKey(const QString &key, std::initializer_list<Enum> values, KeyFn keyOf)
{
    for (Enum value : values) {
        if (keyOf(value) == key)
            return value;
    }
    return std::nullopt;
}

QString momentText(const QDateTime &moment, bool allDay)
{
    if (!moment.isValid())
        return {};
    return allDay ? moment.date().toString(Qt::ISODate) : moment.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

} // namespace

QString formatKey(EventFormat format)
{
    switch (format) {
    case EventFormat::InPerson:
        return QStringLiteral("in_person");
    case EventFormat::Online:
        return QStringLiteral("online");
    case EventFormat::Hybrid:
        return QStringLiteral("hybrid");
    }
    return {};
}

std::optional<EventFormat> formatFromKey(const QString &key)
{
    return fromKey(key, { EventFormat::InPerson, EventFormat::Online, EventFormat::Hybrid }, formatKey);
}

QString formatLabel(EventFormat format)
{
    switch (format) {
    case EventFormat::InPerson:
        return QCoreApplication::translate("EventFormat", "In person");
    case EventFormat::Online:
        return QCoreApplication::translate("EventFormat", "Online");
    case EventFormat::Hybrid:
        return QCoreApplication::translate("EventFormat", "Hybrid");
    }
    return {};
}

QString organizationRoleKey(OrganizationRole role)
{
    switch (role) {
    case OrganizationRole::Organizer:
        return QStringLiteral("organizer");
    case OrganizationRole::CoOrganizer:
        return QStringLiteral("co_organizer");
    case OrganizationRole::Funder:
        return QStringLiteral("funder");
    case OrganizationRole::Partner:
        return QStringLiteral("partner");
    }
    return {};
}

std::optional<OrganizationRole> organizationRoleFromKey(const QString &key)
{
    return fromKey(key,
        { OrganizationRole::Organizer, OrganizationRole::CoOrganizer, OrganizationRole::Funder,
            OrganizationRole::Partner },
        organizationRoleKey);
}

QString speakerRoleKey(SpeakerRole role)
{
    switch (role) {
    case SpeakerRole::Keynote:
        return QStringLiteral("keynote");
    case SpeakerRole::Panelist:
        return QStringLiteral("panelist");
    case SpeakerRole::Host:
        return QStringLiteral("host");
    }
    return {};
}

std::optional<SpeakerRole> speakerRoleFromKey(const QString &key)
{
    return fromKey(key, { SpeakerRole::Keynote, SpeakerRole::Panelist, SpeakerRole::Host }, speakerRoleKey);
}

ValidationIssues Event::validate() const
{
    ValidationIssues issues;
    auto add = [&issues](const char *field, const QString &message) {
        issues.append({ QString::fromLatin1(field), message });
    };
    if (name.trimmed().isEmpty())
        add("name", QCoreApplication::translate("Validation", "The event name is required."));
    if (!start.isValid())
        add("start", QCoreApplication::translate("Validation", "The start date is required."));
    if (start.isValid() && end.isValid()) {
        const bool endsBefore = allDay ? end.date() < start.date() : end < start;
        if (endsBefore)
            add("end", QCoreApplication::translate("Validation", "The event cannot end before it starts."));
    }
    if (!allDay && !timeZone.isEmpty() && !fieldchecks::isValidTimeZone(timeZone))
        add("time_zone", QCoreApplication::translate("Validation", "\"%1\" is not a known time zone.").arg(timeZone));
    if (!onlineUrl.isEmpty() && !fieldchecks::isValidWebUrl(onlineUrl))
        add("online_url",
            QCoreApplication::translate("Validation", "The online link must be an http or https address."));
    return issues;
}

QString Event::startText() const
{
    return momentText(start, allDay);
}

QString Event::endText() const
{
    return momentText(end, allDay);
}

QDateTime Event::parseMoment(const QString &text, const QString &timeZone)
{
    if (text.isEmpty())
        return {};
    const QTimeZone zone(timeZone.toUtf8());
    if (text.size() == 10) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return zone.isValid() ? QDateTime(date, QTime(0, 0), zone) : QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    QDateTime local = QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!local.isValid())
        return {};
    return zone.isValid() ? QDateTime(local.date(), local.time(), zone)
                          : QDateTime(local.date(), local.time(), Qt::UTC);
}

} // namespace pressdesk
