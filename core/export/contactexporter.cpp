#include "contactexporter.h"

#include "contentlines.h"
#include "csvexporter.h"

#include <QCoreApplication>

namespace pressdesk {

QStringList ContactExporter::csvColumns()
{
    return { QStringLiteral("name"), QStringLiteral("outlet"), QStringLiteral("role"), QStringLiteral("email"),
        QStringLiteral("phone"), QStringLiteral("languages"), QStringLiteral("country"), QStringLiteral("beats"),
        QStringLiteral("notes"), QStringLiteral("do_not_contact"), QStringLiteral("respects_embargoes") };
}

QByteArray ContactExporter::csv(const QList<MediaContact> &contacts)
{
    QString text = csvColumns().join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const MediaContact &contact : contacts) {
        const QStringList values { contact.name, contact.outlet, contact.role, contact.email, contact.phone,
            contact.languages.join(QLatin1Char(',')), contact.country, contact.beats.join(QStringLiteral(", ")),
            contact.notes, contact.doNotContact ? QStringLiteral("yes") : QStringLiteral("no"),
            contact.respectsEmbargoes ? QStringLiteral("yes") : QStringLiteral("no") };
        QStringList fields;
        for (const QString &value : values)
            fields.append(CsvExporter::field(value));
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

QByteArray ContactExporter::vcard(const QList<MediaContact> &contacts)
{
    ContentLines lines;
    for (const MediaContact &contact : contacts) {
        lines.add(QStringLiteral("BEGIN"), QStringLiteral("VCARD"));
        lines.add(QStringLiteral("VERSION"), QStringLiteral("4.0"));
        lines.add(QStringLiteral("PRODID"),
            QStringLiteral("-//Pressdesk//Pressdesk %1//EN").arg(QCoreApplication::applicationVersion()));
        if (!contact.uuid.isEmpty())
            lines.add(QStringLiteral("UID"), QStringLiteral("urn:uuid:") + contact.uuid);
        lines.addText(QStringLiteral("FN"), contact.name.trimmed());
        // The last word as the family name: good enough for an address book's sorting.
        const QString name = contact.name.simplified();
        const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
        const QString family = space > 0 ? name.mid(space + 1) : name;
        const QString given = space > 0 ? name.left(space) : QString();
        lines.add(QStringLiteral("N"),
            QStringList { ContentLines::text(family), ContentLines::text(given), QString(), QString(), QString() }.join(
                QLatin1Char(';')));
        if (!contact.role.isEmpty())
            lines.addText(QStringLiteral("TITLE"), contact.role);
        if (!contact.outlet.isEmpty())
            lines.add(QStringLiteral("ORG"), ContentLines::text(contact.outlet.trimmed()));
        if (!contact.email.isEmpty())
            lines.addText(QStringLiteral("EMAIL;TYPE=work"), contact.email);
        if (!contact.phone.isEmpty())
            lines.addText(QStringLiteral("TEL;VALUE=text;TYPE=work,voice"), contact.phone);
        int preference = 1;
        for (const QString &language : contact.languages)
            lines.add(QStringLiteral("LANG;PREF=%1").arg(preference++), language);
        if (!contact.country.isEmpty())
            lines.add(QStringLiteral("ADR;TYPE=work"), QStringLiteral(";;;;;;") + ContentLines::text(contact.country));
        if (!contact.beats.isEmpty()) {
            QStringList beats;
            for (const QString &beat : contact.beats)
                beats.append(ContentLines::text(beat));
            lines.add(QStringLiteral("CATEGORIES"), beats.join(QLatin1Char(',')));
        }
        if (!contact.notes.isEmpty())
            lines.addText(QStringLiteral("NOTE"), contact.notes);
        if (contact.updatedAt.isValid())
            lines.add(
                QStringLiteral("REV"), contact.updatedAt.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
        lines.add(QStringLiteral("END"), QStringLiteral("VCARD"));
    }
    return lines.bytes();
}

} // namespace pressdesk
