#pragma once

#include <QLabel>

/// The line under a page's toolbar that says how an action went: hidden
/// until there is something to say, selectable so it can be copied, and in
/// the error accent where it reports a failure. Its object name is
/// "messageLabel" on every page.
class PageMessage : public QLabel
{
    Q_OBJECT

public:
    explicit PageMessage(QWidget *parent = nullptr);

    /// Shows @p text, as an error where @p error is true.
    void say(const QString &text, bool error);
    /// Clears and hides the message.
    void dismiss();
};
