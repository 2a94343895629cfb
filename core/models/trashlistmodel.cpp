#include "trashlistmodel.h"

#include "i18n/localeformat.h"

#include <QDateTime>

namespace pressdesk {

TrashListModel::TrashListModel(Database &database, QObject *parent)
    : ListModel(
        database, ListKind::Trash, { Entity::Release, Entity::Speaker, Entity::Event, Entity::Organization }, parent)
{
    auto kindText = [](const QVariant &value) -> QVariant {
        const QString kind = value.toString();
        if (kind == QLatin1String("release"))
            return tr("Release");
        if (kind == QLatin1String("speaker"))
            return tr("Speaker");
        if (kind == QLatin1String("event"))
            return tr("Event");
        return tr("Organization");
    };
    auto localTime = [](const QVariant &value) -> QVariant {
        return LocaleFormat::isoText(value.toString());
    };
    setColumns(
        {
            { QStringLiteral("title"), tr("Title") },
            { QStringLiteral("kind"), tr("Kind"), kindText },
            { QStringLiteral("deleted_at"), tr("Deleted"), localTime },
        },
        Deleted, Qt::DescendingOrder);
}

} // namespace pressdesk
