#include "OidcFixture.h"

#include <QJsonArray>

QString OidcFixture::redirectUri()
{
    return QStringLiteral("http://127.0.0.1:9/callback");
}

QJsonObject OidcFixture::client(const QString &id, const QString &secret)
{
    return { { QStringLiteral("client_id"), id }, { QStringLiteral("client_secret"), secret },
        { QStringLiteral("redirect_uris"), QJsonArray { redirectUri() } },
        { QStringLiteral("grant_types"),
            QJsonArray { QStringLiteral("authorization_code"), QStringLiteral("refresh_token") } },
        { QStringLiteral("response_types"), QJsonArray { QStringLiteral("code") } },
        { QStringLiteral("token_endpoint_auth_method"), QStringLiteral("client_secret_basic") } };
}

IntegrationSource OidcFixture::source(const QString &issuer)
{
    IntegrationSource s;
    s.key = QStringLiteral("oidc-test");
    s.displayName = QStringLiteral("OIDC test");
    s.authUrl = issuer + QStringLiteral("/auth");
    s.accessTokenUrl = issuer + QStringLiteral("/token");
    s.revokeUrl = issuer + QStringLiteral("/token/revocation");
    s.apiHostUrl = issuer;
    s.testApiPath = QStringLiteral("/me");
    s.scopes = { QStringLiteral("openid"), QStringLiteral("offline_access") };
    // oidc-provider issues refresh tokens only when consent is prompted for.
    s.extraAuthParams.insert(QStringLiteral("prompt"), QStringLiteral("consent"));
    return s;
}
