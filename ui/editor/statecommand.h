#pragma once

#include <QJsonValue>
#include <QUndoCommand>

#include <functional>

namespace pressdesk {

// A structural edit (a quote added, moved or removed; a link added) as an undo step: the
// part of the editor's state before and after, and how to put either back.
class StateCommand final : public QUndoCommand
{
public:
    using Apply = std::function<void(const QJsonValue &)>;

    StateCommand(const QString &text, QJsonValue before, QJsonValue after, Apply apply);

    void undo() override;
    void redo() override;

private:
    QJsonValue m_before;
    QJsonValue m_after;
    Apply m_apply;
};

} // namespace pressdesk
