#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pressdesk {

// The line syntax iCalendar (RFC 5545) and vCard (RFC 6350) share: "NAME;PARAM=V:value"
// lines ending in CRLF, folded before 75 octets without splitting a UTF-8 sequence, with
// TEXT values escaped.
class ContentLines final
{
public:
    // Adds a line; value is written as given (escape TEXT values with text()).
    void add(const QString &nameAndParameters, const QString &value);
    void addText(const QString &nameAndParameters, const QString &text)
    {
        add(nameAndParameters, ContentLines::text(text));
    }
    QByteArray bytes() const { return m_bytes; }

    // Escapes a TEXT value: backslash, comma, semicolon and line breaks.
    static QString text(const QString &value);
    // A parameter value, quoted when it holds ':', ';' or ','. Double quotes cannot be
    // escaped in a parameter, so they become single quotes.
    static QString parameter(const QString &value);
    static QByteArray fold(const QByteArray &line);

private:
    QByteArray m_bytes;
};

} // namespace pressdesk
