#pragma once

#include <QFrame>
#include <QUrl>

#include <functional>

class QLabel;
class QPushButton;
class QTimer;

namespace pressdesk {

// The status-bar notice after an export: where the file went ("Exported
// “2026-03-18-costa-rica.pdf” to ~/Documents/Press"), with Open (the file in its
// application) and Show in Folder. It stays a minute or until closed; the next export
// replaces it.
class ExportNotice final : public QFrame
{
    Q_OBJECT

public:
    explicit ExportNotice(QWidget *parent = nullptr);

    void showFile(const QString &path);
    // A batch: the folder and what was written there.
    void showFolder(const QString &folder, const QString &text);
    QString path() const { return m_path; }
    // Opens a file or folder in the system's application; tests replace it.
    void setOpener(std::function<bool(const QUrl &)> opener) { m_open = std::move(opener); }

private:
    void showInFolder();
    void appear();

    QLabel *m_label;
    QPushButton *m_openButton;
    QPushButton *m_folderButton;
    QTimer *m_hideTimer;
    QString m_path;
    bool m_isFolder = false;
    std::function<bool(const QUrl &)> m_open;
};

} // namespace pressdesk
