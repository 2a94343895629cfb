#include "detailpane.h"

#include "detailhtml.h"
#include "storage/eventrepository.h"
#include "storage/organizationrepository.h"
#include "storage/releaserepository.h"
#include "storage/speakerrepository.h"

namespace pressdesk {

DetailPane::DetailPane(Database &database, QWidget *parent)
    : QTextBrowser(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("detailPane"));
    setAccessibleName(tr("Details"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(14);
    setHtml(DetailHtml::empty(tr("Select an item to see its details.")));
}

QVariant DetailPane::loadResource(int, const QUrl &)
{
    return {};
}

void DetailPane::showRecord(const QString &kind, qint64 id)
{
    m_kind = kind;
    m_id = id;
    QString html;
    if (id > 0 && kind == QLatin1String("release")) {
        if (const auto release = ReleaseRepository(m_database).load(id))
            html = DetailHtml::release(*release);
    } else if (id > 0 && kind == QLatin1String("speaker")) {
        if (const auto speaker = SpeakerRepository(m_database).load(id))
            html = DetailHtml::speaker(*speaker);
    } else if (id > 0 && kind == QLatin1String("event")) {
        if (const auto event = EventRepository(m_database).load(id))
            html = DetailHtml::event(*event);
    } else if (id > 0 && kind == QLatin1String("organization")) {
        if (const auto organization = OrganizationRepository(m_database).load(id))
            html = DetailHtml::organization(*organization);
    }
    setHtml(html.isEmpty() ? DetailHtml::empty(tr("Select an item to see its details.")) : html);
}

} // namespace pressdesk
