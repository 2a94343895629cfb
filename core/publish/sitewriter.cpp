#include "sitewriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>

#include <filesystem>

namespace pressdesk {

// QT_LOGGING_RULES="pressdesk.publish.debug=true" lists every file written or deleted.
Q_LOGGING_CATEGORY(publishLog, "pressdesk.publish", QtWarningMsg)

namespace {

// A path from the builder never climbs out of the folder; refuse anything else outright.
bool isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    }
    return true;
}

} // namespace

QString SiteWriter::hashOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

SiteWriter::SiteWriter(QString folder)
    : m_folder(std::move(folder))
{ }

bool SiteWriter::begin()
{
    if (!QDir().mkpath(m_folder)) {
        m_error = QCoreApplication::translate("Publish", "Cannot create the folder %1.").arg(m_folder);
        return false;
    }
    QFile manifest(m_folder + QLatin1Char('/') + manifestName());
    if (!manifest.open(QIODevice::ReadOnly))
        return true; // a first publish
    const QJsonObject root = QJsonDocument::fromJson(manifest.readAll()).object();
    const QJsonObject files = root.value(QLatin1String("files")).toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        m_previousHashes.insert(it.key(), entry.value(QLatin1String("sha256")).toString());
        const QString source = entry.value(QLatin1String("source")).toString();
        if (!source.isEmpty())
            m_previousSources.insert(it.key(), source);
    }
    m_previousReleases = root.value(QLatin1String("releases")).toObject();
    const QJsonObject history = root.value(QLatin1String("paths")).toObject();
    for (auto it = history.begin(); it != history.end(); ++it) {
        QStringList paths;
        const QJsonArray list = it.value().toArray();
        for (const QJsonValue &value : list)
            paths.append(value.toString());
        m_history.insert(it.key(), paths);
    }
    return true;
}

void SiteWriter::recordPath(const QString &uuid, const QString &path)
{
    m_recorded.insert(uuid);
    QStringList &paths = m_history[uuid];
    if (!paths.contains(path))
        paths.append(path);
}

bool SiteWriter::store(const QString &path, const QByteArray &bytes, const QString &sha256)
{
    if (!isSafeRelativePath(path)) {
        m_error = QCoreApplication::translate("Publish", "Refusing to write outside the folder: %1").arg(path);
        return false;
    }
    const QString hash = sha256.isEmpty() ? hashOf(bytes) : sha256;
    m_hashes.insert(path, hash);
    const QString target = m_folder + QLatin1Char('/') + path;
    if (m_previousHashes.value(path) == hash && QFileInfo::exists(target)) {
        ++m_counts.unchanged;
        return true;
    }
    QDir().mkpath(QFileInfo(target).absolutePath());
    // Written beside the target and renamed over it, so a reader (or an upload) never sees
    // half a file. Not synced one by one as QSaveFile would: a hundred thousand fsyncs
    // are most of a publish's time; the manifest, written last, is synced.
    const QString temporary = target + QStringLiteral(".pressdesk-new");
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        m_error = QCoreApplication::translate("Publish", "Cannot write %1: %2").arg(target, file.errorString());
        file.remove();
        return false;
    }
    file.close();
    std::error_code error;
    std::filesystem::rename(temporary.toStdU16String(), target.toStdU16String(), error);
    if (error) {
        m_error = QCoreApplication::translate("Publish", "Cannot write %1: %2")
                      .arg(target, QString::fromLocal8Bit(error.message().c_str()));
        QFile::remove(temporary);
        return false;
    }
    qCDebug(publishLog) << "wrote" << path;
    ++m_counts.written;
    return true;
}

bool SiteWriter::write(const QString &path, const QByteArray &bytes, const QString &sha256)
{
    return store(path, bytes, sha256);
}

bool SiteWriter::keepIfCurrent(const QString &path, const QString &sourceKey)
{
    if (m_previousSources.value(path) != sourceKey || !m_previousHashes.contains(path)
        || !QFileInfo::exists(m_folder + QLatin1Char('/') + path))
        return false;
    m_hashes.insert(path, m_previousHashes.value(path));
    m_sources.insert(path, sourceKey);
    ++m_counts.unchanged;
    return true;
}

bool SiteWriter::keep(const QString &path)
{
    const auto previous = m_previousHashes.constFind(path);
    if (previous == m_previousHashes.constEnd() || !QFileInfo::exists(m_folder + QLatin1Char('/') + path))
        return false;
    m_hashes.insert(path, *previous);
    if (const QString source = m_previousSources.value(path); !source.isEmpty())
        m_sources.insert(path, source);
    ++m_counts.unchanged;
    return true;
}

bool SiteWriter::writeWithSource(
    const QString &path, const QByteArray &bytes, const QString &sourceKey, const QString &sha256)
{
    m_sources.insert(path, sourceKey);
    return store(path, bytes, sha256);
}

bool SiteWriter::finish()
{
    QSet<QString> folders;
    for (auto it = m_previousHashes.constBegin(); it != m_previousHashes.constEnd(); ++it) {
        if (m_hashes.contains(it.key()) || !isSafeRelativePath(it.key()))
            continue;
        const QString target = m_folder + QLatin1Char('/') + it.key();
        if (QFile::exists(target) && !QFile::remove(target)) {
            m_error = QCoreApplication::translate("Publish", "Cannot delete %1.").arg(target);
            return false;
        }
        folders.insert(QFileInfo(target).absolutePath());
        qCDebug(publishLog) << "deleted" << it.key();
        ++m_counts.removed;
    }
    // Folders left empty by the deletions go too (rmdir refuses a folder with files).
    for (const QString &folder : std::as_const(folders))
        QDir().rmdir(folder);

    QJsonObject files;
    for (auto it = m_hashes.constBegin(); it != m_hashes.constEnd(); ++it) {
        QJsonObject entry { { QStringLiteral("sha256"), it.value() } };
        if (const QString source = m_sources.value(it.key()); !source.isEmpty())
            entry.insert(QStringLiteral("source"), source);
        files.insert(it.key(), entry);
    }
    // Only the releases public now: an unpublished release leaves no trace in the folder.
    QJsonObject paths;
    for (auto it = m_history.constBegin(); it != m_history.constEnd(); ++it) {
        if (m_recorded.contains(it.key()))
            paths.insert(it.key(), QJsonArray::fromStringList(it.value()));
    }
    const QJsonObject root { { QStringLiteral("format"), 1 }, { QStringLiteral("files"), files },
        { QStringLiteral("paths"), paths }, { QStringLiteral("releases"), m_releases } };
    QSaveFile manifest(m_folder + QLatin1Char('/') + manifestName());
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Compact);
    if (!manifest.open(QIODevice::WriteOnly) || manifest.write(bytes) != bytes.size() || !manifest.commit()) {
        m_error = QCoreApplication::translate("Publish", "Cannot write the manifest: %1").arg(manifest.errorString());
        return false;
    }
    return true;
}

} // namespace pressdesk
