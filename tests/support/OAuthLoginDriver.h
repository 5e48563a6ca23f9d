#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkReply;

/// A minimal user agent for tests: from an authorization URL on the test
/// oidc-provider or OAuth 1.0a provider (tests/peers), it follows
/// redirects, signs in on the development login page, approves (or
/// cancels) the consent page (or presses its Allow or Deny button), and
/// stops at the redirect to the redirect URI, which it never fetches.
/// It has its own cookie jar and takes at most MaxHops requests.
class OAuthLoginDriver : public QObject
{
    Q_OBJECT

public:
    enum class Consent { Approve, Deny };

    struct Result
    {
        bool reachedRedirect = false; ///< stopped at the redirect URI
        QUrl redirectUrl; ///< that redirect, with code or error and state
        int hops = 0; ///< requests made
        QString error; ///< why it stopped elsewhere
        int lastStatus = 0; ///< the last page's HTTP status
        QUrl lastUrl;
        QByteArray lastBody; ///< the last page, e.g. the provider's error page
    };

    static constexpr int MaxHops = 10;

    explicit OAuthLoginDriver(QObject *parent = nullptr);

    void setLogin(const QString &login) { m_login = login; }
    void setConsent(Consent consent) { m_consent = consent; }

    /// Starts at @p authorizationUrl; finished() says where it stopped.
    void start(const QUrl &authorizationUrl, const QUrl &redirectUri);

Q_SIGNALS:
    void finished(const OAuthLoginDriver::Result &result);

private:
    void request(const QUrl &url, const QByteArray &formBody = {});
    void onReply(QNetworkReply *reply);
    bool isRedirectUri(const QUrl &url) const;
    void finish(const QString &error);

    QNetworkAccessManager m_manager;
    QString m_login = QStringLiteral("alice");
    Consent m_consent = Consent::Approve;
    QUrl m_redirectUri;
    Result m_result;
    bool m_running = false;
};

Q_DECLARE_METATYPE(OAuthLoginDriver::Result)
