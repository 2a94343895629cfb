#include "vcardimporter.h"

#include "contentlinereader.h"
#include "importlimits.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QMap>

namespace pressdesk {

namespace {

QString quotedPrintable(const QString &value)
{
    QByteArray bytes;
    const QByteArray raw = value.toLatin1();
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) == '=' && i + 2 < raw.size()) {
            bool ok = false;
            const int code = raw.mid(i + 1, 2).toInt(&ok, 16);
            if (ok && raw.mid(i + 1, 2).size() == 2) {
                bytes += static_cast<char>(code);
                i += 2;
                continue;
            }
        }
        bytes += raw.at(i);
    }
    return QString::fromUtf8(bytes);
}

QString textValue(const ContentLineReader::Line &line)
{
    if (line.parameters.value(QStringLiteral("ENCODING")).toUpper() == QLatin1String("QUOTED-PRINTABLE"))
        return quotedPrintable(line.value);
    return ContentLineReader::unescape(line.value);
}

constexpr qsizetype maxPhotoBytes = 10 * 1024 * 1024;

} // namespace

VCardImporter::Result VCardImporter::read(const QByteArray &bytes, const QString &fileName)
{
    Result result;
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (!decoded.ok) {
        result.error = decoded.error;
        result.line = 1;
        return result;
    }
    const ContentLineReader::Result lines = ContentLineReader::read(decoded.text);
    if (!lines.error.isEmpty()) {
        result.error = lines.error;
        result.line = lines.errorLine;
        return result;
    }
    const auto fail = [&](const QString &message, int line) {
        result.error = message;
        result.line = line;
        result.records.clear();
        return result;
    };
    if (lines.lines.isEmpty())
        return fail(QCoreApplication::translate("Import", "The file holds no vCard."), 1);

    bool inCard = false;
    int depth = 0;
    ImportRecord record;
    QMap<int, QString> languages;
    int unpreferred = 1000;
    for (const ContentLineReader::Line &line : lines.lines) {
        if (line.name == QLatin1String("BEGIN")) {
            if (line.value.trimmed().toUpper() == QLatin1String("VCARD")) {
                if (inCard)
                    return fail(QCoreApplication::translate("Import", "A vCard starts inside another one."), line.line);
                inCard = true;
                record = ImportRecord();
                record.entity = Entity::Speaker;
                record.file = fileName;
                record.line = line.line;
                languages.clear();
                unpreferred = 1000;
            } else {
                ++depth;
            }
            continue;
        }
        if (line.name == QLatin1String("END")) {
            if (line.value.trimmed().toUpper() != QLatin1String("VCARD")) {
                depth = qMax(0, depth - 1);
                continue;
            }
            if (!inCard)
                return fail(QCoreApplication::translate("Import", "END:VCARD without BEGIN:VCARD."), line.line);
            inCard = false;
            Speaker &speaker = record.speaker;
            speaker.languages = languages.values();
            if (speaker.fullName.trimmed().isEmpty()) {
                // 3.0 requires FN, but N alone is common in old files.
                const QString name = QStringList { speaker.sortName.section(QStringLiteral(", "), 1),
                    speaker.sortName.section(QStringLiteral(", "), 0, 0) }
                                         .join(QLatin1Char(' '))
                                         .trimmed();
                if (name.isEmpty())
                    return fail(QCoreApplication::translate("Import", "A vCard has no name (FN)."), record.line);
                speaker.fullName = name;
            }
            result.records.append(record);
            if (result.records.size() > ImportLimits::maxRecords)
                return fail(QCoreApplication::translate("Import", "The file holds more than %1 cards.")
                                .arg(ImportLimits::maxRecords),
                    line.line);
            continue;
        }
        if (!inCard) {
            return fail(
                QCoreApplication::translate("Import", "Line %1 is outside BEGIN:VCARD … END:VCARD.").arg(line.line),
                line.line);
        }
        if (depth > 0)
            continue;
        Speaker &speaker = record.speaker;
        const QString &name = line.name;
        if (name == QLatin1String("UID")) {
            record.externalScheme = QStringLiteral("vcard");
            record.externalId = line.value.trimmed();
        } else if (name == QLatin1String("FN")) {
            speaker.fullName = textValue(line).trimmed();
        } else if (name == QLatin1String("N")) {
            const QStringList parts = ContentLineReader::components(line.value, QLatin1Char(';'));
            const QString family = parts.value(0).trimmed();
            const QString given =
                QStringList { parts.value(1).trimmed(), parts.value(2).trimmed() }.join(QLatin1Char(' ')).trimmed();
            speaker.sortName = given.isEmpty() ? family : family + QStringLiteral(", ") + given;
            speaker.honorific = parts.value(3).trimmed();
        } else if (name == QLatin1String("TITLE")) {
            speaker.title = textValue(line).trimmed();
        } else if (name == QLatin1String("ORG")) {
            record.organizationName = ContentLineReader::components(line.value, QLatin1Char(';')).value(0).trimmed();
            speaker.organizationName = record.organizationName;
        } else if (name == QLatin1String("EMAIL")) {
            if (speaker.email.isEmpty())
                speaker.email = textValue(line).trimmed();
        } else if (name == QLatin1String("TEL")) {
            if (speaker.phone.isEmpty()) {
                QString phone = textValue(line).trimmed();
                if (phone.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
                    phone = phone.mid(4);
                speaker.phone = phone;
            }
        } else if (name == QLatin1String("LANG")) {
            bool ok = false;
            const int preference = line.parameters.value(QStringLiteral("PREF")).toInt(&ok);
            languages.insert(ok ? preference : unpreferred++, line.value.trimmed());
        } else if (name == QLatin1String("ADR")) {
            if (speaker.country.isEmpty())
                speaker.country = ContentLineReader::components(line.value, QLatin1Char(';')).value(6).trimmed();
        } else if (name == QLatin1String("NOTE")) {
            speaker.bio = textValue(line);
        } else if (name == QLatin1String("PHOTO")) {
            const QString value = line.value.trimmed();
            QByteArray data;
            if (value.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
                const qsizetype comma = value.indexOf(QLatin1Char(','));
                if (comma > 0 && value.left(comma).endsWith(QLatin1String(";base64"), Qt::CaseInsensitive))
                    data = QByteArray::fromBase64(value.mid(comma + 1).toLatin1());
            } else {
                const QString encoding = line.parameters.value(QStringLiteral("ENCODING")).toUpper();
                if (encoding == QLatin1String("B") || encoding == QLatin1String("BASE64"))
                    data = QByteArray::fromBase64(value.toLatin1());
            }
            if (data.size() > maxPhotoBytes)
                return fail(QCoreApplication::translate("Import", "A photo is larger than 10 MB."), line.line);
            speaker.photo = data;
        }
    }
    if (inCard)
        return fail(QCoreApplication::translate("Import", "The file ends inside a vCard: it is truncated."),
            lines.lines.constLast().line);
    if (result.records.isEmpty())
        return fail(QCoreApplication::translate("Import", "The file holds no vCard."), 1);
    return result;
}

} // namespace pressdesk
