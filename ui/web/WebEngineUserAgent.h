#pragma once

#include "UserAgent.h"

#include <QCoreApplication>
#include <QTimer>
#include <memory>

class AuthorizationPage;
class LoginScript;
class LoginScriptPlayer;
class QWebEngineLoadingInfo;
class QWebEnginePage;
class QWebEngineProfile;

/// The authorization page in Qt WebEngine: the Tests page shows page() in a
/// view, `linkdeck test` keeps it offscreen and fills it from a login
/// script. Each agent has its own off-the-record profile, so every run
/// starts signed out and leaves no cookie behind; the profile goes after
/// its page. Every navigation and redirect is announced (navigated()); the
/// one to the redirect URI is stopped before it leaves and announced as
/// redirected(), with its code or error in the query or the fragment.
class WebEngineUserAgent : public UserAgent
{
    Q_OBJECT

public:
    explicit WebEngineUserAgent(QObject *parent = nullptr);
    ~WebEngineUserAgent() override;

    /// The page, for a view to show; owned by the agent.
    QWebEnginePage *page() const;
    /// Fails the authorization when the redirect has not come back after
    /// @p milliseconds; 0 (the default) waits as long as a person takes.
    void setTimeout(int milliseconds);
    /// Fills the provider's pages from @p script (resolved already).
    void setLoginScript(const LoginScript &script);

    void authorize(const QUrl &authorizationUrl, const QUrl &redirectUri) override;
    void cancel() override;

private:
    void onLoadingChanged(const QWebEngineLoadingInfo &info);
    void stop(const QString &failure);

    // The profile is declared first so that it is deleted after its page.
    std::unique_ptr<QWebEngineProfile> m_profile;
    std::unique_ptr<AuthorizationPage> m_page;
    LoginScriptPlayer *m_player = nullptr;
    QTimer m_timeout;
    bool m_active = false;
};
