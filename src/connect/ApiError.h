#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

/// A typed error the service answers with: an HTTP status and a JSON body
/// {"error": CODE, "message": text}. The codes are part of the API.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    int status = 0;
    QString code; ///< empty: no error
    QString message;

    bool isError() const { return !code.isEmpty(); }
    QJsonObject toJson() const;

    static ApiError make(int status, const QString &code, const QString &message);

    // The link-token errors, exactly as the platforms document them.
    static ApiError invalidRequest(const QString &message = {}); ///< 401: link token invalid or expired
    static ApiError missingLinkToken(); ///< 400
    static ApiError invalidProvider(const QString &message); ///< 400
    static ApiError invalidUserId(const QString &message); ///< 400
    static ApiError invalidCredentials(const QString &message = {}); ///< 400

    static ApiError invalidClient(); ///< 401: HTTP Basic client ID and secret
    static ApiError invalidJson(const QString &detail); ///< 400
    static ApiError invalidParameter(const QString &message); ///< 400: a field of the wrong type or shape
    static ApiError invalidRedirectUrl(const QString &url); ///< 400: not on the application's list
    static ApiError bodyTooLarge(qsizetype limit); ///< 413
    static ApiError notFound(); ///< 404
    static ApiError providerUnavailable(const QString &message); ///< 502
    static ApiError keyringUnavailable(const QString &message); ///< 503
    static ApiError internal(const QString &message); ///< 500
};
