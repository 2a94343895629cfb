#include "csvimporter.h"

#include "textfolding.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTimeZone>

namespace pressdesk {

namespace {

struct Field
{
    CsvTarget target;
    const char *key;
    const char *label;
    const char *synonyms; // folded, separated by '|'
};

constexpr Field fields[] = {
    { CsvTarget::Speakers, "full_name", QT_TRANSLATE_NOOP("Import", "Name"),
        "name|full name|full_name|fullname|nombre|nombre completo|nom|nom complet|speaker|person|persona|personne" },
    { CsvTarget::Speakers, "honorific", QT_TRANSLATE_NOOP("Import", "Honorific"),
        "honorific|prefix|salutation|tratamiento|civilite" },
    { CsvTarget::Speakers, "sort_name", QT_TRANSLATE_NOOP("Import", "Sort name"), "sort name|sort_name" },
    { CsvTarget::Speakers, "title", QT_TRANSLATE_NOOP("Import", "Title"),
        "title|job title|position|role|cargo|puesto|titulo|fonction|poste|titre" },
    { CsvTarget::Speakers, "organization", QT_TRANSLATE_NOOP("Import", "Organization"),
        "organization|organisation|org|company|institution|organizacion|institucion|empresa|entreprise|organisme" },
    { CsvTarget::Speakers, "country", QT_TRANSLATE_NOOP("Import", "Country"), "country|pais|pays|nation" },
    { CsvTarget::Speakers, "email", QT_TRANSLATE_NOOP("Import", "E-mail"),
        "e mail|email|mail|email address|correo|correo electronico|courriel|adresse e mail|adresse electronique" },
    { CsvTarget::Speakers, "phone", QT_TRANSLATE_NOOP("Import", "Phone"),
        "phone|telephone|tel|mobile|telefono|movil|celular|portable" },
    { CsvTarget::Speakers, "bio", QT_TRANSLATE_NOOP("Import", "Biography"), "bio|biography|biografia|biographie" },
    { CsvTarget::Speakers, "languages", QT_TRANSLATE_NOOP("Import", "Languages"),
        "languages|language|idiomas|idioma|langues|langue" },
    { CsvTarget::Speakers, "notes", QT_TRANSLATE_NOOP("Import", "Notes"), "notes|note|notas|remarques|comments" },
    { CsvTarget::Events, "name", QT_TRANSLATE_NOOP("Import", "Name"),
        "name|event|event name|title|summary|nombre|evento|titulo|nom|evenement|titre" },
    { CsvTarget::Events, "edition", QT_TRANSLATE_NOOP("Import", "Edition"), "edition|edicion" },
    { CsvTarget::Events, "description", QT_TRANSLATE_NOOP("Import", "Description"), "description|descripcion|details" },
    { CsvTarget::Events, "start", QT_TRANSLATE_NOOP("Import", "Start"),
        "start|start date|starts|date|begin|from|inicio|fecha|fecha de inicio|debut|date de debut" },
    { CsvTarget::Events, "end", QT_TRANSLATE_NOOP("Import", "End"),
        "end|end date|ends|until|to|fin|fecha de fin|date de fin" },
    { CsvTarget::Events, "time_zone", QT_TRANSLATE_NOOP("Import", "Time zone"),
        "time zone|time_zone|timezone|tz|zona horaria|fuseau horaire" },
    { CsvTarget::Events, "format", QT_TRANSLATE_NOOP("Import", "Format"),
        "format|formato|type|modality|modalidad|modalite" },
    { CsvTarget::Events, "venue", QT_TRANSLATE_NOOP("Import", "Venue"), "venue|place|location|lugar|sede|lieu" },
    { CsvTarget::Events, "city", QT_TRANSLATE_NOOP("Import", "City"), "city|ciudad|ville" },
    { CsvTarget::Events, "country", QT_TRANSLATE_NOOP("Import", "Country"), "country|pais|pays" },
    { CsvTarget::Events, "online_url", QT_TRANSLATE_NOOP("Import", "Online link"),
        "online url|online_url|url|link|enlace|lien|website|web" },
    { CsvTarget::Contacts, "name", QT_TRANSLATE_NOOP("Import", "Name"),
        "name|full name|fullname|display name|contact|journalist|nombre|nombre completo|periodista|nom|nom complet|"
        "journaliste" },
    { CsvTarget::Contacts, "outlet", QT_TRANSLATE_NOOP("Import", "Outlet"),
        "outlet|media|media outlet|publication|newspaper|company|organization|organisation|medio|medio de comunicacion|"
        "periodico|empresa|media outlet|journal|publication|entreprise" },
    { CsvTarget::Contacts, "role", QT_TRANSLATE_NOOP("Import", "Role"),
        "role|title|job title|position|cargo|puesto|rol|fonction|poste|titre" },
    { CsvTarget::Contacts, "email", QT_TRANSLATE_NOOP("Import", "E-mail"),
        "e mail|email|mail|email address|e mail address|correo|correo electronico|courriel|adresse e mail|"
        "adresse electronique|adresse courriel" },
    { CsvTarget::Contacts, "phone", QT_TRANSLATE_NOOP("Import", "Phone"),
        "phone|telephone|tel|mobile|phone number|telefono|movil|celular|portable" },
    { CsvTarget::Contacts, "languages", QT_TRANSLATE_NOOP("Import", "Languages"),
        "languages|language|lang|idiomas|idioma|langues|langue" },
    { CsvTarget::Contacts, "country", QT_TRANSLATE_NOOP("Import", "Country"), "country|pais|pays|nation" },
    { CsvTarget::Contacts, "beats", QT_TRANSLATE_NOOP("Import", "Beats"),
        "beats|beat|topics|topic|temas|tema|fuentes|rubriques|rubrique|sujets|themes" },
    { CsvTarget::Contacts, "notes", QT_TRANSLATE_NOOP("Import", "Notes"), "notes|note|notas|remarques|comments" },
    { CsvTarget::Contacts, "do_not_contact", QT_TRANSLATE_NOOP("Import", "Do not contact"),
        "do not contact|do_not_contact|no contactar|ne pas contacter" },
    { CsvTarget::Contacts, "respects_embargoes", QT_TRANSLATE_NOOP("Import", "Respects embargoes"),
        "respects embargoes|respects_embargoes|embargo|respeta embargos|respecte les embargos" },
};

QString key(const QString &header)
{
    QString folded = TextFolding::fold(header);
    folded.replace(QLatin1Char('_'), QLatin1Char(' '));
    return folded;
}

std::optional<EventFormat> formatFromText(const QString &text)
{
    const QString folded = key(text);
    if (folded.isEmpty())
        return EventFormat::InPerson;
    for (EventFormat format : { EventFormat::InPerson, EventFormat::Online, EventFormat::Hybrid }) {
        if (folded == key(formatKey(format)) || folded == key(formatLabel(format)))
            return format;
    }
    if (folded == QLatin1String("presencial") || folded == QLatin1String("presentiel")
        || folded == QLatin1String("on site"))
        return EventFormat::InPerson;
    if (folded == QLatin1String("virtual") || folded == QLatin1String("en linea")
        || folded == QLatin1String("en ligne"))
        return EventFormat::Online;
    if (folded == QLatin1String("hibrido") || folded == QLatin1String("hybride"))
        return EventFormat::Hybrid;
    return std::nullopt;
}

} // namespace

bool CsvMapping::isValid() const
{
    return fields.contains(CsvImporter::requiredField(target));
}

QStringList CsvImporter::fieldKeys(CsvTarget target)
{
    QStringList keys;
    for (const Field &field : fields) {
        if (field.target == target)
            keys.append(QLatin1String(field.key));
    }
    return keys;
}

QString CsvImporter::fieldLabel(CsvTarget target, const QString &fieldKey)
{
    for (const Field &field : fields) {
        if (field.target == target && fieldKey == QLatin1String(field.key))
            return QCoreApplication::translate("Import", field.label);
    }
    return {};
}

QString CsvImporter::requiredField(CsvTarget target)
{
    return target == CsvTarget::Speakers ? QStringLiteral("full_name") : QStringLiteral("name");
}

CsvMapping CsvImporter::guessMapping(const QStringList &header)
{
    QStringList folded;
    for (const QString &name : header)
        folded.append(key(name));
    // Events when a column reads like a start date.
    const QStringList startWords =
        QString::fromLatin1("start|start date|starts|begin|inicio|fecha|fecha de inicio|debut|date de debut|date")
            .split(QLatin1Char('|'));
    bool events = false;
    for (const QString &name : std::as_const(folded))
        events = events || startWords.contains(name);
    return guessMapping(header, events ? CsvTarget::Events : CsvTarget::Speakers);
}

CsvMapping CsvImporter::guessMapping(const QStringList &header, CsvTarget target)
{
    CsvMapping mapping;
    mapping.target = target;
    QStringList folded;
    for (const QString &name : header)
        folded.append(key(name));
    for (const QString &name : std::as_const(folded)) {
        QString chosen;
        for (const Field &field : fields) {
            if (field.target != mapping.target || mapping.fields.contains(QLatin1String(field.key)))
                continue;
            if (QString::fromLatin1(field.synonyms).split(QLatin1Char('|')).contains(name)
                || name == key(QCoreApplication::translate("Import", field.label))) {
                chosen = QLatin1String(field.key);
                break;
            }
        }
        mapping.fields.append(chosen);
    }
    return mapping;
}

QString CsvImporter::layoutKey(const QStringList &header)
{
    QStringList folded;
    for (const QString &name : header)
        folded.append(key(name));
    return QString::fromLatin1(
        QCryptographicHash::hash(folded.join(QLatin1Char('|')).toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

QDateTime CsvImporter::parseMoment(const QString &input, const QString &timeZone, bool *allDay)
{
    const QString text = input.trimmed();
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"));
    static const QRegularExpression dayFirst(
        QStringLiteral("^(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"));
    QDate date;
    QTime time;
    bool hasTime = false;
    if (const QRegularExpressionMatch m = iso.match(text); m.hasMatch()) {
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        hasTime = !m.captured(4).isEmpty();
        if (hasTime)
            time = QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    } else if (const QRegularExpressionMatch d = dayFirst.match(text); d.hasMatch()) {
        date = QDate(d.captured(3).toInt(), d.captured(2).toInt(), d.captured(1).toInt());
        hasTime = !d.captured(4).isEmpty();
        if (hasTime)
            time = QTime(d.captured(4).toInt(), d.captured(5).toInt(), d.captured(6).toInt());
    }
    if (!date.isValid() || (hasTime && !time.isValid()))
        return {};
    if (allDay)
        *allDay = !hasTime;
    const QTimeZone zone(timeZone.toUtf8());
    return zone.isValid() && hasTime ? QDateTime(date, time, zone)
                                     : QDateTime(date, hasTime ? time : QTime(0, 0), Qt::UTC);
}

CsvImporter::Result CsvImporter::records(
    const CsvReader::Result &csv, const CsvMapping &mapping, const QString &fileName)
{
    Result result;
    if (!mapping.isValid()) {
        result.error = QCoreApplication::translate("Import", "Choose the column that holds the %1.")
                           .arg(fieldLabel(mapping.target, requiredField(mapping.target)).toLower());
        result.line = 1;
        return result;
    }
    // Media contacts are no ImportRecord: ContactImporter reads them with this mapping.
    if (mapping.target == CsvTarget::Contacts)
        return result;
    for (qsizetype r = 0; r < csv.rows.size(); ++r) {
        const QStringList &row = csv.rows.at(r);
        const int line = csv.lines.value(r, 0);
        const auto value = [&](const QString &field) {
            const qsizetype column = mapping.fields.indexOf(field);
            return column >= 0 ? row.value(column).trimmed() : QString();
        };
        ImportRecord record;
        record.file = fileName;
        record.line = line;
        // A bad row is skipped and listed; the other rows still come in.
        const auto fail = [&](const QString &message) {
            result.problems.append(ImportProblem { fileName, line, message, true });
        };
        if (mapping.target == CsvTarget::Speakers) {
            record.entity = Entity::Speaker;
            Speaker &speaker = record.speaker;
            speaker.fullName = value(QStringLiteral("full_name"));
            if (speaker.fullName.isEmpty()) {
                fail(QCoreApplication::translate("Import", "Row %1 has no name.").arg(r + 2));
                continue;
            }
            speaker.honorific = value(QStringLiteral("honorific"));
            speaker.sortName = value(QStringLiteral("sort_name"));
            speaker.title = value(QStringLiteral("title"));
            record.organizationName = value(QStringLiteral("organization"));
            speaker.organizationName = record.organizationName;
            speaker.country = value(QStringLiteral("country"));
            speaker.email = value(QStringLiteral("email"));
            speaker.phone = value(QStringLiteral("phone"));
            speaker.bio = value(QStringLiteral("bio"));
            speaker.notes = value(QStringLiteral("notes"));
            static const QRegularExpression separators(QStringLiteral("[,;/\\s]+"));
            speaker.languages = value(QStringLiteral("languages")).split(separators, Qt::SkipEmptyParts);
        } else {
            record.entity = Entity::Event;
            Event &event = record.event;
            event.name = value(QStringLiteral("name"));
            if (event.name.isEmpty()) {
                fail(QCoreApplication::translate("Import", "Row %1 has no event name.").arg(r + 2));
                continue;
            }
            event.edition = value(QStringLiteral("edition"));
            event.description = value(QStringLiteral("description"));
            event.timeZone = value(QStringLiteral("time_zone"));
            bool allDay = false;
            event.start = parseMoment(value(QStringLiteral("start")), event.timeZone, &allDay);
            if (!event.start.isValid()) {
                fail(QCoreApplication::translate(
                    "Import", "Row %1: \"%2\" is not a start date such as 2026-07-14 09:00.")
                         .arg(r + 2)
                         .arg(value(QStringLiteral("start"))));
                continue;
            }
            event.allDay = allDay;
            const QString end = value(QStringLiteral("end"));
            if (!end.isEmpty()) {
                event.end = parseMoment(end, event.timeZone, nullptr);
                if (!event.end.isValid()) {
                    fail(QCoreApplication::translate("Import", "Row %1: \"%2\" is not an end date.")
                             .arg(r + 2)
                             .arg(end));
                    continue;
                }
            }
            const std::optional<EventFormat> format = formatFromText(value(QStringLiteral("format")));
            if (!format) {
                fail(QCoreApplication::translate(
                    "Import", "Row %1: \"%2\" is not an event format (in person, online or hybrid).")
                         .arg(r + 2)
                         .arg(value(QStringLiteral("format"))));
                continue;
            }
            event.format = *format;
            event.venue = value(QStringLiteral("venue"));
            event.city = value(QStringLiteral("city"));
            event.country = value(QStringLiteral("country"));
            event.onlineUrl = value(QStringLiteral("online_url"));
        }
        result.records.append(record);
    }
    return result;
}

} // namespace pressdesk
