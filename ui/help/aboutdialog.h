#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QUrl;

namespace pressdesk {

// Help ▸ About Pressdesk: name, version, licence, Qt version, the database file in use
// (selectable, with Copy Path and Open Folder) and the HTML export template in use.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const QString &databasePath, QWidget *parent = nullptr);

    // Replaceable for tests: shows a folder in the file manager.
    void setFolderOpener(std::function<bool(const QUrl &)> opener) { m_openFolder = std::move(opener); }

private:
    QString m_databasePath;
    std::function<bool(const QUrl &)> m_openFolder;
};

} // namespace pressdesk
