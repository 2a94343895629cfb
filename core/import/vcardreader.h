#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pressdesk {

// The line syntax of vCard files as programs really write them, versions 2.1, 3.0 and 4.0:
// folded lines; 2.1's QUOTED-PRINTABLE values with soft line breaks ("=" at the end of a
// line) and its BASE64 blocks that end at an empty line; a CHARSET per property (UTF-8,
// Windows-1252, ISO-8859-1, …; without one, UTF-8 when valid, else Windows-1252);
// parameters without a name ("TEL;WORK;VOICE:") read as TYPE or ENCODING; grouped names
// ("item1.EMAIL"); RFC 6868 escapes in parameter values. It works on bytes because one
// file can mix charsets from card to card. A line it cannot read is listed, not fatal.
class VCardReader final
{
public:
    struct Property
    {
        QString group; // "item1" of "item1.EMAIL"
        QString name; // upper case
        QHash<QString, QStringList> parameters; // upper-case names; TYPE values lower case
        QString value; // after QUOTED-PRINTABLE and the charset; vCard's backslash escapes kept
        QByteArray data; // the bytes of an ENCODING=B or BASE64 value
        int line = 0;

        QString parameter(const QString &name) const { return parameters.value(name).value(0); }
        bool hasType(const QString &type) const; // TYPE=work, "WORK" in 2.1; "pref" also PREF=1
    };
    struct Card
    {
        QList<Property> properties;
        int line = 0; // of BEGIN:VCARD
        bool complete = false; // END:VCARD was found
        QList<int> unreadableLines; // lines in the card that are not NAME:value
    };
    struct Result
    {
        QList<Card> cards;
        QString error; // the whole file cannot be read
        int errorLine = 0;
    };

    static Result read(const QByteArray &bytes);
    static QString unescape(const QString &value);
    // Splits a structured value (N, ADR, ORG) at unescaped separators and unescapes each part.
    static QStringList components(const QString &value, QChar separator);
};

} // namespace pressdesk
