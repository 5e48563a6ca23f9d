#pragma once

#include "ConnectExchange.h"

#include <QCoreApplication>

class ConnectContext;

/// `GET /callback/{source}`: where providers send the user back.
///
/// OAuth 2.0 brings code and state (or error and state); OAuth 1.0a brings
/// oauth_token and oauth_verifier (or denied). The authorization under way
/// is found by the hash of the state (of the request token for OAuth
/// 1.0a); it must be of this source, unused and unexpired, and it is used
/// up before anything else happens, so a replayed callback does nothing. A
/// missing, unknown, used or expired one answers a small page (400) and
/// stores nothing. Otherwise the code is exchanged with TokenClient (with
/// the sealed PKCE verifier) or the verifier with OAuth1Client (with the
/// sealed request token secret), with the application's or the source's
/// client credentials, and FlowCompletion ends the flow either way.
class ProviderCallback
{
    Q_DECLARE_TR_FUNCTIONS(ProviderCallback)

public:
    explicit ProviderCallback(ConnectContext &context);

    void handle(const ExchangePtr &exchange, const QString &sourceKey);

private:
    ConnectContext &m_context;
};
