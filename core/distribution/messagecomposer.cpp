#include "messagecomposer.h"

#include "emailhtml.h"
#include "export/exportfile.h"
#include "export/icalendarexporter.h"
#include "export/plaintextexporter.h"
#include "export/releaseexporter.h"
#include "export/releaseparts.h"
#include "mailaddress.h"
#include "mailtexts.h"

#include <QCoreApplication>
#include <QUuid>

#include <mutex>
#include <vmime/contentTypeField.hpp>
#include <vmime/platforms/posix/posixHandler.hpp>
#include <vmime/vmime.hpp>

namespace pressdesk {

struct MessageComposer::Version
{
    Release release;
    ExportContext context;
    bool prepared = false;
    ReleaseParts parts;
    std::string pdf;
    std::string pdfName;
    std::string ics;
    std::string icsName;
};

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

// Text parts in CRLF lines, as RFC 5322 wants them.
std::string crlf(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    return text.toStdString();
}

vmime::mailbox mailboxOf(const QString &name, const QString &email)
{
    const QString safe = MailAddress::headerSafe(name);
    if (safe.isEmpty())
        return vmime::mailbox(vmime::emailAddress(utf8(email)));
    return vmime::mailbox(vmime::text(utf8(safe), vmime::charsets::UTF_8), vmime::emailAddress(utf8(email)));
}

std::shared_ptr<vmime::defaultAttachment> attachment(
    const std::string &bytes, const char *type, const std::string &fileName)
{
    return vmime::make_shared<vmime::defaultAttachment>(vmime::make_shared<vmime::stringContentHandler>(bytes),
        vmime::encoding(vmime::encodingTypes::BASE64), vmime::mediaType(type), vmime::text(),
        vmime::word(fileName, vmime::charsets::UTF_8));
}

// Every text part in base64: vmime 0.9.2's quoted-printable encoder splits a CRLF when a
// line ends exactly at its fold column, leaving a bare CR and a bare LF; base64 has no
// lines of its own to break. The calendar is UTF-8 text: its charset is said, or readers
// take it for ASCII.
void fixTextParts(vmime::body &body)
{
    for (const auto &part : body.getPartList()) {
        fixTextParts(*part->getBody());
        const auto type = vmime::dynamicCast<vmime::contentTypeField>(part->getHeader()->ContentType());
        const auto media = vmime::dynamicCast<const vmime::mediaType>(type->getValue());
        if (!media || media->getType() != vmime::mediaTypes::TEXT)
            continue;
        if (media->getSubType() == "calendar")
            type->setCharset(vmime::charset(vmime::charsets::UTF_8));
        part->getBody()->setEncoding(vmime::encoding(vmime::encodingTypes::BASE64));
    }
}

} // namespace

MessageComposer::MessageComposer(const MailSender &sender)
    : m_sender(sender)
{
    initializeVmime();
}

MessageComposer::~MessageComposer() = default;

void MessageComposer::initializeVmime()
{
    static std::once_flag once;
    std::call_once(once, [] { vmime::platform::setHandler<vmime::platforms::posix::posixHandler>(); });
}

void MessageComposer::addVersion(const Release &release, const ExportContext &context)
{
    auto version = std::make_shared<Version>();
    version->release = release;
    version->context = context;
    m_versions.append(version);
}

int MessageComposer::versionCount() const
{
    return static_cast<int>(m_versions.size());
}

const Release &MessageComposer::version(int index) const
{
    return m_versions.at(index)->release;
}

int MessageComposer::versionFor(const QStringList &languages) const
{
    for (const QString &language : languages) {
        const QString wanted = language.section(QLatin1Char('-'), 0, 0).toLower();
        for (int i = 0; i < m_versions.size(); ++i) {
            if (m_versions.at(i)->release.language.section(QLatin1Char('-'), 0, 0).toLower() == wanted)
                return i;
        }
    }
    return 0;
}

bool MessageComposer::prepare(Version &version, QString *error)
{
    if (version.prepared)
        return true;
    QString renderError;
    const QByteArray pdf = ReleaseExporter::render(ExportFormat::Pdf, version.release, version.context, &renderError);
    if (pdf.isEmpty()) {
        if (error)
            *error = renderError;
        return false;
    }
    version.pdf.assign(pdf.constData(), static_cast<size_t>(pdf.size()));
    version.pdfName = utf8(ExportFile::releaseFileName(version.release, ExportFormat::Pdf));
    if (m_attachCalendar && !version.context.events.isEmpty()) {
        const QByteArray ics = ICalendarExporter::render(version.context.events, version.context);
        version.ics.assign(ics.constData(), static_cast<size_t>(ics.size()));
        version.icsName = utf8(version.context.events.size() == 1
                ? ExportFile::slug(version.context.events.first().name) + QStringLiteral(".ics")
                : QStringLiteral("events.ics"));
    }
    version.parts = ReleaseParts::build(version.release, version.context);
    version.prepared = true;
    return true;
}

bool MessageComposer::prepareVersion(int version, QString *error)
{
    return prepare(*m_versions.at(version), error);
}

ComposedMessage MessageComposer::compose(int version, const Recipient &recipient, QString *error)
{
    return build(*m_versions.at(version), { recipient }, false, error);
}

ComposedMessage MessageComposer::composeDraft(int version, const QList<Recipient> &bcc, QString *error)
{
    return build(*m_versions.at(version), bcc, true, error);
}

ComposedMessage MessageComposer::build(Version &version, const QList<Recipient> &to, bool draft, QString *error)
{
    ComposedMessage composed;
    if (!prepare(version, error))
        return composed;
    const Release &release = version.release;
    composed.releaseId = release.id;
    composed.revision = release.version;
    composed.language = release.language;
    composed.subject = MailTexts::subject(release);
    const QString domain = m_sender.email.section(QLatin1Char('@'), 1);
    composed.messageId = QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('@')
        + (domain.isEmpty() ? QStringLiteral("pressdesk.invalid") : domain);

    const QString greeting =
        MailTexts::greeting(release.language, draft || to.isEmpty() ? QString() : to.first().name, draft);
    const QString cover = MailTexts::coverNote(release.language, draft);
    const QString html = EmailHtml::render(version.parts, greeting, cover);
    const QString plain = PlainTextExporter::wrap(greeting, PlainTextExporter::width) + QStringLiteral("\n\n")
        + PlainTextExporter::wrap(cover, PlainTextExporter::width) + QStringLiteral("\n\n")
        + PlainTextExporter::text(version.parts);

    try {
        vmime::messageBuilder builder;
        builder.setExpeditor(mailboxOf(m_sender.name, m_sender.email));
        vmime::addressList recipients;
        for (const Recipient &recipient : to)
            recipients.appendAddress(vmime::make_shared<vmime::mailbox>(mailboxOf(recipient.name, recipient.email)));
        if (draft) {
            vmime::addressList self;
            self.appendAddress(vmime::make_shared<vmime::mailbox>(mailboxOf(m_sender.name, m_sender.email)));
            builder.setRecipients(self);
            builder.setBlindCopyRecipients(recipients);
        } else {
            builder.setRecipients(recipients);
        }
        builder.setSubject(vmime::text(utf8(composed.subject), vmime::charsets::UTF_8));
        builder.constructTextPart(vmime::mediaType(vmime::mediaTypes::TEXT, vmime::mediaTypes::TEXT_HTML));
        auto textPart = vmime::dynamicCast<vmime::htmlTextPart>(builder.getTextPart());
        textPart->setCharset(vmime::charsets::UTF_8);
        textPart->setText(vmime::make_shared<vmime::stringContentHandler>(crlf(html)));
        textPart->setPlainText(vmime::make_shared<vmime::stringContentHandler>(crlf(plain)));
        builder.appendAttachment(attachment(version.pdf, "application/pdf", version.pdfName));
        if (!version.ics.empty())
            builder.appendAttachment(attachment(version.ics, "text/calendar", version.icsName));

        const vmime::shared_ptr<vmime::message> message = builder.construct();
        fixTextParts(*message->getBody());
        const vmime::shared_ptr<vmime::header> header = message->getHeader();
        header->Date()->setValue(vmime::datetime::now());
        header->MessageId()->setValue(vmime::messageId(utf8(composed.messageId.section(QLatin1Char('@'), 0, 0)),
            utf8(composed.messageId.section(QLatin1Char('@'), 1))));
        header->getField("Content-Language")->setValue(utf8(release.language));
        if (MailAddress::isValidUnsubscribe(m_sender.listUnsubscribe)) {
            header->getField("List-Unsubscribe")
                ->setValue(utf8(QLatin1Char('<') + m_sender.listUnsubscribe + QLatin1Char('>')));
        }
        if (draft)
            header->getField("X-Unsent")->setValue("1");
        std::string generated;
        vmime::utility::outputStreamStringAdapter stream(generated);
        message->generate(stream);
        composed.bytes = QByteArray(generated.data(), static_cast<qsizetype>(generated.size()));
    } catch (const vmime::exception &exception) {
        if (error)
            *error = QCoreApplication::translate("Cli", "Could not build the message: %1")
                         .arg(QString::fromStdString(exception.what()));
        composed.bytes.clear();
    }
    return composed;
}

} // namespace pressdesk
