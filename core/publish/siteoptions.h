#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace pressdesk {

// What a publish of the press room is asked to do (the CLI's and the window's options).
struct SiteOptions
{
    QString folder; // where the site is written
    QString baseUrl; // where it will be served, "https://press.example.org/"; canonical URLs, feeds, sitemap
    QStringList languages; // BCP 47 tags to publish; empty: every language with a public release
    QString templateFolder; // the organization's own templates and style.css; empty: the built-in ones
    bool pdfs = true; // a PDF per release (made once per version and kept)
    QDateTime now = QDateTime::currentDateTimeUtc(); // embargoes are compared with this instant

    // The base URL with one trailing slash; "http://localhost/" when none was given.
    QString normalizedBaseUrl() const;
};

// What a publish did.
struct SiteReport
{
    int releases = 0;
    int pages = 0;
    int pdfsMade = 0;
    int written = 0;
    int unchanged = 0;
    int removed = 0;
    QStringList languages;
};

} // namespace pressdesk
