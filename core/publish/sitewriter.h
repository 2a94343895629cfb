#pragma once

#include "sitenote.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class QLockFile;

namespace pressdesk {

// Writes the press room's files into a folder, incrementally and atomically. A manifest in
// the folder (.pressdesk-site, binary) keeps each file's SHA-256 from the last publish, so a file
// whose bytes did not change is not written again and keeps its modification time (rsync and
// FTP clients upload only what changed). Files of the last publish that this one no longer
// produces (a release unpublished or trashed) are left out.
//
// The new site is built beside the old one, in a hidden sibling folder (".NAME.pressdesk-next"),
// and swapped in at the end with one atomic exchange of the two folders, so a crash, a kill or
// a full disk leaves the old site whole. The sibling is not made from scratch each time: after
// a swap it holds the site before, and the manifest names the files the last publish changed,
// so the next one brings it up to date by hard-linking just those from the live folder (an
// unchanged file is the same file in both, modification time included). When the sibling
// cannot vouch for itself (a crash while it was being written, or no sibling yet), it is made
// again by hard-linking every file of the live folder (copying where links are refused).
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
    ~SiteWriter();

    // Reads the previous manifest and prepares the sibling folder; false with errorString()
    // when a folder cannot be made or another publish into the same folder is running.
    bool begin();
    // path is relative to the folder, with '/' separators; sha256 is hashOf(bytes) when the
    // caller made it already (on another thread).
    bool write(const QString &path, const QByteArray &bytes, const QByteArray &sha256 = {});
    // The SHA-256 of bytes (32 bytes, not hex).
    static QByteArray hashOf(const QByteArray &bytes);
    // A generated file that is expensive to make (a PDF): true when the last publish wrote
    // it from the same source key and it is still there; it is then kept as it is.
    bool keepIfCurrent(const QString &path, const QString &sourceKey);
    bool writeWithSource(
        const QString &path, const QByteArray &bytes, const QString &sourceKey, const QByteArray &sha256 = {});
    // A file of the last publish kept as it is (its release did not change); false when the
    // last publish did not write it or it is gone.
    bool keep(const QString &path);
    // What the builder noted about a release at the last publish (its fingerprint, what its
    // lists show, its files), and what it notes this time; kept in the manifest.
    const QHash<QString, SiteNote> &previousReleases() const { return m_previousReleases; }
    void recordRelease(const QString &uuid, const SiteNote &note)
    {
        m_keptReleases.remove(uuid);
        m_releases.insert(uuid, note);
    }
    // The note of the last publish holds again (the release was reused as it was): the
    // manifest copies its bytes instead of writing it anew.
    void keepRelease(const QString &uuid);
    // Every path a release (by uuid) has had while public, for redirects from old slugs. A
    // release not recorded in a publish (unpublished, trashed) is forgotten.
    QStringList previousPaths(const QString &uuid) const { return m_history.value(uuid); }
    void recordPath(const QString &uuid, const QString &path);
    // Leaves out what the last publish wrote and this one did not, writes the manifest, and
    // swaps the new site in.
    bool finish();

    Counts counts() const { return m_counts; }
    QString errorString() const { return m_error; }
    QString folder() const { return m_folder; }
    // Where the next site is made before it is swapped in.
    QString stagingFolder() const { return m_staging; }
    static QString manifestName() { return QStringLiteral(".pressdesk-site"); }
    // The tree's generation (a uuid); the manifest names the generation it was made from.
    static QString generationName() { return QStringLiteral(".pressdesk-generation"); }

private:
    bool store(const QString &path, const QByteArray &bytes, const QByteArray &sha256 = {});
    bool readManifest(const QString &path, QString *base, QStringList *changed);
    // Whether the file of the last publish is in the sibling folder.
    bool isInStaging(const QString &path) const;
    bool prepareStaging(const QString &liveGeneration, const QString &base, const QStringList &changed);
    bool mirrorLiveFolder();
    bool linkFromLive(const QString &path);
    bool swap();

    QString m_folder;
    QString m_staging;
    std::unique_ptr<QLockFile> m_lock;
    QString m_liveGeneration;
    QSet<QString> m_changed; // paths written or left out this time
    // The sibling was brought up to date from the site before: it holds every file of the
    // manifest, except perhaps those of m_unsure (taken over from the live folder).
    bool m_trusted = false;
    QSet<QString> m_unsure;
    QHash<QString, QByteArray> m_previousHashes;
    QHash<QString, QString> m_previousSources;
    QHash<QString, QByteArray> m_hashes;
    QHash<QString, QString> m_sources;
    QHash<QString, QStringList> m_history;
    QSet<QString> m_recorded; // uuids of the releases published this time
    QHash<QString, SiteNote> m_previousReleases;
    QHash<QString, SiteNote> m_releases;
    // The last manifest's bytes and where each release's uuid and note are in them.
    QByteArray m_previousManifest;
    QHash<QString, std::pair<qint64, qint64>> m_previousNoteSpans; // uuid → offset, length
    QSet<QString> m_keptReleases;
    Counts m_counts;
    QString m_error;
};

} // namespace pressdesk
