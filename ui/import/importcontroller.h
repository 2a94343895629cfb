#pragma once

#include "import/importformat.h"
#include "import/importplan.h"
#include "import/importresult.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QAction;
class QDialog;
class QMimeData;
class QWidget;

namespace pressdesk {

class Database;

// File ▸ Import… and drag and drop: reads the files (or the dropped text), asks for a CSV
// column mapping (remembered per header layout in QSettings), lists the records that will be
// left out or came in changed (ImportProblemsDialog), opens the review dialog for every
// release split from text, asks what to do with duplicates, and imports everything in one
// transaction. Nothing is written before the user accepts. The dialogs, the file
// chooser and the questions go through replaceable functions so tests can drive them.
class ImportController final : public QObject
{
    Q_OBJECT

public:
    ImportController(Database &database, QWidget *window);

    QAction *importAction() const { return m_action; }
    // Edit ▸ Paste as New Release (Ctrl+Shift+V): the clipboard's text or web page, read as
    // a pasted release and shown for review like a dropped one.
    QAction *pasteAction() const { return m_pasteAction; }

    using FileChooser = std::function<QStringList()>;
    using DialogRunner = std::function<int(QDialog &dialog)>;
    using DuplicateChooser = std::function<std::optional<DuplicatePolicy>(int duplicates)>;
    using MessageSink = std::function<void(const QString &message)>;
    void setFileChooser(FileChooser chooser) { m_chooseFiles = std::move(chooser); }
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    void setDuplicateChooser(DuplicateChooser chooser) { m_chooseDuplicates = std::move(chooser); }
    void setMessageSink(MessageSink sink) { m_showError = std::move(sink); }

    static bool canImport(const QMimeData *mime);
    // Files (URLs), HTML or text from a drop or a paste.
    void importMimeData(const QMimeData *mime);
    // Returns what was done; ok is false when nothing was written (cancelled or failed).
    ImportResult importFiles(const QStringList &paths);
    ImportResult importText(const QString &text, ImportFormat format, const QString &sourceName);

Q_SIGNALS:
    // A one-line summary for the status bar after a successful import.
    void imported(const QString &summary);

private:
    void chooseAndImport();
    bool review(QList<ImportRecord> &records);
    ImportResult finish(ImportPlan plan);
    // Writes the plan on a worker thread with its own connection, the window showing a
    // progress dialog, so that a large import never freezes it. Still one transaction.
    ImportResult runInBackground(const ImportPlan &plan);

    Database &m_database;
    QWidget *m_window = nullptr;
    QAction *m_action = nullptr;
    QAction *m_pasteAction = nullptr;
    FileChooser m_chooseFiles;
    DialogRunner m_runDialog;
    DuplicateChooser m_chooseDuplicates;
    MessageSink m_showError;
};

} // namespace pressdesk
