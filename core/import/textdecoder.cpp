#include "textdecoder.h"

#include "importlimits.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace pressdesk {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80-0x9F.
constexpr char16_t windows1252High[32] = { 0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6,
    0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
    0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178 };

} // namespace

QString TextDecoder::fromWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes.at(i));
        out[i] = byte >= 0x80 && byte < 0xA0 ? QChar(windows1252High[byte - 0x80]) : QChar(char16_t(byte));
    }
    return text;
}

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes)
{
    Result result;
    if (bytes.size() > ImportLimits::maxFileBytes) {
        result.error = QCoreApplication::translate("Import", "The file is larger than %1 MB.")
                           .arg(ImportLimits::maxFileBytes / (1024 * 1024));
        return result;
    }
    const std::optional<QStringConverter::Encoding> marked = QStringConverter::encodingForData(bytes);
    if (marked && *marked != QStringConverter::Utf8) {
        QStringDecoder decoder(*marked, QStringDecoder::Flag::Stateless);
        result.text = decoder.decode(bytes);
        result.encoding = QString::fromLatin1(QStringConverter::nameForEncoding(*marked));
        if (decoder.hasError()) {
            result.error = QCoreApplication::translate("Import", "The text is not valid %1.").arg(result.encoding);
            return result;
        }
    } else {
        if (bytes.contains('\0')) {
            result.error = QCoreApplication::translate("Import", "This looks like binary data, not text.");
            return result;
        }
        QStringDecoder utf8(QStringConverter::Utf8, QStringDecoder::Flag::Stateless);
        result.text = utf8.decode(bytes);
        result.encoding = QStringLiteral("UTF-8");
        if (utf8.hasError()) {
            result.text = fromWindows1252(bytes);
            result.encoding = QStringLiteral("Windows-1252");
        }
    }
    if (result.text.startsWith(QChar(0xFEFF)))
        result.text.remove(0, 1);
    // Control characters other than tab and line ends mean binary data.
    qsizetype controls = 0;
    for (const QChar c : std::as_const(result.text)) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r')
            && c != QLatin1Char('\f'))
            ++controls;
    }
    if (controls > 0 && controls * 100 > result.text.size()) {
        result.error = QCoreApplication::translate("Import", "This looks like binary data, not text.");
        result.text.clear();
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace pressdesk
