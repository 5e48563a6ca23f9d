#include "WebEngineUserAgent.h"

#include "AuthorizationPage.h"
#include "LoginScriptPlayer.h"

#include <QLoggingCategory>
#include <QWebEngineLoadingInfo>
#include <QWebEngineProfile>

Q_LOGGING_CATEGORY(lcWebAgent, "linkdeck.web.useragent")

WebEngineUserAgent::WebEngineUserAgent(QObject *parent)
    : UserAgent(parent)
    // No storage name: off the record, nothing written to disk.
    , m_profile(std::make_unique<QWebEngineProfile>())
    , m_page(std::make_unique<AuthorizationPage>(m_profile.get()))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this]() {
        stop(tr("The provider did not send the browser back to the redirect URI within %n second(s).",
            nullptr, m_timeout.interval() / 1000));
    });
    connect(m_page.get(), &AuthorizationPage::navigating, this,
        [this](const QUrl &url, QWebEnginePage::NavigationType) {
            if (m_active)
                Q_EMIT navigated(url);
        });
    connect(m_page.get(), &AuthorizationPage::redirectCaught, this, [this](const QUrl &url) {
        if (!m_active)
            return;
        qCDebug(lcWebAgent) << "caught the redirect back before it left";
        stop({});
        Q_EMIT redirected(url);
    });
    connect(m_page.get(), &QWebEnginePage::loadingChanged, this, &WebEngineUserAgent::onLoadingChanged);
}

WebEngineUserAgent::~WebEngineUserAgent() = default;

QWebEnginePage *WebEngineUserAgent::page() const
{
    return m_page.get();
}

void WebEngineUserAgent::setTimeout(int milliseconds)
{
    m_timeout.setInterval(milliseconds);
}

void WebEngineUserAgent::setLoginScript(const LoginScript &script)
{
    delete m_player;
    m_player = new LoginScriptPlayer(script, m_page.get(), this);
    connect(m_player, &LoginScriptPlayer::failed, this, [this](const QString &message) {
        if (m_active) {
            stop({});
            Q_EMIT failed(message);
        }
    });
}

void WebEngineUserAgent::authorize(const QUrl &authorizationUrl, const QUrl &redirectUri)
{
    m_page->setRedirectUri(redirectUri);
    if (m_player)
        m_player->restart();
    m_active = true;
    if (m_timeout.interval() > 0)
        m_timeout.start();
    m_page->load(authorizationUrl);
}

void WebEngineUserAgent::cancel()
{
    if (!m_active)
        return;
    m_active = false;
    m_timeout.stop();
    m_page->triggerAction(QWebEnginePage::Stop);
}

void WebEngineUserAgent::stop(const QString &failure)
{
    if (!m_active)
        return;
    m_active = false;
    m_timeout.stop();
    if (!failure.isEmpty())
        Q_EMIT failed(failure);
}

void WebEngineUserAgent::onLoadingChanged(const QWebEngineLoadingInfo &info)
{
    if (!m_active || info.status() != QWebEngineLoadingInfo::LoadFailedStatus)
        return;
    switch (info.errorDomain()) {
    case QWebEngineLoadingInfo::HttpStatusCodeDomain: {
        // The provider answered with an error page instead of sending the
        // browser back: its text explains why (a redirect URI it does not
        // know, an unknown client, …).
        const QUrl url = info.url();
        const int status = info.errorCode();
        m_active = false;
        m_timeout.stop();
        m_page->toHtml([guard = QPointer(this), url, status](const QString &html) {
            if (guard)
                Q_EMIT guard->errorPage(url, status, html.toUtf8());
        });
        break;
    }
    case QWebEngineLoadingInfo::CertificateErrorDomain:
        // Certificate errors are refused (the default), never ignored.
        stop(tr("The TLS certificate of %1 was refused: %2").arg(info.url().host(), info.errorString()));
        break;
    case QWebEngineLoadingInfo::NoErrorDomain:
        // A load stopped by a newer one, or by catching the redirect.
        break;
    default:
        if (info.errorCode() == -3) // net::ERR_ABORTED: a navigation replaced by another
            break;
        stop(tr("%1 could not be loaded: %2").arg(info.url().host(), info.errorString()));
        break;
    }
}
