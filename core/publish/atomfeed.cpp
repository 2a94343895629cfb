#include "atomfeed.h"

#include <QXmlStreamWriter>

namespace pressdesk {

namespace {

QString instant(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

QString AtomFeed::xmlSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            safe += c;
            safe += text.at(++i);
            continue;
        }
        if (c.isSurrogate() || u == 0xFFFE || u == 0xFFFF)
            continue;
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
            continue;
        safe += c;
    }
    return safe;
}

QByteArray AtomFeed::toXml() const
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2005/Atom"));
    xml.writeStartElement(QStringLiteral("feed"));
    xml.writeAttribute(QStringLiteral("xml:lang"), xmlSafe(language));
    xml.writeTextElement(QStringLiteral("title"), xmlSafe(title));
    xml.writeTextElement(QStringLiteral("id"), xmlSafe(id));
    QDateTime updated;
    for (const Entry &entry : entries) {
        if (!updated.isValid() || entry.updated > updated)
            updated = entry.updated;
    }
    xml.writeTextElement(
        QStringLiteral("updated"), instant(updated.isValid() ? updated : QDateTime::fromSecsSinceEpoch(0, Qt::UTC)));
    xml.writeEmptyElement(QStringLiteral("link"));
    xml.writeAttribute(QStringLiteral("rel"), QStringLiteral("self"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("application/atom+xml"));
    xml.writeAttribute(QStringLiteral("href"), xmlSafe(selfUrl));
    xml.writeEmptyElement(QStringLiteral("link"));
    xml.writeAttribute(QStringLiteral("rel"), QStringLiteral("alternate"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("text/html"));
    xml.writeAttribute(QStringLiteral("href"), xmlSafe(homeUrl));
    xml.writeStartElement(QStringLiteral("author"));
    xml.writeTextElement(QStringLiteral("name"), xmlSafe(author));
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("generator"), xmlSafe(generator));
    for (const Entry &entry : entries) {
        xml.writeStartElement(QStringLiteral("entry"));
        xml.writeTextElement(QStringLiteral("id"), xmlSafe(entry.id));
        xml.writeTextElement(QStringLiteral("title"), xmlSafe(entry.title));
        xml.writeEmptyElement(QStringLiteral("link"));
        xml.writeAttribute(QStringLiteral("rel"), QStringLiteral("alternate"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("text/html"));
        xml.writeAttribute(QStringLiteral("href"), xmlSafe(entry.url));
        xml.writeTextElement(QStringLiteral("published"), instant(entry.published));
        xml.writeTextElement(QStringLiteral("updated"), instant(entry.updated));
        for (const QString &category : entry.categories) {
            xml.writeEmptyElement(QStringLiteral("category"));
            xml.writeAttribute(QStringLiteral("term"), xmlSafe(category));
        }
        if (!entry.summary.isEmpty())
            xml.writeTextElement(QStringLiteral("summary"), xmlSafe(entry.summary));
        xml.writeStartElement(QStringLiteral("content"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("html"));
        xml.writeCharacters(xmlSafe(entry.contentHtml));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace pressdesk
