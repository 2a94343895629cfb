// vCard speakers on arbitrary bytes.
#include "import/vcardimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pressdesk::VCardImporter::read(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), QStringLiteral("fuzz.vcf"));
    return 0;
}
