#pragma once

#include <QWidget>
#include <functional>

/// Answers the next modal dialog a test opens: polls for
/// QApplication::activeModalWidget() and hands it to @p act.
class ModalDriver
{
public:
    static void whenModal(std::function<void(QWidget *)> act, int timeoutMs = 5000);
    /// Clicks the button of the next QMessageBox whose text is @p buttonText.
    static void clickInMessageBox(const QString &buttonText);
};
