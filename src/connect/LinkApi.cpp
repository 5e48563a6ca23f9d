#include "LinkApi.h"

#include "ApiError.h"
#include "ApplicationRepository.h"
#include "ConnectContext.h"
#include "ConnectEvent.h"
#include "CredentialLinker.h"
#include "EventRepository.h"
#include "JsonFields.h"
#include "LinkTokenRepository.h"
#include "OAuthStarter.h"
#include "OpaqueToken.h"
#include "SourceAccess.h"
#include "StoredTime.h"
#include "Workspace.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcLink, "linkdeck.connect.link")

namespace {

// Where each kind of source is linked, for messages that point the way.
QString endpointFor(IntegrationSource::AuthType type)
{
    switch (type) {
    case IntegrationSource::AuthType::OAuth2:
    case IntegrationSource::AuthType::OAuth1:
        return QStringLiteral("oauth");
    case IntegrationSource::AuthType::Password:
        return QStringLiteral("password");
    case IntegrationSource::AuthType::Email:
        return QStringLiteral("email");
    case IntegrationSource::AuthType::Sdk:
        break;
    }
    return {};
}

} // namespace

LinkApi::LinkApi(ConnectContext &context)
    : m_context(context)
{ }

bool LinkApi::isValidUserId(const QString &userId)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._:@+\\-]{1,128}$"));
    return pattern.match(userId).hasMatch();
}

bool LinkApi::isPlausibleEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.size() <= 254 && pattern.match(email).hasMatch();
}

void LinkApi::createToken(const ExchangePtr &exchange, const Application &application)
{
    QJsonObject body;
    ApiError error;
    if (!exchange->jsonBody(&body, &error))
        return exchange->fail(error);
    const QJsonValue userValue = body.value(QStringLiteral("user_id"));
    if (userValue.isUndefined() || userValue.isNull())
        return exchange->fail(ApiError::invalidUserId(tr("\"user_id\" is required.")));
    if (!userValue.isString() || !isValidUserId(userValue.toString()))
        return exchange->fail(ApiError::invalidUserId(
            tr("\"user_id\" must be 1 to 128 letters, digits or the characters . _ : @ + -")));
    QStringList providers;
    QString referenceId;
    QString successUrl;
    QString failureUrl;
    if (!JsonFields::optionalStringList(body, QStringLiteral("filter_on_providers"), &providers, &error)
        || !JsonFields::optionalString(body, QStringLiteral("reference_id"), &referenceId, &error, 256)
        || !JsonFields::optionalString(body, QStringLiteral("redirect_url"), &successUrl, &error)
        || !JsonFields::optionalString(body, QStringLiteral("failure_redirect_url"), &failureUrl, &error))
        return exchange->fail(error);
    for (const QString &url : { successUrl, failureUrl }) {
        // Exact match only, as for widget sessions.
        if (!url.isEmpty() && !application.redirectUrls.contains(url))
            return exchange->fail(ApiError::invalidRedirectUrl(url));
    }
    Workspace &workspace = m_context.workspace();
    if (!SourceAccess::checkAll(workspace, application, providers, &providers, &error))
        return exchange->fail(error);

    const QString token = OpaqueToken::generate(QStringLiteral("lt_"));
    LinkToken link;
    link.tokenHash = OpaqueToken::hash(token);
    link.applicationId = application.id;
    link.userId = userValue.toString();
    link.providers = providers;
    link.referenceId = referenceId;
    link.successRedirectUrl = successUrl;
    link.failureRedirectUrl = failureUrl;
    link.createdAt = m_context.now();
    link.expiresAt = link.createdAt.addSecs(m_context.settings().linkTokenLifetime.count());

    ConnectEvent event;
    event.applicationId = application.id;
    event.kind = QStringLiteral("link_token.created");
    event.detail = { { QStringLiteral("user_id"), link.userId },
        { QStringLiteral("providers"), QJsonArray::fromStringList(providers) } };
    event.at = link.createdAt;
    const StoreResult stored = workspace.transaction([&]() -> StoreResult {
        if (const StoreResult inserted = LinkTokenRepository(workspace).insert(link); !inserted)
            return inserted;
        return EventRepository(workspace).append(&event);
    });
    if (!stored)
        return exchange->fail(ApiError::internal(stored.message));
    m_context.announce(event);
    exchange->respond(200,
        QJsonObject { { QStringLiteral("link_token"), token },
            { QStringLiteral("expires_at"), StoredTime::format(link.expiresAt) } });
}

std::optional<LinkApi::Resolved> LinkApi::resolve(
    const ExchangePtr &exchange, const QString &sourceKey, IntegrationSource::AuthType authType)
{
    Resolved resolved;
    ApiError error;
    if (!exchange->jsonBody(&resolved.body, &error)) {
        exchange->fail(error);
        return std::nullopt;
    }
    const QJsonValue inBody = resolved.body.value(QStringLiteral("link_token"));
    QString token;
    if (inBody.isString())
        token = inBody.toString();
    else if (inBody.isUndefined() || inBody.isNull())
        token = QString::fromUtf8(exchange->header(QByteArrayLiteral("X-Link-Token")).trimmed());
    else {
        exchange->fail(ApiError::invalidRequest());
        return std::nullopt;
    }
    if (token.isEmpty()) {
        exchange->fail(ApiError::missingLinkToken());
        return std::nullopt;
    }

    Workspace &workspace = m_context.workspace();
    const auto link = LinkTokenRepository(workspace).findByHash(OpaqueToken::hash(token));
    const auto application = link ? ApplicationRepository(workspace).find(link->applicationId) : std::nullopt;
    if (!link || !application || link->isExpired(m_context.now())) {
        qCInfo(lcLink) << "refused an unknown or expired link token";
        exchange->fail(ApiError::invalidRequest());
        return std::nullopt;
    }
    resolved.token = *link;
    resolved.application = *application;

    const auto source = SourceAccess::usable(workspace, *application, sourceKey, &error);
    if (!source) {
        exchange->fail(error);
        return std::nullopt;
    }
    if (!link->allows(source->key)) {
        exchange->fail(ApiError::invalidProvider(
            tr("This link token is not for the provider \"%1\".").arg(source->key)));
        return std::nullopt;
    }
    const bool oauth = authType == IntegrationSource::AuthType::OAuth2;
    if (oauth ? !source->isOAuth() : source->authType != authType) {
        const QString right = endpointFor(source->authType);
        exchange->fail(ApiError::invalidProvider(right.isEmpty()
                ? tr("\"%1\" connects through its app's SDK, not through this service.").arg(source->key)
                : tr("\"%1\" is linked at /v1/link/provider/%2/%1.").arg(source->key, right)));
        return std::nullopt;
    }
    resolved.source = *source;
    return resolved;
}

void LinkApi::startOAuth(const ExchangePtr &exchange, const QString &sourceKey)
{
    const auto resolved = resolve(exchange, sourceKey, IntegrationSource::AuthType::OAuth2);
    if (!resolved)
        return;
    LinkOrigin origin;
    origin.linkTokenHash = resolved->token.tokenHash;
    origin.userId = resolved->token.userId;
    origin.referenceId = resolved->token.referenceId;
    origin.successRedirectUrl = resolved->token.successRedirectUrl;
    origin.failureRedirectUrl = resolved->token.failureRedirectUrl;
    // OAuth 1.0a asks the provider for a request token first: asynchronous.
    OAuthStarter(m_context).start(resolved->application, resolved->source, origin, &m_context,
        [exchange](const QUrl &url, const ApiError &error) {
            if (!url.isValid())
                return exchange->fail(error);
            exchange->respond(
                200, QJsonObject { { QStringLiteral("oauth_url"), url.toString(QUrl::FullyEncoded) } });
        });
}

void LinkApi::linkPassword(const ExchangePtr &exchange, const QString &sourceKey)
{
    const auto resolved = resolve(exchange, sourceKey, IntegrationSource::AuthType::Password);
    if (!resolved)
        return;
    QString username;
    QString password;
    ApiError error;
    if (!JsonFields::optionalString(resolved->body, QStringLiteral("username"), &username, &error, 512)
        || !JsonFields::optionalString(resolved->body, QStringLiteral("password"), &password, &error, 1024))
        return exchange->fail(error);
    if (username.isEmpty() || password.isEmpty())
        return exchange->fail(ApiError::invalidParameter(tr("\"username\" and \"password\" are required.")));
    linkWithCredentials(exchange, *resolved,
        { { QStringLiteral("username"), username }, { QStringLiteral("password"), password } },
        { { QStringLiteral("username"), username } });
}

void LinkApi::linkEmail(const ExchangePtr &exchange, const QString &sourceKey)
{
    const auto resolved = resolve(exchange, sourceKey, IntegrationSource::AuthType::Email);
    if (!resolved)
        return;
    QString email;
    ApiError error;
    if (!JsonFields::optionalString(resolved->body, QStringLiteral("email"), &email, &error, 254))
        return exchange->fail(error);
    if (email.isEmpty())
        return exchange->fail(ApiError::invalidParameter(tr("\"email\" is required.")));
    if (!isPlausibleEmail(email))
        return exchange->fail(ApiError::invalidParameter(tr("\"email\" is not an e-mail address.")));
    linkWithCredentials(
        exchange, *resolved, { { QStringLiteral("email"), email } }, { { QStringLiteral("email"), email } });
}

void LinkApi::linkWithCredentials(const ExchangePtr &exchange, const Resolved &resolved,
    const QJsonObject &credentials, const QJsonObject &kept)
{
    LinkOrigin origin;
    origin.linkTokenHash = resolved.token.tokenHash;
    origin.userId = resolved.token.userId;
    const QString sourceKey = resolved.source.key;
    const QString userId = resolved.token.userId;
    CredentialLinker(m_context).link(resolved.application, resolved.source, credentials, kept, origin,
        &m_context, [exchange, sourceKey, userId](const CredentialLinker::Outcome &outcome) {
            if (!outcome.connection)
                return exchange->fail(outcome.error);
            exchange->respond(200,
                QJsonObject {
                    { QStringLiteral("success"), true },
                    { QStringLiteral("connection_id"), outcome.connection->id },
                    { QStringLiteral("provider"), sourceKey },
                    { QStringLiteral("user_id"), userId },
                    { QStringLiteral("verified"), outcome.verified },
                });
        });
}
