#include "styledtext.h"

namespace pressdesk {

namespace {

// Control characters (other than line breaks) have no glyph; a NUL would also end the
// text early in C code. Lone surrogates become U+FFFD through toUtf8().
QString printable(const QString &text)
{
    QString result = text;
    for (QChar &c : result) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\n'))
            c = QLatin1Char(' ');
    }
    return result;
}

} // namespace

void StyledText::append(const QString &text, unsigned style, QRgb color, double size)
{
    if (text.isEmpty())
        return;
    Span span;
    span.start = static_cast<int>(m_utf8.size());
    m_utf8 += printable(text).toUtf8();
    span.end = static_cast<int>(m_utf8.size());
    span.style = style;
    span.color = color;
    span.size = size;
    m_spans.append(span);
}

void StyledText::appendLink(const QString &text, const QString &url, unsigned style, QRgb color)
{
    append(text, style, color);
    if (!m_spans.isEmpty() && m_spans.last().end == m_utf8.size())
        m_spans.last().url = url;
}

const StyledText::Span *StyledText::spanAt(int index) const
{
    for (const Span &span : m_spans) {
        if (index >= span.start && index < span.end)
            return &span;
    }
    return nullptr;
}

} // namespace pressdesk
