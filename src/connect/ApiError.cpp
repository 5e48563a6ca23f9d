#include "ApiError.h"

QJsonObject ApiError::toJson() const
{
    return { { QStringLiteral("error"), code }, { QStringLiteral("message"), message } };
}

ApiError ApiError::make(int status, const QString &code, const QString &message)
{
    ApiError error;
    error.status = status;
    error.code = code;
    error.message = message;
    return error;
}

ApiError ApiError::invalidRequest(const QString &message)
{
    return make(401, QStringLiteral("INVALID_REQUEST"),
        message.isEmpty() ? tr("The link token is invalid or has expired.") : message);
}

ApiError ApiError::missingLinkToken()
{
    return make(400, QStringLiteral("MISSING_LINK_TOKEN"),
        tr("No link token: send it as \"link_token\" in the JSON body or in an X-Link-Token header."));
}

ApiError ApiError::invalidProvider(const QString &message)
{
    return make(400, QStringLiteral("INVALID_PROVIDER"), message);
}

ApiError ApiError::invalidUserId(const QString &message)
{
    return make(400, QStringLiteral("INVALID_USER_ID"), message);
}

ApiError ApiError::invalidCredentials(const QString &message)
{
    return make(400, QStringLiteral("INVALID_CREDENTIALS"),
        message.isEmpty() ? tr("The provider did not accept these credentials.") : message);
}

ApiError ApiError::invalidClient()
{
    return make(401, QStringLiteral("INVALID_CLIENT"),
        tr("Authenticate with the application's client ID and secret (HTTP Basic)."));
}

ApiError ApiError::invalidJson(const QString &detail)
{
    return make(400, QStringLiteral("INVALID_JSON"), tr("The body is not a JSON object: %1").arg(detail));
}

ApiError ApiError::invalidParameter(const QString &message)
{
    return make(400, QStringLiteral("INVALID_PARAMETER"), message);
}

ApiError ApiError::invalidRedirectUrl(const QString &url)
{
    return make(400, QStringLiteral("INVALID_REDIRECT_URL"),
        tr("The redirect URL \"%1\" is not on the application's list of allowed redirect URLs.").arg(url));
}

ApiError ApiError::bodyTooLarge(qsizetype limit)
{
    return make(
        413, QStringLiteral("BODY_TOO_LARGE"), tr("The request body is larger than %1 bytes.").arg(limit));
}

ApiError ApiError::notFound()
{
    return make(404, QStringLiteral("NOT_FOUND"), tr("There is nothing at this address."));
}

ApiError ApiError::providerUnavailable(const QString &message)
{
    return make(502, QStringLiteral("PROVIDER_UNAVAILABLE"), message);
}

ApiError ApiError::keyringUnavailable(const QString &message)
{
    return make(503, QStringLiteral("KEYRING_UNAVAILABLE"), message);
}

ApiError ApiError::internal(const QString &message)
{
    return make(500, QStringLiteral("INTERNAL_ERROR"), message);
}
