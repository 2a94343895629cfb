#include "xmppacket.h"

namespace pressdesk {

namespace {

QString escaped(const QString &text)
{
    return XmpPacket::xmlSafe(text).toHtmlEscaped();
}

QString alternative(const QString &text)
{
    return QStringLiteral("<rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt>").arg(escaped(text));
}

QString list(const QString &kind, const QStringList &items)
{
    QString result = QStringLiteral("<rdf:%1>").arg(kind);
    for (const QString &item : items)
        result += QStringLiteral("<rdf:li>%1</rdf:li>").arg(escaped(item));
    return result + QStringLiteral("</rdf:%1>").arg(kind);
}

// PDF/A accepts only the schemas it knows unless the packet describes the others; PDF/UA's
// identification is one of those.
const char *const extensionSchema =
    "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
    "<pdfaSchema:schema>PDF/UA identification</pdfaSchema:schema>"
    "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>"
    "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"
    "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">"
    "<pdfaProperty:name>part</pdfaProperty:name>"
    "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>"
    "<pdfaProperty:category>internal</pdfaProperty:category>"
    "<pdfaProperty:description>The part of ISO 14289 the file follows"
    "</pdfaProperty:description>"
    "</rdf:li></rdf:Seq></pdfaSchema:property>"
    "</rdf:li></rdf:Bag></pdfaExtension:schemas>";

} // namespace

QString XmpPacket::xmlSafe(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            result += c;
            result += text.at(++i);
        } else if (c.isSurrogate() || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF) {
            result += QChar(QChar::ReplacementCharacter);
        } else if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t')) {
            result += QLatin1Char(' ');
        } else {
            result += c;
        }
    }
    return result;
}

QString XmpPacket::xmpDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

QString XmpPacket::pdfDate(const QDateTime &utc)
{
    return QStringLiteral("D:") + utc.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")) + QLatin1Char('Z');
}

QByteArray XmpPacket::build(const PdfMetadata &metadata)
{
    const QString date = xmpDate(metadata.created);
    QString xmp = QStringLiteral("<?xpacket begin=\"") + QChar(0xFEFF)
        + QStringLiteral("\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                         "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                         "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                         "<rdf:Description rdf:about=\"\""
                         " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                         " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
                         " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
                         " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\""
                         " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\""
                         " xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
                         " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
                         " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">");
    xmp += QStringLiteral("<dc:format>application/pdf</dc:format>");
    xmp += QStringLiteral("<dc:title>%1</dc:title>").arg(alternative(metadata.title));
    xmp += QStringLiteral("<dc:creator>%1</dc:creator>").arg(list(QStringLiteral("Seq"), { metadata.author }));
    xmp += QStringLiteral("<dc:description>%1</dc:description>").arg(alternative(metadata.subject));
    if (!metadata.keywords.isEmpty())
        xmp += QStringLiteral("<dc:subject>%1</dc:subject>").arg(list(QStringLiteral("Bag"), metadata.keywords));
    xmp += QStringLiteral("<dc:language>%1</dc:language>").arg(list(QStringLiteral("Bag"), { metadata.language }));
    if (!metadata.publisher.isEmpty())
        xmp +=
            QStringLiteral("<dc:publisher>%1</dc:publisher>").arg(list(QStringLiteral("Bag"), { metadata.publisher }));
    xmp += QStringLiteral("<pdf:Producer>%1</pdf:Producer>").arg(escaped(metadata.producer));
    if (!metadata.keywords.isEmpty())
        xmp += QStringLiteral("<pdf:Keywords>%1</pdf:Keywords>")
                   .arg(escaped(metadata.keywords.join(QStringLiteral(", "))));
    xmp += QStringLiteral("<xmp:CreatorTool>%1</xmp:CreatorTool>").arg(escaped(metadata.creatorTool));
    xmp += QStringLiteral("<xmp:CreateDate>%1</xmp:CreateDate><xmp:ModifyDate>%1</xmp:ModifyDate>"
                          "<xmp:MetadataDate>%1</xmp:MetadataDate>")
               .arg(date);
    xmp += QStringLiteral("<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>"
                          "<pdfuaid:part>1</pdfuaid:part>");
    xmp += QLatin1String(extensionSchema);
    xmp += QStringLiteral("</rdf:Description></rdf:RDF></x:xmpmeta>\n");
    // Room for an editor to add properties in place.
    xmp += QString(1024, QLatin1Char(' ')) + QStringLiteral("\n<?xpacket end=\"w\"?>");
    return xmp.toUtf8();
}

} // namespace pressdesk
