#pragma once

#include "StoreResult.h"

#include <QUndoCommand>
#include <functional>

/// An undoable change to the workspace: two writes, one for redo and one
/// for undo. A write that fails is reported through the error handler and
/// marks the command obsolete, so the stack never pretends it happened.
class StoreCommand : public QUndoCommand
{
public:
    using Write = std::function<StoreResult()>;
    using ErrorHandler = std::function<void(const StoreResult &)>;

    StoreCommand(const QString &text, Write redo, Write undo, ErrorHandler onError);

    void redo() override;
    void undo() override;

    /// The result of the last redo or undo.
    StoreResult lastResult() const { return m_last; }

private:
    void perform(const Write &write);

    Write m_redo;
    Write m_undo;
    ErrorHandler m_onError;
    StoreResult m_last;
};
