#include "AuthTokenApi.h"

#include "ApiError.h"
#include "ConnectContext.h"
#include "ConnectEvent.h"
#include "EventRepository.h"
#include "OpaqueToken.h"
#include "SpecialTokenRepository.h"
#include "StoredTime.h"
#include "UserAccessTokenRepository.h"
#include "Workspace.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcAuthToken, "linkdeck.connect.token")

namespace {

QByteArray bearerToken(const ExchangePtr &exchange)
{
    const QByteArray header = exchange->header(QByteArrayLiteral("Authorization")).trimmed();
    if (header.size() < 8 || header.left(7).compare("Bearer ", Qt::CaseInsensitive) != 0)
        return {};
    return header.mid(7).trimmed();
}

} // namespace

AuthTokenApi::AuthTokenApi(ConnectContext &context)
    : m_context(context)
{ }

bool AuthTokenApi::hasBearer(const ExchangePtr &exchange)
{
    const QByteArray header = exchange->header(QByteArrayLiteral("Authorization")).trimmed();
    return header.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0;
}

std::optional<UserAccessToken> AuthTokenApi::bearer(const ExchangePtr &exchange)
{
    const QByteArray token = bearerToken(exchange);
    const auto found = token.isEmpty() ? std::nullopt
                                       : UserAccessTokenRepository(m_context.workspace())
                                             .findByHash(OpaqueToken::hash(QString::fromUtf8(token)));
    if (!found || found->isExpired(m_context.now())) {
        exchange->fail(ApiError::invalidRequest(tr("The access token is invalid or has expired.")));
        return std::nullopt;
    }
    return found;
}

void AuthTokenApi::exchange(const ExchangePtr &exchange, const Application &application)
{
    QString special;
    const QByteArray contentType = exchange->header(QByteArrayLiteral("Content-Type")).toLower();
    if (contentType.startsWith("application/x-www-form-urlencoded")) {
        const QUrlQuery form(QString::fromUtf8(exchange->body()));
        special = form.queryItemValue(QStringLiteral("special_token"), QUrl::FullyDecoded);
        if (special.isEmpty())
            special = form.queryItemValue(QStringLiteral("specialToken"), QUrl::FullyDecoded);
    } else {
        QJsonObject body;
        ApiError error;
        if (!exchange->jsonBody(&body, &error))
            return exchange->fail(error);
        QJsonValue value = body.value(QStringLiteral("special_token"));
        if (value.isUndefined() || value.isNull())
            value = body.value(QStringLiteral("specialToken"));
        if (!value.isUndefined() && !value.isNull() && !value.isString())
            return exchange->fail(ApiError::invalidParameter(tr("\"special_token\" must be a string.")));
        special = value.toString();
    }
    if (special.isEmpty())
        return exchange->fail(ApiError::invalidParameter(tr("\"special_token\" is required.")));

    Workspace &workspace = m_context.workspace();
    const QDateTime now = m_context.now();
    const QString accessToken = OpaqueToken::generate(QStringLiteral("uat_"));
    UserAccessToken access;
    access.tokenHash = OpaqueToken::hash(accessToken);
    access.applicationId = application.id;
    access.createdAt = now;
    access.expiresAt = now.addSecs(m_context.settings().userAccessTokenLifetime.count());
    ConnectEvent event;
    event.applicationId = application.id;
    event.kind = QStringLiteral("special_token.exchanged");
    event.at = now;
    bool consumed = false;
    // The token is used up and the access token stored together, or neither.
    const StoreResult stored = workspace.transaction([&]() -> StoreResult {
        const auto token
            = SpecialTokenRepository(workspace).consume(OpaqueToken::hash(special), application.id, now);
        if (!token)
            return StoreResult::failure(StoreResult::Status::NotFound, QString());
        consumed = true;
        const QJsonObject detail = QJsonDocument::fromJson(token->detail.toUtf8()).object();
        access.clientUserId = token->clientUserId;
        access.userId = detail.value(QStringLiteral("user_id")).toString(token->clientUserId);
        if (access.userId.isEmpty())
            access.userId = token->clientUserId;
        if (const StoreResult inserted = UserAccessTokenRepository(workspace).insert(access); !inserted)
            return inserted;
        event.connectionId = token->connectionId;
        event.detail = { { QStringLiteral("client_user_id"), access.clientUserId },
            { QStringLiteral("user_id"), access.userId } };
        return EventRepository(workspace).append(&event);
    });
    if (!consumed) {
        qCInfo(lcAuthToken) << "refused a special token for application" << application.clientId;
        return exchange->fail(ApiError::invalidRequest(tr("The special token is invalid, used or expired.")));
    }
    if (!stored)
        return exchange->fail(ApiError::internal(stored.message));
    m_context.announce(event);
    qCInfo(lcAuthToken) << "special token exchanged for application" << application.clientId;
    exchange->respond(200,
        QJsonObject {
            { QStringLiteral("userCode"), access.userId },
            { QStringLiteral("accessToken"), accessToken },
            { QStringLiteral("tokenType"), QStringLiteral("Bearer") },
            { QStringLiteral("expiresAt"), StoredTime::format(access.expiresAt) },
        });
}
