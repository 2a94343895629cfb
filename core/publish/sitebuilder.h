#pragma once

#include "siteoptions.h"

#include <QString>

namespace pressdesk {

class Database;
struct Release;

// The online press room: writes the public releases as a folder of static files (a home
// page per language with a monthly archive, a page per release with its PDF, calendar
// entries and contact cards, topic, speaker and event pages, an Atom feed per language,
// sitemap.xml and robots.txt) from the templates in resources/templates/site/. Reads
// through the repositories only, so a file and a server publish alike. Only public
// releases are read past their list row (SiteContent); the folder is updated in place,
// file by file, through SiteWriter's manifest.
class SiteBuilder final
{
public:
    explicit SiteBuilder(Database &database);

    bool publish(const SiteOptions &options);
    SiteReport report() const { return m_report; }
    QString errorString() const { return m_error; }

    // The stable part of a release's address: a slug of the headline and the uuid's first
    // eight characters ("water-for-the-north-1f0c2a9b"); an edited headline changes the slug
    // and the old address becomes a redirect.
    static QString releaseSlug(const Release &release);
    // "en/releases/SLUG.html" (the language folder holds only [a-z0-9-]).
    static QString releasePath(const Release &release);
    static QString languageFolder(const QString &language);

private:
    Database &m_database;
    SiteReport m_report;
    QString m_error;
};

} // namespace pressdesk
