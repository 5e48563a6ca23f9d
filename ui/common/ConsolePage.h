#pragma once

#include <QWidget>

class QUndoStack;

/// A page of the console's main window.
class ConsolePage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// The page's undo history; null for pages without edits.
    virtual QUndoStack *undoStack() const { return nullptr; }

    /// Asks about unsaved changes before the page is left or the window
    /// closed; false where the user chose to stay.
    virtual bool maybeLeave() { return true; }

    /// Shows the item with this id (a source key, …); false where there is none.
    virtual bool select(const QString &id)
    {
        Q_UNUSED(id)
        return false;
    }

    /// False while the page is still loading what it shows (a web page);
    /// ready() follows. A screenshot waits for it.
    virtual bool isReady() const { return true; }

Q_SIGNALS:
    /// The page has finished loading what it shows (see isReady()).
    void ready();
};
