// iCalendar events on arbitrary bytes.
#include "import/icalendarimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pressdesk::ICalendarImporter::read(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), QStringLiteral("fuzz.ics"));
    return 0;
}
