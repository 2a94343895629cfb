#include "exportcontroller.h"

#include "export/batchexporter.h"
#include "export/csvexporter.h"
#include "export/exportfile.h"
#include "export/exportsource.h"
#include "export/htmlexporter.h"
#include "export/icalendarexporter.h"
#include "export/pagedrenderer.h"
#include "export/pdfexporter.h"
#include "export/plaintextexporter.h"
#include "export/releasedocument.h"
#include "export/releaseexporter.h"
#include "export/releaseparts.h"
#include "export/vcardexporter.h"
#include "exportnotice.h"
#include "preferences/preferences.h"
#include "widgets/filedialogs.h"
#include "widgets/icons.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTextDocument>

namespace pressdesk {

namespace {

QString lastFolder()
{
    return Preferences::exportFolder();
}

void rememberFolder(const QString &path)
{
    Preferences::setExportFolder(QFileInfo(path).absolutePath());
}

} // namespace

ExportController::ExportController(Database &database, QWidget *window, Selection selection)
    : QObject(window)
    , m_database(database)
    , m_window(window)
    , m_selection(std::move(selection))
    , m_notice(new ExportNotice(window))
{
    m_chooseFile = [this](const QString &title, const QString &suggestedName, const QString &filter) {
        const QString path =
            FileDialogs::saveFileName(m_window, title, QDir(lastFolder()).filePath(suggestedName), filter);
        if (!path.isEmpty())
            rememberFolder(path);
        return path;
    };
    m_chooseFolder = [this](const QString &title) {
        const QString folder = FileDialogs::existingFolder(m_window, title, lastFolder());
        if (!folder.isEmpty())
            Preferences::setExportFolder(folder);
        return folder;
    };
    m_chooseFormat = [this]() -> std::optional<ExportFormat> {
        QStringList names;
        const QList<ExportFormat> formats = releaseExportFormats();
        for (ExportFormat format : formats)
            names.append(exportFormatFilter(format));
        bool ok = false;
        const QString chosen =
            QInputDialog::getItem(m_window, tr("Export Releases"), tr("Format:"), names, 0, false, &ok);
        if (!ok)
            return std::nullopt;
        return formats.value(names.indexOf(chosen), ExportFormat::Pdf);
    };

    const QList<std::pair<ExportFormat, QString>> formats = { { ExportFormat::Pdf, tr("Export as &PDF…") },
        { ExportFormat::Html, tr("Export as &HTML…") }, { ExportFormat::Odt, tr("Export as &OpenDocument…") },
        { ExportFormat::Markdown, tr("Export as &Markdown…") }, { ExportFormat::Text, tr("Export as Plain &Text…") },
        { ExportFormat::Ninjs, tr("Export as &ninjs…") } };
    for (const auto &[format, text] : formats) {
        QAction *exportAction = addAction(QStringLiteral("export%1Action").arg(exportFormatKey(format).toUpper()), text,
            [this, format] { exportCurrentRelease(format); });
        m_releaseActions.append(exportAction);
    }
    m_actions.value(QStringLiteral("exportPDFAction"))
        ->setIcon(Icons::themed(QStringLiteral("document-export"), QStringLiteral("export")));
    m_actions.value(QStringLiteral("exportPDFAction"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_releaseActions.append(addAction(QStringLiteral("printAction"), tr("Pr&int…"), [this] { printCurrentRelease(); }));
    m_actions.value(QStringLiteral("printAction"))->setShortcut(QKeySequence::Print);
    m_actions.value(QStringLiteral("printAction"))
        ->setIcon(Icons::themed(QStringLiteral("document-print"), QStringLiteral("print")));
    m_releaseActions.append(
        addAction(QStringLiteral("printPreviewAction"), tr("Print Pre&view…"), [this] { previewCurrentRelease(); }));
    m_releaseActions.append(addAction(
        QStringLiteral("copyRichTextAction"), tr("Copy as &Rich Text"), [this] { copyCurrentRelease(true); }));
    m_releaseActions.append(addAction(
        QStringLiteral("copyPlainTextAction"), tr("Copy as Plain Te&xt"), [this] { copyCurrentRelease(false); }));
    addAction(QStringLiteral("exportSelectedReleasesAction"), tr("Export &Selected Releases…"),
        [this] { exportReleases(true); });
    addAction(QStringLiteral("exportListedReleasesAction"), tr("Export &All Listed Releases…"),
        [this] { exportReleases(false); });
    addAction(QStringLiteral("exportEventsAction"), tr("Export &Events as iCalendar…"), [this] { exportEvents(); });
    addAction(QStringLiteral("exportSpeakersAction"), tr("Export Spea&kers as vCard…"), [this] { exportSpeakers(); });
    addAction(QStringLiteral("exportListCsvAction"), tr("Export &List as CSV…"), [this] { exportCurrentList(); });

    auto *paperGroup = new QActionGroup(this);
    for (const auto &[paper, name, text] : { std::tuple { PaperSize::A4, QStringLiteral("paperA4Action"), tr("A&4") },
             std::tuple { PaperSize::Letter, QStringLiteral("paperLetterAction"), tr("US &Letter") } }) {
        QAction *paperAction = addAction(name, text, [this, paper = paper] { setPaperSize(paper); });
        paperAction->setCheckable(true);
        paperAction->setChecked(paperSize() == paper);
        paperGroup->addAction(paperAction);
    }
}

ExportController::~ExportController() = default;

QAction *ExportController::addAction(const QString &objectName, const QString &text, const std::function<void()> &slot)
{
    auto *created = new QAction(text, this);
    created->setObjectName(objectName);
    connect(created, &QAction::triggered, this, slot);
    m_actions.insert(objectName, created);
    return created;
}

QAction *ExportController::action(const QString &objectName) const
{
    return m_actions.value(objectName);
}

QMenu *ExportController::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("E&xport"), parent);
    menu->setObjectName(QStringLiteral("exportMenu"));
    for (const char *name : { "exportPDFAction", "exportHTMLAction", "exportODTAction", "exportMDAction",
             "exportTXTAction", "exportNINJSAction" })
        menu->addAction(action(QLatin1String(name)));
    menu->addSeparator();
    menu->addAction(action(QStringLiteral("copyRichTextAction")));
    menu->addAction(action(QStringLiteral("copyPlainTextAction")));
    menu->addSeparator();
    menu->addAction(action(QStringLiteral("printPreviewAction")));
    menu->addAction(action(QStringLiteral("printAction")));
    menu->addSeparator();
    menu->addAction(action(QStringLiteral("exportSelectedReleasesAction")));
    menu->addAction(action(QStringLiteral("exportListedReleasesAction")));
    menu->addAction(action(QStringLiteral("exportEventsAction")));
    menu->addAction(action(QStringLiteral("exportSpeakersAction")));
    menu->addAction(action(QStringLiteral("exportListCsvAction")));
    menu->addSeparator();
    QMenu *paper = menu->addMenu(tr("Paper Si&ze"));
    paper->setObjectName(QStringLiteral("paperSizeMenu"));
    paper->addAction(action(QStringLiteral("paperA4Action")));
    paper->addAction(action(QStringLiteral("paperLetterAction")));
    return menu;
}

QList<QAction *> ExportController::toolBarActions() const
{
    return { action(QStringLiteral("exportPDFAction")), action(QStringLiteral("printAction")) };
}

void ExportController::updateActions()
{
    const bool hasRelease = m_selection.currentRelease && m_selection.currentRelease() > 0;
    for (QAction *releaseAction : std::as_const(m_releaseActions))
        releaseAction->setEnabled(hasRelease);
}

PaperSize ExportController::paperSize() const
{
    return Preferences::letterPaper() ? PaperSize::Letter : PaperSize::A4;
}

void ExportController::setPaperSize(PaperSize paperSize)
{
    Preferences::setLetterPaper(paperSize == PaperSize::Letter);
    action(paperSize == PaperSize::Letter ? QStringLiteral("paperLetterAction") : QStringLiteral("paperA4Action"))
        ->setChecked(true);
}

void ExportController::report(const QString &title, const QStringList &errors, const QString &done)
{
    m_lastErrors = errors;
    if (!m_interactive)
        return;
    if (!errors.isEmpty())
        QMessageBox::warning(m_window, title, errors.join(QLatin1Char('\n')));
    else if (!done.isEmpty())
        QMessageBox::information(m_window, title, done);
}

qint64 ExportController::currentReleaseForOutput()
{
    const qint64 id = m_selection.currentRelease ? m_selection.currentRelease() : 0;
    if (id <= 0 || (m_selection.prepareCurrentRelease && !m_selection.prepareCurrentRelease()))
        return 0;
    return m_selection.currentRelease();
}

void ExportController::exportCurrentRelease(ExportFormat format)
{
    const qint64 id = currentReleaseForOutput();
    if (id <= 0)
        return;
    ExportSource source(m_database);
    const std::optional<Release> release = source.release(id);
    if (!release) {
        report(tr("Export"), { tr("The release could not be read: %1").arg(source.errorString()) }, {});
        return;
    }
    const QString path =
        m_chooseFile(tr("Export Release"), ExportFile::releaseFileName(*release, format), exportFormatFilter(format));
    if (path.isEmpty())
        return;
    ExportContext context = source.contextFor(*release);
    context.paperSize = paperSize();
    QString error;
    const QByteArray bytes = ReleaseExporter::render(format, *release, context, &error);
    if (bytes.isEmpty() || !ExportFile::write(path, bytes, &error)) {
        report(tr("Export"), { error }, {});
        return;
    }
    m_lastErrors.clear();
    m_notice->showFile(path);
}

void ExportController::exportReleases(bool selectedOnly)
{
    const QList<qint64> ids = m_selection.releases ? m_selection.releases(selectedOnly) : QList<qint64> {};
    if (ids.isEmpty()) {
        report(tr("Export Releases"), { tr("There are no releases to export.") }, {});
        return;
    }
    const std::optional<ExportFormat> format = m_chooseFormat();
    if (!format)
        return;
    const QString folder = m_chooseFolder(tr("Export %n Release(s) to Folder", nullptr, static_cast<int>(ids.size())));
    if (folder.isEmpty())
        return;

    QProgressDialog progress(tr("Exporting releases…"), tr("Cancel"), 0, static_cast<int>(ids.size()), m_window);
    progress.setObjectName(QStringLiteral("exportProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    BatchExporter batch(m_database, *format, folder);
    ExportContext options;
    options.paperSize = paperSize();
    batch.setOptions(options);
    QStringList errors;
    int written = 0;
    batch.run(ids, [&](int done, int, const BatchExporter::Result &result) {
        if (result.ok)
            ++written;
        else
            errors.append(result.error);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    if (batch.wasCancelled())
        errors.prepend(tr("Cancelled: %n file(s) were written; no file was left half-written.", nullptr, written));
    report(tr("Export Releases"), errors,
        tr("Exported %n release(s) to %1.", nullptr, written).arg(QDir::toNativeSeparators(folder)));
    if (written > 0)
        m_notice->showFolder(
            folder, tr("Exported %n release(s) to %1", nullptr, written).arg(QDir::toNativeSeparators(folder)));
}

void ExportController::exportEvents()
{
    ExportSource source(m_database);
    QList<qint64> ids = m_selection.selectedEvents ? m_selection.selectedEvents() : QList<qint64> {};
    if (ids.isEmpty())
        ids = source.eventIds();
    QList<Event> events;
    for (qint64 id : std::as_const(ids)) {
        if (const auto event = source.event(id))
            events.append(*event);
    }
    if (events.isEmpty()) {
        report(tr("Export Events"), { tr("There are no events to export.") }, {});
        return;
    }
    const QString suggested = events.size() == 1 ? ExportFile::slug(events.first().name) + QStringLiteral(".ics")
                                                 : QStringLiteral("events.ics");
    const QString path = m_chooseFile(tr("Export Events"), suggested, exportFormatFilter(ExportFormat::ICalendar));
    if (path.isEmpty())
        return;
    QString error;
    if (!ExportFile::write(path, ICalendarExporter::render(events, source.contextFor(events)), &error))
        report(tr("Export Events"), { error }, {});
    else {
        m_lastErrors.clear();
        m_notice->showFile(path);
    }
}

void ExportController::exportSpeakers()
{
    ExportSource source(m_database);
    QList<qint64> ids = m_selection.selectedSpeakers ? m_selection.selectedSpeakers() : QList<qint64> {};
    if (ids.isEmpty())
        ids = source.speakerIds();
    QList<Speaker> speakers;
    for (qint64 id : std::as_const(ids)) {
        if (const auto speaker = source.speaker(id))
            speakers.append(*speaker);
    }
    if (speakers.isEmpty()) {
        report(tr("Export Speakers"), { tr("There are no speakers to export.") }, {});
        return;
    }
    const QString suggested = speakers.size() == 1
        ? ExportFile::slug(speakers.first().fullName) + QStringLiteral(".vcf")
        : QStringLiteral("speakers.vcf");
    const QString path = m_chooseFile(tr("Export Speakers"), suggested, exportFormatFilter(ExportFormat::VCard));
    if (path.isEmpty())
        return;
    QString error;
    if (!ExportFile::write(path, VCardExporter::render(speakers, source.contextFor(QList<Event> {})), &error))
        report(tr("Export Speakers"), { error }, {});
    else {
        m_lastErrors.clear();
        m_notice->showFile(path);
    }
}

void ExportController::exportCurrentList()
{
    QAbstractItemModel *model = m_selection.currentList ? m_selection.currentList() : nullptr;
    if (!model)
        return;
    const QString path =
        m_chooseFile(tr("Export List"), QStringLiteral("list.csv"), exportFormatFilter(ExportFormat::Csv));
    if (path.isEmpty())
        return;
    QString error;
    if (!ExportFile::write(path, CsvExporter::render(*model), &error))
        report(tr("Export List"), { error }, {});
    else {
        m_lastErrors.clear();
        m_notice->showFile(path);
    }
}

void ExportController::copyCurrentRelease(bool richText)
{
    const qint64 id = currentReleaseForOutput();
    ExportSource source(m_database);
    const std::optional<Release> release = id > 0 ? source.release(id) : std::nullopt;
    if (!release)
        return;
    ExportContext context = source.contextFor(*release);
    auto *mime = new QMimeData;
    mime->setText(PlainTextExporter::text(ReleaseParts::build(*release, context)));
    if (richText) {
        // A mail client takes the article with its inline styles; the page around it is noise.
        context.fragment = true;
        mime->setHtml(QString::fromUtf8(HtmlExporter::render(*release, context)));
    }
    QGuiApplication::clipboard()->setMimeData(mime);
}

bool ExportController::paintCurrentRelease(QPrinter *printer)
{
    const qint64 id = m_selection.currentRelease ? m_selection.currentRelease() : 0;
    ExportSource source(m_database);
    const std::optional<Release> release = id > 0 ? source.release(id) : std::nullopt;
    if (!release)
        return false;
    // The PDF's own layout, margins and footer on the whole sheet: what is printed is what
    // the exported PDF shows.
    printer->setFullPage(true);
    printer->setPageMargins(QMarginsF(0, 0, 0, 0));
    return PdfExporter::paint(*release, source.contextFor(*release), *printer) > 0;
}

void ExportController::printCurrentRelease()
{
    if (currentReleaseForOutput() <= 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(PagedRenderer::pageSize(paperSize()));
    QPrintDialog dialog(&printer, m_window);
    dialog.setObjectName(QStringLiteral("printDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!paintCurrentRelease(&printer))
        report(tr("Print"), { tr("The release could not be printed.") }, {});
}

void ExportController::previewCurrentRelease()
{
    if (currentReleaseForOutput() <= 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(PagedRenderer::pageSize(paperSize()));
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setObjectName(QStringLiteral("printPreviewDialog"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
        [this](QPrinter *target) { paintCurrentRelease(target); });
    preview.exec();
}

} // namespace pressdesk
