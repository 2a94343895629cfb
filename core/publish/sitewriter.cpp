#include "sitewriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QUuid>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <fcntl.h>
#include <stdio.h>
#endif

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

QByteArray SiteWriter::hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

SiteWriter::SiteWriter(QString folder)
    : m_folder(QDir::cleanPath(QFileInfo(folder).absoluteFilePath()))
{
    const QFileInfo info(m_folder);
    m_staging = info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".pressdesk-next");
}

SiteWriter::~SiteWriter() = default;

namespace {

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(path.toStdU16String());
}

QString messageOf(const std::error_code &error)
{
    return QString::fromLocal8Bit(error.message().c_str());
}

} // namespace

bool SiteWriter::begin()
{
    const QFileInfo info(m_folder);
    if (info.fileName().isEmpty() || !QDir().mkpath(info.absolutePath())) {
        m_error = QCoreApplication::translate("Publish", "Cannot create the folder %1.").arg(m_folder);
        return false;
    }
    if (info.exists() && !info.isDir()) {
        m_error = QCoreApplication::translate("Publish", "%1 is a file, not a folder.").arg(m_folder);
        return false;
    }
    // One publish into a folder at a time: both would write the same sibling folder.
    m_lock = std::make_unique<QLockFile>(
        info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".pressdesk-lock"));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        m_error = QCoreApplication::translate("Publish", "Another publish into %1 is running.").arg(m_folder);
        return false;
    }
    QString base;
    QStringList changed;
    if (!readManifest(m_folder + QLatin1Char('/') + manifestName(), &base, &changed)) {
        // No manifest, or one this version cannot read: every file is written again.
        m_previousHashes.clear();
        m_previousSources.clear();
        m_previousReleases.clear();
        m_previousNoteSpans.clear();
        m_previousManifest.clear();
        m_history.clear();
        m_liveGeneration.clear();
        base.clear();
    }
    return prepareStaging(m_liveGeneration, base, changed);
}

namespace {

constexpr quint32 manifestMagic = 0x50445354; // "PDST"
constexpr qint32 manifestFormat = 4; // 4: text as UTF-8

} // namespace

// The manifest is binary (QDataStream): a large archive's manifest is read and written at
// every publish, and parsing it as JSON was most of the time of a publish after one edit.
bool SiteWriter::readManifest(const QString &path, QString *base, QStringList *changed)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    in.setByteOrder(QDataStream::LittleEndian); // strings copied, not byte-swapped
    quint32 magic = 0;
    qint32 format = 0;
    in >> magic >> format;
    if (magic != manifestMagic || format != manifestFormat)
        return false;
    bool hasChanged = false;
    in >> ManifestTextIn { m_liveGeneration } >> ManifestTextIn { *base } >> hasChanged >> ManifestTextsIn { *changed };
    if (!hasChanged)
        base->clear(); // no list of changes: the sibling cannot be brought up to date from it
    qint32 count = 0;
    in >> count;
    m_previousHashes.reserve(count);
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QString name;
        QByteArray hash;
        QString source;
        in >> ManifestTextIn { name } >> hash >> ManifestTextIn { source };
        m_previousHashes.insert(name, hash);
        if (!source.isEmpty())
            m_previousSources.insert(name, source);
    }
    in >> count;
    m_history.reserve(count);
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QString uuid;
        QStringList paths;
        in >> ManifestTextIn { uuid } >> ManifestTextsIn { paths };
        m_history.insert(uuid, paths);
    }
    in >> count;
    m_previousReleases.reserve(count);
    m_previousNoteSpans.reserve(count);
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        const qint64 start = in.device()->pos();
        QString uuid;
        SiteNote note;
        in >> ManifestTextIn { uuid } >> note;
        m_previousNoteSpans.insert(uuid, { start, in.device()->pos() - start });
        m_previousReleases.insert(uuid, note);
    }
    if (in.status() != QDataStream::Ok)
        return false;
    m_previousManifest = bytes;
    return true;
}

bool SiteWriter::isInStaging(const QString &path) const
{
    if (m_trusted && !m_unsure.contains(path))
        return true;
    return QFileInfo::exists(m_staging + QLatin1Char('/') + path);
}

bool SiteWriter::prepareStaging(const QString &liveGeneration, const QString &base, const QStringList &changed)
{
    QFile generation(m_staging + QLatin1Char('/') + generationName());
    QString stagingGeneration;
    if (generation.open(QIODevice::ReadOnly))
        stagingGeneration = QString::fromLatin1(generation.readAll()).trimmed();
    generation.close();
    const bool liveExists = QFileInfo(m_folder).isDir();
    // From here on the sibling is being changed: it vouches for nothing until finish().
    if (generation.exists() && !generation.remove()) {
        m_error =
            QCoreApplication::translate("Publish", "Cannot write %1: %2").arg(m_staging, generation.errorString());
        return false;
    }
    if (liveExists && !liveGeneration.isEmpty() && !base.isEmpty() && stagingGeneration == base) {
        // The sibling holds the site before the live one: take over what the last publish changed.
        for (const QString &path : changed) {
            if (!isSafeRelativePath(path))
                continue;
            if (!linkFromLive(path))
                return false;
            m_unsure.insert(path); // perhaps deleted from the live folder by hand
        }
        // Every other file of the manifest is there without looking (a stat per file is a
        // large part of a publish of a large archive after one edit).
        m_trusted = true;
        return true;
    }
    std::error_code error;
    std::filesystem::remove_all(fsPath(m_staging), error);
    if (error || !QDir().mkpath(m_staging)) {
        m_error = QCoreApplication::translate("Publish", "Cannot create the folder %1.").arg(m_staging);
        return false;
    }
    return !liveExists || mirrorLiveFolder();
}

// Makes the sibling a copy of the live folder: hard links (the same files, nothing copied,
// modification times kept), or copies with their modification times where links are refused.
bool SiteWriter::mirrorLiveFolder()
{
    std::error_code error;
    const std::filesystem::path live = fsPath(m_folder);
    const std::filesystem::path staging = fsPath(m_staging);
    std::filesystem::recursive_directory_iterator it(live, error);
    for (; !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
        const std::filesystem::path relative = it->path().lexically_relative(live);
        const std::filesystem::path target = staging / relative;
        if (it->is_directory(error)) {
            std::filesystem::create_directories(target, error);
            continue;
        }
        if (relative == fsPath(generationName()))
            continue;
        std::filesystem::create_hard_link(it->path(), target, error);
        if (error) {
            error.clear();
            std::filesystem::copy_file(it->path(), target, error);
            if (!error)
                std::filesystem::last_write_time(target, std::filesystem::last_write_time(it->path(), error), error);
        }
    }
    if (error) {
        m_error = QCoreApplication::translate("Publish", "Cannot write %1: %2").arg(m_staging, messageOf(error));
        return false;
    }
    return true;
}

bool SiteWriter::linkFromLive(const QString &path)
{
    const QString source = m_folder + QLatin1Char('/') + path;
    const QString target = m_staging + QLatin1Char('/') + path;
    std::error_code error;
    std::filesystem::remove(fsPath(target), error);
    error.clear();
    if (!QFileInfo::exists(source)) {
        QDir().rmdir(QFileInfo(target).absolutePath()); // left empty, perhaps
        return true;
    }
    QDir().mkpath(QFileInfo(target).absolutePath());
    std::filesystem::create_hard_link(fsPath(source), fsPath(target), error);
    if (error) {
        error.clear();
        std::filesystem::copy_file(fsPath(source), fsPath(target), error);
        if (!error)
            std::filesystem::last_write_time(
                fsPath(target), std::filesystem::last_write_time(fsPath(source), error), error);
    }
    if (error) {
        m_error = QCoreApplication::translate("Publish", "Cannot write %1: %2").arg(target, messageOf(error));
        return false;
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

bool SiteWriter::store(const QString &path, const QByteArray &bytes, const QByteArray &sha256)
{
    if (!isSafeRelativePath(path)) {
        m_error = QCoreApplication::translate("Publish", "Refusing to write outside the folder: %1").arg(path);
        return false;
    }
    const QByteArray hash = sha256.isEmpty() ? hashOf(bytes) : sha256;
    m_hashes.insert(path, hash);
    const QString target = m_staging + QLatin1Char('/') + path;
    if (m_previousHashes.value(path) == hash && isInStaging(path)) {
        ++m_counts.unchanged;
        return true;
    }
    m_changed.insert(path);
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

bool SiteWriter::write(const QString &path, const QByteArray &bytes, const QByteArray &sha256)
{
    return store(path, bytes, sha256);
}

bool SiteWriter::keepIfCurrent(const QString &path, const QString &sourceKey)
{
    if (m_previousSources.value(path) != sourceKey || !m_previousHashes.contains(path) || !isInStaging(path))
        return false;
    m_hashes.insert(path, m_previousHashes.value(path));
    m_sources.insert(path, sourceKey);
    ++m_counts.unchanged;
    return true;
}

bool SiteWriter::keep(const QString &path)
{
    const auto previous = m_previousHashes.constFind(path);
    if (previous == m_previousHashes.constEnd() || !isInStaging(path))
        return false;
    m_hashes.insert(path, *previous);
    if (const QString source = m_previousSources.value(path); !source.isEmpty())
        m_sources.insert(path, source);
    ++m_counts.unchanged;
    return true;
}

bool SiteWriter::writeWithSource(
    const QString &path, const QByteArray &bytes, const QString &sourceKey, const QByteArray &sha256)
{
    m_sources.insert(path, sourceKey);
    return store(path, bytes, sha256);
}

void SiteWriter::keepRelease(const QString &uuid)
{
    if (m_previousNoteSpans.contains(uuid)) {
        m_releases.remove(uuid);
        m_keptReleases.insert(uuid);
    } else {
        recordRelease(uuid, m_previousReleases.value(uuid));
    }
}

bool SiteWriter::finish()
{
    QSet<QString> folders;
    for (auto it = m_previousHashes.constBegin(); it != m_previousHashes.constEnd(); ++it) {
        if (m_hashes.contains(it.key()) || !isSafeRelativePath(it.key()))
            continue;
        const QString target = m_staging + QLatin1Char('/') + it.key();
        m_changed.insert(it.key());
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

    // Only the releases public now: an unpublished release leaves no trace in the folder.
    QHash<QString, QStringList> paths;
    for (auto it = m_history.constBegin(); it != m_history.constEnd(); ++it) {
        if (m_recorded.contains(it.key()))
            paths.insert(it.key(), it.value());
    }
    // This tree's generation, the live one it was made from and what changed between them:
    // after the swap the old tree is the sibling, and the next publish needs only those paths.
    const QString generation = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList changed(m_changed.begin(), m_changed.end());
    changed.sort();
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out.setByteOrder(QDataStream::LittleEndian); // strings copied, not byte-swapped
        out << manifestMagic << manifestFormat << ManifestText { generation } << ManifestText { m_liveGeneration }
            << true << ManifestTexts { changed } << qint32(m_hashes.size());
        for (auto it = m_hashes.constBegin(); it != m_hashes.constEnd(); ++it)
            out << ManifestText { it.key() } << it.value() << ManifestText { m_sources.value(it.key()) };
        out << qint32(paths.size());
        for (auto it = paths.constBegin(); it != paths.constEnd(); ++it)
            out << ManifestText { it.key() } << ManifestTexts { it.value() };
        out << qint32(m_releases.size() + m_keptReleases.size());
        for (auto it = m_releases.constBegin(); it != m_releases.constEnd(); ++it)
            out << ManifestText { it.key() } << it.value();
        // Most notes of a quick publish are the last one's: their bytes are copied (writing
        // tens of thousands of notes field by field was most of the manifest's time).
        for (const QString &uuid : std::as_const(m_keptReleases)) {
            const auto [offset, length] = m_previousNoteSpans.value(uuid);
            out.writeRawData(m_previousManifest.constData() + offset, int(length));
        }
    }
    // The manifest of an older version, taken over from the live folder, is not served.
    QFile::remove(m_staging + QStringLiteral("/.pressdesk-site.json"));
    // Renamed into place like the pages, not synced: tens of megabytes for a large archive,
    // and a manifest lost to a power cut only makes the next publish write every file again.
    const QString manifestPath = m_staging + QLatin1Char('/') + manifestName();
    QFile manifest(manifestPath + QStringLiteral(".pressdesk-new"));
    if (!manifest.open(QIODevice::WriteOnly | QIODevice::Truncate) || manifest.write(bytes) != bytes.size()) {
        m_error = QCoreApplication::translate("Publish", "Cannot write the manifest: %1").arg(manifest.errorString());
        manifest.remove();
        return false;
    }
    manifest.close();
    std::error_code renamed;
    std::filesystem::rename(fsPath(manifest.fileName()), fsPath(manifestPath), renamed);
    if (renamed) {
        m_error = QCoreApplication::translate("Publish", "Cannot write the manifest: %1").arg(messageOf(renamed));
        manifest.remove();
        return false;
    }
    QSaveFile stamp(m_staging + QLatin1Char('/') + generationName());
    if (!stamp.open(QIODevice::WriteOnly) || stamp.write(generation.toLatin1()) != generation.size()
        || !stamp.commit()) {
        m_error = QCoreApplication::translate("Publish", "Cannot write the manifest: %1").arg(stamp.errorString());
        return false;
    }
    return swap();
}

bool SiteWriter::swap()
{
    const QByteArray staging = QFile::encodeName(m_staging);
    const QByteArray live = QFile::encodeName(m_folder);
    if (!QFileInfo(m_folder).isDir()) {
        if (std::rename(staging.constData(), live.constData()) == 0)
            return true;
    } else {
#ifdef Q_OS_LINUX
        // One step: the live folder is always either the old site or the new one.
        if (::renameat2(AT_FDCWD, staging.constData(), AT_FDCWD, live.constData(), RENAME_EXCHANGE) == 0)
            return true;
        if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP) {
            m_error = QCoreApplication::translate("Publish", "Cannot replace %1: %2")
                          .arg(m_folder, QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
#endif
        // Where the file system cannot exchange two folders: two renames, a moment apart.
        const QByteArray aside = QFile::encodeName(m_staging + QStringLiteral("-old"));
        std::error_code ignored;
        std::filesystem::remove_all(fsPath(m_staging + QStringLiteral("-old")), ignored);
        if (std::rename(live.constData(), aside.constData()) == 0) {
            if (std::rename(staging.constData(), live.constData()) == 0) {
                std::rename(aside.constData(), staging.constData()); // kept for the next publish
                return true;
            }
            std::rename(aside.constData(), live.constData());
        }
    }
    m_error = QCoreApplication::translate("Publish", "Cannot replace %1: %2")
                  .arg(m_folder, QString::fromLocal8Bit(std::strerror(errno)));
    return false;
}

} // namespace pressdesk
