// CSV reading and mapping to speakers and events on arbitrary bytes.
#include "import/csvimporter.h"
#include "import/csvreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pressdesk;
    const CsvReader::Result csv = CsvReader::read(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!csv.error.isEmpty())
        return 0;
    CsvMapping mapping = CsvImporter::guessMapping(csv.header);
    CsvImporter::records(csv, mapping, QStringLiteral("fuzz.csv"));
    mapping.target = mapping.target == CsvTarget::Events ? CsvTarget::Speakers : CsvTarget::Events;
    mapping.fields = CsvImporter::fieldKeys(mapping.target).mid(0, csv.header.size());
    CsvImporter::records(csv, mapping, QStringLiteral("fuzz.csv"));
    return 0;
}
