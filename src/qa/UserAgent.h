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
    /// to @p redirectUri (not followed), failed() if that cannot happen.
    virtual void authorize(const QUrl &authorizationUrl, const QUrl &redirectUri) = 0;
    /// Stops whatever is under way.
    virtual void cancel() = 0;

Q_SIGNALS:
    /// One navigation or redirect on the way.
    void navigated(const QUrl &url);
    void redirected(const QUrl &url);
    void failed(const QString &message);
};
