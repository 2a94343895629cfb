#include "languagenames.h"

#include "domain/fieldchecks.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace pressdesk {

namespace {

struct KnownLanguage
{
    const char *tag;
    const char *name;
};

// The languages a newsroom of the region writes in or names most often, translated in the
// "LanguageNames" context; any other tag falls back to Qt's English name.
constexpr KnownLanguage knownLanguages[] = {
    { "en", QT_TRANSLATE_NOOP("LanguageNames", "English") },
    { "en-US", QT_TRANSLATE_NOOP("LanguageNames", "English (United States)") },
    { "en-GB", QT_TRANSLATE_NOOP("LanguageNames", "English (United Kingdom)") },
    { "es", QT_TRANSLATE_NOOP("LanguageNames", "Spanish") },
    { "es-ES", QT_TRANSLATE_NOOP("LanguageNames", "Spanish (Spain)") },
    { "es-419", QT_TRANSLATE_NOOP("LanguageNames", "Spanish (Latin America)") },
    { "es-MX", QT_TRANSLATE_NOOP("LanguageNames", "Spanish (Mexico)") },
    { "fr", QT_TRANSLATE_NOOP("LanguageNames", "French") },
    { "fr-FR", QT_TRANSLATE_NOOP("LanguageNames", "French (France)") },
    { "fr-CA", QT_TRANSLATE_NOOP("LanguageNames", "French (Canada)") },
    { "pt", QT_TRANSLATE_NOOP("LanguageNames", "Portuguese") },
    { "pt-BR", QT_TRANSLATE_NOOP("LanguageNames", "Portuguese (Brazil)") },
    { "pt-PT", QT_TRANSLATE_NOOP("LanguageNames", "Portuguese (Portugal)") },
    { "de", QT_TRANSLATE_NOOP("LanguageNames", "German") },
    { "it", QT_TRANSLATE_NOOP("LanguageNames", "Italian") },
    { "nl", QT_TRANSLATE_NOOP("LanguageNames", "Dutch") },
    { "zh", QT_TRANSLATE_NOOP("LanguageNames", "Chinese") },
    { "zh-Hans", QT_TRANSLATE_NOOP("LanguageNames", "Chinese (Simplified)") },
    { "zh-Hant", QT_TRANSLATE_NOOP("LanguageNames", "Chinese (Traditional)") },
    { "ja", QT_TRANSLATE_NOOP("LanguageNames", "Japanese") },
    { "ko", QT_TRANSLATE_NOOP("LanguageNames", "Korean") },
    { "ar", QT_TRANSLATE_NOOP("LanguageNames", "Arabic") },
    { "ru", QT_TRANSLATE_NOOP("LanguageNames", "Russian") },
};

QString translated(const KnownLanguage &language)
{
    return QCoreApplication::translate("LanguageNames", language.name);
}

const KnownLanguage *findKnown(const QString &tag)
{
    for (const KnownLanguage &language : knownLanguages) {
        if (tag.compare(QLatin1String(language.tag), Qt::CaseInsensitive) == 0)
            return &language;
    }
    return nullptr;
}

} // namespace

QStringList LanguageNames::commonTags()
{
    return { QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("pt"),
        QStringLiteral("de"), QStringLiteral("it"), QStringLiteral("nl"), QStringLiteral("zh-Hans"),
        QStringLiteral("ja"), QStringLiteral("ar"), QStringLiteral("ru"), QStringLiteral("en-US"),
        QStringLiteral("en-GB"), QStringLiteral("es-419"), QStringLiteral("fr-CA"), QStringLiteral("pt-BR") };
}

QString LanguageNames::name(const QString &tag)
{
    const QString normalized = tag.trimmed().replace(QLatin1Char('_'), QLatin1Char('-'));
    if (normalized.isEmpty())
        return tag;
    if (const KnownLanguage *known = findKnown(normalized))
        return translated(*known);
    // A region or script the table lacks: the language's own entry; the tag shows the rest.
    if (const KnownLanguage *base = findKnown(normalized.section(QLatin1Char('-'), 0, 0)))
        return translated(*base);
    const QLocale locale(normalized);
    if (locale.language() == QLocale::C)
        return tag;
    return QLocale::languageToString(locale.language());
}

QString LanguageNames::displayName(const QString &tag)
{
    const QString shown = name(tag);
    if (tag.isEmpty() || shown == tag)
        return tag;
    return QStringLiteral("%1 (%2)").arg(shown, tag);
}

QString LanguageNames::tagFromDisplay(const QString &text)
{
    const QString trimmed = text.trimmed();
    // A name typed alone, in the interface language or in English.
    for (const KnownLanguage &language : knownLanguages) {
        if (trimmed.compare(translated(language), Qt::CaseInsensitive) == 0
            || trimmed.compare(QLatin1String(language.name), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(language.tag);
    }
    static const QRegularExpression trailing(QStringLiteral("\\(([A-Za-z0-9-]+)\\)\\s*$"));
    const QRegularExpressionMatch match = trailing.match(trimmed);
    if (match.hasMatch() && fieldchecks::isValidLanguageTag(match.captured(1)))
        return match.captured(1);
    return trimmed;
}

} // namespace pressdesk
