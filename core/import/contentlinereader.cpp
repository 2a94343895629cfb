#include "contentlinereader.h"

#include "importlimits.h"

#include <QCoreApplication>

namespace pressdesk {

namespace { } // namespace

QString ContentLineReader::unescape(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            if (next == QLatin1Char('n') || next == QLatin1Char('N'))
                out += QLatin1Char('\n');
            else
                out += next;
        } else {
            out += c;
        }
    }
    return out;
}

QStringList ContentLineReader::components(const QString &value, QChar separator)
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

ContentLineReader::Result ContentLineReader::read(const QString &text)
{
    Result result;
    // Unfold: a line starting with a space or tab continues the previous one.
    QList<QPair<QString, int>> logical;
    int number = 0;
    qsizetype position = 0;
    const qsizetype size = text.size();
    while (position < size) {
        qsizetype end = position;
        while (end < size && text.at(end) != QLatin1Char('\n') && text.at(end) != QLatin1Char('\r'))
            ++end;
        QStringView line = QStringView(text).mid(position, end - position);
        ++number;
        if (end < size && text.at(end) == QLatin1Char('\r') && end + 1 < size && text.at(end + 1) == QLatin1Char('\n'))
            ++end;
        position = end + 1;
        if (!line.isEmpty() && (line.at(0) == QLatin1Char(' ') || line.at(0) == QLatin1Char('\t'))
            && !logical.isEmpty()) {
            QString &previous = logical.last().first;
            previous += line.mid(1);
            if (previous.size() > ImportLimits::maxLineChars) {
                result.error = QCoreApplication::translate("Import", "A line is longer than %1 characters.")
                                   .arg(ImportLimits::maxLineChars);
                result.errorLine = logical.last().second;
                return result;
            }
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        if (line.size() > ImportLimits::maxLineChars) {
            result.error = QCoreApplication::translate("Import", "A line is longer than %1 characters.")
                               .arg(ImportLimits::maxLineChars);
            result.errorLine = number;
            return result;
        }
        logical.append({ line.toString(), number });
    }
    for (const auto &[content, lineNumber] : std::as_const(logical)) {
        Line line;
        line.line = lineNumber;
        // Name and parameters end at the first ':' outside double quotes.
        qsizetype colon = -1;
        bool quoted = false;
        for (qsizetype i = 0; i < content.size(); ++i) {
            const QChar c = content.at(i);
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (c == QLatin1Char(':') && !quoted) {
                colon = i;
                break;
            }
        }
        if (colon <= 0) {
            result.error =
                QCoreApplication::translate("Import", "Line %1 is not a \"NAME:value\" line.").arg(lineNumber);
            result.errorLine = lineNumber;
            result.lines.clear();
            return result;
        }
        line.value = content.mid(colon + 1);
        const QString head = content.left(colon);
        QStringList pieces;
        QString current;
        quoted = false;
        for (const QChar c : head) {
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            if (c == QLatin1Char(';') && !quoted) {
                pieces.append(current);
                current.clear();
            } else {
                current += c;
            }
        }
        pieces.append(current);
        QString name = pieces.takeFirst().trimmed().toUpper();
        const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
        if (dot >= 0)
            name = name.mid(dot + 1);
        line.name = name;
        for (const QString &piece : std::as_const(pieces)) {
            const qsizetype equals = piece.indexOf(QLatin1Char('='));
            QString parameter = (equals < 0 ? piece : piece.left(equals)).trimmed().toUpper();
            QString value = equals < 0 ? QString() : piece.mid(equals + 1);
            if (equals < 0) {
                // vCard 2.1 bare parameters: "TEL;WORK;VOICE:" means TYPE=WORK,VOICE.
                value = parameter;
                parameter = QStringLiteral("TYPE");
                if (value == QLatin1String("QUOTED-PRINTABLE") || value == QLatin1String("BASE64")) {
                    parameter = QStringLiteral("ENCODING");
                }
            }
            value.remove(QLatin1Char('"'));
            if (line.parameters.contains(parameter))
                line.parameters[parameter] += QLatin1Char(',') + value;
            else
                line.parameters.insert(parameter, value);
        }
        result.lines.append(line);
        if (result.lines.size() > ImportLimits::maxRecords * 4) {
            result.error = QCoreApplication::translate("Import", "The file has too many lines.");
            result.errorLine = lineNumber;
            result.lines.clear();
            return result;
        }
    }
    return result;
}

} // namespace pressdesk
