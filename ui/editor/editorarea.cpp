#include "editorarea.h"

#include "editorpage.h"
#include "eventeditor/eventeditor.h"
#include "organizationeditor/organizationeditor.h"
#include "preferences/preferences.h"
#include "releaseeditor/releaseeditor.h"
#include "speakereditor/speakereditor.h"
#include "storage/recoverystore.h"

#include <QJsonDocument>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabBar>
#include <QTimer>

namespace pressdesk {

EditorArea::EditorArea(Database &database, QWidget *browser, QWidget *parent)
    : QTabWidget(parent)
    , m_database(database)
    , m_browser(browser)
    , m_autosaveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("editorArea"));
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    setTabBarAutoHide(true);
    // Tab stops at the tab bar itself. A QTabWidget passes its focus to the tab bar, which is
    // hidden while no editor is open: Tab would land there and go nowhere (a keyboard trap).
    setFocusPolicy(Qt::NoFocus);
    setUsesScrollButtons(true);
    setElideMode(Qt::ElideRight);
    addTab(browser, tr("Browse"));
    tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(this, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto *editor = qobject_cast<EditorPage *>(widget(index)))
            closeEditor(editor);
    });
    connect(this, &QTabWidget::currentChanged, this, &EditorArea::onCurrentChanged);
    connect(m_autosaveTimer, &QTimer::timeout, this, &EditorArea::autosave);
    restartAutosave();
}

EditorArea::~EditorArea() = default;

void EditorArea::restartAutosave()
{
    m_autosaveTimer->start(Preferences::autosaveIntervalMs());
}

EditorPage *EditorArea::currentEditor() const
{
    return qobject_cast<EditorPage *>(currentWidget());
}

QList<EditorPage *> EditorArea::editors() const
{
    QList<EditorPage *> result;
    for (int index = 0; index < count(); ++index) {
        if (auto *editor = qobject_cast<EditorPage *>(widget(index)))
            result.append(editor);
    }
    return result;
}

EditorPage *EditorArea::editorFor(Entity entity, qint64 id) const
{
    const auto all = editors();
    for (EditorPage *editor : all) {
        if (editor->entity() == entity && editor->recordId() == id && id > 0)
            return editor;
    }
    return nullptr;
}

EditorPage *EditorArea::makeEditor(Entity entity)
{
    EditorPage *editor = nullptr;
    switch (entity) {
    case Entity::Release: {
        auto *release = new ReleaseEditor(m_database, this);
        connect(release, &ReleaseEditor::newReleaseRequested, this,
            [this](const QJsonObject &state) { openState(Entity::Release, state); });
        editor = release;
        break;
    }
    case Entity::Speaker:
        editor = new SpeakerEditor(m_database, this);
        break;
    case Entity::Event:
        editor = new EventEditor(m_database, this);
        break;
    case Entity::Organization:
        editor = new OrganizationEditor(m_database, this);
        break;
    case Entity::Contact: // the media contacts section has its own screens
    case Entity::MediaList:
        break;
    }
    return editor;
}

void EditorArea::addEditor(EditorPage *editor)
{
    connect(editor, &EditorPage::titleChanged, this, [this, editor] { updateTab(editor); });
    connect(editor, &EditorPage::modifiedChanged, this, [this, editor] { updateTab(editor); });
    connect(editor, &EditorPage::notice, this, &EditorArea::notice);
    connect(editor, &EditorPage::statusTextChanged, this, [this, editor] {
        if (editor == currentEditor())
            Q_EMIT editorStatusChanged(editor->statusText());
    });
    connect(editor, &EditorPage::saved, this, [this, editor](Entity entity, qint64 id) {
        if (entity == editor->entity() && id == editor->recordId())
            forgetDraft(editor);
    });
    connect(editor, &EditorPage::openRequested, this, [this](Entity entity, qint64 id) { open(entity, id); });
    const int index = addTab(editor, editor->title());
    updateTab(editor);
    setCurrentIndex(index);
    editor->focusFirstField();
}

void EditorArea::updateTab(EditorPage *editor)
{
    const int index = indexOf(editor);
    if (index < 0)
        return;
    setTabText(index, editor->isModified() ? editor->title() + QStringLiteral(" *") : editor->title());
    setTabToolTip(index, editor->isModified() ? tr("%1 (unsaved changes)").arg(editor->title()) : editor->title());
}

EditorPage *EditorArea::open(Entity entity, qint64 id)
{
    if (EditorPage *existing = editorFor(entity, id)) {
        setCurrentWidget(existing);
        return existing;
    }
    EditorPage *editor = makeEditor(entity);
    if (!editor->load(id)) {
        delete editor;
        return nullptr;
    }
    addEditor(editor);
    return editor;
}

EditorPage *EditorArea::createNew(Entity entity)
{
    EditorPage *editor = makeEditor(entity);
    editor->startNew();
    addEditor(editor);
    return editor;
}

EditorPage *EditorArea::openState(Entity entity, const QJsonObject &state)
{
    EditorPage *editor = makeEditor(entity);
    editor->startNew();
    editor->restoreState(state);
    addEditor(editor);
    return editor;
}

bool EditorArea::closeEditor(EditorPage *editor)
{
    if (editor->isModified()) {
        setCurrentWidget(editor);
        QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
            tr("\u201C%1\u201D has changes that are not saved.").arg(editor->title()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("unsavedChangesBox"));
        box.setInformativeText(tr("Save them before closing?"));
        box.setDefaultButton(QMessageBox::Save);
        const int answer = box.exec();
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save && !editor->save())
            return false;
    }
    discardEditor(editor);
    return true;
}

void EditorArea::discardEditor(EditorPage *editor)
{
    forgetDraft(editor);
    removeTab(indexOf(editor));
    m_draftKeys.remove(editor);
    editor->deleteLater();
}

bool EditorArea::closeCurrent()
{
    EditorPage *editor = currentEditor();
    return editor ? closeEditor(editor) : false;
}

bool EditorArea::closeAll()
{
    const auto all = editors();
    for (EditorPage *editor : all) {
        if (!closeEditor(editor))
            return false;
    }
    return true;
}

bool EditorArea::saveCurrent()
{
    EditorPage *editor = currentEditor();
    return editor && editor->save();
}

void EditorArea::showBrowser()
{
    setCurrentWidget(m_browser);
}

void EditorArea::forgetDraft(EditorPage *editor)
{
    RecoveryStore store(m_database);
    const QString key = m_draftKeys.take(editor);
    if (!key.isEmpty())
        store.remove(key);
    store.remove(editor->draftKey());
}

void EditorArea::autosave()
{
    RecoveryStore store(m_database);
    const auto all = editors();
    for (EditorPage *editor : all) {
        if (!editor->isModified()) {
            // Undone back to the saved state: nothing left to recover.
            if (m_draftKeys.contains(editor))
                forgetDraft(editor);
            continue;
        }
        const QString key = editor->draftKey();
        const QString previous = m_draftKeys.value(editor);
        RecoveryDraft draft { key, entityKey(editor->entity()), editor->recordId(), editor->title(),
            QJsonDocument(editor->state()).toJson(QJsonDocument::Compact), {} };
        if (!store.save(draft))
            continue;
        if (!previous.isEmpty() && previous != key)
            store.remove(previous);
        m_draftKeys.insert(editor, key);
    }
}

void EditorArea::offerRecovery()
{
    RecoveryStore store(m_database);
    const QList<RecoveryDraft> drafts = store.drafts();
    for (const RecoveryDraft &draft : drafts) {
        const auto entity = entityFromKey(draft.kind);
        const QJsonObject state = QJsonDocument::fromJson(draft.payload).object();
        if (!entity) {
            store.remove(draft.key);
            continue;
        }
        QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Changes"),
            tr("Pressdesk closed without saving your changes to \u201C%1\u201D (autosaved %2).")
                .arg(draft.title.isEmpty() ? tr("an untitled record") : draft.title,
                    QLocale().toString(draft.savedAt.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("recoveryBox"));
        box.setInformativeText(tr("Restore them in an editor, or discard them?"));
        QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
        restore->setObjectName(QStringLiteral("restoreDraftButton"));
        box.addButton(QMessageBox::Discard)->setObjectName(QStringLiteral("discardDraftButton"));
        box.setDefaultButton(restore);
        box.exec();
        if (box.clickedButton() != restore) {
            store.remove(draft.key);
            continue;
        }
        EditorPage *editor = draft.recordId > 0 ? open(*entity, draft.recordId) : nullptr;
        if (editor)
            editor->restoreState(state);
        else
            editor = openState(*entity, state);
        // Keep the draft until the editor has written its own.
        autosave();
        if (m_draftKeys.value(editor) != draft.key)
            store.remove(draft.key);
    }
}

void EditorArea::onCurrentChanged(int)
{
    EditorPage *editor = currentEditor();
    Q_EMIT currentEditorChanged(editor);
    Q_EMIT editorStatusChanged(editor ? editor->statusText() : QString());
}

} // namespace pressdesk
