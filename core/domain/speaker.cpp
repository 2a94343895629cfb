#include "speaker.h"

#include "fieldchecks.h"

#include <QCoreApplication>

namespace pressdesk {

ValidationIssues Speaker::validate() const
{
    ValidationIssues issues;
    if (fullName.trimmed().isEmpty())
        issues.append(
            { QStringLiteral("full_name"), QCoreApplication::translate("Validation", "The full name is required.") });
    if (!email.isEmpty() && !fieldchecks::isValidEmail(email))
        issues.append({ QStringLiteral("email"),
            QCoreApplication::translate("Validation", "\"%1\" is not a valid e-mail address.").arg(email) });
    if (photo.size() > maxPhotoBytes)
        issues.append({ QStringLiteral("photo"),
            QCoreApplication::translate("Validation", "The photo is %1 MB; at most %2 MB are allowed.")
                .arg(photo.size() / (1024 * 1024))
                .arg(maxPhotoBytes / (1024 * 1024)) });
    for (const QString &language : languages) {
        if (!fieldchecks::isValidLanguageTag(language)) {
            issues.append({ QStringLiteral("languages"),
                QCoreApplication::translate("Validation", "\"%1\" is not a language code such as \"es\".")
                    .arg(language) });
        }
    }
    return issues;
}

QString Speaker::deriveSortName(const QString &fullName, bool hispanic)
{
    const QStringList parts = fullName.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return fullName.simplified();
    // Hispanic names usually carry two surnames, the father's and the mother's.
    const qsizetype surnames = parts.size() >= 4 || (hispanic && parts.size() == 3) ? 2 : 1;
    const QStringList given = parts.mid(0, parts.size() - surnames);
    const QStringList family = parts.mid(parts.size() - surnames);
    return family.join(QLatin1Char(' ')) + QLatin1String(", ") + given.join(QLatin1Char(' '));
}

bool Speaker::usesHispanicSurnames(const QString &country, const QStringList &languages)
{
    if (!languages.isEmpty() && languages.constFirst().trimmed().toLower().startsWith(QLatin1String("es")))
        return true;
    static const QStringList spanishSpeaking = { QStringLiteral("argentina"), QStringLiteral("bolivia"),
        QStringLiteral("chile"), QStringLiteral("colombia"), QStringLiteral("costa rica"), QStringLiteral("cuba"),
        QStringLiteral("dominican republic"), QStringLiteral("república dominicana"), QStringLiteral("ecuador"),
        QStringLiteral("el salvador"), QStringLiteral("equatorial guinea"), QStringLiteral("guinea ecuatorial"),
        QStringLiteral("guatemala"), QStringLiteral("honduras"), QStringLiteral("mexico"), QStringLiteral("méxico"),
        QStringLiteral("nicaragua"), QStringLiteral("panama"), QStringLiteral("panamá"), QStringLiteral("paraguay"),
        QStringLiteral("peru"), QStringLiteral("perú"), QStringLiteral("puerto rico"), QStringLiteral("spain"),
        QStringLiteral("españa"), QStringLiteral("uruguay"), QStringLiteral("venezuela") };
    return spanishSpeaking.contains(country.simplified().toLower());
}

} // namespace pressdesk
