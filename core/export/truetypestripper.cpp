#include "truetypestripper.h"

#include <QMap>
#include <QtEndian>

namespace pressdesk {

namespace {

quint16 u16(const QByteArray &data, qsizetype at)
{
    return qFromBigEndian<quint16>(data.constData() + at);
}

quint32 u32(const QByteArray &data, qsizetype at)
{
    return qFromBigEndian<quint32>(data.constData() + at);
}

void put16(QByteArray &data, quint16 value)
{
    char bytes[2];
    qToBigEndian(value, bytes);
    data.append(bytes, 2);
}

void put32(QByteArray &data, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    data.append(bytes, 4);
}

quint32 checksum(const QByteArray &table)
{
    QByteArray padded = table;
    while (padded.size() % 4)
        padded.append('\0');
    quint32 sum = 0;
    for (qsizetype i = 0; i < padded.size(); i += 4)
        sum += u32(padded, i);
    return sum;
}

// One glyph without its instructions, or an empty array when it cannot be read.
QByteArray stripGlyph(const QByteArray &glyph, bool *ok)
{
    if (glyph.isEmpty())
        return glyph;
    if (glyph.size() < 10) {
        *ok = false;
        return {};
    }
    const auto contours = static_cast<qint16>(u16(glyph, 0));
    if (contours >= 0) {
        const qsizetype lengthAt = 10 + 2 * qsizetype(contours);
        if (glyph.size() < lengthAt + 2 || glyph.size() < lengthAt + 2 + u16(glyph, lengthAt)) {
            *ok = false;
            return {};
        }
        const qsizetype after = lengthAt + 2 + u16(glyph, lengthAt);
        QByteArray result = glyph.left(lengthAt);
        put16(result, 0);
        result += glyph.mid(after);
        return result;
    }
    // A composite glyph: components until one lacks MORE_COMPONENTS; the instructions,
    // when WE_HAVE_INSTRUCTIONS is set, follow the last one.
    QByteArray result = glyph;
    qsizetype at = 10;
    for (;;) {
        if (at + 4 > result.size()) {
            *ok = false;
            return {};
        }
        quint16 flags = u16(result, at);
        qsizetype size = 4 + ((flags & 0x0001) ? 4 : 2);
        if (flags & 0x0008)
            size += 2;
        else if (flags & 0x0040)
            size += 4;
        else if (flags & 0x0080)
            size += 8;
        if (flags & 0x0100) {
            flags &= ~quint16(0x0100);
            qToBigEndian(flags, result.data() + at);
        }
        at += size;
        if (!(flags & 0x0020))
            break;
    }
    if (at > result.size()) {
        *ok = false;
        return {};
    }
    return result.left(at);
}

} // namespace

QByteArray TrueTypeStripper::withoutHinting(const QByteArray &font)
{
    if (font.size() < 12)
        return font;
    const quint16 count = u16(font, 4);
    if (font.size() < 12 + 16 * qsizetype(count))
        return font;
    QMap<QByteArray, QByteArray> tables;
    for (quint16 i = 0; i < count; ++i) {
        const qsizetype record = 12 + 16 * qsizetype(i);
        const quint32 offset = u32(font, record + 8);
        const quint32 length = u32(font, record + 12);
        if (qsizetype(offset) + qsizetype(length) > font.size())
            return font;
        tables.insert(font.mid(record, 4), font.mid(offset, length));
    }
    const QByteArray head = tables.value("head");
    const QByteArray loca = tables.value("loca");
    const QByteArray glyf = tables.value("glyf");
    if (head.size() < 54 || loca.isEmpty() || !tables.contains("maxp"))
        return font;
    const bool shortOffsets = static_cast<qint16>(u16(head, 50)) == 0;
    const qsizetype entry = shortOffsets ? 2 : 4;
    const qsizetype glyphs = loca.size() / entry - 1;
    QByteArray newGlyf;
    QByteArray newLoca;
    bool ok = true;
    for (qsizetype i = 0; i <= glyphs; ++i) {
        const qsizetype offsetHere = newGlyf.size();
        if (shortOffsets)
            put16(newLoca, static_cast<quint16>(offsetHere / 2));
        else
            put32(newLoca, static_cast<quint32>(offsetHere));
        if (i == glyphs)
            break;
        const qsizetype start = shortOffsets ? 2 * qsizetype(u16(loca, i * 2)) : qsizetype(u32(loca, i * 4));
        const qsizetype end = shortOffsets ? 2 * qsizetype(u16(loca, (i + 1) * 2)) : qsizetype(u32(loca, (i + 1) * 4));
        if (start > end || end > glyf.size())
            return font;
        newGlyf += stripGlyph(glyf.mid(start, end - start), &ok);
        if (!ok)
            return font;
        while (newGlyf.size() % (shortOffsets ? 2 : 4))
            newGlyf.append('\0');
    }
    if (shortOffsets && newGlyf.size() / 2 > 0xFFFF)
        return font;
    tables.insert("glyf", newGlyf);
    tables.insert("loca", newLoca);
    for (const char *hinting : { "fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX" })
        tables.remove(hinting);
    QByteArray maxp = tables.value("maxp");
    if (maxp.size() >= 32 && u32(maxp, 0) == 0x00010000)
        qToBigEndian(quint16(0), maxp.data() + 26); // maxSizeOfInstructions
    tables.insert("maxp", maxp);
    QByteArray newHead = head;
    qToBigEndian(quint32(0), newHead.data() + 8); // checkSumAdjustment, set below
    tables.insert("head", newHead);

    // The table directory: records sorted by tag (QMap's order), tables 4-byte aligned.
    const auto tableCount = static_cast<quint16>(tables.size());
    quint16 power = 1;
    quint16 log2 = 0;
    while (power * 2 <= tableCount) {
        power *= 2;
        ++log2;
    }
    QByteArray result;
    result += font.left(4);
    put16(result, tableCount);
    put16(result, static_cast<quint16>(power * 16));
    put16(result, log2);
    put16(result, static_cast<quint16>(tableCount * 16 - power * 16));
    qsizetype offset = 12 + 16 * qsizetype(tableCount);
    QByteArray body;
    qsizetype headAt = -1;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        result += it.key();
        put32(result, checksum(it.value()));
        put32(result, static_cast<quint32>(offset + body.size()));
        put32(result, static_cast<quint32>(it.value().size()));
        if (it.key() == "head")
            headAt = offset + body.size();
        body += it.value();
        while (body.size() % 4)
            body.append('\0');
    }
    result += body;
    if (headAt >= 0)
        qToBigEndian(quint32(0xB1B0AFBA - checksum(result)), result.data() + headAt + 8);
    return result;
}

} // namespace pressdesk
