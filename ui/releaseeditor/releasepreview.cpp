#include "releasepreview.h"

#include "export/exportsource.h"
#include "export/releasedocument.h"
#include "i18n/languagenames.h"
#include "preferences/preferences.h"
#include "releaseeditor.h"
#include "storage/releaserepository.h"
#include "ui_releaseeditor.h"

#include <QScrollBar>
#include <QTextDocument>
#include <QTimer>

namespace pressdesk {

ReleasePreview::ReleasePreview(
    Ui::ReleaseEditor &ui, Database &database, QWidget *editor, std::function<Release()> current)
    : m_ui(ui)
    , m_database(database)
    , m_editor(editor)
    , m_current(std::move(current))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(350);
    connect(m_timer, &QTimer::timeout, this, &ReleasePreview::render);
    connect(ui.previewButton, &QPushButton::toggled, ui.previewPanel, &QWidget::setVisible);
    connect(ui.previewSourceCombo, &QComboBox::currentIndexChanged, this, &ReleasePreview::schedule);
    ui.previewPanel->setVisible(Preferences::releasePreviewVisible());
    ui.previewButton->setChecked(ui.previewPanel->isVisibleTo(editor));
    connect(ui.previewButton, &QPushButton::toggled, this, [](bool on) { Preferences::setReleasePreviewVisible(on); });
    // The preview is the exported page: dark text on paper, whatever the colour scheme.
    QPalette paper = ui.previewBrowser->palette();
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Text, Qt::black);
    ui.previewBrowser->setPalette(paper);
}

void ReleasePreview::schedule()
{
    if (m_ui.previewPanel->isVisible() || !m_editor->isVisible())
        m_timer->start();
}

void ReleasePreview::updateSources(const Release &release)
{
    QSignalBlocker blocker(m_ui.previewSourceCombo);
    m_ui.previewSourceCombo->clear();
    m_ui.previewSourceCombo->addItem(ReleaseEditor::tr("This release"), qint64(0));
    if (!release.translationGroup.isEmpty()) {
        const QList<Release> others = ReleaseRepository(m_database).translations(release.translationGroup);
        for (const Release &other : others) {
            if (other.id != release.id)
                m_ui.previewSourceCombo->addItem(
                    ReleaseEditor::tr("Side by side: %1").arg(LanguageNames::displayName(other.language)), other.id);
        }
    }
    m_ui.previewSourceCombo->setVisible(m_ui.previewSourceCombo->count() > 1);
}

void ReleasePreview::render()
{
    ExportSource source(m_database);
    const qint64 otherId = m_ui.previewSourceCombo->currentData().toLongLong();
    std::optional<Release> shown = otherId > 0 ? source.release(otherId) : std::optional<Release>(m_current());
    if (!shown)
        return;
    auto document = ReleaseDocument::create(*shown, source.contextFor(*shown));
    QScrollBar *bar = m_ui.previewBrowser->verticalScrollBar();
    const int position = bar->value();
    QTextDocument *previous = m_document;
    m_document = document.release();
    // Owned by the editor, like the browser that shows it.
    m_document->setParent(m_editor);
    m_ui.previewBrowser->setDocument(m_document);
    delete previous;
    bar->setValue(position);
}

} // namespace pressdesk
