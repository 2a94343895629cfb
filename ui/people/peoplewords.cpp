#include "peoplewords.h"

#include <QDateTime>
#include <QLocale>

namespace pressdesk {

QString PeopleWords::roleTitle(const QString &role)
{
    if (role == QLatin1String("contributor"))
        return tr("Contributor");
    if (role == QLatin1String("editor"))
        return tr("Editor");
    if (role == QLatin1String("publisher"))
        return tr("Publisher");
    if (role == QLatin1String("admin"))
        return tr("Admin");
    if (role == QLatin1String("owner"))
        return tr("Owner");
    return role;
}

QString PeopleWords::rolesExplained()
{
    return tr("Contributors write releases and ask for review; editors edit, comment and approve; publishers also "
              "publish and archive; admins also manage people and the newsroom.");
}

QString PeopleWords::lastSeen(const QString &isoTime)
{
    if (isoTime.isEmpty())
        return tr("Never");
    QDateTime time = QDateTime::fromString(isoTime, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(isoTime, Qt::ISODate);
    if (!time.isValid())
        return isoTime;
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace pressdesk
