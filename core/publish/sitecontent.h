#pragma once

#include "domain/release.h"
#include "export/exportcontext.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace pressdesk {

class Database;

// What the press room may show: the releases that are public at an instant, each with
// what its page needs around it. Public means published or archived, and past its embargo;
// drafts, releases in review or approved, trashed releases and releases still under
// embargo are never read past their list row.
class SiteContent final
{
public:
    struct Item
    {
        Release release;
        ExportContext context;
        QString listSummary; // the lead as lists show it
        // From the last publish's manifest: the release did not change, its files are kept
        // and the release holds only what the lists need (no body, an empty context).
        bool reused = false;
        QStringList files;
        // Filled in by SiteBuilder: the page's address and the release's fingerprint (what
        // its list entries are keyed on).
        QString path;
        QByteArray fingerprint;
    };
    // Offered each public release's list row before it is loaded; an item returned is used
    // as it is (SiteBuilder's reuse of an unchanged release).
    using Reuse = std::function<std::optional<Item>(const Release &summary)>;

    static bool isPublic(const Release &release, const QDateTime &now);
    // The public releases in the given languages (all when empty), newest release date
    // first; false with errorString() when the store cannot be read.
    bool load(Database &database, const QDateTime &now, const QStringList &languages, const Reuse &reuse = {});
    // A list row kept from the last publish for a release whose stamp is still this one
    // (PublicationStamps::releases), or null: the row is read.
    using KnownRow = std::function<const Release *(qint64 id, const QString &stamp)>;
    // load() in two steps: the public list rows, then the items.
    bool readList(Database &database, const QDateTime &now, const QStringList &languages, const KnownRow &known = {});
    // The stamp of a public release's row when the list was read.
    QString stampOf(qint64 id) const { return m_stamps.value(id); }
    bool loadItems(Database &database, const QDateTime &now, const Reuse &reuse = {});
    // The public list rows, newest first, read by load() before anything else.
    const QList<Release> &summaries() const { return m_summaries; }
    static QString summaryOf(const QString &lead);

    const QList<Item> &items() const { return m_items; }
    QList<Item> &items() { return m_items; }
    QString errorString() const { return m_error; }

private:
    QList<Item> m_items;
    QList<Release> m_summaries;
    QHash<qint64, QString> m_stamps;
    QString m_error;
};

} // namespace pressdesk
