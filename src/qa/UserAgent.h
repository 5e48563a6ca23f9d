#pragma once

#include <QObject>
#include <QUrl>

/// Whatever shows the provider's authorization page to a person (or fills
/// it from a login script) and catches the redirect back before it leaves:
/// the embedded browser in the console, an offscreen one for headless QA.
class UserAgent : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// Opens @p authorizationUrl; redirected() fires once a navigation goes
    /// to @p redirectUri (not followed); errorPage() where the provider
    /// answers with an error page instead, failed() if nothing comes back.
    virtual void authorize(const QUrl &authorizationUrl, const QUrl &redirectUri) = 0;
    /// Stops whatever is under way.
    virtual void cancel() = 0;

Q_SIGNALS:
    /// One navigation or redirect on the way.
    void navigated(const QUrl &url);
    /// The navigation to the redirect URI, with its code or error.
    void redirected(const QUrl &url);
    /// The provider showed an error page (HTTP status >= 400) instead of
    /// redirecting back, e.g. for an unregistered redirect URI; @p html is
    /// the page, for the diagnosis. Ends the authorization like failed().
    void errorPage(const QUrl &url, int httpStatus, const QByteArray &html);
    void failed(const QString &message);
};
