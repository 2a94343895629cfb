#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace pressdesk {

// sitemap.xml (sitemaps.org 0.9) with the language versions of a page as hreflang
// alternates (xhtml:link), as search engines read them.
class Sitemap final
{
public:
    struct Url
    {
        QString loc; // absolute
        QDate lastModified;
        QList<QPair<QString, QString>> alternates; // hreflang, absolute URL (the page itself included)
    };

    QList<Url> urls;
    QByteArray toXml() const;
};

} // namespace pressdesk
