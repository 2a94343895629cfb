#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace pressdesk {

// Writes the press room's files into a folder, incrementally. A manifest in the folder
// (.pressdesk-site.json) keeps each file's SHA-256 from the last publish, so a file whose
// bytes did not change is not written again and keeps its modification time (rsync and FTP
// clients upload only what changed). Files of the last publish that this one no longer
// produces (a release unpublished or trashed) are deleted. Each file is written beside its
// target and renamed over it, and the manifest last (through QSaveFile): a crash leaves
// whole files and a manifest that makes the next publish rewrite whatever it does not
// vouch for.
class SiteWriter final
{
public:
    struct Counts
    {
        int written = 0;
        int unchanged = 0;
        int removed = 0;
    };

    explicit SiteWriter(QString folder);

    // Reads the previous manifest; false with errorString() when the folder cannot be made.
    bool begin();
    // path is relative to the folder, with '/' separators; sha256 is hashOf(bytes) when the
    // caller made it already (on another thread).
    bool write(const QString &path, const QByteArray &bytes, const QString &sha256 = {});
    static QString hashOf(const QByteArray &bytes);
    // A generated file that is expensive to make (a PDF): true when the last publish wrote
    // it from the same source key and it is still there; it is then kept as it is.
    bool keepIfCurrent(const QString &path, const QString &sourceKey);
    bool writeWithSource(
        const QString &path, const QByteArray &bytes, const QString &sourceKey, const QString &sha256 = {});
    // A file of the last publish kept as it is (its release did not change); false when the
    // last publish did not write it or it is gone.
    bool keep(const QString &path);
    // What the builder noted about a release at the last publish (its fingerprint, what its
    // lists show, its files), and what it notes this time; kept in the manifest.
    QJsonObject previousRelease(const QString &uuid) const { return m_previousReleases.value(uuid).toObject(); }
    void recordRelease(const QString &uuid, const QJsonObject &note) { m_releases.insert(uuid, note); }
    // Every path a release (by uuid) has had while public, for redirects from old slugs. A
    // release not recorded in a publish (unpublished, trashed) is forgotten.
    QStringList previousPaths(const QString &uuid) const { return m_history.value(uuid); }
    void recordPath(const QString &uuid, const QString &path);
    // Deletes what the last publish wrote and this one did not, then writes the manifest.
    bool finish();

    Counts counts() const { return m_counts; }
    QString errorString() const { return m_error; }
    QString folder() const { return m_folder; }
    static QString manifestName() { return QStringLiteral(".pressdesk-site.json"); }

private:
    bool store(const QString &path, const QByteArray &bytes, const QString &sha256 = {});

    QString m_folder;
    QHash<QString, QString> m_previousHashes;
    QHash<QString, QString> m_previousSources;
    QHash<QString, QString> m_hashes;
    QHash<QString, QString> m_sources;
    QHash<QString, QStringList> m_history;
    QSet<QString> m_recorded; // uuids of the releases published this time
    QJsonObject m_previousReleases;
    QJsonObject m_releases;
    Counts m_counts;
    QString m_error;
};

} // namespace pressdesk
