#pragma once

#include "IntegrationSource.h"

#include <QMetaType>
#include <QString>

/// The client credentials a flow uses: the source's own, or an
/// application's for a source that has none. An empty secret makes a
/// public client (RFC 6749 §2.1), which sends only its client_id.
struct OAuthCredentials
{
    /// How the client authenticates at the token endpoint.
    enum class Method {
        HttpBasic, ///< client_secret_basic: an Authorization header
        RequestBody, ///< client_secret_post: client_id and client_secret in the body
        None, ///< a public client: client_id in the body, no secret
    };

    QString clientId;
    QString clientSecret;

    bool isPublic() const { return clientSecret.isEmpty(); }

    /// The method used with a source configured for @p auth.
    Method methodFor(IntegrationSource::ClientAuth auth) const
    {
        if (isPublic())
            return Method::None;
        return auth == IntegrationSource::ClientAuth::Basic ? Method::HttpBasic : Method::RequestBody;
    }

    /// The method's name in RFC 7591 client metadata ("client_secret_basic", …).
    static QString methodName(Method method)
    {
        switch (method) {
        case Method::HttpBasic:
            return QStringLiteral("client_secret_basic");
        case Method::RequestBody:
            return QStringLiteral("client_secret_post");
        case Method::None:
            break;
        }
        return QStringLiteral("none");
    }
};

Q_DECLARE_METATYPE(OAuthCredentials)
