#pragma once

#include "domain/release.h"

#include <QObject>

#include <functional>

class QTimer;
class QWidget;

namespace pressdesk {

class Database;

namespace Ui {
class ReleaseEditor;
}

// The release form's live preview: the release laid out as it will be exported, a moment
// after the last edit, or one of its translations side by side. Shown or hidden by the
// Preview button, remembered in Preferences.
class ReleasePreview final : public QObject
{
    Q_OBJECT

public:
    // current: the release as the form shows it now.
    ReleasePreview(Ui::ReleaseEditor &ui, Database &database, QWidget *editor, std::function<Release()> current);

    // Renders again shortly, when the preview can be seen.
    void schedule();
    // Offers the other languages of release's translation group.
    void updateSources(const Release &release);

private:
    void render();

    Ui::ReleaseEditor &m_ui;
    Database &m_database;
    QWidget *m_editor = nullptr;
    std::function<Release()> m_current;
    QTimer *m_timer = nullptr;
};

} // namespace pressdesk
