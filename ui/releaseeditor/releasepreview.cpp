#include "releasepreview.h"

#include "export/exportsource.h"
#include "export/pdfexporter.h"
#include "i18n/languagenames.h"
#include "pagepreview.h"
#include "preferences/preferences.h"
#include "releaseeditor.h"
#include "storage/releaserepository.h"
#include "ui_releaseeditor.h"

#include <QPageSize>
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
    connect(ui.previewPages, &PagePreview::widthChanged, this, &ReleasePreview::schedule);
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
    // The PDF engine's own pages, drawn to fill the panel's width at the screen's pixel
    // density: the same layout, line breaks and page breaks as the exported PDF.
    const ExportContext context = source.contextFor(*shown);
    const double sheetWidth = QPageSize(context.paperSize == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4)
                                  .size(QPageSize::Point)
                                  .width();
    const double ratio = m_ui.previewPages->devicePixelRatioF();
    const double dotsPerInch = m_ui.previewPages->pageWidth() * 72.0 / sheetWidth * ratio;
    QList<QImage> pages;
    QStringList texts;
    PdfExporter::pages(*shown, context, dotsPerInch, [&](const QImage &page, const QString &text) {
        QImage image = page;
        image.setDevicePixelRatio(ratio);
        pages.append(image);
        texts.append(text);
    });
    m_ui.previewPages->setPages(pages, texts);
}

} // namespace pressdesk
