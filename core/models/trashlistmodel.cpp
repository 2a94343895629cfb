#include "trashlistmodel.h"

#include "i18n/localeformat.h"

#include <QDateTime>

namespace pressdesk {

TrashListModel::TrashListModel(Database &database, QObject *parent)
    : SqlListModel(database, { Entity::Release, Entity::Speaker, Entity::Event, Entity::Organization }, parent)
{
    Source source;
    source.from = QStringLiteral(
        "(SELECT 'release' AS kind, id, headline AS title, deleted_at FROM releases "
        "   WHERE deleted_at IS NOT NULL "
        " UNION ALL SELECT 'speaker', id, full_name, deleted_at FROM speakers WHERE deleted_at IS NOT NULL "
        " UNION ALL SELECT 'event', id, name, deleted_at FROM events WHERE deleted_at IS NOT NULL "
        " UNION ALL SELECT 'organization', id, name, deleted_at FROM organizations "
        "   WHERE deleted_at IS NOT NULL) AS trash");
    setIdentity(QStringLiteral("id"), QStringLiteral("kind"));
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
            { QStringLiteral("title"), tr("Title"), QStringLiteral("title"), QStringLiteral("title COLLATE NOCASE") },
            { QStringLiteral("kind"), tr("Kind"), QStringLiteral("kind"), QStringLiteral("kind"), kindText },
            { QStringLiteral("deleted_at"), tr("Deleted"), QStringLiteral("deleted_at"), QStringLiteral("deleted_at"),
                localTime },
        },
        Deleted, Qt::DescendingOrder);
    setSource(source);
}

} // namespace pressdesk
