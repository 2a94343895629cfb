#pragma once

#include "csvreader.h"
#include "importproblem.h"
#include "importrecord.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pressdesk {

enum class CsvTarget { Speakers, Events, Contacts }; // Contacts: media contacts (ContactImporter)

// Which field each CSV column fills; an empty key leaves the column out.
struct CsvMapping
{
    CsvTarget target = CsvTarget::Speakers;
    QStringList fields; // one key per column

    bool isValid() const;
};

// Speakers or events from CSV rows through a column mapping. The mapping is guessed from
// the header (Pressdesk's own list export, the JSON keys of `pressdesk list`, and common
// English, Spanish and French column names), shown with a preview, and remembered per
// header layout by the caller (layoutKey()).
class CsvImporter final
{
public:
    struct Result
    {
        QList<ImportRecord> records;
        ImportProblems problems; // rows skipped, with their line and why
        QString error;
        int line = 0;
    };

    static QStringList fieldKeys(CsvTarget target);
    static QString fieldLabel(CsvTarget target, const QString &key);
    static QString requiredField(CsvTarget target);
    static CsvMapping guessMapping(const QStringList &header);
    // The mapping for a target chosen beforehand (media contacts are never guessed).
    static CsvMapping guessMapping(const QStringList &header, CsvTarget target);
    // The same for every file with these column titles, whatever their case or accents.
    static QString layoutKey(const QStringList &header);
    static Result records(const CsvReader::Result &csv, const CsvMapping &mapping, const QString &fileName);
    // "2026-07-14 09:00", "2026-07-14T09:00:00", "2026-07-14", "14/07/2026 09:30"; allDay
    // is set when there is no time.
    static QDateTime parseMoment(const QString &text, const QString &timeZone, bool *allDay);
};

} // namespace pressdesk
