#pragma once

#include <QString>

namespace pressdesk {

// Comparison keys for names and words: accents removed, case folded, punctuation and runs
// of spaces collapsed to one space. "María José HERNÁNDEZ-Peña" → "maria jose hernandez pena".
class TextFolding final
{
public:
    static QString fold(const QString &text);
    // Only accents and case: for matching words inside sentences.
    static QString foldAccents(const QString &text);
};

} // namespace pressdesk
