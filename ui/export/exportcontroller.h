#pragma once

#include "export/exportcontext.h"
#include "export/exportformat.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class QAbstractItemModel;
class QAction;
class QMenu;
class QPrinter;
class QWidget;

namespace pressdesk {

class ExportNotice;

class Database;

// The Export menu's work: the current release to PDF, HTML, ODT, Markdown, text or ninjs,
// printing and print preview, copying for an e-mail, batch export of releases to a folder
// with a cancellable progress dialog, events to .ics, speakers to .vcf and any list to
// CSV. It calls the same core/export classes as the command line. MainWindow only says
// which records are current, selected or listed.
class ExportController final : public QObject
{
    Q_OBJECT

public:
    // What the window shows: the current release (0 when none), the releases selected or
    // listed, the ids of the selected events or speakers, and the current list's model.
    struct Selection
    {
        std::function<qint64()> currentRelease;
        // Called before the current release is exported, printed or copied (for example to
        // save what an editor holds); false cancels. Optional.
        std::function<bool()> prepareCurrentRelease;
        std::function<QList<qint64>(bool selectedOnly)> releases;
        std::function<QList<qint64>()> selectedEvents;
        std::function<QList<qint64>()> selectedSpeakers;
        std::function<QAbstractItemModel *()> currentList;
    };
    // Dialog seams, replaced by tests: return an empty string for "cancelled".
    using FileChooser =
        std::function<QString(const QString &title, const QString &suggestedName, const QString &filter)>;
    using FolderChooser = std::function<QString(const QString &title)>;
    using FormatChooser = std::function<std::optional<ExportFormat>()>;

    ExportController(Database &database, QWidget *window, Selection selection);
    ~ExportController() override;

    QMenu *createMenu(QWidget *parent);
    QList<QAction *> toolBarActions() const;
    QAction *action(const QString &objectName) const;
    void updateActions();

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setFolderChooser(FolderChooser chooser) { m_chooseFolder = std::move(chooser); }
    void setFormatChooser(FormatChooser chooser) { m_chooseFormat = std::move(chooser); }
    // Whether problems are shown in message boxes (off in tests, which read lastErrors()).
    void setInteractive(bool interactive) { m_interactive = interactive; }
    bool isInteractive() const { return m_interactive; }
    // Where the last export went, with Open and Show in Folder (in the status bar).
    ExportNotice *notice() const { return m_notice; }
    QStringList lastErrors() const { return m_lastErrors; }

    PaperSize paperSize() const;
    void setPaperSize(PaperSize paperSize);

    void exportCurrentRelease(ExportFormat format);
    void exportReleases(bool selectedOnly);
    void exportEvents();
    void exportSpeakers();
    void exportCurrentList();
    void copyCurrentRelease(bool richText);
    void printCurrentRelease();
    void previewCurrentRelease();

private:
    // The current release, prepared for output; 0 when there is none or the user cancelled.
    qint64 currentReleaseForOutput();
    QAction *addAction(const QString &objectName, const QString &text, const std::function<void()> &slot);
    bool paintCurrentRelease(QPrinter *printer);
    void report(const QString &title, const QStringList &errors, const QString &done);

    Database &m_database;
    QWidget *m_window = nullptr;
    Selection m_selection;
    FileChooser m_chooseFile;
    FolderChooser m_chooseFolder;
    FormatChooser m_chooseFormat;
    bool m_interactive = true;
    ExportNotice *m_notice = nullptr;
    QStringList m_lastErrors;
    QHash<QString, QAction *> m_actions;
    QList<QAction *> m_releaseActions;
};

} // namespace pressdesk
