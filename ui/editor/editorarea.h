#pragma once

#include "storage/entity.h"

#include <QHash>
#include <QJsonObject>
#include <QTabWidget>

class QTimer;

namespace pressdesk {

class Database;
class EditorPage;

// Where editors live: a tab per open record beside the first, fixed tab (the browsing
// view). It opens each record at most once, asks Save / Discard / Cancel before an editor
// with unsaved changes goes away, autosaves unsaved editors to the RecoveryStore, and on
// start offers to restore what a crash left behind.
class EditorArea final : public QTabWidget
{
    Q_OBJECT

public:
    EditorArea(Database &database, QWidget *browser, QWidget *parent = nullptr);
    ~EditorArea() override;

    EditorPage *currentEditor() const;
    QList<EditorPage *> editors() const;
    EditorPage *editorFor(Entity entity, qint64 id) const;
    EditorPage *open(Entity entity, qint64 id);
    EditorPage *createNew(Entity entity);
    // A new, unsaved editor holding the given state (a duplicate, a recovered draft).
    EditorPage *openState(Entity entity, const QJsonObject &state);
    // Asks about unsaved changes; false when the user cancelled.
    bool closeEditor(EditorPage *editor);
    bool closeCurrent();
    bool closeAll();
    // Closes without asking and forgets its draft (its record went to the trash).
    void discardEditor(EditorPage *editor);
    bool saveCurrent();
    void showBrowser();
    // Writes every unsaved editor's state to the recovery store.
    void autosave();
    // One question per recovered draft: restore it in an editor, or discard it.
    void offerRecovery();
    void restartAutosave();

Q_SIGNALS:
    void currentEditorChanged(pressdesk::EditorPage *editor);
    void editorStatusChanged(const QString &text);
    void notice(const QString &text);

private:
    EditorPage *makeEditor(Entity entity);
    void addEditor(EditorPage *editor);
    void updateTab(EditorPage *editor);
    void forgetDraft(EditorPage *editor);
    void onCurrentChanged(int index);

    Database &m_database;
    QWidget *m_browser = nullptr;
    QTimer *m_autosaveTimer = nullptr;
    QHash<EditorPage *, QString> m_draftKeys; // last key each editor autosaved under
};

} // namespace pressdesk
