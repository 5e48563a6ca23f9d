#include "DriverUserAgent.h"

DriverUserAgent::DriverUserAgent(OAuthLoginDriver::Consent consent, QObject *parent)
    : UserAgent(parent)
{
    m_driver.setConsent(consent);
    connect(&m_driver, &OAuthLoginDriver::finished, this, [this](const OAuthLoginDriver::Result &result) {
        if (result.reachedRedirect)
            Q_EMIT redirected(result.redirectUrl);
        else if (result.lastStatus >= 400)
            Q_EMIT errorPage(result.lastUrl, result.lastStatus, result.lastBody);
        else
            Q_EMIT failed(result.error);
    });
}

void DriverUserAgent::authorize(const QUrl &authorizationUrl, const QUrl &redirectUri)
{
    Q_EMIT navigated(authorizationUrl);
    m_driver.start(authorizationUrl, redirectUri);
}

void DriverUserAgent::cancel() { }
