#include "languagenames.h"

#include "domain/fieldchecks.h"

#include <QLocale>
#include <QRegularExpression>

namespace pressdesk {

QStringList LanguageNames::commonTags()
{
    return { QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("pt"),
        QStringLiteral("de"), QStringLiteral("it"), QStringLiteral("nl"), QStringLiteral("zh-Hans"),
        QStringLiteral("ja"), QStringLiteral("ar"), QStringLiteral("ru"), QStringLiteral("en-US"),
        QStringLiteral("en-GB"), QStringLiteral("es-419"), QStringLiteral("fr-CA"), QStringLiteral("pt-BR") };
}

QString LanguageNames::displayName(const QString &tag)
{
    const QLocale locale(tag);
    if (tag.isEmpty() || locale.language() == QLocale::C)
        return tag;
    QString english = QLocale::languageToString(locale.language());
    const QString native = locale.nativeLanguageName();
    if (tag.contains(QLatin1Char('-')) && locale.territory() != QLocale::AnyTerritory
        && !tag.contains(QLatin1String("Hans")) && !tag.contains(QLatin1String("Hant")))
        english += QStringLiteral(" (%1)").arg(QLocale::territoryToString(locale.territory()));
    // "en" alone is English, not "American English".
    if (!native.isEmpty() && native.compare(english, Qt::CaseInsensitive) != 0
        && !native.contains(english, Qt::CaseInsensitive))
        return QStringLiteral("%1 \u2014 %2 (%3)").arg(english, native, tag);
    return QStringLiteral("%1 (%2)").arg(english, tag);
}

QString LanguageNames::tagFromDisplay(const QString &text)
{
    static const QRegularExpression trailing(QStringLiteral("\\(([A-Za-z0-9-]+)\\)\\s*$"));
    const QRegularExpressionMatch match = trailing.match(text);
    if (match.hasMatch() && fieldchecks::isValidLanguageTag(match.captured(1)))
        return match.captured(1);
    return text.trimmed();
}

} // namespace pressdesk
