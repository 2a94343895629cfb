#pragma once

#include "domain/validationissue.h"
#include "storage/entity.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

#include <functional>

class QUndoStack;

namespace pressdesk {

class Database;

// What every editor shares: the record it edits, its saved/unsaved state, its structural
// undo stack, and the state as JSON for autosave and recovery. An editor is modified when
// its state differs from the one last loaded or saved, so undoing back to it counts as
// unmodified again.
class EditorPage : public QWidget
{
    Q_OBJECT

public:
    EditorPage(Database &database, Entity entity, QWidget *parent = nullptr);
    ~EditorPage() override;

    Entity entity() const { return m_entity; }
    // Starts a new record with the preferences' defaults, or loads a saved one.
    virtual void startNew() = 0;
    virtual bool load(qint64 id) = 0;
    virtual qint64 recordId() const = 0;
    virtual QString title() const = 0;
    bool isModified() const { return m_modified; }
    // Validates, shows every problem at its field and in the problem list, and writes
    // through the repository. False when invalid or refused.
    virtual bool save() = 0;
    // The whole edited state, for autosave; restoreState() puts it back (a recovered draft).
    virtual QJsonObject state() const = 0;
    virtual void restoreState(const QJsonObject &state) = 0;
    // "release:42", or "release:new:<uuid>" until the first save.
    QString draftKey() const;
    QUndoStack *undoStack() const { return m_undoStack; }
    // Word count and the like, for the main window's status bar.
    virtual QString statusText() const { return {}; }
    // Puts the cursor in the form's first field (a new or opened editor).
    void focusFirstField();

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void titleChanged();
    void statusTextChanged();
    void saved(pressdesk::Entity entity, qint64 id);
    // Something the user should read after an action (shown in the status bar).
    void notice(const QString &text);
    // Asks the shell to open another record (a release listed in a speaker's editor).
    void openRequested(pressdesk::Entity entity, qint64 id);

protected:
    Database &database() const { return m_database; }
    // Call after loading or saving: the current state becomes the unmodified one.
    void markClean();
    // Call whenever a field changes; compares with the clean state.
    void updateModified();
    bool isLoading() const { return m_loading; }
    void setLoading(bool loading) { m_loading = loading; }
    // Not a focus proxy: a proxy would send Tab into this field even when it sits on a
    // page of the form that is not shown.
    void setFirstField(QWidget *field) { m_firstField = field; }
    // Del in this list removes its current item (through remove) instead of moving the
    // whole record to the trash, which is what Del means elsewhere in the window.
    void removeOnDelete(QWidget *list, std::function<void()> remove);
    bool eventFilter(QObject *watched, QEvent *event) override;
    // For the derived destructors: child widgets emit while they are torn down, after the
    // derived part is gone, so their connections to this editor go first.
    void disconnectChildren();
    // The user's name for revisions ("who saved").
    static QString userName();

private:
    Database &m_database;
    Entity m_entity;
    QUndoStack *m_undoStack = nullptr;
    QWidget *m_firstField = nullptr;
    QJsonObject m_clean;
    QHash<QObject *, std::function<void()>> m_deleteHandlers;
    QString m_newKey;
    bool m_modified = false;
    bool m_loading = false;
};

} // namespace pressdesk
