#pragma once

#include <QByteArray>
#include <QString>

namespace pressdesk {

// Bytes of a file or a drop as text: a byte order mark decides (UTF-8, UTF-16 LE/BE,
// UTF-32); otherwise UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what word
// processors on Windows save). Binary data (NUL bytes without a UTF-16/32 mark) is refused.
class TextDecoder final
{
public:
    struct Result
    {
        bool ok = false;
        QString text;
        QString encoding; // "UTF-8", "UTF-16LE", "Windows-1252", ...
        QString error;
    };

    static Result decode(const QByteArray &bytes);
    // Windows-1252 bytes (Latin-1 with the printable 0x80-0x9F of Windows) as text.
    static QString fromWindows1252(const QByteArray &bytes);
};

} // namespace pressdesk
