#include "htmltokenizer.h"

namespace pressdesk {

namespace {

struct NamedEntity
{
    const char *name;
    char16_t value;
};

constexpr NamedEntity namedEntities[] = {
    { "amp", u'&' },
    { "lt", u'<' },
    { "gt", u'>' },
    { "quot", u'"' },
    { "apos", u'\'' },
    { "nbsp", 0x00A0 },
    { "ndash", 0x2013 },
    { "mdash", 0x2014 },
    { "lsquo", 0x2018 },
    { "rsquo", 0x2019 },
    { "sbquo", 0x201A },
    { "ldquo", 0x201C },
    { "rdquo", 0x201D },
    { "bdquo", 0x201E },
    { "laquo", 0x00AB },
    { "raquo", 0x00BB },
    { "hellip", 0x2026 },
    { "copy", 0x00A9 },
    { "reg", 0x00AE },
    { "trade", 0x2122 },
    { "euro", 0x20AC },
    { "middot", 0x00B7 },
    { "bull", 0x2022 },
    { "shy", 0x00AD },
    { "iexcl", 0x00A1 },
    { "iquest", 0x00BF },
    { "aacute", 0x00E1 },
    { "eacute", 0x00E9 },
    { "iacute", 0x00ED },
    { "oacute", 0x00F3 },
    { "uacute", 0x00FA },
    { "Aacute", 0x00C1 },
    { "Eacute", 0x00C9 },
    { "Iacute", 0x00CD },
    { "Oacute", 0x00D3 },
    { "Uacute", 0x00DA },
    { "ntilde", 0x00F1 },
    { "Ntilde", 0x00D1 },
    { "uuml", 0x00FC },
    { "Uuml", 0x00DC },
    { "agrave", 0x00E0 },
    { "egrave", 0x00E8 },
    { "ugrave", 0x00F9 },
    { "Agrave", 0x00C0 },
    { "Egrave", 0x00C8 },
    { "acirc", 0x00E2 },
    { "ecirc", 0x00EA },
    { "icirc", 0x00EE },
    { "ocirc", 0x00F4 },
    { "ucirc", 0x00FB },
    { "ccedil", 0x00E7 },
    { "Ccedil", 0x00C7 },
    { "euml", 0x00EB },
    { "iuml", 0x00EF },
    { "ouml", 0x00F6 },
    { "auml", 0x00E4 },
    { "oelig", 0x0153 },
    { "OElig", 0x0152 },
    { "ordm", 0x00BA },
    { "ordf", 0x00AA },
    { "deg", 0x00B0 },
    { "thinsp", 0x2009 },
    { "ensp", 0x2002 },
    { "emsp", 0x2003 },
    { "zwj", 0x200D },
    { "zwnj", 0x200C },
    { "lrm", 0x200E },
    { "rlm", 0x200F },
    { "times", 0x00D7 },
    { "nbhy", 0x2011 },
};

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char(':');
}

// Elements whose content is not HTML and not wanted.
bool isRawText(const QString &name)
{
    return name == QLatin1String("script") || name == QLatin1String("style") || name == QLatin1String("template")
        || name == QLatin1String("noscript") || name == QLatin1String("textarea") || name == QLatin1String("title");
}

} // namespace

QString HtmlTokenizer::decodeEntities(QStringView text)
{
    if (!text.contains(QLatin1Char('&')))
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('&')) {
            out += c;
            ++i;
            continue;
        }
        const qsizetype semicolon = text.indexOf(QLatin1Char(';'), i + 1);
        if (semicolon < 0 || semicolon - i > 12) {
            out += c;
            ++i;
            continue;
        }
        const QStringView entity = text.mid(i + 1, semicolon - i - 1);
        bool decoded = false;
        if (entity.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code =
                (entity.size() > 1 && (entity.at(1) == QLatin1Char('x') || entity.at(1) == QLatin1Char('X')))
                ? entity.mid(2).toUInt(&ok, 16)
                : entity.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                const char32_t character = code;
                out += QString::fromUcs4(&character, 1);
                decoded = true;
            }
        } else {
            for (const NamedEntity &named : namedEntities) {
                if (entity == QLatin1String(named.name)) {
                    out += QChar(named.value);
                    decoded = true;
                    break;
                }
            }
        }
        if (decoded) {
            i = semicolon + 1;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

QList<HtmlToken> HtmlTokenizer::tokenize(const QString &html)
{
    QList<HtmlToken> tokens;
    const qsizetype size = html.size();
    qsizetype i = 0;
    QString pendingText;
    const auto flushText = [&] {
        if (pendingText.isEmpty())
            return;
        HtmlToken token;
        token.kind = HtmlToken::Text;
        token.text = decodeEntities(pendingText);
        tokens.append(token);
        pendingText.clear();
    };
    while (i < size) {
        const QChar c = html.at(i);
        if (c != QLatin1Char('<') || i + 1 >= size) {
            const qsizetype next = html.indexOf(QLatin1Char('<'), i + 1);
            const qsizetype end = next < 0 ? size : next;
            pendingText += QStringView(html).mid(i, end - i);
            i = end;
            continue;
        }
        const QChar n = html.at(i + 1);
        if (n == QLatin1Char('!') || n == QLatin1Char('?')) {
            // Comment, doctype, CDATA or processing instruction.
            qsizetype end;
            if (QStringView(html).mid(i, 4) == QLatin1String("<!--")) {
                end = html.indexOf(QLatin1String("-->"), i + 4);
                end = end < 0 ? size : end + 3;
            } else {
                end = html.indexOf(QLatin1Char('>'), i + 2);
                end = end < 0 ? size : end + 1;
            }
            i = end;
            continue;
        }
        const bool closing = n == QLatin1Char('/');
        qsizetype p = i + (closing ? 2 : 1);
        if (p >= size || !html.at(p).isLetter()) {
            pendingText += c;
            ++i;
            continue;
        }
        qsizetype nameStart = p;
        while (p < size && isNameChar(html.at(p)))
            ++p;
        HtmlToken token;
        token.kind = closing ? HtmlToken::EndTag : HtmlToken::StartTag;
        token.name = html.mid(nameStart, p - nameStart).toLower();
        // Attributes until '>', honouring quotes.
        while (p < size && html.at(p) != QLatin1Char('>')) {
            const QChar a = html.at(p);
            if (a.isSpace() || a == QLatin1Char('/')) {
                if (a == QLatin1Char('/'))
                    token.selfClosing = true;
                ++p;
                continue;
            }
            token.selfClosing = false;
            const qsizetype attributeStart = p;
            while (p < size && !html.at(p).isSpace() && html.at(p) != QLatin1Char('=') && html.at(p) != QLatin1Char('>')
                && html.at(p) != QLatin1Char('/'))
                ++p;
            const QString attributeName = html.mid(attributeStart, p - attributeStart).toLower();
            if (p == attributeStart) {
                ++p;
                continue;
            }
            while (p < size && html.at(p).isSpace())
                ++p;
            QString value;
            if (p < size && html.at(p) == QLatin1Char('=')) {
                ++p;
                while (p < size && html.at(p).isSpace())
                    ++p;
                if (p < size && (html.at(p) == QLatin1Char('"') || html.at(p) == QLatin1Char('\''))) {
                    const QChar quote = html.at(p);
                    const qsizetype close = html.indexOf(quote, p + 1);
                    const qsizetype end = close < 0 ? size : close;
                    value = html.mid(p + 1, end - p - 1);
                    p = close < 0 ? size : close + 1;
                } else {
                    const qsizetype valueStart = p;
                    while (p < size && !html.at(p).isSpace() && html.at(p) != QLatin1Char('>'))
                        ++p;
                    value = html.mid(valueStart, p - valueStart);
                }
            }
            if (!token.attributes.contains(attributeName))
                token.attributes.insert(attributeName, decodeEntities(value));
        }
        i = p < size ? p + 1 : size;
        flushText();
        tokens.append(token);
        if (!closing && !token.selfClosing && isRawText(token.name)) {
            // Skip to the matching end tag; the title is kept as text for the caller.
            const QString endTag = QStringLiteral("</") + token.name;
            const qsizetype end = html.indexOf(endTag, i, Qt::CaseInsensitive);
            const qsizetype contentEnd = end < 0 ? size : end;
            if (token.name == QLatin1String("title") || token.name == QLatin1String("textarea")) {
                HtmlToken text;
                text.text = decodeEntities(QStringView(html).mid(i, contentEnd - i));
                tokens.append(text);
            }
            HtmlToken endToken;
            endToken.kind = HtmlToken::EndTag;
            endToken.name = token.name;
            tokens.append(endToken);
            if (end < 0) {
                i = size;
            } else {
                const qsizetype gt = html.indexOf(QLatin1Char('>'), end);
                i = gt < 0 ? size : gt + 1;
            }
        }
    }
    flushText();
    return tokens;
}

} // namespace pressdesk
