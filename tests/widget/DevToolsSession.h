#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QWebSocket>

/// A connection to the Chrome DevTools Protocol of one page of Qt
/// WebEngine (QTWEBENGINE_REMOTE_DEBUGGING must name a loopback port before
/// WebEngine starts). The widget tests use it for what a page without a
/// view cannot do: give the page a phone's viewport.
class DevToolsSession
{
public:
    DevToolsSession() = default;
    ~DevToolsSession();
    DevToolsSession(const DevToolsSession &) = delete;
    DevToolsSession &operator=(const DevToolsSession &) = delete;

    /// A free loopback port for QTWEBENGINE_REMOTE_DEBUGGING; 0 where there is none.
    static quint16 freePort();

    /// Attaches to the page showing @p pageUrl on the debugging @p port;
    /// false with error() set where it cannot.
    bool attach(quint16 port, const QUrl &pageUrl);
    /// Sends @p method with @p params and waits for its answer's "result";
    /// false with error() set on an error or no answer.
    bool call(const QString &method, const QJsonObject &params, QJsonObject *result = nullptr);
    /// A viewport of @p width x @p height CSS pixels, as a phone (mobile) or not.
    bool emulateViewport(int width, int height, bool mobile);

    QString error() const { return m_error; }

private:
    QWebSocket m_socket;
    int m_lastId = 0;
    QString m_error;
};
