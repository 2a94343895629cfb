#include "textfolding.h"

namespace pressdesk {

QString TextFolding::foldAccents(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_Enclosing)
            continue;
        out += c;
    }
    return out.toCaseFolded();
}

QString TextFolding::fold(const QString &text)
{
    const QString folded = foldAccents(text);
    QString out;
    out.reserve(folded.size());
    bool space = false;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            space = false;
            out += c;
        } else if (c != QLatin1Char('.') && c != QLatin1Char('\'') && c != QChar(0x2019)) {
            space = true;
        }
    }
    return out;
}

} // namespace pressdesk
