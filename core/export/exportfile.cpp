#include "exportfile.h"

#include "storage/opendatabasefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace pressdesk {

bool ExportFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    // An export over the open database would replace it under its own connection.
    if (OpenDatabaseFiles::contains(path)) {
        if (error)
            *error = OpenDatabaseFiles::refusal(path);
        return false;
    }
    QSaveFile file(path);
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = QCoreApplication::translate("Export", "Could not write %1: %2")
                         .arg(QDir::toNativeSeparators(path), reason);
        file.cancelWriting();
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(bytes) != bytes.size())
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

QString ExportFile::slug(const QString &text, int maxLength)
{
    // NFKD splits "é" into "e" and a combining accent, which is then dropped.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    bool pendingDash = false;
    for (const QChar c : decomposed) {
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            if (pendingDash && !slug.isEmpty())
                slug += QLatin1Char('-');
            slug += c;
            pendingDash = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            pendingDash = true;
        }
    }
    if (slug.size() > maxLength) {
        slug.truncate(maxLength);
        const qsizetype lastDash = slug.lastIndexOf(QLatin1Char('-'));
        if (lastDash > maxLength / 2)
            slug.truncate(lastDash);
    }
    return slug;
}

QString ExportFile::releaseFileName(const Release &release, ExportFormat format)
{
    QStringList parts;
    if (release.releaseDate.isValid())
        parts.append(release.releaseDate.toString(Qt::ISODate));
    const QString headline = slug(release.headline);
    parts.append(headline.isEmpty() ? QStringLiteral("release-%1").arg(release.id) : headline);
    return parts.join(QLatin1Char('-')) + QLatin1Char('.') + exportFormatExtension(format);
}

} // namespace pressdesk
