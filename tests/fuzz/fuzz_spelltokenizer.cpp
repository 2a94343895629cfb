// The spell checker's tokenizer on arbitrary text (UTF-8, and raw UTF-16 with lone
// surrogates): every word lies inside the text, in order, without overlaps.
#include "spelling/spelltokenizer.h"

#include <QString>

#include <cstdlib>

namespace {

void check(const QString &text)
{
    using namespace pressdesk;
    qsizetype end = 0;
    for (const SpellToken &token : SpellTokenizer::words(text)) {
        if (token.start < end || token.length <= 0 || token.start + token.length > text.size())
            std::abort();
        end = token.start + token.length;
        const QStringView word = QStringView(text).mid(token.start, token.length);
        for (const SpellToken &part : SpellTokenizer::hyphenParts(word)) {
            if (part.start < 0 || part.length <= 0 || part.start + part.length > word.size())
                std::abort();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    check(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    check(QString::fromUtf16(reinterpret_cast<const char16_t *>(data), qsizetype(size / 2)));
    return 0;
}
