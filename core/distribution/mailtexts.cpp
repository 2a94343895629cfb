#include "mailtexts.h"

#include "export/releaselabels.h"
#include "mailaddress.h"

namespace pressdesk {

namespace {

QString baseLanguage(const QString &language)
{
    return language.section(QLatin1Char('-'), 0, 0).toLower();
}

} // namespace

QString MailTexts::greeting(const QString &language, const QString &name, bool many)
{
    const QString lang = baseLanguage(language);
    const QString who = MailAddress::headerSafe(name);
    if (lang == QLatin1String("fr"))
        return QStringLiteral("Madame, Monsieur,");
    if (lang == QLatin1String("es")) {
        if (many || who.isEmpty())
            return QStringLiteral("Estimadas y estimados colegas:");
        return QStringLiteral("Estimada/o %1:").arg(who);
    }
    if (many || who.isEmpty())
        return QStringLiteral("Dear colleagues,");
    return QStringLiteral("Dear %1,").arg(who);
}

QString MailTexts::coverNote(const QString &language, bool many)
{
    const QString lang = baseLanguage(language);
    if (lang == QLatin1String("fr"))
        return QStringLiteral("Veuillez trouver ci-dessous notre communiqué de presse ; la version PDF est jointe.");
    if (lang == QLatin1String("es") && many)
        return QStringLiteral(
            "Les compartimos a continuación nuestro comunicado de prensa; la versión en PDF va adjunta.");
    if (lang == QLatin1String("es"))
        return QStringLiteral(
            "Le compartimos a continuación nuestro comunicado de prensa; la versión en PDF va adjunta.");
    return QStringLiteral("Please find our press release below; the PDF version is attached.");
}

QString MailTexts::subject(const Release &release)
{
    const QString headline = MailAddress::headerSafe(release.headline);
    if (!release.isEmbargoed())
        return headline;
    const ReleaseLabels labels = ReleaseLabels::forLanguage(release.language);
    return labels.embargoedUntil(release.embargoUntil, release.embargoTimeZone) + QStringLiteral(" – ") + headline;
}

} // namespace pressdesk
