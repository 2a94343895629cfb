#include "importcontroller.h"

#include "csvmappingdialog.h"
#include "import/csvreader.h"
#include "import/importer.h"
#include "import/importreader.h"
#include "import/releasetextparser.h"
#include "importproblemsdialog.h"
#include "importreviewdialog.h"
#include "preferences/preferences.h"
#include "storage/database.h"
#include "storage/speakerrepository.h"
#include "widgets/filedialogs.h"

#include <QAction>
#include <QClipboard>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QUrl>

namespace pressdesk {

namespace {

QString settingsKey(const QStringList &header)
{
    return QStringLiteral("import/csvMapping/") + CsvImporter::layoutKey(header);
}

} // namespace

ImportController::ImportController(Database &database, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_window(window)
{
    m_action = new QAction(tr("&Import…"), this);
    m_action->setObjectName(QStringLiteral("importAction"));
    m_action->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    m_action->setStatusTip(tr("Import releases, speakers or events from files"));
    connect(m_action, &QAction::triggered, this, &ImportController::chooseAndImport);
    m_pasteAction = new QAction(tr("Paste as &New Release"), this);
    m_pasteAction->setObjectName(QStringLiteral("pasteAsReleaseAction"));
    m_pasteAction->setShortcut(QKeySequence(tr("Ctrl+Shift+V")));
    m_pasteAction->setStatusTip(tr("Read the copied release (text or web page) into a new release, for review"));
    connect(m_pasteAction, &QAction::triggered, this, [this] {
        const QMimeData *copied = QGuiApplication::clipboard()->mimeData();
        if (!copied || (!copied->hasText() && !copied->hasHtml()) || copied->text().trimmed().isEmpty()) {
            m_showError(tr("The clipboard holds no text to read as a release. Copy the release first."));
            return;
        }
        // Files copied in a file manager come as URLs too: only the text is wanted here.
        QMimeData text;
        if (copied->hasHtml())
            text.setHtml(copied->html());
        text.setText(copied->text());
        importMimeData(&text);
    });
    m_chooseFiles = [this] {
        return FileDialogs::openFileNames(m_window, tr("Import"), QString(), ImportFormats::fileFilter());
    };
    m_runDialog = [](QDialog &dialog) {
        return dialog.exec();
    };
    m_chooseDuplicates = [this](int duplicates) -> std::optional<DuplicatePolicy> {
        QMessageBox box(QMessageBox::Question, tr("Already in Pressdesk"),
            tr("Records to import that are already in Pressdesk: %1.").arg(duplicates), QMessageBox::NoButton,
            m_window);
        box.setObjectName(QStringLiteral("duplicatesQuestion"));
        QPushButton *skip = box.addButton(tr("&Skip them"), QMessageBox::AcceptRole);
        QPushButton *update = box.addButton(tr("&Update them"), QMessageBox::AcceptRole);
        QPushButton *both = box.addButton(tr("&Keep both"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(skip);
        box.exec();
        if (box.clickedButton() == skip)
            return DuplicatePolicy::Skip;
        if (box.clickedButton() == update)
            return DuplicatePolicy::Update;
        if (box.clickedButton() == both)
            return DuplicatePolicy::KeepBoth;
        return std::nullopt;
    };
    m_showError = [this](const QString &message) {
        QMessageBox::warning(m_window, tr("Import"), message);
    };
}

bool ImportController::canImport(const QMimeData *mime)
{
    if (!mime)
        return false;
    if (mime->hasUrls()) {
        const QList<QUrl> urls = mime->urls();
        return std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &url) { return url.isLocalFile(); });
    }
    return mime->hasHtml() || mime->hasText();
}

void ImportController::importMimeData(const QMimeData *mime)
{
    if (!canImport(mime))
        return;
    if (mime->hasUrls()) {
        QStringList paths;
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile())
                paths.append(url.toLocalFile());
        }
        importFiles(paths);
    } else if (mime->hasHtml()) {
        importText(mime->html(), ImportFormat::Html, tr("dropped text"));
    } else {
        const QString text = mime->text();
        importText(text,
            ImportFormats::detect(QString(), text.left(4096).toUtf8()) == ImportFormat::Markdown
                ? ImportFormat::Markdown
                : ImportFormat::Text,
            tr("dropped text"));
    }
}

void ImportController::chooseAndImport()
{
    const QStringList paths = m_chooseFiles();
    if (!paths.isEmpty())
        importFiles(paths);
}

bool ImportController::review(QList<ImportRecord> &records)
{
    SpeakerRepository speakers(m_database);
    const QList<Speaker> known = speakers.list();
    for (ImportRecord &record : records) {
        if (record.entity != Entity::Release || record.originalText.isEmpty())
            continue;
        ImportReviewDialog dialog(record, known, m_window);
        if (m_runDialog(dialog) != QDialog::Accepted)
            return false;
        record = dialog.record();
    }
    return true;
}

ImportResult ImportController::finish(ImportPlan plan)
{
    ImportResult cancelled;
    if (plan.records.isEmpty())
        return cancelled;
    Importer importer(m_database);
    if (!importer.plan(plan)) {
        m_showError(importer.errorString());
        return cancelled;
    }
    int duplicates = 0;
    for (const ImportRecord &record : std::as_const(plan.records))
        duplicates += record.duplicateOf > 0 ? 1 : 0;
    if (duplicates > 0) {
        const std::optional<DuplicatePolicy> policy = m_chooseDuplicates(duplicates);
        if (!policy)
            return cancelled;
        plan.policy = *policy;
        if (!importer.plan(plan)) {
            m_showError(importer.errorString());
            return cancelled;
        }
    }
    const ImportResult result = runInBackground(plan);
    if (!result.ok) {
        m_showError(result.error);
        return result;
    }
    Q_EMIT imported(tr("Imported: %1 created, %2 updated, %3 skipped.")
                        .arg(result.count(ImportAction::Create))
                        .arg(result.count(ImportAction::Update))
                        .arg(result.count(ImportAction::Skip)));
    return result;
}

ImportResult ImportController::runInBackground(const ImportPlan &plan)
{
    const QString path = m_database.path();
    ImportResult result;
    QProgressDialog progress(tr("Importing %1 records…").arg(plan.records.size()), QString(), 0, 0, m_window);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setCancelButton(nullptr);
    QEventLoop loop;
    QThread *worker = QThread::create([&result, &plan, path] {
        Database database;
        if (!database.open(path)) {
            result.ok = false;
            result.error = database.errorString();
            return;
        }
        result = Importer(database).run(plan);
    });
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    delete worker;
    progress.reset();
    // The worker's connection announced nothing here: the lists of this window reload.
    if (result.ok) {
        for (Entity entity : { Entity::Organization, Entity::Speaker, Entity::Event, Entity::Release })
            m_database.notifyChanged(entity, 0);
    }
    return result;
}

ImportResult ImportController::importFiles(const QStringList &paths)
{
    ImportPlan plan;
    ImportProblems problems;
    SpeakerRepository speakers(m_database);
    const QList<Speaker> known = speakers.list();
    for (const QString &path : paths) {
        QByteArray bytes;
        QString error;
        if (!ImportReader::readFile(path, &bytes, &error)) {
            m_showError(error);
            return {};
        }
        const ImportFormat format = ImportFormats::detect(path, bytes);
        std::optional<CsvMapping> mapping;
        if (format == ImportFormat::Csv) {
            const CsvReader::Result csv = CsvReader::read(bytes);
            if (!csv.error.isEmpty()) {
                m_showError(
                    QStringLiteral("%1:%2: %3").arg(QFileInfo(path).fileName()).arg(csv.errorLine).arg(csv.error));
                return {};
            }
            CsvMapping initial = CsvImporter::guessMapping(csv.header);
            const QString key = settingsKey(csv.header);
            if (Preferences::hasViewState(key + QStringLiteral("/fields"))) {
                initial.target =
                    Preferences::viewState(key + QStringLiteral("/target")).toString() == QLatin1String("events")
                    ? CsvTarget::Events
                    : CsvTarget::Speakers;
                initial.fields = Preferences::viewState(key + QStringLiteral("/fields")).toStringList();
                initial.fields.resize(csv.header.size());
            }
            CsvMappingDialog dialog(csv, initial, m_window);
            if (m_runDialog(dialog) != QDialog::Accepted)
                return {};
            mapping = dialog.mapping();
            Preferences::setViewState(key + QStringLiteral("/target"),
                mapping->target == CsvTarget::Events ? QStringLiteral("events") : QStringLiteral("speakers"));
            Preferences::setViewState(key + QStringLiteral("/fields"), mapping->fields);
        }
        const ImportReader::Result read = ImportReader::read(path, bytes, format, known, mapping);
        if (!read.error.isEmpty()) {
            m_showError(
                QStringLiteral("%1:%2: %3").arg(QFileInfo(path).fileName()).arg(qMax(1, read.line)).arg(read.error));
            return {};
        }
        plan.records.append(read.records);
        problems.append(read.problems);
    }
    // Records left out, and records changed on the way, are shown before anything is written.
    if (!problems.isEmpty()) {
        ImportProblemsDialog dialog(problems, int(plan.records.size()), m_window);
        if (m_runDialog(dialog) != QDialog::Accepted || plan.records.isEmpty())
            return {};
    }
    if (!review(plan.records))
        return {};
    return finish(plan);
}

ImportResult ImportController::importText(const QString &text, ImportFormat format, const QString &sourceName)
{
    if (text.trimmed().isEmpty())
        return {};
    SpeakerRepository speakers(m_database);
    ImportRecord record = ReleaseTextParser::parse(text, format, speakers.list());
    record.file = sourceName;
    record.line = 1;
    ImportPlan plan;
    plan.records.append(record);
    if (!review(plan.records))
        return {};
    return finish(plan);
}

} // namespace pressdesk
