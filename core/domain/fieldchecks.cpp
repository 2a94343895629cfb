#include "fieldchecks.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

namespace pressdesk::fieldchecks {

bool isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s<>"]+@[^@\s<>"]+\.[^@\s<>".]{2,}$)"));
    return pattern.match(email).hasMatch();
}

bool isValidWebUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return false;
    const QString scheme = parsed.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

bool isValidTimeZone(const QString &zoneId)
{
    return !zoneId.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zoneId.toUtf8());
}

bool isValidLanguageTag(const QString &tag)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$)"));
    return pattern.match(tag).hasMatch();
}

} // namespace pressdesk::fieldchecks
