#include "AuthorizationPage.h"

AuthorizationPage::AuthorizationPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{ }

bool AuthorizationPage::isRedirectUri(const QUrl &url) const
{
    if (m_redirectUri.isEmpty())
        return false;
    const auto strip = QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash;
    return url.adjusted(strip).toString(QUrl::FullyEncoded)
        == m_redirectUri.adjusted(strip).toString(QUrl::FullyEncoded);
}

bool AuthorizationPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (!isMainFrame)
        return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
    if (isRedirectUri(url)) {
        Q_EMIT redirectCaught(url);
        return false;
    }
    Q_EMIT navigating(url, type);
    return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
}
