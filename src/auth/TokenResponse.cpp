#include "TokenResponse.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTokenResponse, "linkdeck.auth.oauth2.response")

QString TokenResponse::toString(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return QStringLiteral("none");
    case ErrorKind::Configuration:
        return QStringLiteral("configuration");
    case ErrorKind::OAuthError:
        return QStringLiteral("oauth_error");
    case ErrorKind::HttpError:
        return QStringLiteral("http_error");
    case ErrorKind::Redirected:
        return QStringLiteral("redirected");
    case ErrorKind::NotJson:
        return QStringLiteral("not_json");
    case ErrorKind::MissingAccessToken:
        return QStringLiteral("missing_access_token");
    case ErrorKind::TooLarge:
        return QStringLiteral("too_large");
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::TlsError:
        return QStringLiteral("tls_error");
    case ErrorKind::ConnectionRefused:
        return QStringLiteral("connection_refused");
    case ErrorKind::HostNotFound:
        return QStringLiteral("host_not_found");
    case ErrorKind::NetworkError:
        return QStringLiteral("network_error");
    case ErrorKind::Aborted:
        return QStringLiteral("aborted");
    }
    qCWarning(lcTokenResponse) << "unknown error kind" << int(kind);
    return {};
}

QString TokenResponse::toString(Operation operation)
{
    switch (operation) {
    case Operation::CodeExchange:
        return QStringLiteral("code_exchange");
    case Operation::Refresh:
        return QStringLiteral("refresh");
    case Operation::Revoke:
        return QStringLiteral("revoke");
    }
    return {};
}

TokenResponse::ErrorKind TokenResponse::transportError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
        return ErrorKind::None;
    case QNetworkReply::ConnectionRefusedError:
        return ErrorKind::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
        return ErrorKind::HostNotFound;
    case QNetworkReply::SslHandshakeFailedError:
        return ErrorKind::TlsError;
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return ErrorKind::Timeout;
    default:
        return ErrorKind::NetworkError;
    }
}
