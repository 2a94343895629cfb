// Release text splitting on arbitrary bytes; the first byte picks text, Markdown or HTML.
#include "import/releasetextparser.h"
#include "import/textdecoder.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    using namespace pressdesk;
    const ImportFormat formats[] = { ImportFormat::Text, ImportFormat::Markdown, ImportFormat::Html };
    const ImportFormat format = formats[data[0] % 3];
    const TextDecoder::Result decoded =
        TextDecoder::decode(QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)));
    if (!decoded.ok)
        return 0;
    Speaker known;
    known.id = 1;
    known.fullName = QStringLiteral("María José Hernández Peña");
    known.title = QStringLiteral("Vice Minister");
    const ImportRecord record = ReleaseTextParser::parse(decoded.text, format, { known });
    return record.release.headline.size() > Release::maxHeadlineLength + 1 ? 1 : 0;
}
