#include "SystemBrowserUserAgent.h"

#include <QDesktopServices>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSystemBrowser, "linkdeck.qa.systembrowser")

namespace {

QByteArray answerPage(const QString &title, const QString &text)
{
    return QStringLiteral(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
        "<body style=\"font-family: sans-serif; margin: 3em\"><h1>%1</h1><p>%2</p></body></html>")
        .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
        .toUtf8();
}

} // namespace

SystemBrowserUserAgent::SystemBrowserUserAgent(QObject *parent)
    : UserAgent(parent)
{ }

SystemBrowserUserAgent::~SystemBrowserUserAgent() = default;

bool SystemBrowserUserAgent::listen(const QString &path)
{
    m_server = std::make_unique<QHttpServer>();
    m_server->route(path, [this](const QHttpServerRequest &request) {
        if (!m_waiting) {
            return QHttpServerResponse("text/html; charset=utf-8",
                answerPage(tr("Nothing to do"), tr("Linkdeck is not waiting for an authorization.")),
                QHttpServerResponse::StatusCode::Gone);
        }
        m_waiting = false;
        QUrl url = m_redirectUri;
        url.setQuery(request.url().query(QUrl::FullyEncoded), QUrl::StrictMode);
        qCDebug(lcSystemBrowser) << "the browser came back to the loopback listener";
        // Announced after the answer is on its way, so that a listener that
        // deletes this agent does not pull the server from under it.
        QMetaObject::invokeMethod(
            this, [this, url]() { Q_EMIT redirected(url); }, Qt::QueuedConnection);
        return QHttpServerResponse("text/html; charset=utf-8",
            answerPage(tr("Back to Linkdeck"),
                tr("Linkdeck received the provider's answer. You can close this tab and return to the "
                   "console.")));
    });
    const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
    if (port == 0) {
        m_error = tr("No loopback port is free for the redirect.");
        m_server.reset();
        return false;
    }
    m_redirectUri = QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
    return true;
}

void SystemBrowserUserAgent::authorize(const QUrl &authorizationUrl, const QUrl &redirectUri)
{
    if (!m_server || redirectUri != m_redirectUri) {
        QMetaObject::invokeMethod(
            this, [this]() { Q_EMIT failed(tr("The loopback listener for the redirect is not running.")); },
            Qt::QueuedConnection);
        return;
    }
    m_waiting = true;
    Q_EMIT navigated(authorizationUrl);
    if (!QDesktopServices::openUrl(authorizationUrl)) {
        m_waiting = false;
        QMetaObject::invokeMethod(
            this, [this]() { Q_EMIT failed(tr("The system browser could not be opened.")); },
            Qt::QueuedConnection);
    }
}

void SystemBrowserUserAgent::cancel()
{
    m_waiting = false;
}
