#include "contactimporter.h"

#include "domain/fieldchecks.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/medialistrepository.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "textfolding.h"
#include "vcardimporter.h"
#include "vcardreader.h"

#include <QCoreApplication>
#include <QHash>

namespace pressdesk {

namespace {

bool isYes(const QString &text)
{
    static const QStringList yes { QStringLiteral("1"), QStringLiteral("yes"), QStringLiteral("y"),
        QStringLiteral("true"), QStringLiteral("x"), QStringLiteral("si"), QStringLiteral("oui") };
    return yes.contains(TextFolding::fold(text));
}

// Problems found in a contact as read: the row is skipped with a message naming its line.
QString rowProblem(const MediaContact &contact, int line)
{
    const ValidationIssues issues = contact.validate();
    if (issues.isEmpty())
        return {};
    // The validation message is a sentence; here it runs on to ": skipped.".
    QString message = issues.first().message;
    if (message.endsWith(QLatin1Char('.')))
        message.chop(1);
    return QCoreApplication::translate("Import", "Line %1 (%2): %3: skipped.")
        .arg(line)
        .arg(contact.name.isEmpty() ? QStringLiteral("?") : contact.name.left(80), message);
}

} // namespace

QString ContactImporter::actionKey(Entry::Action action)
{
    switch (action) {
    case Entry::Action::Create:
        return QStringLiteral("create");
    case Entry::Action::Update:
        return QStringLiteral("update");
    case Entry::Action::Skip:
        return QStringLiteral("skip");
    }
    return {};
}

ContactImporter::Reading ContactImporter::readCsv(
    const QByteArray &bytes, const QString &fileName, const QStringList &overrides)
{
    const CsvReader::Result csv = CsvReader::read(bytes);
    if (!csv.error.isEmpty()) {
        Reading reading;
        reading.error = csv.error;
        reading.line = csv.errorLine;
        return reading;
    }
    CsvMapping mapping = CsvImporter::guessMapping(csv.header, CsvTarget::Contacts);
    const QStringList keys = CsvImporter::fieldKeys(CsvTarget::Contacts);
    for (const QString &override : overrides) {
        const qsizetype equals = override.lastIndexOf(QLatin1Char('='));
        const QString column = override.left(equals).trimmed();
        QString field = equals < 0 ? QString() : override.mid(equals + 1).trimmed().toLower();
        if (field == QLatin1String("none"))
            field.clear();
        qsizetype index = -1;
        for (qsizetype i = 0; i < csv.header.size(); ++i) {
            if (TextFolding::fold(csv.header.at(i)) == TextFolding::fold(column))
                index = i;
        }
        Reading reading;
        reading.line = 1;
        if (equals < 0 || index < 0) {
            reading.error =
                QCoreApplication::translate("Import", "--map %1: there is no column \"%2\" (the columns are: %3).")
                    .arg(override, column, csv.header.join(QStringLiteral(", ")));
            return reading;
        }
        if (!field.isEmpty() && !keys.contains(field)) {
            reading.error = QCoreApplication::translate("Import", "--map %1: \"%2\" is not a field; use %3.")
                                .arg(override, field, keys.join(QLatin1Char('|')));
            return reading;
        }
        // A field goes to one column: the override takes it from the guessed one.
        if (!field.isEmpty()) {
            for (QString &other : mapping.fields) {
                if (other == field)
                    other.clear();
            }
        }
        mapping.fields[index] = field;
    }
    return readCsv(csv, mapping, fileName);
}

ContactImporter::Reading ContactImporter::readCsv(
    const CsvReader::Result &csv, const CsvMapping &mapping, const QString &fileName)
{
    Reading reading;
    if (!mapping.fields.contains(QStringLiteral("name"))) {
        reading.error = QCoreApplication::translate(
            "Import", "No column holds the name (columns: %1); name it with --map COLUMN=name.")
                            .arg(csv.header.join(QStringLiteral(", ")));
        reading.line = 1;
        return reading;
    }
    for (qsizetype r = 0; r < csv.rows.size(); ++r) {
        const QStringList &row = csv.rows.at(r);
        const int line = csv.lines.value(r, 0);
        const auto value = [&](const char *field) {
            const qsizetype column = mapping.fields.indexOf(QLatin1String(field));
            return column >= 0 ? row.value(column).trimmed() : QString();
        };
        MediaContact contact;
        contact.name = value("name").simplified();
        contact.outlet = value("outlet");
        contact.role = value("role");
        contact.email = value("email");
        if (contact.email.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
            contact.email = contact.email.mid(7);
        contact.phone = value("phone");
        contact.country = value("country");
        contact.languages =
            MediaContact::normalizedLanguages({ value("languages").replace(QLatin1Char('/'), QLatin1Char(',')) });
        contact.beats = MediaContact::normalizedBeats({ value("beats") });
        contact.notes = value("notes");
        contact.doNotContact = isYes(value("do_not_contact"));
        contact.respectsEmbargoes = isYes(value("respects_embargoes"));
        if (contact.name.isEmpty()) {
            reading.problems.append({ fileName, line,
                QCoreApplication::translate("Import", "Line %1 has no name: skipped.").arg(line), true });
            continue;
        }
        if (const QString problem = rowProblem(contact, line); !problem.isEmpty()) {
            reading.problems.append({ fileName, line, problem, true });
            continue;
        }
        reading.rows.append({ contact, line });
    }
    return reading;
}

ContactImporter::Reading ContactImporter::readVCard(const QByteArray &bytes, const QString &fileName)
{
    Reading reading;
    const VCardImporter::Result cards = VCardImporter::read(bytes, fileName);
    reading.problems = cards.problems;
    if (!cards.error.isEmpty()) {
        reading.error = cards.error;
        reading.line = cards.line;
        return reading;
    }
    // What a speaker does not keep: CATEGORIES (beats) and further addresses, by card line.
    QHash<int, VCardReader::Card> byLine;
    for (const VCardReader::Card &card : VCardReader::read(bytes).cards)
        byLine.insert(card.line, card);
    for (const ImportRecord &record : cards.records) {
        const Speaker &speaker = record.speaker;
        MediaContact contact;
        contact.name = speaker.fullName;
        contact.outlet = record.organizationName;
        contact.role = speaker.title;
        contact.email = speaker.email;
        contact.phone = speaker.phone;
        contact.country = speaker.country;
        contact.languages = MediaContact::normalizedLanguages(speaker.languages);
        QStringList notes;
        if (!speaker.bio.isEmpty())
            notes.append(speaker.bio);
        if (!speaker.notes.isEmpty())
            notes.append(speaker.notes);
        for (const VCardReader::Property &property : byLine.value(record.line).properties) {
            const QString value = VCardReader::unescape(property.value).trimmed();
            if (property.name == QLatin1String("CATEGORIES")) {
                contact.beats.append(VCardReader::components(property.value, QLatin1Char(',')));
            } else if (property.name == QLatin1String("EMAIL") && !value.isEmpty()
                && value.compare(contact.email, Qt::CaseInsensitive) != 0 && fieldchecks::isValidEmail(value)) {
                notes.append(QCoreApplication::translate("Import", "Other e-mail: %1").arg(value));
            }
        }
        contact.beats = MediaContact::normalizedBeats(contact.beats);
        contact.notes = notes.join(QLatin1Char('\n'));
        if (const QString problem = rowProblem(contact, record.line); !problem.isEmpty()) {
            reading.problems.append({ fileName, record.line, problem, true });
            continue;
        }
        reading.rows.append({ contact, record.line });
    }
    return reading;
}

ContactImporter::Outcome ContactImporter::write(
    Database &database, const QList<Row> &rows, OnDuplicate onDuplicate, const QString &listName, bool dryRun)
{
    Outcome outcome;
    ContactRepository contacts(database);
    MediaListRepository lists(database);
    std::optional<MediaList> list;
    if (!listName.trimmed().isEmpty()) {
        list = lists.loadByName(listName);
        if (!list && !lists.errorString().isEmpty()) {
            outcome.error = lists.errorString();
            return outcome;
        }
    }
    // Addresses seen in this file: a second row with the same address is a duplicate too.
    QHash<QString, qint64> seen;
    int line = 0;
    try {
        Transaction transaction(database);
        if (!list && !listName.trimmed().isEmpty()) {
            MediaList created;
            created.name = listName.trimmed();
            if (!lists.save(created))
                throw StorageError(lists.errorString());
            list = created;
        }
        QList<qint64> members;
        for (const Row &row : rows) {
            line = row.line;
            Entry entry;
            entry.name = row.contact.name;
            entry.email = row.contact.email;
            entry.line = row.line;
            const QString key = row.contact.email.trimmed().toLower();
            qint64 existing = key.isEmpty() ? 0 : seen.value(key);
            if (existing == 0 && !key.isEmpty())
                existing = contacts.findByEmail(key);
            if (!contacts.errorString().isEmpty())
                throw StorageError(contacts.errorString());
            if (existing != 0 && onDuplicate == OnDuplicate::Skip) {
                entry.action = Entry::Action::Skip;
                entry.id = existing;
                ++outcome.skipped;
            } else if (existing != 0) {
                std::optional<MediaContact> stored = contacts.load(existing);
                if (!stored)
                    throw StorageError(contacts.errorString());
                MediaContact updated = row.contact;
                updated.id = stored->id;
                updated.uuid = stored->uuid;
                updated.version = stored->version;
                // What the file does not say is kept; so are the marks only people set.
                if (updated.outlet.isEmpty())
                    updated.outlet = stored->outlet;
                if (updated.role.isEmpty())
                    updated.role = stored->role;
                if (updated.phone.isEmpty())
                    updated.phone = stored->phone;
                if (updated.country.isEmpty())
                    updated.country = stored->country;
                if (updated.languages.isEmpty())
                    updated.languages = stored->languages;
                if (updated.beats.isEmpty())
                    updated.beats = stored->beats;
                if (updated.notes.isEmpty())
                    updated.notes = stored->notes;
                updated.doNotContact = updated.doNotContact || stored->doNotContact;
                updated.respectsEmbargoes = updated.respectsEmbargoes || stored->respectsEmbargoes;
                updated.bouncedAt = stored->bouncedAt;
                updated.bounceReply = stored->bounceReply;
                contacts.insertOrUpdate(updated);
                entry.action = Entry::Action::Update;
                entry.id = updated.id;
                ++outcome.updated;
            } else {
                MediaContact created = row.contact;
                contacts.insertOrUpdate(created);
                entry.action = Entry::Action::Create;
                entry.id = created.id;
                ++outcome.created;
            }
            if (!key.isEmpty())
                seen.insert(key, entry.id);
            if (!members.contains(entry.id))
                members.append(entry.id);
            outcome.entries.append(entry);
        }
        line = 0;
        if (list) {
            lists.addMembersInTransaction(list->id, members);
            outcome.listId = list->id;
        }
        // A dry run ends here: the transaction rolls back when it goes out of scope.
        if (!dryRun)
            transaction.commit();
    } catch (const StorageError &error) {
        outcome.error = line > 0
            ? QCoreApplication::translate("Import", "Line %1: %2; nothing was imported.").arg(line).arg(error.message())
            : error.message();
        return outcome;
    }
    if (!dryRun && database.transactionDepth() == 0) {
        database.notifyChanged(Entity::Contact, 0);
        database.notifyChanged(Entity::MediaList, 0);
    }
    outcome.ok = true;
    return outcome;
}

} // namespace pressdesk
