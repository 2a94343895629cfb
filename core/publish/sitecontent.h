#pragma once

#include "domain/release.h"
#include "export/exportcontext.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

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
    };

    static bool isPublic(const Release &release, const QDateTime &now);
    // The public releases in the given languages (all when empty), newest release date
    // first; false with errorString() when the store cannot be read.
    bool load(Database &database, const QDateTime &now, const QStringList &languages);

    const QList<Item> &items() const { return m_items; }
    QString errorString() const { return m_error; }

private:
    QList<Item> m_items;
    QString m_error;
};

} // namespace pressdesk
