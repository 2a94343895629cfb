// Release text splitting on arbitrary bytes; the first byte picks text, Markdown or HTML and
// how the review then moves blocks between fields (the record is derived again each time).
#include "import/releaseplan.h"
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
    ReleasePlan plan = ReleaseTextParser::plan(decoded.text, format, { known });
    if (plan.record.release.headline.size() > Release::maxHeadlineLength + 1)
        return 1;
    // Reassign a few blocks as a user in the review would, driven by the input's bytes.
    for (size_t i = 1; i < size && i < 9 && !plan.items.isEmpty(); ++i) {
        plan.assign(qsizetype(data[i]) % plan.items.size(),
            static_cast<ReleasePlan::Field>(data[size - i] % ReleasePlan::fieldCount));
        ReleaseTextParser::build(&plan, { known });
        if (plan.record.release.headline.size() > Release::maxHeadlineLength + 1)
            return 1;
    }
    return 0;
}
