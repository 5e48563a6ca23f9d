#pragma once

#include "Application.h"
#include "ConnectExchange.h"
#include "UserAccessToken.h"

#include <QCoreApplication>
#include <optional>

class ConnectContext;

/// The popup's special token exchange and the access tokens it yields.
///
/// `POST /v1/auth/token`: the application's server authenticates with its
/// client ID and secret (HTTP Basic) and sends {"special_token": …} (or
/// "specialToken", or the same as a form). A special token is good once,
/// for the application that it was issued to, until it expires; anything
/// else is 401 INVALID_REQUEST and changes nothing. The answer is
/// {"userCode", "accessToken", "tokenType": "Bearer", "expiresAt"}: the
/// platform's id of the user, and a new opaque token for this application
/// and user (only its SHA-256 is stored, in user_access_tokens).
///
/// That access token reads the user's connections: `GET /v1/connections`
/// with "Authorization: Bearer <accessToken>" lists that user's
/// connections of that application (never their tokens), as HTTP Basic
/// with ?user_id=<userCode> does.
class AuthTokenApi
{
    Q_DECLARE_TR_FUNCTIONS(AuthTokenApi)

public:
    explicit AuthTokenApi(ConnectContext &context);

    void exchange(const ExchangePtr &exchange, const Application &application);

    /// True where the request carries "Authorization: Bearer …".
    static bool hasBearer(const ExchangePtr &exchange);
    /// The valid user access token the request carries; else nothing, with
    /// the exchange answered 401 INVALID_REQUEST.
    std::optional<UserAccessToken> bearer(const ExchangePtr &exchange);

private:
    ConnectContext &m_context;
};
