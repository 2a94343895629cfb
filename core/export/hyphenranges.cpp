#include "hyphenranges.h"

#include <QString>

namespace pressdesk {

namespace {

constexpr QChar softHyphen { 0x00AD };

bool isSeparator(char byte)
{
    return byte == ' ' || byte == '\n';
}

// Punctuation that sticks to a word without giving Pango a place to break inside it.
bool isClinging(QChar c)
{
    static const QString clinging = QStringLiteral(".,;:'\"()[]\u2019\u2018\u201C\u201D\u00AB\u00BB");
    return clinging.contains(c);
}

} // namespace

bool HyphenRanges::breaksOnlyAtSoftHyphens(QStringView word, int lineChars)
{
    int characters = 0;
    for (const QChar c : word) {
        if (c == softHyphen)
            continue;
        if (!c.isLetterOrNumber() && !c.isMark() && !isClinging(c))
            return false;
        if (!c.isLowSurrogate())
            ++characters;
    }
    return characters <= lineChars;
}

std::optional<QList<HyphenRanges::Range>> HyphenRanges::of(const QByteArray &utf8, int lineChars)
{
    const QByteArray softHyphenUtf8 = QString(softHyphen).toUtf8();
    QList<Range> ranges;
    // The run of words that break only at soft hyphens being read, and whether it has any.
    int runStart = -1;
    int runEnd = -1;
    bool runHyphenated = false;
    const auto closeRun = [&] {
        if (runStart >= 0 && runHyphenated)
            ranges.append({ runStart, runEnd });
        runStart = -1;
        runHyphenated = false;
    };
    const int size = static_cast<int>(utf8.size());
    for (int at = 0; at < size;) {
        if (isSeparator(utf8.at(at))) {
            ++at;
            continue;
        }
        int end = at;
        while (end < size && !isSeparator(utf8.at(end)))
            ++end;
        const QByteArrayView bytes(utf8.constData() + at, end - at);
        const bool hyphenated = bytes.contains(softHyphenUtf8);
        // A word with soft hyphens is hyphenated where Pango breaks it, as before.
        if (hyphenated || breaksOnlyAtSoftHyphens(QString::fromUtf8(bytes), lineChars)) {
            if (runStart < 0)
                runStart = at;
            runEnd = end;
            runHyphenated = runHyphenated || hyphenated;
        } else {
            closeRun();
        }
        if (ranges.size() > maxRanges)
            return std::nullopt;
        at = end;
    }
    closeRun();
    if (ranges.size() > maxRanges)
        return std::nullopt;
    return ranges;
}

} // namespace pressdesk
