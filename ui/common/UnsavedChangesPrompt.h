#pragma once

#include <QCoreApplication>

class QWidget;

/// The one question asked before unsaved edits would be lost.
class UnsavedChangesPrompt
{
    Q_DECLARE_TR_FUNCTIONS(UnsavedChangesPrompt)

public:
    enum class Answer { Save, Discard, Cancel };

    /// Asks whether to save the changes to @p name.
    static Answer ask(QWidget *parent, const QString &name);
};
