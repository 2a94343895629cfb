#include "organizationlistmodel.h"

#include "storage/database.h"

namespace pressdesk {

OrganizationListModel::OrganizationListModel(Database &database, QObject *parent)
    : SqlListModel(database, { Entity::Organization }, parent)
{
    setIdentity(QStringLiteral("id"));
    auto oursText = [](const QVariant &value) -> QVariant {
        return value.toBool() ? tr("Ours") : QString();
    };
    setColumns(
        {
            { QStringLiteral("name"), tr("Name"), QStringLiteral("name"),
                QStringLiteral("name COLLATE %1").arg(database.nameCollation()) },
            { QStringLiteral("short_name"), tr("Short name"), QStringLiteral("short_name"),
                QStringLiteral("short_name COLLATE %1").arg(database.nameCollation()) },
            { QStringLiteral("country"), tr("Country"), QStringLiteral("country"), QStringLiteral("country") },
            { QStringLiteral("website"), tr("Website"), QStringLiteral("website"), QStringLiteral("website") },
            { QStringLiteral("is_ours"), tr("Ours"), QStringLiteral("is_ours"), QStringLiteral("is_ours"), oursText },
        },
        Name, Qt::AscendingOrder);
    Source source;
    source.from = QStringLiteral("organizations");
    source.where = QStringLiteral("deleted_at IS NULL");
    setSource(source);
}

} // namespace pressdesk
