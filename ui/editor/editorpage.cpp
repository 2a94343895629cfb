#include "editorpage.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QUndoStack>
#include <QUuid>

namespace pressdesk {

EditorPage::EditorPage(Database &database, Entity entity, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_entity(entity)
    , m_undoStack(new QUndoStack(this))
    , m_newKey(QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

EditorPage::~EditorPage() = default;

QString EditorPage::draftKey() const
{
    const qint64 id = recordId();
    return id > 0 ? QStringLiteral("%1:%2").arg(entityKey(m_entity)).arg(id)
                  : QStringLiteral("%1:new:%2").arg(entityKey(m_entity), m_newKey);
}

void EditorPage::markClean()
{
    // Long lines show their beginning after a load or save, not their end.
    const auto edits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (!edit->hasFocus())
            edit->setCursorPosition(0);
    }
    m_clean = state();
    if (m_modified) {
        m_modified = false;
        Q_EMIT modifiedChanged(false);
    }
    Q_EMIT titleChanged();
}

void EditorPage::updateModified()
{
    if (m_loading)
        return;
    const bool modified = state() != m_clean;
    if (modified != m_modified) {
        m_modified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

void EditorPage::removeOnDelete(QWidget *list, std::function<void()> remove)
{
    m_deleteHandlers.insert(list, std::move(remove));
    list->installEventFilter(this);
}

bool EditorPage::eventFilter(QObject *watched, QEvent *event)
{
    const auto handler = m_deleteHandlers.constFind(watched);
    if (handler != m_deleteHandlers.cend()
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                (*handler)();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EditorPage::disconnectChildren()
{
    const auto children = findChildren<QObject *>();
    for (QObject *child : children) {
        QObject::disconnect(child, nullptr, this, nullptr);
        child->removeEventFilter(this);
    }
    m_deleteHandlers.clear();
    QObject::disconnect(this, nullptr, nullptr, nullptr);
}

QString EditorPage::userName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

void EditorPage::focusFirstField()
{
    if (m_firstField)
        m_firstField->setFocus(Qt::OtherFocusReason);
}

} // namespace pressdesk
