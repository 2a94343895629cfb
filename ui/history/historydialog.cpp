#include "historydialog.h"

#include "activitylist.h"
#include "domain/domainjsonreader.h"
#include "history/revisiondiff.h"
#include "ui_historydialog.h"
#include "widgets/themecolors.h"

#include <QEvent>
#include <QJsonDocument>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>

#include <algorithm>

namespace pressdesk {

namespace {

QString segmentsHtml(const QList<RevisionDiff::Segment> &segments, const QPalette &palette)
{
    const QString removed =
        QStringLiteral("<span style=\"background:%1;color:%2;text-decoration:line-through\">%3</span>")
            .arg(ThemeColors::removedBackground(palette).name(), ThemeColors::removedText(palette).name());
    const QString added =
        QStringLiteral("<span style=\"background:%1;color:%2\">%3</span>")
            .arg(ThemeColors::insertedBackground(palette).name(), ThemeColors::insertedText(palette).name());
    QString html;
    for (const RevisionDiff::Segment &segment : segments) {
        const QString text = segment.text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
        switch (segment.kind) {
        case RevisionDiff::Segment::Kind::Same:
            html += text;
            break;
        case RevisionDiff::Segment::Kind::Removed:
            html += removed.arg(text);
            break;
        case RevisionDiff::Segment::Kind::Added:
            html += added.arg(text);
            break;
        }
    }
    return html;
}

} // namespace

HistoryDialog::HistoryDialog(Database &database, qint64 releaseId, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_releaseId(releaseId)
    , m_ui(std::make_unique<Ui::HistoryDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("historyDialog"));
    ReleaseRepository repository(m_database);
    m_current = repository.load(releaseId).value_or(Release {});
    m_revisions = repository.revisions(releaseId);
    std::reverse(m_revisions.begin(), m_revisions.end());
    const QLocale locale;
    for (const Revision &revision : std::as_const(m_revisions)) {
        const QString who = revision.author.isEmpty() ? tr("unknown") : revision.author;
        auto *item =
            new QListWidgetItem(tr("Version %1\n%2 \u00B7 %3")
                                    .arg(revision.version)
                                    .arg(locale.toString(revision.createdAt.toLocalTime(), QLocale::ShortFormat), who),
                m_ui->revisionsList);
        item->setData(Qt::UserRole, revision.version);
    }
    m_confirm = [this](int version) {
        return QMessageBox::question(this, tr("Restore Version"),
                   tr("Save the text of version %1 as a new version? The current version stays in the history.")
                       .arg(version))
            == QMessageBox::Yes;
    };
    connect(m_ui->revisionsList, &QListWidget::currentRowChanged, this, &HistoryDialog::showSelected);
    connect(m_ui->changedOnlyCheck, &QCheckBox::toggled, this, &HistoryDialog::showSelected);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, &HistoryDialog::restoreSelected);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->historySplitter->setStretchFactor(1, 1);
    // The versions beside the activity log: who created, edited, moved, approved and sent it.
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("historyTabs"));
    delete m_ui->mainLayout->replaceWidget(m_ui->historySplitter, tabs);
    tabs->addTab(m_ui->historySplitter, tr("Versions"));
    tabs->addTab(new ActivityList(m_database, m_releaseId, tabs), tr("Activity"));
    if (m_revisions.size() > 1)
        m_ui->revisionsList->setCurrentRow(1);
    else if (!m_revisions.isEmpty())
        m_ui->revisionsList->setCurrentRow(0);
}

HistoryDialog::~HistoryDialog() = default;

Release HistoryDialog::snapshotAt(int row) const
{
    if (row < 0 || row >= m_revisions.size())
        return {};
    return json::releaseFromJson(QJsonDocument::fromJson(m_revisions.at(row).snapshot).object());
}

void HistoryDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    // The diff's colours are baked into its HTML.
    if (event->type() == QEvent::PaletteChange && m_ui)
        showSelected();
}

void HistoryDialog::showSelected()
{
    const int row = m_ui->revisionsList->currentRow();
    m_ui->restoreButton->setEnabled(row > 0);
    if (row < 0) {
        m_ui->diffBrowser->clear();
        return;
    }
    const Release old = snapshotAt(row);
    QString html = QStringLiteral("<html><body>");
    bool any = false;
    const auto fields = RevisionDiff::compare(old, m_current);
    for (const RevisionDiff::Field &field : fields) {
        if (m_ui->changedOnlyCheck->isChecked() && !field.changed)
            continue;
        if (field.segments.isEmpty() && !field.changed)
            continue;
        any = true;
        html += QStringLiteral("<h4 style=\"margin-bottom:2px\">%1%2</h4><p style=\"margin-top:0\">%3</p>")
                    .arg(field.label.toHtmlEscaped(), field.changed ? tr(" (changed)") : QString(),
                        segmentsHtml(field.segments, m_ui->diffBrowser->palette()));
    }
    if (!any)
        html += QStringLiteral("<p>%1</p>")
                    .arg(row == 0 ? tr("This is the current version.")
                                  : tr("The text is the same as the current version."));
    html += QStringLiteral("</body></html>");
    m_ui->diffBrowser->setHtml(html);
}

void HistoryDialog::restoreSelected()
{
    const int row = m_ui->revisionsList->currentRow();
    if (row <= 0)
        return;
    const int version = m_revisions.at(row).version;
    if (!m_confirm(version))
        return;
    ReleaseRepository repository(m_database);
    const auto current = repository.load(m_releaseId);
    if (!current)
        return;
    Release restored = snapshotAt(row);
    // The record stays itself: only its content goes back.
    restored.id = current->id;
    restored.uuid = current->uuid;
    restored.translationGroup = current->translationGroup;
    restored.version = current->version;
    restored.createdAt = current->createdAt;
    restored.publishedAt = current->publishedAt;
    restored.deletedAt = current->deletedAt;
    ReleaseRepository::SaveOptions options;
    options.revisionAuthor = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (!repository.save(restored, options)) {
        QMessageBox::warning(this, tr("Restore Version"),
            tr("Version %1 could not be restored: %2").arg(version).arg(repository.errorString()));
        return;
    }
    m_restoredVersion = version;
    accept();
}

} // namespace pressdesk
