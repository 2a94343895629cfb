#include "messagereader.h"

#include "messagecomposer.h"

#include <vmime/vmime.hpp>

namespace pressdesk {

namespace {

QString text(const vmime::text &words)
{
    return QString::fromStdString(words.getConvertedText(vmime::charset(vmime::charsets::UTF_8)));
}

QString mailbox(const vmime::mailbox &box)
{
    const QString name = text(box.getName());
    const QString email = QString::fromStdString(box.getEmail().toString());
    return name.isEmpty() ? email : name + QStringLiteral(" <") + email + QLatin1Char('>');
}

QString extracted(const vmime::shared_ptr<const vmime::contentHandler> &content)
{
    std::string bytes;
    vmime::utility::outputStreamStringAdapter stream(bytes);
    content->extract(stream);
    QString decoded = QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
    decoded.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return decoded;
}

} // namespace

MessageReader::MessageReader(const QByteArray &message)
{
    MessageComposer::initializeVmime();
    try {
        auto parsed = vmime::make_shared<vmime::message>();
        parsed->parse(std::string(message.constData(), static_cast<size_t>(message.size())));
        vmime::messageParser parser(parsed);
        m_subject = text(parser.getSubject());
        m_from = mailbox(parser.getExpeditor());
        QStringList to;
        const vmime::addressList &recipients = parser.getRecipients();
        for (size_t index = 0; index < recipients.getAddressCount(); ++index) {
            const auto box = vmime::dynamicCast<const vmime::mailbox>(recipients.getAddressAt(index));
            if (box)
                to.append(mailbox(*box));
        }
        m_to = to.join(QStringLiteral(", "));
        for (size_t index = 0; index < parser.getTextPartCount(); ++index) {
            const auto part = parser.getTextPartAt(index);
            if (const auto html = vmime::dynamicCast<const vmime::htmlTextPart>(part)) {
                m_html = extracted(html->getText());
                m_plain = extracted(html->getPlainText());
            } else if (m_plain.isEmpty()) {
                m_plain = extracted(part->getText());
            }
        }
        for (size_t index = 0; index < parser.getAttachmentCount(); ++index) {
            const auto attachment = parser.getAttachmentAt(index);
            std::string bytes;
            vmime::utility::outputStreamStringAdapter stream(bytes);
            attachment->getData()->extract(stream);
            m_attachments.append({ QString::fromStdString(
                                       attachment->getName().getConvertedText(vmime::charset(vmime::charsets::UTF_8))),
                QString::fromStdString(attachment->getType().generate()), static_cast<qint64>(bytes.size()) });
        }
        m_valid = true;
    } catch (const vmime::exception &) {
        m_valid = false;
    }
}

} // namespace pressdesk
