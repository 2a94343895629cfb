#include "sentrecordview.h"

#include "distribution/outbox.h"
#include "i18n/languagenames.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pressdesk {

namespace {

QString stateText(OutboxMessage::State state)
{
    switch (state) {
    case OutboxMessage::State::Queued:
        return SentRecordView::tr("Waiting");
    case OutboxMessage::State::Sending:
        return SentRecordView::tr("Sending");
    case OutboxMessage::State::Sent:
        return SentRecordView::tr("Sent");
    case OutboxMessage::State::Failed:
        return SentRecordView::tr("Failed");
    case OutboxMessage::State::Uncertain:
        return SentRecordView::tr("Uncertain");
    }
    return {};
}

} // namespace

SentRecordView::SentRecordView(Database &database, qint64 releaseId, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_releaseId(releaseId)
{
    setObjectName(QStringLiteral("sentRecordView"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("sentSummaryLabel"));
    m_summary->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("sentRecordTree"));
    m_tree->setAccessibleName(tr("Sent record"));
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels(
        { tr("Recipient"), tr("E-mail"), tr("Version"), tr("How"), tr("State"), tr("When"), tr("Server's reply") });
    m_tree->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    reload();
}

void SentRecordView::setRelease(qint64 releaseId)
{
    m_releaseId = releaseId;
    reload();
}

void SentRecordView::reload()
{
    m_tree->clear();
    m_waiting = 0;
    m_uncertain.clear();
    if (m_releaseId <= 0) {
        m_summary->setText(tr("This release has not been sent yet."));
        return;
    }
    Outbox outbox(m_database);
    const std::optional<QList<qint64>> group = outbox.translationGroupOf(m_releaseId);
    const std::optional<QList<OutboxMessage>> rows = group ? outbox.messages(*group) : std::nullopt;
    if (!rows) {
        m_summary->setText(tr("The record could not be read: %1").arg(outbox.errorString()));
        return;
    }
    int sent = 0;
    int failed = 0;
    const QLocale locale;
    for (const OutboxMessage &message : *rows) {
        const QDateTime when = message.sentAt.isValid() ? message.sentAt : message.queuedAt;
        auto *item = new QTreeWidgetItem(m_tree,
            { message.recipientName, message.recipientEmail,
                tr("%1, revision %2").arg(LanguageNames::name(message.language)).arg(message.revision),
                message.method == QLatin1String("draft") ? tr("Draft") : tr("SMTP"), stateText(message.state),
                locale.toString(when.toLocalTime(), QLocale::ShortFormat), message.lastError });
        item->setData(0, Qt::UserRole, message.id);
        item->setData(4, Qt::UserRole, OutboxMessage::stateKey(message.state));
        item->setToolTip(6, message.lastError);
        if (message.state == OutboxMessage::State::Sent)
            ++sent;
        else if (message.state == OutboxMessage::State::Failed)
            ++failed;
        else if (message.state == OutboxMessage::State::Queued)
            ++m_waiting;
        else if (message.state == OutboxMessage::State::Uncertain)
            m_uncertain.append(message);
    }
    for (int column = 0; column < m_tree->columnCount() - 1; ++column)
        m_tree->resizeColumnToContents(column);
    if (rows->isEmpty())
        m_summary->setText(tr("This release has not been sent yet."));
    else if (m_uncertain.isEmpty())
        m_summary->setText(tr("Sent %1, failed %2, waiting %3.").arg(sent).arg(failed).arg(m_waiting));
    else
        m_summary->setText(tr("Sent %1, failed %2, waiting %3, uncertain %4 (may or may not have arrived).")
                               .arg(sent)
                               .arg(failed)
                               .arg(m_waiting)
                               .arg(m_uncertain.size()));
}

SentRecordView *SentRecordView::addPage(QTabWidget *tabs, Database &database, const QString &title)
{
    auto *page = new QWidget(tabs);
    page->setObjectName(QStringLiteral("sentPage"));
    auto *view = new SentRecordView(database, 0, page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(view);
    tabs->addTab(page, title);
    connect(tabs, &QTabWidget::currentChanged, view, [tabs, page, view] {
        if (tabs->currentWidget() == page)
            view->reload();
    });
    return view;
}

} // namespace pressdesk
