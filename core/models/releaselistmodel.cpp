#include "releaselistmodel.h"

#include <QDateTime>

namespace pressdesk {

ReleaseListModel::ReleaseListModel(Database &database, QObject *parent)
    : SqlListModel(database, {Entity::Release, Entity::Speaker}, parent)
{
    setSource(QStringLiteral("releases"), QStringLiteral("id"));
    auto statusText = [](const QVariant &value) -> QVariant {
        const auto status = statusFromKey(value.toString());
        return status ? statusLabel(*status) : value;
    };
    auto localTime = [](const QVariant &value) -> QVariant {
        const QDateTime moment = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        return moment.isValid() ? moment.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : value;
    };
    setColumns({
                   {QStringLiteral("headline"), tr("Headline"), QStringLiteral("headline"),
                    QStringLiteral("headline COLLATE NOCASE")},
                   {QStringLiteral("status"), tr("Status"), QStringLiteral("status"), QStringLiteral("status"),
                    statusText},
                   {QStringLiteral("language"), tr("Language"), QStringLiteral("language"),
                    QStringLiteral("language")},
                   {QStringLiteral("release_date"), tr("Release date"), QStringLiteral("release_date"),
                    QStringLiteral("release_date")},
                   {QStringLiteral("dateline"), tr("Dateline"),
                    QStringLiteral("dateline_city || CASE WHEN dateline_country <> '' "
                                   "THEN ', ' || dateline_country ELSE '' END"),
                    QString()},
                   {QStringLiteral("updated_at"), tr("Updated"), QStringLiteral("updated_at"),
                    QStringLiteral("updated_at"), localTime},
               },
               ReleaseDate, Qt::DescendingOrder);
    setFilter(QStringLiteral("deleted_at IS NULL"), {});
}

void ReleaseListModel::setStatusFilter(std::optional<ReleaseStatus> status)
{
    if (status)
        setFilter(QStringLiteral("deleted_at IS NULL AND status = ?"), {statusKey(*status)});
    else
        setFilter(QStringLiteral("deleted_at IS NULL"), {});
}

} // namespace pressdesk
