#include "vcardimporter.h"

#include "domain/fieldchecks.h"
#include "vcardreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

namespace pressdesk {

namespace {

using Property = VCardReader::Property;

QString textOf(const Property &property)
{
    return VCardReader::unescape(property.value).trimmed();
}

// The property of this name to use: the preferred one, else a work one, else the first.
const Property *pick(const QList<Property> &properties, const QString &name)
{
    const Property *first = nullptr;
    const Property *work = nullptr;
    for (const Property &property : properties) {
        if (property.name != name || (property.value.trimmed().isEmpty() && property.data.isEmpty()))
            continue;
        if (property.hasType(QStringLiteral("pref")))
            return &property;
        if (!work && property.hasType(QStringLiteral("work")))
            work = &property;
        if (!first)
            first = &property;
    }
    return work ? work : first;
}

struct CardReading
{
    ImportRecord record;
    QStringList warnings;
    QStringList notes;
};

void readPhoto(const Property &property, CardReading &reading)
{
    Speaker &speaker = reading.record.speaker;
    QByteArray data = property.data;
    const QString value = property.value.trimmed();
    if (data.isEmpty() && value.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
        const qsizetype comma = value.indexOf(QLatin1Char(','));
        if (comma > 0 && value.left(comma).endsWith(QLatin1String(";base64"), Qt::CaseInsensitive))
            data = QByteArray::fromBase64(value.mid(comma + 1).toLatin1());
    } else if (data.isEmpty() && !value.isEmpty()) {
        // A link (VALUE=uri, or a bare http address): kept, never fetched.
        reading.notes.append(QCoreApplication::translate("Import", "Photo: %1").arg(value.left(2000)));
        return;
    }
    if (data.isEmpty())
        return;
    if (data.size() > Speaker::maxPhotoBytes) {
        reading.warnings.append(QCoreApplication::translate("Import", "its photo is larger than %1 MB and was left out")
                                    .arg(Speaker::maxPhotoBytes / (1024 * 1024)));
        return;
    }
    speaker.photo = data;
}

CardReading readCard(const VCardReader::Card &card, const QString &fileName)
{
    CardReading reading;
    ImportRecord &record = reading.record;
    record.entity = Entity::Speaker;
    record.file = fileName;
    record.line = card.line;
    Speaker &speaker = record.speaker;
    const QList<Property> &properties = card.properties;

    QString given;
    QString family;
    QMap<int, QString> languages;
    int unpreferred = 1000;
    for (const Property &property : properties) {
        const QString &name = property.name;
        if (name == QLatin1String("UID") && !property.value.trimmed().isEmpty()) {
            record.externalScheme = QStringLiteral("vcard");
            record.externalId = property.value.trimmed();
        } else if (name == QLatin1String("FN") && speaker.fullName.isEmpty()) {
            speaker.fullName = textOf(property).simplified();
        } else if (name == QLatin1String("N") && speaker.sortName.isEmpty()) {
            const QStringList parts = VCardReader::components(property.value, QLatin1Char(';'));
            family = parts.value(0).simplified();
            given = QStringList { parts.value(1).simplified(), parts.value(2).simplified() }
                        .join(QLatin1Char(' '))
                        .trimmed();
            speaker.sortName = given.isEmpty() ? family
                : family.isEmpty()             ? given
                                               : family + QStringLiteral(", ") + given;
            speaker.honorific = parts.value(3).simplified();
        } else if (name == QLatin1String("TITLE") && speaker.title.isEmpty()) {
            speaker.title = textOf(property).simplified();
        } else if (name == QLatin1String("ORG") && record.organizationName.isEmpty()) {
            record.organizationName = VCardReader::components(property.value, QLatin1Char(';')).value(0).simplified();
            speaker.organizationName = record.organizationName;
        } else if (name == QLatin1String("LANG")) {
            bool ok = false;
            const int preference = property.parameter(QStringLiteral("PREF")).toInt(&ok);
            const QString language = textOf(property);
            if (fieldchecks::isValidLanguageTag(language))
                languages.insert(ok ? preference : unpreferred++, language);
            else
                reading.warnings.append(
                    QCoreApplication::translate("Import", "\"%1\" is not a language code and was left out")
                        .arg(language.left(40)));
        } else if (name == QLatin1String("NOTE") && speaker.bio.isEmpty()) {
            speaker.bio = VCardReader::unescape(property.value).trimmed();
        }
    }
    if (speaker.title.isEmpty()) {
        if (const Property *role = pick(properties, QStringLiteral("ROLE")))
            speaker.title = textOf(*role).simplified();
    }
    if (const Property *email = pick(properties, QStringLiteral("EMAIL"))) {
        QString address = textOf(*email);
        if (address.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
            address = address.mid(7);
        if (fieldchecks::isValidEmail(address)) {
            speaker.email = address;
        } else {
            reading.warnings.append(
                QCoreApplication::translate("Import", "\"%1\" is not an e-mail address; it was kept in the notes")
                    .arg(address.left(80)));
            reading.notes.append(QCoreApplication::translate("Import", "E-mail as written: %1").arg(address.left(200)));
        }
    }
    if (const Property *tel = pick(properties, QStringLiteral("TEL"))) {
        QString phone = textOf(*tel);
        if (phone.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
            phone = phone.mid(4);
        speaker.phone = phone;
    }
    if (const Property *address = pick(properties, QStringLiteral("ADR")))
        speaker.country = VCardReader::components(address->value, QLatin1Char(';')).value(6).simplified();
    if (const Property *photo = pick(properties, QStringLiteral("PHOTO")))
        readPhoto(*photo, reading);
    speaker.languages = languages.values();
    if (speaker.fullName.isEmpty())
        speaker.fullName = QStringList { given, family }.join(QLatin1Char(' ')).simplified();
    if (speaker.fullName.isEmpty() && !record.organizationName.isEmpty()) {
        // A company's card (Outlook, KIND:org) names only the organization.
        speaker.fullName = record.organizationName;
        reading.warnings.append(
            QCoreApplication::translate("Import", "it names no person; the organization's name was used"));
    }
    if (!reading.notes.isEmpty())
        speaker.notes = reading.notes.join(QLatin1Char('\n'));
    return reading;
}

} // namespace

VCardImporter::Result VCardImporter::read(const QByteArray &bytes, const QString &fileName)
{
    Result result;
    const VCardReader::Result read = VCardReader::read(bytes);
    if (!read.error.isEmpty()) {
        result.error = read.error;
        result.line = read.errorLine;
        return result;
    }
    if (read.cards.isEmpty()) {
        result.error = QCoreApplication::translate("Import", "The file holds no vCard (no BEGIN:VCARD line).");
        result.line = 1;
        return result;
    }
    QHash<QString, int> uidCount;
    for (const VCardReader::Card &card : read.cards) {
        CardReading reading = readCard(card, fileName);
        const QString name = reading.record.speaker.fullName;
        const QString label = name.isEmpty()
            ? QCoreApplication::translate("Import", "The card")
            : QCoreApplication::translate("Import", "The card of “%1”").arg(name.left(80));
        const auto problem = [&](const QString &message, bool skipped) {
            result.problems.append(ImportProblem { fileName, card.line, message, skipped });
        };
        if (!card.complete) {
            problem(QCoreApplication::translate(
                        "Import", "%1 at line %2 is cut off by the end of the file (no END:VCARD): skipped.")
                        .arg(label)
                        .arg(card.line),
                true);
            continue;
        }
        if (name.isEmpty()) {
            problem(QCoreApplication::translate("Import", "The card at line %1 has no name (FN or N): skipped.")
                        .arg(card.line),
                true);
            continue;
        }
        for (const int line : card.unreadableLines)
            reading.warnings.append(
                QCoreApplication::translate("Import", "line %1 is not a NAME:value line and was left out").arg(line));
        for (const QString &warning : std::as_const(reading.warnings))
            problem(QCoreApplication::translate("Import", "%1 at line %2: %3.").arg(label).arg(card.line).arg(warning),
                false);
        QString &uid = reading.record.externalId;
        if (!uid.isEmpty()) {
            const int seen = uidCount[uid]++;
            if (seen > 0)
                uid += QStringLiteral("#%1").arg(seen + 1); // the same UID on two cards: both kept
        }
        result.records.append(reading.record);
    }
    return result;
}

} // namespace pressdesk
