#include "mediacontact.h"

#include "fieldchecks.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pressdesk {

ValidationIssues MediaContact::validate() const
{
    ValidationIssues issues;
    if (name.trimmed().isEmpty())
        issues.append({ QStringLiteral("name"), QCoreApplication::translate("Validation", "The name is required.") });
    if (!email.trimmed().isEmpty() && !fieldchecks::isValidEmail(email.trimmed()))
        issues.append({ QStringLiteral("email"),
            QCoreApplication::translate("Validation", "\"%1\" is not a valid e-mail address.").arg(email) });
    static const QRegularExpression iso6391(QStringLiteral("^[a-z]{2}$"));
    for (const QString &language : languages) {
        if (!iso6391.match(language).hasMatch())
            issues.append({ QStringLiteral("languages"),
                QCoreApplication::translate("Validation", "\"%1\" is not a two-letter language code such as \"es\".")
                    .arg(language) });
    }
    return issues;
}

QStringList MediaContact::splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
    QStringList parts;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString trimmed = part.simplified();
        if (!trimmed.isEmpty())
            parts.append(trimmed);
    }
    return parts;
}

QStringList MediaContact::normalizedLanguages(const QStringList &languages)
{
    QStringList codes;
    for (const QString &language : languages) {
        for (const QString &part : splitList(language)) {
            // "es-GT" and "es_GT" are Spanish: the region is not a language.
            const QString code = part.toLower().section(QRegularExpression(QStringLiteral("[-_]")), 0, 0);
            if (!codes.contains(code))
                codes.append(code);
        }
    }
    return codes;
}

QStringList MediaContact::normalizedBeats(const QStringList &beats)
{
    QStringList result;
    for (const QString &beat : beats) {
        for (const QString &part : splitList(beat)) {
            bool seen = false;
            for (const QString &kept : std::as_const(result))
                seen = seen || kept.compare(part, Qt::CaseInsensitive) == 0;
            if (!seen)
                result.append(part);
        }
    }
    return result;
}

} // namespace pressdesk
