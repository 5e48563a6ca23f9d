#pragma once

#include <QList>
#include <QStringList>
#include <QUrl>
#include <QVariant>
#include <QWebEnginePage>

/// A page for driving the connect widget in tests: it stays on the
/// service (navigations to any other host are recorded and refused, so a
/// test never reaches a real provider), opens windows the page asks for
/// (the Connect popup) as more RecordingPages, and keeps what the console
/// said (where a Content-Security-Policy violation would show).
class RecordingPage : public QWebEnginePage
{
    Q_OBJECT

public:
    /// @p allowedOrigins: "http://127.0.0.1:PORT" origins the page may visit.
    RecordingPage(QWebEngineProfile *profile, const QStringList &allowedOrigins, QObject *parent = nullptr);
    ~RecordingPage() override;

    /// Runs @p script and waits for its result (an invalid QVariant where
    /// it gave none within @p timeoutMs).
    QVariant run(const QString &script, int timeoutMs = 10000);

    /// Navigations that were refused, oldest first.
    QList<QUrl> refused() const { return m_refused; }
    QStringList consoleMessages() const { return m_console; }
    /// Windows the page opened (window.open), oldest first; owned by this page.
    QList<RecordingPage *> windows() const { return m_windows; }

Q_SIGNALS:
    void navigationRefused(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line,
        const QString &source) override;

private:
    QStringList m_allowedOrigins;
    QList<QUrl> m_refused;
    QStringList m_console;
    QList<RecordingPage *> m_windows;
};
