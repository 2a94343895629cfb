#include "statecommand.h"

namespace pressdesk {

StateCommand::StateCommand(const QString &text, QJsonValue before, QJsonValue after, Apply apply)
    : QUndoCommand(text)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_apply(std::move(apply))
{ }

void StateCommand::undo()
{
    m_apply(m_before);
}

void StateCommand::redo()
{
    m_apply(m_after);
}

} // namespace pressdesk
