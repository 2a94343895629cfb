#include "speakerlistmodel.h"

namespace pressdesk {

SpeakerListModel::SpeakerListModel(Database &database, QObject *parent)
    : SqlListModel(database, {Entity::Speaker, Entity::Organization}, parent)
{
    setSource(QStringLiteral("speakers s LEFT JOIN organizations o ON o.id = s.organization_id"),
              QStringLiteral("s.id"));
    setColumns({
                   {QStringLiteral("full_name"), tr("Name"), QStringLiteral("s.full_name"),
                    QStringLiteral("s.sort_name COLLATE NOCASE")},
                   {QStringLiteral("title"), tr("Title"), QStringLiteral("s.title"),
                    QStringLiteral("s.title COLLATE NOCASE")},
                   {QStringLiteral("organization"), tr("Organization"), QStringLiteral("coalesce(o.name, '')"),
                    QStringLiteral("o.name COLLATE NOCASE")},
                   {QStringLiteral("country"), tr("Country"), QStringLiteral("s.country"),
                    QStringLiteral("s.country")},
                   {QStringLiteral("email"), tr("E-mail"), QStringLiteral("s.email"), QStringLiteral("s.email")},
               },
               Name, Qt::AscendingOrder);
    setFilter(QStringLiteral("s.deleted_at IS NULL"), {});
}

} // namespace pressdesk
