#include "sitemap.h"

#include "atomfeed.h"

#include <QXmlStreamWriter>

namespace pressdesk {

QByteArray Sitemap::toXml() const
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    const QString xhtml = QStringLiteral("http://www.w3.org/1999/xhtml");
    xml.writeDefaultNamespace(QStringLiteral("http://www.sitemaps.org/schemas/sitemap/0.9"));
    xml.writeNamespace(xhtml, QStringLiteral("xhtml"));
    xml.writeStartElement(QStringLiteral("urlset"));
    for (const Url &url : urls) {
        xml.writeStartElement(QStringLiteral("url"));
        xml.writeTextElement(QStringLiteral("loc"), AtomFeed::xmlSafe(url.loc));
        if (url.lastModified.isValid())
            xml.writeTextElement(QStringLiteral("lastmod"), url.lastModified.toString(Qt::ISODate));
        if (url.alternates.size() > 1) {
            for (const auto &[language, href] : url.alternates) {
                xml.writeEmptyElement(xhtml, QStringLiteral("link"));
                xml.writeAttribute(QStringLiteral("rel"), QStringLiteral("alternate"));
                xml.writeAttribute(QStringLiteral("hreflang"), AtomFeed::xmlSafe(language));
                xml.writeAttribute(QStringLiteral("href"), AtomFeed::xmlSafe(href));
            }
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace pressdesk
