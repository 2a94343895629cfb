#include "contentlines.h"

namespace pressdesk {

void ContentLines::add(const QString &nameAndParameters, const QString &value)
{
    m_bytes += fold((nameAndParameters + QLatin1Char(':') + value).toUtf8());
    m_bytes += "\r\n";
}

QString ContentLines::text(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size() + 8);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(',') || c == QLatin1Char(';')) {
            escaped += QLatin1Char('\\');
            escaped += c;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < value.size() && value.at(i + 1) == QLatin1Char('\n'))
                ++i;
            escaped += QStringLiteral("\\n");
        } else if (c == QLatin1Char('\n')) {
            escaped += QStringLiteral("\\n");
        } else if (c.unicode() < 0x20 && c != QLatin1Char('\t')) {
            // Other control characters are not allowed in content lines at all.
            continue;
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QString ContentLines::parameter(const QString &value)
{
    QString cleaned = value;
    cleaned.replace(QLatin1Char('"'), QLatin1Char('\''));
    cleaned.replace(QLatin1Char('\r'), QLatin1Char(' '));
    cleaned.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (cleaned.contains(QLatin1Char(':')) || cleaned.contains(QLatin1Char(';')) || cleaned.contains(QLatin1Char(',')))
        return QLatin1Char('"') + cleaned + QLatin1Char('"');
    return cleaned;
}

QByteArray ContentLines::fold(const QByteArray &line)
{
    // 75 octets on the first line; continuation lines start with a space, so 74 more each.
    constexpr qsizetype limit = 75;
    QByteArray folded;
    qsizetype lineLength = 0;
    qsizetype i = 0;
    while (i < line.size()) {
        // The length of the UTF-8 sequence starting here, so it is never split.
        const auto lead = static_cast<unsigned char>(line.at(i));
        qsizetype length = 1;
        if (lead >= 0xF0)
            length = 4;
        else if (lead >= 0xE0)
            length = 3;
        else if (lead >= 0xC0)
            length = 2;
        length = qMin(length, line.size() - i);
        if (lineLength + length > limit) {
            folded += "\r\n ";
            lineLength = 1;
        }
        folded += line.mid(i, length);
        lineLength += length;
        i += length;
    }
    return folded;
}

} // namespace pressdesk
