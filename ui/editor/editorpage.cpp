#include "editorpage.h"

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
{
}

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

void EditorPage::disconnectChildren()
{
    const auto children = findChildren<QObject *>();
    for (QObject *child : children)
        QObject::disconnect(child, nullptr, this, nullptr);
    QObject::disconnect(this, nullptr, nullptr, nullptr);
}

QString EditorPage::userName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

} // namespace pressdesk
