#include "vcardreader.h"

#include "importlimits.h"
#include "parametercarets.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace pressdesk {

namespace {

// A photo of 10 MB in base64, with room for folding.
constexpr qsizetype maxLogicalLineBytes = 16 * 1024 * 1024;

struct LogicalLine
{
    QByteArray bytes;
    int line = 0;
    bool quotedPrintable = false; // decided once the header is complete
    bool base64 = false;
    bool headerKnown = false;
    bool tooLong = false;
};

// The position of the first ':' outside a double-quoted parameter value, or -1.
qsizetype headerEnd(const QByteArray &line)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (c == ':' && !quoted)
            return i;
    }
    return -1;
}

void learnHeader(LogicalLine &logical)
{
    const qsizetype end = headerEnd(logical.bytes);
    if (end < 0)
        return;
    const QByteArray header = logical.bytes.left(end).toUpper();
    logical.headerKnown = true;
    logical.quotedPrintable = header.contains("QUOTED-PRINTABLE");
    logical.base64 = header.contains("ENCODING=B") || header.contains(";BASE64");
}

bool isBase64Text(const QByteArray &line)
{
    if (line.trimmed().isEmpty())
        return false;
    for (const char c : line) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
                || c == '=' || c == ' ' || c == '\t'))
            return false;
    }
    return true;
}

QList<LogicalLine> logicalLines(const QByteArray &bytes)
{
    QList<LogicalLine> lines;
    int number = 0;
    qsizetype start = 0;
    const auto append = [&lines](const QByteArray &part) {
        LogicalLine &current = lines.last();
        if (current.tooLong)
            return;
        if (current.bytes.size() + part.size() > maxLogicalLineBytes) {
            current.tooLong = true;
            current.bytes.clear();
            return;
        }
        current.bytes += part;
        if (!current.headerKnown)
            learnHeader(current);
    };
    while (start <= bytes.size()) {
        qsizetype end = start;
        while (end < bytes.size() && bytes.at(end) != '\n' && bytes.at(end) != '\r')
            ++end;
        const QByteArray physical = bytes.mid(start, end - start);
        ++number;
        if (end < bytes.size() && bytes.at(end) == '\r' && end + 1 < bytes.size() && bytes.at(end + 1) == '\n')
            ++end;
        start = end + 1;

        LogicalLine *current = lines.isEmpty() ? nullptr : &lines.last();
        if (current && current->quotedPrintable && current->bytes.endsWith('=')) {
            current->bytes.chop(1); // a soft line break: the value goes on
            append(physical);
            continue;
        }
        if (physical.trimmed().isEmpty())
            continue;
        if (current && (physical.startsWith(' ') || physical.startsWith('\t'))) {
            append(current->base64 ? physical.trimmed() : physical.mid(1));
            continue;
        }
        if (current && current->base64 && headerEnd(physical) < 0 && isBase64Text(physical)) {
            append(physical.trimmed()); // 2.1 writers that do not indent the block
            continue;
        }
        lines.append(LogicalLine { physical, number });
        learnHeader(lines.last());
    }
    return lines;
}

QByteArray fromQuotedPrintable(const QByteArray &value)
{
    const auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;
    };
    QByteArray bytes;
    bytes.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == '=' && i + 2 < value.size()) {
            const int high = hex(value.at(i + 1));
            const int low = hex(value.at(i + 2));
            if (high >= 0 && low >= 0) {
                bytes += static_cast<char>(high * 16 + low);
                i += 2;
                continue;
            }
        }
        bytes += value.at(i);
    }
    return bytes;
}

QString decodeCharset(const QByteArray &bytes, const QString &charset)
{
    const QString name = charset.trimmed().toLower();
    if (name == QLatin1String("iso-8859-1") || name == QLatin1String("latin1") || name == QLatin1String("us-ascii"))
        return QString::fromLatin1(bytes);
    if (name == QLatin1String("windows-1252") || name == QLatin1String("cp1252"))
        return TextDecoder::fromWindows1252(bytes);
    if (!name.isEmpty() && name != QLatin1String("utf-8") && name != QLatin1String("utf8")) {
        QStringDecoder decoder(name.toLatin1().constData(), QStringDecoder::Flag::Stateless);
        if (decoder.isValid()) {
            const QString text = decoder.decode(bytes);
            if (!decoder.hasError())
                return text;
        }
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    return utf8.hasError() ? TextDecoder::fromWindows1252(bytes) : text;
}

// Splits at separator outside double quotes.
QStringList splitOutsideQuotes(const QString &text, QChar separator)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c == separator && !quoted) {
            parts.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(current);
    return parts;
}

bool isName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('_'))
            return false;
    }
    return true;
}

// Parses one logical line into a property; false when it is not NAME[;PARAMS]:value.
bool parseProperty(const LogicalLine &logical, VCardReader::Property *property)
{
    const qsizetype colon = headerEnd(logical.bytes);
    if (colon <= 0)
        return false;
    const QString header = QString::fromLatin1(logical.bytes.left(colon));
    const QStringList parts = splitOutsideQuotes(header, QLatin1Char(';'));
    QString name = parts.constFirst().trimmed();
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot >= 0) {
        property->group = name.left(dot);
        name = name.mid(dot + 1);
    }
    if (!isName(name))
        return false;
    property->name = name.toUpper();
    property->line = logical.line;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString parameter = parts.at(i).trimmed();
        if (parameter.isEmpty())
            continue;
        const qsizetype equals = parameter.indexOf(QLatin1Char('='));
        QString key;
        QString value;
        if (equals < 0) {
            value = parameter;
            const QString upper = value.toUpper();
            key = upper == QLatin1String("QUOTED-PRINTABLE") || upper == QLatin1String("BASE64")
                    || upper == QLatin1String("B") || upper == QLatin1String("8BIT") || upper == QLatin1String("7BIT")
                ? QStringLiteral("ENCODING")
                : QStringLiteral("TYPE");
        } else {
            key = parameter.left(equals).trimmed().toUpper();
            value = parameter.mid(equals + 1);
        }
        QStringList &values = property->parameters[key];
        for (QString item : splitOutsideQuotes(value, QLatin1Char(','))) {
            item = item.trimmed();
            if (item.size() >= 2 && item.startsWith(QLatin1Char('"')) && item.endsWith(QLatin1Char('"')))
                item = item.mid(1, item.size() - 2);
            item = decodeParameterCarets(item);
            values.append(key == QLatin1String("TYPE") ? item.toLower() : item);
        }
    }
    const QByteArray raw = logical.bytes.mid(colon + 1);
    const QString encoding = property->parameter(QStringLiteral("ENCODING")).toUpper();
    if (encoding == QLatin1String("B") || encoding == QLatin1String("BASE64")) {
        QByteArray compact = raw;
        compact.replace(' ', QByteArray()).replace('\t', QByteArray());
        property->data = QByteArray::fromBase64(compact);
        return true;
    }
    const QByteArray bytes = encoding == QLatin1String("QUOTED-PRINTABLE") ? fromQuotedPrintable(raw) : raw;
    property->value = decodeCharset(bytes, property->parameter(QStringLiteral("CHARSET")));
    // Outlook's QUOTED-PRINTABLE line breaks are =0D=0A.
    property->value.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return true;
}

} // namespace

bool VCardReader::Property::hasType(const QString &type) const
{
    const QString wanted = type.toLower();
    if (parameters.value(QStringLiteral("TYPE")).contains(wanted))
        return true;
    return wanted == QLatin1String("pref") && parameters.contains(QStringLiteral("PREF"));
}

VCardReader::Result VCardReader::read(const QByteArray &bytes)
{
    Result result;
    if (bytes.size() > ImportLimits::maxFileBytes) {
        result.error = QCoreApplication::translate("Import", "The file is larger than %1 MB.")
                           .arg(ImportLimits::maxFileBytes / (1024 * 1024));
        result.errorLine = 1;
        return result;
    }
    QByteArray utf8 = bytes;
    // UTF-16 or UTF-32 (a byte order mark says so) is read as text first.
    const std::optional<QStringConverter::Encoding> marked = QStringConverter::encodingForData(bytes);
    if (marked && *marked != QStringConverter::Utf8) {
        const TextDecoder::Result decoded = TextDecoder::decode(bytes);
        if (!decoded.ok) {
            result.error = decoded.error;
            result.errorLine = 1;
            return result;
        }
        utf8 = decoded.text.toUtf8();
    } else if (utf8.startsWith("\xEF\xBB\xBF")) {
        utf8.remove(0, 3);
    }
    if (utf8.contains('\0')) {
        result.error = QCoreApplication::translate("Import", "This looks like binary data, not text.");
        result.errorLine = 1;
        return result;
    }

    int depth = 0; // vCards nested in a card (2.1 AGENT) are skipped with it
    Card *card = nullptr;
    for (const LogicalLine &logical : logicalLines(utf8)) {
        Property property;
        const bool readable = !logical.tooLong && parseProperty(logical, &property);
        const QString value = property.value.trimmed().toUpper();
        if (readable && property.name == QLatin1String("BEGIN") && value == QLatin1String("VCARD")) {
            if (card) {
                ++depth;
                continue;
            }
            if (result.cards.size() >= ImportLimits::maxRecords) {
                result.error = QCoreApplication::translate("Import", "The file holds more than %1 cards.")
                                   .arg(ImportLimits::maxRecords);
                result.errorLine = logical.line;
                result.cards.clear();
                return result;
            }
            result.cards.append(Card());
            card = &result.cards.last();
            card->line = logical.line;
            continue;
        }
        if (!card)
            continue; // text between cards
        if (readable && property.name == QLatin1String("END") && value == QLatin1String("VCARD")) {
            if (depth > 0) {
                --depth;
                continue;
            }
            card->complete = true;
            card = nullptr;
            continue;
        }
        if (depth > 0)
            continue;
        if (!readable)
            card->unreadableLines.append(logical.line);
        else
            card->properties.append(property);
    }
    return result;
}

QString VCardReader::unescape(const QString &value)
{
    QString text;
    text.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            text += next == QLatin1Char('n') || next == QLatin1Char('N') ? QChar(QLatin1Char('\n')) : next;
        } else {
            text += c;
        }
    }
    return text;
}

QStringList VCardReader::components(const QString &value, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            current += c;
            current += value.at(++i);
        } else if (c == separator) {
            parts.append(unescape(current));
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(unescape(current));
    return parts;
}

} // namespace pressdesk
