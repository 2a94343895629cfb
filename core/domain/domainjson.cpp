#include "domainjson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pressdesk::json {

namespace {

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue idValue(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

} // namespace

QByteArray compact(const QJsonObject &object)
{
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    QByteArray result;
    result.reserve(text.size());
    const auto surrogateAt = [&](qsizetype at, char16_t low, char16_t high) {
        if (at + 6 > text.size() || text.at(at) != '\\' || text.at(at + 1) != 'u')
            return false;
        bool ok = false;
        const uint unit = text.mid(at + 2, 4).toUInt(&ok, 16);
        return ok && unit >= low && unit <= high;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != '\\') {
            result.append(text.at(i));
            continue;
        }
        // Outside strings compact JSON has no backslash; inside, each one starts an escape.
        if (surrogateAt(i, 0xD800, 0xDBFF) && surrogateAt(i + 6, 0xDC00, 0xDFFF)) {
            result.append(text.mid(i, 12));
            i += 11;
        } else if (surrogateAt(i, 0xD800, 0xDFFF)) {
            result.append("\\ufffd");
            i += 5;
        } else {
            result.append(text.mid(i, 2));
            i += 1;
        }
    }
    return result;
}

QString timestamp(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    return moment.toUTC().toString(Qt::ISODate);
}

QJsonObject releaseSummary(const Release &release)
{
    return {
        { QStringLiteral("id"), release.id },
        { QStringLiteral("uuid"), release.uuid },
        { QStringLiteral("headline"), release.headline },
        { QStringLiteral("subheadline"), release.subheadline },
        { QStringLiteral("status"), statusKey(release.status) },
        { QStringLiteral("language"), release.language },
        { QStringLiteral("release_date"), dateValue(release.releaseDate) },
        { QStringLiteral("embargo_until"), nullable(timestamp(release.embargoUntil)) },
        { QStringLiteral("dateline_city"), release.datelineCity },
        { QStringLiteral("dateline_country"), release.datelineCountry },
        { QStringLiteral("updated_at"), nullable(timestamp(release.updatedAt)) },
    };
}

QJsonObject release(const Release &release)
{
    QJsonObject object = releaseSummary(release);
    object.insert(QStringLiteral("translation_group"), nullable(release.translationGroup));
    object.insert(QStringLiteral("embargo_time_zone"), nullable(release.embargoTimeZone));
    object.insert(QStringLiteral("lead"), release.lead);
    object.insert(QStringLiteral("body"), release.body);
    object.insert(QStringLiteral("boilerplate"), nullable(release.boilerplate));
    object.insert(QStringLiteral("notes_to_editors"), release.notesToEditors);
    object.insert(QStringLiteral("tags"), QJsonArray::fromStringList(release.tags));
    object.insert(QStringLiteral("author"), release.author);
    object.insert(QStringLiteral("organization_id"), idValue(release.organizationId));
    object.insert(QStringLiteral("created_at"), nullable(timestamp(release.createdAt)));
    object.insert(QStringLiteral("published_at"), nullable(timestamp(release.publishedAt)));
    object.insert(QStringLiteral("deleted_at"), nullable(timestamp(release.deletedAt)));
    object.insert(QStringLiteral("version"), release.version);

    QJsonArray quotes;
    for (const Quote &quote : release.quotes) {
        quotes.append(QJsonObject { { QStringLiteral("id"), quote.id },
            { QStringLiteral("speaker_id"), quote.speakerId }, { QStringLiteral("speaker_name"), quote.speakerName },
            { QStringLiteral("attribution"), quote.attribution }, { QStringLiteral("text"), quote.text },
            { QStringLiteral("placement"), quote.placement >= 0 ? QJsonValue(quote.placement) : QJsonValue() } });
    }
    object.insert(QStringLiteral("quotes"), quotes);

    QJsonArray events;
    for (const EventRef &event : release.events)
        events.append(QJsonObject { { QStringLiteral("id"), event.id }, { QStringLiteral("name"), event.name } });
    object.insert(QStringLiteral("events"), events);

    QJsonArray contacts;
    for (const ContactRef &contact : release.contacts) {
        contacts.append(QJsonObject { { QStringLiteral("id"), contact.id }, { QStringLiteral("name"), contact.name },
            { QStringLiteral("title"), contact.title }, { QStringLiteral("email"), contact.email },
            { QStringLiteral("phone"), contact.phone } });
    }
    object.insert(QStringLiteral("contacts"), contacts);
    return object;
}

QJsonObject speakerSummary(const Speaker &speaker)
{
    return {
        { QStringLiteral("id"), speaker.id },
        { QStringLiteral("full_name"), speaker.fullName },
        { QStringLiteral("title"), speaker.title },
        { QStringLiteral("organization"), speaker.organizationName },
        { QStringLiteral("country"), speaker.country },
    };
}

QJsonObject speaker(const Speaker &speaker)
{
    QJsonObject object = speakerSummary(speaker);
    object.insert(QStringLiteral("honorific"), speaker.honorific);
    object.insert(QStringLiteral("sort_name"), speaker.sortName);
    object.insert(QStringLiteral("organization_id"), idValue(speaker.organizationId));
    object.insert(QStringLiteral("email"), speaker.email);
    object.insert(QStringLiteral("phone"), speaker.phone);
    object.insert(QStringLiteral("bio"), speaker.bio);
    object.insert(QStringLiteral("languages"), QJsonArray::fromStringList(speaker.languages));
    object.insert(QStringLiteral("notes"), speaker.notes);
    object.insert(QStringLiteral("has_photo"), !speaker.photo.isEmpty());
    object.insert(QStringLiteral("updated_at"), nullable(timestamp(speaker.updatedAt)));
    return object;
}

QJsonObject eventSummary(const Event &event)
{
    return {
        { QStringLiteral("id"), event.id },
        { QStringLiteral("name"), event.name },
        { QStringLiteral("edition"), event.edition },
        { QStringLiteral("start"), event.startText() },
        { QStringLiteral("end"), nullable(event.endText()) },
        { QStringLiteral("all_day"), event.allDay },
        { QStringLiteral("time_zone"), nullable(event.timeZone) },
        { QStringLiteral("format"), formatKey(event.format) },
        { QStringLiteral("city"), event.city },
        { QStringLiteral("country"), event.country },
    };
}

QJsonObject event(const Event &event)
{
    QJsonObject object = eventSummary(event);
    object.insert(QStringLiteral("description"), event.description);
    object.insert(QStringLiteral("venue"), event.venue);
    object.insert(QStringLiteral("online_url"), event.onlineUrl);
    QJsonArray organizations;
    for (const EventOrganization &link : event.organizations) {
        organizations.append(QJsonObject { { QStringLiteral("id"), link.organizationId },
            { QStringLiteral("name"), link.organizationName },
            { QStringLiteral("role"), organizationRoleKey(link.role) } });
    }
    object.insert(QStringLiteral("organizations"), organizations);
    QJsonArray speakers;
    for (const EventSpeaker &link : event.speakers) {
        speakers.append(QJsonObject { { QStringLiteral("id"), link.speakerId },
            { QStringLiteral("name"), link.speakerName }, { QStringLiteral("role"), speakerRoleKey(link.role) } });
    }
    object.insert(QStringLiteral("speakers"), speakers);
    object.insert(QStringLiteral("updated_at"), nullable(timestamp(event.updatedAt)));
    return object;
}

QJsonObject organizationSummary(const Organization &organization)
{
    return {
        { QStringLiteral("id"), organization.id },
        { QStringLiteral("name"), organization.name },
        { QStringLiteral("short_name"), organization.shortName },
        { QStringLiteral("country"), organization.country },
        { QStringLiteral("is_ours"), organization.isOurs },
    };
}

QJsonObject organization(const Organization &organization)
{
    QJsonObject object = organizationSummary(organization);
    object.insert(QStringLiteral("website"), organization.website);
    object.insert(QStringLiteral("address"), organization.address);
    object.insert(QStringLiteral("boilerplate"), organization.boilerplate);
    object.insert(QStringLiteral("has_logo"), !organization.logo.isEmpty());
    object.insert(QStringLiteral("updated_at"), nullable(timestamp(organization.updatedAt)));
    return object;
}

} // namespace pressdesk::json
