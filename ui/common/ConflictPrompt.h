#pragma once

#include <QCoreApplication>

class QWidget;

/// The one question asked when a save finds that someone else changed the
/// object since it was opened: reload theirs, overwrite it, or keep editing.
class ConflictPrompt
{
    Q_DECLARE_TR_FUNCTIONS(ConflictPrompt)

public:
    enum class Answer { Reload, Overwrite, KeepEditing };

    /// Asks what to do; @p message says what was changed by whom.
    static Answer ask(QWidget *parent, const QString &message);
};
