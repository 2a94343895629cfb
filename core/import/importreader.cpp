#include "importreader.h"

#include "icalendarimporter.h"
#include "importlimits.h"
#include "ninjsimporter.h"
#include "releasetextparser.h"
#include "storage/opendatabasefiles.h"
#include "textdecoder.h"
#include "vcardimporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace pressdesk {

namespace {

// The last check before a record is offered: what the database would refuse is skipped here,
// by name and line, so that one bad record does not stop the others.
void dropInvalid(ImportReader::Result &result)
{
    QList<ImportRecord> valid;
    valid.reserve(result.records.size());
    for (const ImportRecord &record : std::as_const(result.records)) {
        ValidationIssues issues;
        if (record.entity == Entity::Speaker)
            issues = record.speaker.validate();
        else if (record.entity == Entity::Event)
            issues = record.event.validate();
        if (issues.isEmpty()) {
            valid.append(record);
            continue;
        }
        QStringList messages;
        for (const ValidationIssue &issue : std::as_const(issues))
            messages.append(issue.message);
        result.problems.append(ImportProblem { record.file, record.line,
            QCoreApplication::translate("Import", "“%1” at line %2 cannot be imported: %3 Skipped.")
                .arg(record.label().left(80))
                .arg(record.line)
                .arg(messages.join(QLatin1Char(' '))),
            true });
    }
    result.records = valid;
}

} // namespace

int ImportReader::Result::skippedCount() const
{
    return int(std::count_if(problems.cbegin(), problems.cend(), [](const ImportProblem &p) { return p.skipped; }));
}

bool ImportReader::readFile(const QString &path, QByteArray *bytes, QString *error)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = QCoreApplication::translate("Import", "%1 is a folder, not a file.").arg(path);
        return false;
    }
    // Opening (and closing) the open database would drop this process's lock on it.
    if (OpenDatabaseFiles::contains(path)) {
        *error = OpenDatabaseFiles::refusal(path);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Import", "Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > ImportLimits::maxFileBytes) {
        *error = QCoreApplication::translate("Import", "%1 is larger than %2 MB.")
                     .arg(path)
                     .arg(ImportLimits::maxFileBytes / (1024 * 1024));
        return false;
    }
    *bytes = file.read(ImportLimits::maxFileBytes + 1);
    if (bytes->size() > ImportLimits::maxFileBytes) {
        *error = QCoreApplication::translate("Import", "%1 is larger than %2 MB.")
                     .arg(path)
                     .arg(ImportLimits::maxFileBytes / (1024 * 1024));
        return false;
    }
    return true;
}

ImportReader::Result ImportReader::read(const QString &fileName, const QByteArray &bytes, ImportFormat format,
    const QList<Speaker> &knownSpeakers, const std::optional<CsvMapping> &mapping)
{
    Result result;
    result.format = format == ImportFormat::Auto ? ImportFormats::detect(fileName, bytes) : format;
    const auto take = [&](const auto &parsed) {
        result.records = parsed.records;
        if constexpr (requires { parsed.problems; })
            result.problems = parsed.problems;
        result.error = parsed.error;
        result.line = parsed.line;
    };
    switch (result.format) {
    case ImportFormat::Ninjs:
        take(NinjsImporter::read(bytes, fileName));
        break;
    case ImportFormat::Ics:
        take(ICalendarImporter::read(bytes, fileName));
        break;
    case ImportFormat::Vcf:
        take(VCardImporter::read(bytes, fileName));
        break;
    case ImportFormat::Csv: {
        const CsvReader::Result csv = CsvReader::read(bytes);
        if (!csv.error.isEmpty()) {
            result.error = csv.error;
            result.line = csv.errorLine;
            break;
        }
        take(CsvImporter::records(csv, mapping.value_or(CsvImporter::guessMapping(csv.header)), fileName));
        break;
    }
    case ImportFormat::Auto:
    case ImportFormat::Text:
    case ImportFormat::Markdown:
    case ImportFormat::Html: {
        const TextDecoder::Result decoded = TextDecoder::decode(bytes);
        if (!decoded.ok) {
            result.error = decoded.error;
            result.line = 1;
            break;
        }
        if (decoded.text.trimmed().isEmpty()) {
            result.error = QCoreApplication::translate("Import", "There is no text to import.");
            result.line = 1;
            break;
        }
        ImportRecord record = ReleaseTextParser::parse(decoded.text, result.format, knownSpeakers);
        record.file = fileName;
        record.line = 1;
        if (record.release.headline.trimmed().isEmpty()) {
            result.error = QCoreApplication::translate("Import", "No headline was found.");
            result.line = 1;
            break;
        }
        // An embargo printed without a zone cannot be saved (the zone is required): it is
        // read as UTC and the problems list says so, for the review to change it.
        Release &release = record.release;
        if (release.embargoUntil.isValid() && release.embargoTimeZone.isEmpty()) {
            release.embargoTimeZone = QStringLiteral("UTC");
            result.problems.append(ImportProblem { record.file, record.line,
                QCoreApplication::translate("Import",
                    "“%1”: the embargo (%2) is printed without a time zone; it was read as UTC. Check it "
                    "before the release goes out.")
                    .arg(record.label().left(80), release.embargoUntil.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                false });
        }
        result.records.append(record);
        break;
    }
    }
    if (result.error.isEmpty())
        dropInvalid(result);
    return result;
}

} // namespace pressdesk
