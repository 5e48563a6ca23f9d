#include "TestStep.h"

QString TestStep::title(Kind kind)
{
    switch (kind) {
    case Kind::Authorize:
        return tr("Authorization page");
    case Kind::Token:
        return tr("Token exchange");
    case Kind::ApiCall:
        return tr("Test API call");
    case Kind::Refresh:
        return tr("Refresh");
    case Kind::Revoke:
        return tr("Revoke");
    case Kind::PkceCheck:
        return tr("PKCE check");
    case Kind::RequestToken:
        return tr("Request token");
    case Kind::LinkToken:
        return tr("Link token");
    case Kind::Credentials:
        return tr("Credential check");
    case Kind::Connection:
        return tr("Connection stored");
    }
    return {};
}

QString TestStep::name(Kind kind)
{
    switch (kind) {
    case Kind::Authorize:
        return QStringLiteral("authorize");
    case Kind::Token:
        return QStringLiteral("token");
    case Kind::ApiCall:
        return QStringLiteral("api_call");
    case Kind::Refresh:
        return QStringLiteral("refresh");
    case Kind::Revoke:
        return QStringLiteral("revoke");
    case Kind::PkceCheck:
        return QStringLiteral("pkce_check");
    case Kind::RequestToken:
        return QStringLiteral("request_token");
    case Kind::LinkToken:
        return QStringLiteral("link_token");
    case Kind::Credentials:
        return QStringLiteral("credentials");
    case Kind::Connection:
        return QStringLiteral("connection");
    }
    return {};
}

QString TestStep::name(Status status)
{
    switch (status) {
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Running:
        return QStringLiteral("running");
    case Status::Passed:
        return QStringLiteral("passed");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QList<TestStep::Kind> TestStep::kinds()
{
    return { Kind::Authorize, Kind::Token, Kind::ApiCall, Kind::Refresh, Kind::Revoke, Kind::PkceCheck,
        Kind::RequestToken, Kind::LinkToken, Kind::Credentials, Kind::Connection };
}
