#include "activitylist.h"

#include "domain/releasestatus.h"
#include "i18n/languagenames.h"
#include "storage/teamrepository.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>

namespace pressdesk {

ActivityList::ActivityList(Database &database, qint64 releaseId, QWidget *parent)
    : QTreeWidget(parent)
    , m_database(database)
    , m_releaseId(releaseId)
{
    setObjectName(QStringLiteral("activityTree"));
    setAccessibleName(tr("Activity"));
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setHeaderLabels({ tr("When"), tr("Who"), tr("What") });
    header()->setStretchLastSection(true);
    reload();
}

namespace {

// A status key as the interface names it ("in_review" -> "In review"); unknown keys as they are.
QString statusName(const QString &key)
{
    const std::optional<ReleaseStatus> status = statusFromKey(key.trimmed());
    return status ? statusLabel(*status) : key;
}

} // namespace

QString ActivityList::describe(const QString &action, const QString &detail)
{
    // "version N", as the triggers write it for edits and approvals.
    const QString version = detail.startsWith(QLatin1String("version ")) ? detail.mid(8) : detail;
    if (action == QLatin1String("created"))
        return tr("Created as %1").arg(statusName(detail));
    if (action == QLatin1String("edited"))
        return tr("Edited (version %1)").arg(version);
    if (action == QLatin1String("status")) {
        const QStringList moves = detail.split(QStringLiteral(" -> "));
        return moves.size() == 2 ? tr("Status: %1 → %2").arg(statusName(moves.at(0)), statusName(moves.at(1)))
                                 : tr("Status: %1").arg(detail);
    }
    if (action == QLatin1String("trashed"))
        return tr("Moved to the trash");
    if (action == QLatin1String("restored"))
        return tr("Restored from the trash");
    if (action == QLatin1String("comment"))
        return tr("Comment %1").arg(detail);
    if (action == QLatin1String("approval"))
        return tr("Approved version %1").arg(version);
    if (action == QLatin1String("sent")) {
        // "method language revision address", written by the outbox's trigger (schema 12).
        const QStringList parts = detail.split(QLatin1Char(' '));
        if (parts.size() == 4) {
            const QString language = LanguageNames::name(parts.at(1));
            return parts.at(0) == QLatin1String("draft")
                ? tr("Draft of the %1 version (revision %2) for %3").arg(language, parts.at(2), parts.at(3))
                : tr("Sent the %1 version (revision %2) to %3 by SMTP").arg(language, parts.at(2), parts.at(3));
        }
        return tr("Sent: %1").arg(detail);
    }
    return action + QLatin1Char(' ') + detail;
}

void ActivityList::reload()
{
    clear();
    TeamRepository team(m_database);
    const QList<TeamRepository::Activity> rows = team.activity(m_releaseId);
    const QLocale locale;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        const QDateTime when = QDateTime::fromString(it->createdAt, Qt::ISODateWithMs);
        auto *item = new QTreeWidgetItem(this,
            { when.isValid() ? locale.toString(when.toLocalTime(), QLocale::ShortFormat) : it->createdAt, it->actor,
                describe(it->action, it->detail) });
        item->setData(2, Qt::UserRole, it->action);
    }
    for (int column = 0; column < columnCount() - 1; ++column)
        resizeColumnToContents(column);
}

} // namespace pressdesk
