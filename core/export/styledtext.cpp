#include "styledtext.h"

#include <pango/pango.h>

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

void add(PangoAttrList *list, PangoAttribute *attribute, int start, int end)
{
    attribute->start_index = static_cast<guint>(start);
    attribute->end_index = static_cast<guint>(end);
    pango_attr_list_insert(list, attribute);
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

PangoAttrList *StyledText::attributes() const
{
    PangoAttrList *list = pango_attr_list_new();
    // No ligatures: text copied or extracted from the PDF must read "offices", not "o\uFB03ces".
    add(list, pango_attr_font_features_new("liga=0,clig=0,dlig=0"), 0, static_cast<int>(m_utf8.size()));
    for (const Span &span : m_spans) {
        if (span.style & Bold)
            add(list, pango_attr_weight_new(PANGO_WEIGHT_BOLD), span.start, span.end);
        if (span.style & Italic)
            add(list, pango_attr_style_new(PANGO_STYLE_ITALIC), span.start, span.end);
        if (span.style & Mono)
            add(list, pango_attr_family_new("Liberation Mono,DejaVu Sans Mono,monospace"), span.start, span.end);
        if (span.size > 0)
            add(list, pango_attr_size_new(static_cast<int>(span.size * PANGO_SCALE)), span.start, span.end);
        // The colour is drawn from the span itself; as an attribute it also makes Pango end a
        // run where a link or a coloured word ends, so each run has one span.
        if (span.color != 0 || !span.url.isEmpty()) {
            const auto channel = [](int value) {
                return static_cast<guint16>(value * 257);
            };
            add(list,
                pango_attr_foreground_new(
                    channel(qRed(span.color)), channel(qGreen(span.color)), channel(qBlue(span.color))),
                span.start, span.end);
        }
    }
    return list;
}

} // namespace pressdesk
