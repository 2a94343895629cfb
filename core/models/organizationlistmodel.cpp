#include "organizationlistmodel.h"

namespace pressdesk {

OrganizationListModel::OrganizationListModel(Database &database, QObject *parent)
    : ListModel(database, ListKind::Organizations, { Entity::Organization }, parent)
{
    auto oursText = [](const QVariant &value) -> QVariant {
        return value.toBool() ? tr("Ours") : QString();
    };
    setColumns(
        {
            { QStringLiteral("name"), tr("Name") },
            { QStringLiteral("short_name"), tr("Short name") },
            { QStringLiteral("country"), tr("Country") },
            { QStringLiteral("website"), tr("Website") },
            { QStringLiteral("is_ours"), tr("Ours"), oursText },
        },
        Name, Qt::AscendingOrder);
}

} // namespace pressdesk
