#pragma once

#include "OAuthLoginDriver.h"
#include "UserAgent.h"

/// A UserAgent for tests: OAuthLoginDriver logs in on the oidc-provider's
/// development pages and consents (or denies) in place of a person.
class DriverUserAgent : public UserAgent
{
    Q_OBJECT

public:
    explicit DriverUserAgent(
        OAuthLoginDriver::Consent consent = OAuthLoginDriver::Consent::Approve, QObject *parent = nullptr);

    void authorize(const QUrl &authorizationUrl, const QUrl &redirectUri) override;
    void cancel() override;

private:
    OAuthLoginDriver m_driver;
};
