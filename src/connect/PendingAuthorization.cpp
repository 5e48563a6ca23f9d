#include "PendingAuthorization.h"

#include "ConnectContext.h"
#include "ConnectEvent.h"
#include "EventRepository.h"
#include "OAuthState.h"
#include "OAuthStateRepository.h"
#include "OpaqueToken.h"
#include "Workspace.h"

bool PendingAuthorization::store(ConnectContext &context, const Application &application,
    const IntegrationSource &source, const LinkOrigin &origin, const QString &key, const QString &redirectUri,
    const QByteArray &secret, const QJsonObject &detail, ApiError *error)
{
    OAuthState pending;
    pending.stateHash = OpaqueToken::hash(key);
    pending.applicationId = application.id;
    pending.sourceKey = source.key;
    pending.sessionId = origin.sessionId;
    pending.linkTokenHash = origin.linkTokenHash;
    pending.userId = origin.userId;
    pending.referenceId = origin.referenceId;
    pending.redirectUri = redirectUri;
    pending.flow = origin.flow();
    pending.successRedirectUrl = origin.successRedirectUrl;
    pending.failureRedirectUrl = origin.failureRedirectUrl;
    if (!secret.isEmpty()) {
        pending.sealedVerifier = context.sealer().seal(secret);
        if (pending.sealedVerifier.isEmpty()) {
            *error = ApiError::internal(tr("There is no token sealing key."));
            return false;
        }
    }
    pending.createdAt = context.now();
    pending.expiresAt = pending.createdAt.addSecs(context.settings().authorizationLifetime.count());

    ConnectEvent event;
    event.applicationId = application.id;
    event.sessionId = origin.sessionId;
    event.kind = QStringLiteral("oauth.started");
    event.detail
        = { { QStringLiteral("provider"), source.key }, { QStringLiteral("user_id"), origin.userId } };
    for (auto it = detail.constBegin(); it != detail.constEnd(); ++it)
        event.detail.insert(it.key(), it.value());
    event.at = pending.createdAt;
    Workspace &workspace = context.workspace();
    const StoreResult stored = workspace.transaction([&]() -> StoreResult {
        if (const StoreResult inserted = OAuthStateRepository(workspace).insert(pending); !inserted)
            return inserted;
        return EventRepository(workspace).append(&event);
    });
    if (!stored) {
        *error = ApiError::internal(stored.message);
        return false;
    }
    context.announce(event);
    return true;
}
