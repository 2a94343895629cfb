// ninjs items (JSON) on arbitrary bytes, including the HTML body back to Markdown.
#include "import/ninjsimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto result = pressdesk::NinjsImporter::read(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), QStringLiteral("fuzz.json"));
    return result.records.isEmpty() && result.error.isEmpty() && size > 0 ? 0 : 0;
}
