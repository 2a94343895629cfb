#include "domainjsonreader.h"

#include <QJsonArray>

#include <algorithm>

namespace pressdesk::json {

namespace {

QString string(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

qint64 id(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toInteger();
}

QStringList strings(const QJsonObject &object, const char *key)
{
    QStringList result;
    const QJsonArray array = object.value(QLatin1String(key)).toArray();
    for (const QJsonValue &value : array)
        result.append(value.toString());
    return result;
}

QByteArray image(const QJsonObject &object, const char *key)
{
    return QByteArray::fromBase64(string(object, key).toLatin1());
}

} // namespace

QDateTime timestampFromJson(const QJsonValue &value)
{
    if (!value.isString() || value.toString().isEmpty())
        return {};
    QDateTime moment = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!moment.isValid())
        moment = QDateTime::fromString(value.toString(), Qt::ISODate);
    return moment.isValid() ? moment.toUTC() : QDateTime();
}

Release releaseFromJson(const QJsonObject &object)
{
    Release release;
    release.id = id(object, "id");
    release.uuid = string(object, "uuid");
    release.headline = string(object, "headline");
    release.subheadline = string(object, "subheadline");
    release.status = statusFromKey(string(object, "status")).value_or(ReleaseStatus::Draft);
    const QString language = string(object, "language");
    if (!language.isEmpty())
        release.language = language;
    release.releaseDate = QDate::fromString(string(object, "release_date"), Qt::ISODate);
    release.embargoUntil = timestampFromJson(object.value(QLatin1String("embargo_until")));
    release.datelineCity = string(object, "dateline_city");
    release.datelineCountry = string(object, "dateline_country");
    release.updatedAt = timestampFromJson(object.value(QLatin1String("updated_at")));
    release.translationGroup = string(object, "translation_group");
    release.embargoTimeZone = string(object, "embargo_time_zone");
    release.lead = string(object, "lead");
    release.body = string(object, "body");
    release.boilerplate = string(object, "boilerplate");
    release.notesToEditors = string(object, "notes_to_editors");
    release.tags = strings(object, "tags");
    release.author = string(object, "author");
    release.organizationId = id(object, "organization_id");
    release.createdAt = timestampFromJson(object.value(QLatin1String("created_at")));
    release.publishedAt = timestampFromJson(object.value(QLatin1String("published_at")));
    release.deletedAt = timestampFromJson(object.value(QLatin1String("deleted_at")));
    release.version = object.value(QLatin1String("version")).toInt();

    const QJsonArray quotes = object.value(QLatin1String("quotes")).toArray();
    for (const QJsonValue &value : quotes) {
        const QJsonObject quote = value.toObject();
        release.quotes.append({ id(quote, "id"), id(quote, "speaker_id"), string(quote, "text"),
            string(quote, "attribution"), string(quote, "speaker_name"),
            quote.value(QLatin1String("placement")).isDouble()
                ? std::max(0, quote.value(QLatin1String("placement")).toInt())
                : -1 });
    }
    const QJsonArray events = object.value(QLatin1String("events")).toArray();
    for (const QJsonValue &value : events)
        release.events.append({ id(value.toObject(), "id"), string(value.toObject(), "name") });
    const QJsonArray contacts = object.value(QLatin1String("contacts")).toArray();
    for (const QJsonValue &value : contacts) {
        const QJsonObject contact = value.toObject();
        release.contacts.append({ id(contact, "id"), string(contact, "name"), string(contact, "title"),
            string(contact, "email"), string(contact, "phone") });
    }
    return release;
}

Speaker speakerFromJson(const QJsonObject &object)
{
    Speaker speaker;
    speaker.id = id(object, "id");
    speaker.fullName = string(object, "full_name");
    speaker.title = string(object, "title");
    speaker.organizationName = string(object, "organization");
    speaker.country = string(object, "country");
    speaker.honorific = string(object, "honorific");
    speaker.sortName = string(object, "sort_name");
    speaker.organizationId = id(object, "organization_id");
    speaker.email = string(object, "email");
    speaker.phone = string(object, "phone");
    speaker.bio = string(object, "bio");
    speaker.languages = strings(object, "languages");
    speaker.notes = string(object, "notes");
    speaker.photo = image(object, "photo_base64");
    speaker.updatedAt = timestampFromJson(object.value(QLatin1String("updated_at")));
    return speaker;
}

Event eventFromJson(const QJsonObject &object)
{
    Event event;
    event.id = id(object, "id");
    event.name = string(object, "name");
    event.edition = string(object, "edition");
    event.allDay = object.value(QLatin1String("all_day")).toBool();
    event.timeZone = string(object, "time_zone");
    event.start = Event::parseMoment(string(object, "start"), event.timeZone);
    event.end = Event::parseMoment(string(object, "end"), event.timeZone);
    event.format = formatFromKey(string(object, "format")).value_or(EventFormat::InPerson);
    event.city = string(object, "city");
    event.country = string(object, "country");
    event.description = string(object, "description");
    event.venue = string(object, "venue");
    event.onlineUrl = string(object, "online_url");
    const QJsonArray organizations = object.value(QLatin1String("organizations")).toArray();
    for (const QJsonValue &value : organizations) {
        const QJsonObject link = value.toObject();
        event.organizations.append({ id(link, "id"),
            organizationRoleFromKey(string(link, "role")).value_or(OrganizationRole::Partner), string(link, "name") });
    }
    const QJsonArray speakers = object.value(QLatin1String("speakers")).toArray();
    for (const QJsonValue &value : speakers) {
        const QJsonObject link = value.toObject();
        event.speakers.append({ id(link, "id"),
            speakerRoleFromKey(string(link, "role")).value_or(SpeakerRole::Panelist), string(link, "name") });
    }
    event.updatedAt = timestampFromJson(object.value(QLatin1String("updated_at")));
    return event;
}

Organization organizationFromJson(const QJsonObject &object)
{
    Organization organization;
    organization.id = id(object, "id");
    organization.name = string(object, "name");
    organization.shortName = string(object, "short_name");
    organization.country = string(object, "country");
    organization.isOurs = object.value(QLatin1String("is_ours")).toBool();
    organization.website = string(object, "website");
    organization.address = string(object, "address");
    organization.boilerplate = string(object, "boilerplate");
    organization.logo = image(object, "logo_base64");
    organization.updatedAt = timestampFromJson(object.value(QLatin1String("updated_at")));
    return organization;
}

} // namespace pressdesk::json
