#pragma once

#include "csvimporter.h"
#include "domain/mediacontact.h"
#include "importproblem.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace pressdesk {

class Database;

// Media contacts from CSV (columns matched by their English, Spanish or French header
// through CsvImporter's Contacts fields, "COLUMN=FIELD" overrides) and from vCard files
// (VCardImporter reads the cards: folded lines, QUOTED-PRINTABLE and CHARSET, N and FN,
// ORG as the outlet, TITLE as the role, the preferred EMAIL and TEL, LANG, ADR's country;
// CATEGORIES become beats and further e-mail addresses go to the notes). Writing matches
// contacts by e-mail address (without case): a duplicate is skipped or updated, all in one
// transaction, optionally adding everyone read to a media list (created when missing).
class ContactImporter final
{
public:
    struct Row
    {
        MediaContact contact;
        int line = 0;
    };
    struct Reading
    {
        QList<Row> rows;
        ImportProblems problems; // skipped rows and warnings, each naming its line
        QString error; // nothing could be read
        int line = 0;
    };
    enum class OnDuplicate { Skip, Update };
    struct Entry
    {
        enum class Action { Create, Update, Skip };
        Action action = Action::Create;
        qint64 id = 0; // the contact written, or the one already there when skipped
        QString name;
        QString email;
        int line = 0;
    };
    struct Outcome
    {
        bool ok = false;
        QString error; // names the line that failed; nothing was written
        QList<Entry> entries;
        int created = 0;
        int updated = 0;
        int skipped = 0;
        qint64 listId = 0;
    };

    // overrides: "COLUMN=FIELD" (the column by its header, without case; FIELD one of
    // CsvImporter::fieldKeys(CsvTarget::Contacts), or "" / "none" to leave it out).
    static Reading readCsv(const QByteArray &bytes, const QString &fileName, const QStringList &overrides);
    static Reading readCsv(const CsvReader::Result &csv, const CsvMapping &mapping, const QString &fileName);
    static Reading readVCard(const QByteArray &bytes, const QString &fileName);
    // With dryRun, nothing is written (the transaction is rolled back) but the outcome is the same.
    static Outcome write(
        Database &database, const QList<Row> &rows, OnDuplicate onDuplicate, const QString &listName, bool dryRun);
    static QString actionKey(Entry::Action action);
};

} // namespace pressdesk
