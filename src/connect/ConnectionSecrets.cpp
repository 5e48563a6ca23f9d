#include "ConnectionSecrets.h"

#include "HarWriter.h"
#include "HttpExchange.h"
#include "Redactor.h"
#include "TokenSealer.h"
#include "UserConnection.h"

#include <QJsonDocument>

QJsonObject ConnectionSecrets::open(
    const TokenSealer &sealer, const UserConnection &connection, QString *error)
{
    if (connection.sealedTokens.isEmpty()) {
        if (error)
            *error = tr("The connection holds no token.");
        return {};
    }
    QByteArray plain;
    QString why;
    if (!sealer.open(connection.sealedTokens, &plain, &why)) {
        if (error)
            *error = tr("The connection's tokens cannot be opened: %1").arg(why);
        return {};
    }
    return QJsonDocument::fromJson(plain).object();
}

QJsonObject ConnectionSecrets::recordedExchange(const HttpExchange &exchange)
{
    // A fresh redactor per exchange: the fingerprints only need to agree within it.
    Redactor redactor;
    return redactor.scrubJson(HarWriter::entry(redactor.redact(exchange))).toObject();
}
