#pragma once

class ConnectService;
class SpecialTokenIssuing;

/// Adds the routes that end and shortcut the connect flows to a service:
///
/// - `GET /callback/{source}`: provider callbacks (ProviderCallback)
/// - `GET /connect/direct`, `GET /connect/revoke`, `GET /connect/result`:
///   direct connection URLs (DirectConnectApi)
/// - `POST /v1/auth/token`: the popup's special token exchange (AuthTokenApi)
class FlowRoutes
{
public:
    /// Returns the service's special token issuer (owned by its context),
    /// for the popup's routes.
    static SpecialTokenIssuing *install(ConnectService &service);
};
