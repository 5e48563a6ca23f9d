#include "StoreCommand.h"

StoreCommand::StoreCommand(const QString &text, Write redo, Write undo, ErrorHandler onError)
    : QUndoCommand(text)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_onError(std::move(onError))
{ }

void StoreCommand::redo()
{
    perform(m_redo);
}

void StoreCommand::undo()
{
    perform(m_undo);
}

void StoreCommand::perform(const Write &write)
{
    m_last = write();
    if (!m_last) {
        setObsolete(true);
        if (m_onError)
            m_onError(m_last);
    }
}
