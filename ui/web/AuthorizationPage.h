#pragma once

#include <QUrl>
#include <QWebEnginePage>

/// The page the provider's authorization page opens in: it announces each
/// main-frame navigation (typed, followed, submitted or redirected), and
/// refuses the one to the redirect URI before it leaves, handing it over
/// instead, so that a production redirect URI can be tested without
/// reaching the server behind it.
class AuthorizationPage : public QWebEnginePage
{
    Q_OBJECT

public:
    explicit AuthorizationPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    /// The redirect URI to catch; an empty URL catches nothing.
    void setRedirectUri(const QUrl &uri) { m_redirectUri = uri; }
    /// True where @p url goes to the redirect URI (its query and fragment aside).
    bool isRedirectUri(const QUrl &url) const;

Q_SIGNALS:
    /// A main-frame navigation that goes ahead.
    void navigating(const QUrl &url, QWebEnginePage::NavigationType type);
    /// The navigation to the redirect URI, which was stopped.
    void redirectCaught(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;

private:
    QUrl m_redirectUri;
};
