#include "englishpluraltranslator.h"

namespace pressdesk {

EnglishPluralTranslator::EnglishPluralTranslator(QObject *parent)
    : QTranslator(parent)
{ }

QString EnglishPluralTranslator::translate(
    const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    // Without a count the source text is the English text: Qt uses it when this is empty.
    if (n < 0)
        return {};
    if (!m_loaded) {
        m_loaded = true;
        m_available = const_cast<EnglishPluralTranslator *>(this)->load(QStringLiteral(":/i18n/pressdesk_en.qm"));
    }
    return m_available ? QTranslator::translate(context, sourceText, disambiguation, n) : QString();
}

} // namespace pressdesk
