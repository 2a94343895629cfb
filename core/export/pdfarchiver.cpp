#include "pdfarchiver.h"

#include "truetypestripper.h"
#include "xmppacket.h"

#include <QFile>
#include <qpdf/Buffer.hh>
#include <qpdf/Pl_Flate.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <mutex>

namespace pressdesk {

namespace {

using Object = QPDFObjectHandle;

Object text(const QString &value)
{
    return Object::newUnicodeString(XmpPacket::xmlSafe(value).toStdString());
}

QByteArray srgbProfile()
{
    QFile file(QStringLiteral(":/color/sRGB.icc"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void layArtifactsUnder(QPDF &pdf, QPDF &layer)
{
    std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
    std::vector<QPDFPageObjectHelper> layerPages = QPDFPageDocumentHelper(layer).getAllPages();
    for (size_t i = 0; i < pages.size() && i < layerPages.size(); ++i) {
        Object form = pdf.copyForeignObject(layerPages.at(i).getFormXObjectForPage());
        Object resources = pages.at(i).getAttribute("/Resources", true);
        if (!resources.isDictionary()) {
            resources = Object::newDictionary();
            pages.at(i).getObjectHandle().replaceKey("/Resources", resources);
        }
        if (!resources.getKey("/XObject").isDictionary())
            resources.replaceKey("/XObject", Object::newDictionary());
        int suffix = 0;
        const std::string name = resources.getUniqueResourceName("/Artifacts", suffix);
        resources.getKey("/XObject").replaceKey(name, form);
        pages.at(i).addPageContents(pdf.newStream("q /Artifact BMC " + name + " Do EMC Q\n"), true);
    }
}

void stripFontHinting(QPDF &pdf)
{
    for (Object object : pdf.getAllObjects()) {
        if (!object.isDictionary() || !object.getKey("/Type").isNameAndEquals("/FontDescriptor"))
            continue;
        Object file = object.getKey("/FontFile2");
        if (!file.isStream())
            continue;
        const std::shared_ptr<Buffer> data = file.getStreamData(qpdf_dl_generalized);
        const QByteArray font(
            reinterpret_cast<const char *>(data->getBuffer()), static_cast<qsizetype>(data->getSize()));
        const QByteArray stripped = TrueTypeStripper::withoutHinting(font);
        if (stripped.size() >= font.size())
            continue;
        file.replaceStreamData(stripped.toStdString(), Object::newNull(), Object::newNull());
        file.getDict().replaceKey("/Length1", Object::newInteger(stripped.size()));
    }
}

// Walks the structure tree in reading order: the logo's Figure gets its /Alt, each
// BlockQuote in another language its /Lang.
class StructureWalker
{
public:
    explicit StructureWalker(const PdfMetadata &metadata)
        : m_metadata(metadata)
    { }

    void walk(Object element, int depth)
    {
        if (depth > 64)
            return;
        if (element.isArray()) {
            for (int i = 0; i < element.getArrayNItems(); ++i)
                walk(element.getArrayItem(i), depth + 1);
            return;
        }
        if (!element.isDictionary() || !element.hasKey("/S"))
            return;
        Object type = element.getKey("/S");
        if (type.isNameAndEquals("/Figure") && !m_metadata.figureAlt.isEmpty())
            element.replaceKey("/Alt", text(m_metadata.figureAlt));
        if (type.isNameAndEquals("/BlockQuote")) {
            const QString language = m_metadata.blockQuoteLanguages.value(m_blockQuotes++);
            if (!language.isEmpty())
                element.replaceKey("/Lang", text(language));
        }
        walk(element.getKey("/K"), depth + 1);
    }

private:
    const PdfMetadata &m_metadata;
    qsizetype m_blockQuotes = 0;
};

// PDF/A: annotations are printed; PDF/UA: a link says where it goes and pages with
// annotations are read in structure order.
void finishAnnotations(QPDF &pdf)
{
    for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        Object annotations = page.getObjectHandle().getKey("/Annots");
        if (!annotations.isArray() || annotations.getArrayNItems() == 0)
            continue;
        page.getObjectHandle().replaceKey("/Tabs", Object::newName("/S"));
        for (int i = 0; i < annotations.getArrayNItems(); ++i) {
            Object annotation = annotations.getArrayItem(i);
            if (!annotation.isDictionary())
                continue;
            annotation.replaceKey("/F", Object::newInteger(4));
            Object action = annotation.getKey("/A");
            if (action.isDictionary() && action.getKey("/URI").isString())
                annotation.replaceKey("/Contents", Object::newUnicodeString(action.getKey("/URI").getUTF8Value()));
        }
    }
}

void describeDocument(QPDF &pdf, const PdfMetadata &metadata)
{
    Object root = pdf.getRoot();
    root.replaceKey("/Lang", text(metadata.language));
    Object markInfo = Object::newDictionary();
    markInfo.replaceKey("/Marked", Object::newBool(true));
    root.replaceKey("/MarkInfo", markInfo);
    Object preferences = Object::newDictionary();
    preferences.replaceKey("/DisplayDocTitle", Object::newBool(true));
    root.replaceKey("/ViewerPreferences", preferences);

    Object xmp = pdf.newStream(XmpPacket::build(metadata).toStdString());
    xmp.getDict().replaceKey("/Type", Object::newName("/Metadata"));
    xmp.getDict().replaceKey("/Subtype", Object::newName("/XML"));
    root.replaceKey("/Metadata", xmp);

    const QByteArray icc = srgbProfile();
    if (!icc.isEmpty()) {
        Object profile = pdf.newStream(icc.toStdString());
        profile.getDict().replaceKey("/N", Object::newInteger(3));
        Object intent = Object::newDictionary();
        intent.replaceKey("/Type", Object::newName("/OutputIntent"));
        intent.replaceKey("/S", Object::newName("/GTS_PDFA1"));
        intent.replaceKey("/OutputConditionIdentifier", Object::newString("sRGB IEC61966-2.1"));
        intent.replaceKey("/Info", Object::newString("sRGB IEC61966-2.1"));
        intent.replaceKey("/DestOutputProfile", profile);
        Object intents = Object::newArray();
        intents.appendItem(pdf.makeIndirectObject(intent));
        root.replaceKey("/OutputIntents", intents);
    }

    Object info = Object::newDictionary();
    info.replaceKey("/Title", text(metadata.title));
    info.replaceKey("/Author", text(metadata.author));
    info.replaceKey("/Subject", text(metadata.subject));
    if (!metadata.keywords.isEmpty())
        info.replaceKey("/Keywords", text(metadata.keywords.join(QStringLiteral(", "))));
    info.replaceKey("/Creator", text(metadata.creatorTool));
    info.replaceKey("/Producer", text(metadata.producer));
    const Object date = Object::newString(XmpPacket::pdfDate(metadata.created).toStdString());
    info.replaceKey("/CreationDate", date);
    info.replaceKey("/ModDate", date);
    pdf.getTrailer().replaceKey("/Info", pdf.makeIndirectObject(info));

    Object structure = root.getKey("/StructTreeRoot");
    if (structure.isDictionary())
        StructureWalker(metadata).walk(structure.getKey("/K"), 0);
}

} // namespace

QByteArray PdfArchiver::finish(
    const QByteArray &content, const QByteArray &artifacts, const PdfMetadata &metadata, QString *error)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("content", content.constData(), static_cast<size_t>(content.size()));
        QPDF layer;
        layer.setSuppressWarnings(true);
        layer.processMemoryFile("artifacts", artifacts.constData(), static_cast<size_t>(artifacts.size()));
        layArtifactsUnder(pdf, layer);
        stripFontHinting(pdf);
        finishAnnotations(pdf);
        describeDocument(pdf, metadata);

        static std::once_flag compression;
        std::call_once(compression, [] { Pl_Flate::setCompressionLevel(9); });
        QPDFWriter writer(pdf);
        writer.setRecompressFlate(true);
        writer.setOutputMemory();
        writer.setObjectStreamMode(qpdf_o_generate);
        writer.setCompressStreams(true);
        writer.setDeterministicID(true);
        writer.write();
        std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return QByteArray(
            reinterpret_cast<const char *>(buffer->getBuffer()), static_cast<qsizetype>(buffer->getSize()));
    } catch (const std::exception &exception) {
        if (error)
            *error = QString::fromUtf8(exception.what());
        return {};
    }
}

} // namespace pressdesk
