#include "icons.h"

namespace pressdesk {

QIcon Icons::themed(const QString &themeName, const QString &ownName)
{
    return QIcon::fromTheme(themeName, QIcon(QStringLiteral(":/icons/%1.svg").arg(ownName)));
}

QIcon Icons::application()
{
    return QIcon(QStringLiteral(":/icons/pressdesk.svg"));
}

} // namespace pressdesk
