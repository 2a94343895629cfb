#include "eventlistmodel.h"

#include "domain/event.h"

namespace pressdesk {

EventListModel::EventListModel(Database &database, QObject *parent)
    : SqlListModel(database, {Entity::Event}, parent)
{
    setSource(QStringLiteral("events"), QStringLiteral("id"));
    auto formatText = [](const QVariant &value) -> QVariant {
        const auto format = formatFromKey(value.toString());
        return format ? formatLabel(*format) : value;
    };
    auto momentText = [](const QVariant &value) -> QVariant {
        return value.toString().replace(QLatin1Char('T'), QLatin1Char(' ')).left(16);
    };
    setColumns({
                   {QStringLiteral("name"), tr("Name"), QStringLiteral("name"), QStringLiteral("name COLLATE NOCASE")},
                   {QStringLiteral("edition"), tr("Edition"), QStringLiteral("edition"), QStringLiteral("edition")},
                   {QStringLiteral("start"), tr("Start"), QStringLiteral("start_at"), QStringLiteral("start_at"),
                    momentText},
                   {QStringLiteral("format"), tr("Format"), QStringLiteral("format"), QStringLiteral("format"),
                    formatText},
                   {QStringLiteral("city"), tr("City"), QStringLiteral("city"), QStringLiteral("city")},
                   {QStringLiteral("country"), tr("Country"), QStringLiteral("country"), QStringLiteral("country")},
               },
               Start, Qt::DescendingOrder);
    setFilter(QStringLiteral("deleted_at IS NULL"), {});
}

} // namespace pressdesk
