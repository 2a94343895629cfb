// Dateline and attribution recognition, and the HTML readers, on one arbitrary paragraph.
#include "import/attributionparser.h"
#include "import/datelineparser.h"
#include "import/htmlarticleextractor.h"
#include "import/htmlmarkdownconverter.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pressdesk;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    DatelineParser::parse(text);
    DatelineParser::parseDate(text.left(80));
    if (const auto found = AttributionParser::parse(text))
        AttributionParser::refersTo(found->reference, found->name, found->title);
    HtmlArticleExtractor::extract(text);
    HtmlMarkdownConverter::toMarkdown(text);
    return 0;
}
