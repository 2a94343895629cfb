#pragma once

#include "domain/release.h"
#include "storage/releaserepository.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace pressdesk {

class Database;

namespace Ui {
class HistoryDialog;
}

// The revisions of a release: who saved each version and when, a readable word diff of
// the text fields from the selected version to the current one, and "Restore", which
// saves the old text as a new version (history is never rewritten).
class HistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(Database &database, qint64 releaseId, QWidget *parent = nullptr);
    ~HistoryDialog() override;

    // The version restored, or 0.
    int restoredVersion() const { return m_restoredVersion; }
    // Replaceable for tests: confirms a restore.
    void setConfirm(std::function<bool(int version)> confirm) { m_confirm = std::move(confirm); }
    void restoreSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSelected();
    Release snapshotAt(int row) const;

    Database &m_database;
    qint64 m_releaseId = 0;
    std::unique_ptr<Ui::HistoryDialog> m_ui;
    QList<Revision> m_revisions; // newest first
    Release m_current;
    int m_restoredVersion = 0;
    std::function<bool(int)> m_confirm;
};

} // namespace pressdesk
