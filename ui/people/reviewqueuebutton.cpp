#include "reviewqueuebutton.h"

#include "storage/database.h"
#include "storage/teamrepository.h"

namespace pressdesk {

ReviewQueueButton::ReviewQueueButton(Database &database, QWidget *parent)
    : QPushButton(parent)
    , m_database(database)
    , m_person(TeamRepository(database).currentUser())
{
    setObjectName(QStringLiteral("forMyReviewButton"));
    setFlat(true);
    setIcon(QIcon::fromTheme(QStringLiteral("mail-mark-important")));
    connect(&m_database, &Database::changed, this, [this](Entity entity) {
        if (entity == Entity::Release)
            recount();
    });
    recount();
}

void ReviewQueueButton::recount()
{
    m_count = TeamRepository(m_database).forMyReviewCount();
    setText(tr("For My Review (%1)").arg(m_count));
    const QString tip = tr("%n release(s) in review that you are asked to review", nullptr, m_count);
    setToolTip(tip);
    setAccessibleName(tip);
    setVisible(m_count > 0);
}

QString ReviewQueueButton::searchText() const
{
    QString name = m_person;
    name.remove(QLatin1Char('"'));
    return QStringLiteral("status:in_review reviewer:\"%1\"").arg(name);
}

} // namespace pressdesk
