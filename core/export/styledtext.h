#pragma once

#include <QByteArray>
#include <QList>
#include <QRgb>
#include <QString>

namespace pressdesk {

// A run of text with inline styles, kept the way Pango takes it: UTF-8 and byte ranges.
// It is built from plain strings and never parsed from markup, so whatever a user typed
// is printed as typed.
class StyledText final
{
public:
    enum Style : unsigned { Plain = 0, Bold = 1, Italic = 2, Mono = 4 };
    struct Span
    {
        int start = 0; // bytes
        int end = 0;
        unsigned style = Plain;
        QRgb color = 0; // 0: the block's colour
        double size = 0; // points; 0: the block's size
        QString url; // a link target, already checked
    };

    void append(const QString &text, unsigned style = Plain, QRgb color = 0, double size = 0);
    void appendLink(const QString &text, const QString &url, unsigned style, QRgb color);

    const QByteArray &utf8() const { return m_utf8; }
    const QList<Span> &spans() const { return m_spans; }
    bool isEmpty() const { return m_utf8.isEmpty(); }
    // The span that holds the byte at index, or nullptr.
    const Span *spanAt(int index) const;

private:
    QByteArray m_utf8;
    QList<Span> m_spans;
};

} // namespace pressdesk
