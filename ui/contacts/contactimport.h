#pragma once

#include "import/contactimporter.h"

#include <QObject>

#include <functional>
#include <optional>

class QDialog;
class QWidget;

namespace pressdesk {

class Database;

// Importing media contacts from the window, as `pressdesk import FILE --into contacts`:
// CSV files through the column-mapping dialog (columns guessed from their English, Spanish or
// French headers) and vCard files, read by ContactImporter. Rows that cannot be read are shown
// first; a dry run counts the new contacts and those already there (the same e-mail address,
// without case), and the officer chooses to skip or update those before everything is written
// in one transaction.
class ContactImport final : public QObject
{
    Q_OBJECT

public:
    // Seams, replaced by tests.
    using FileChooser = std::function<QStringList()>; // empty: cancelled
    using DialogRunner = std::function<int(QDialog &)>;
    // Asked when some contacts are already there; nullopt cancels.
    using DuplicateQuestion = std::function<std::optional<ContactImporter::OnDuplicate>(int fresh, int duplicates)>;
    using Notice = std::function<void(const QString &text, bool problem)>;

    ContactImport(Database &database, QWidget *window);

    void setFileChooser(FileChooser chooser) { m_chooseFiles = std::move(chooser); }
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    void setDuplicateQuestion(DuplicateQuestion question) { m_askDuplicates = std::move(question); }
    void setNotice(Notice notice) { m_notify = std::move(notice); }

    // Chooses the files and imports them; what was written, or nullopt (cancelled or failed,
    // nothing written).
    std::optional<ContactImporter::Outcome> run();

private:
    std::optional<ContactImporter::Reading> read(const QString &path);

    Database &m_database;
    QWidget *m_window = nullptr;
    FileChooser m_chooseFiles;
    DialogRunner m_runDialog;
    DuplicateQuestion m_askDuplicates;
    Notice m_notify;
};

} // namespace pressdesk
