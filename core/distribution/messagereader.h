#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace pressdesk {

// A finished message read back with vmime, as a mail program shows it: the decoded
// headers, the HTML and plain-text parts and the attachments. For the Send dialog's
// preview, which shows exactly what MessageComposer made.
class MessageReader final
{
public:
    struct Attachment
    {
        QString fileName;
        QString mediaType;
        qint64 size = 0; // decoded bytes
    };

    explicit MessageReader(const QByteArray &message);

    bool isValid() const { return m_valid; }
    QString subject() const { return m_subject; }
    QString from() const { return m_from; }
    QString to() const { return m_to; }
    QString html() const { return m_html; }
    QString plainText() const { return m_plain; }
    QList<Attachment> attachments() const { return m_attachments; }

private:
    bool m_valid = false;
    QString m_subject;
    QString m_from;
    QString m_to;
    QString m_html;
    QString m_plain;
    QList<Attachment> m_attachments;
};

} // namespace pressdesk
