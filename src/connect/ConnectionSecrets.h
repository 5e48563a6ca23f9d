#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

struct HttpExchange;
struct UserConnection;
class TokenSealer;

/// What is sealed with a connection (the provider's token answer, see
/// ConnectionRecorder), opened for the one call that needs it. Holds
/// tokens: never log or show what open() returns.
class ConnectionSecrets
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSecrets)

public:
    /// The sealed JSON of @p connection; empty with @p error set where there
    /// is none or it cannot be opened.
    static QJsonObject open(
        const TokenSealer &sealer, const UserConnection &connection, QString *error = nullptr);

    /// @p exchange redacted as a HAR entry, to keep in an event's detail.
    static QJsonObject recordedExchange(const HttpExchange &exchange);
};
