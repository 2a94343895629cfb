#include "releaselistmodel.h"

#include "i18n/languagenames.h"
#include "i18n/localeformat.h"
#include "roles.h"
#include "search/snippet.h"
#include "storage/database.h"

#include <QDateTime>
#include <QTimer>

namespace pressdesk {

ReleaseListModel::ReleaseListModel(Database &database, QObject *parent)
    : ListModel(database, ListKind::Releases, { Entity::Release, Entity::Speaker }, parent)
{
    auto statusText = [](const QVariant &value) -> QVariant {
        const auto status = statusFromKey(value.toString());
        return status ? statusLabel(*status) : value;
    };
    auto localTime = [](const QVariant &value) -> QVariant {
        return LocaleFormat::isoText(value.toString());
    };
    setColumns(
        {
            { QStringLiteral("headline"), tr("Headline") },
            { QStringLiteral("status"), tr("Status"), statusText },
            { QStringLiteral("language"), tr("Language"),
                [](const QVariant &value) -> QVariant {
                    // The name, as the editor's picker shows it; the tag stays the data.
                    const QString tag = value.toString();
                    return tag.isEmpty() ? QString() : LanguageNames::name(tag);
                } },
            { QStringLiteral("release_date"), tr("Release date"), localTime },
            { QStringLiteral("dateline"), tr("Dateline") },
            { QStringLiteral("updated_at"), tr("Updated"), localTime },
            { QStringLiteral("match"), tr("Match"),
                [](const QVariant &value) -> QVariant {
                    return Snippet::readable(value.toString());
                } },
            { QStringLiteral("rank"), tr("Relevance") },
        },
        ReleaseDate, Qt::DescendingOrder);
    setSearch({});
    if (database.isServer()) {
        m_presenceTimer = new QTimer(this);
        connect(m_presenceTimer, &QTimer::timeout, this, &ReleaseListModel::refreshPresence);
        m_presenceTimer->start(30'000);
        connect(&database, &Database::presenceChanged, this, &ReleaseListModel::refreshPresence);
        // Not now: a command that lists releases never asks who is editing them.
        QTimer::singleShot(0, this, &ReleaseListModel::refreshPresence);
    }
}

void ReleaseListModel::setPresenceInterval(int milliseconds)
{
    if (!m_presenceTimer)
        return;
    if (milliseconds > 0)
        m_presenceTimer->start(milliseconds);
    else
        m_presenceTimer->stop();
}

void ReleaseListModel::refreshPresence()
{
    QHash<qint64, PresenceRepository::Lock> now;
    for (const PresenceRepository::Lock &lock : PresenceRepository(database()).locks())
        now.insert(lock.releaseId, lock);
    QList<qint64> touched;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const auto before = m_presence.constFind(it.key());
        if (before == m_presence.cend() || before->holder != it->holder || before->since != it->since)
            touched.append(it.key());
    }
    for (auto it = m_presence.cbegin(); it != m_presence.cend(); ++it) {
        if (!now.contains(it.key()))
            touched.append(it.key());
    }
    m_presence = std::move(now);
    for (const qint64 id : std::as_const(touched)) {
        if (const int row = rowOfId(id); row >= 0)
            Q_EMIT dataChanged(index(row, Headline), index(row, Headline));
    }
}

QString ReleaseListModel::presenceText(qint64 id) const
{
    const auto lock = m_presence.constFind(id);
    return lock == m_presence.cend() ? QString() : PresenceRepository::describe(*lock);
}

QVariant ReleaseListModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && index.column() == Headline && !m_presence.isEmpty()
        && (role == PresenceRole || role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole)) {
        const QString presence = presenceText(idAt(index.row()));
        if (role == PresenceRole)
            return presence;
        if (!presence.isEmpty())
            return role == Qt::ToolTipRole ? ListModel::data(index, role).toString() + QLatin1Char('\n') + presence
                                           : presence;
    }
    if (role == PresenceRole)
        return QString();
    return ListModel::data(index, role);
}

void ReleaseListModel::setStatusFilter(std::optional<ReleaseStatus> status)
{
    SearchQuery query = m_search;
    query.filters().status = status;
    setSearch(query);
}

void ReleaseListModel::setSearch(const SearchQuery &query)
{
    m_search = query;
    setListSearch(query);
}

} // namespace pressdesk
