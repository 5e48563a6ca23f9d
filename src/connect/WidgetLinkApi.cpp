#include "WidgetLinkApi.h"

#include "ApiError.h"
#include "ConnectContext.h"
#include "ConnectEvent.h"
#include "CredentialLinker.h"
#include "EventRepository.h"
#include "JsonFields.h"
#include "LinkApi.h"
#include "OAuthStarter.h"
#include "PopupSession.h"
#include "WidgetRedirects.h"
#include "WidgetRequest.h"
#include "WidgetSessionLookup.h"
#include "WidgetSessionRepository.h"
#include "Workspace.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWidgetLink, "linkdeck.connect.widget.link")

namespace {

const QLatin1String kCredentialsFailed("credentials.failed");

struct Chosen
{
    WidgetSessionLookup lookup;
    IntegrationSource source;
    QJsonObject body;
};

// The session and the offered source named in the body; else the exchange
// is answered with the typed error.
std::optional<Chosen> choose(ConnectContext &context, const ExchangePtr &exchange, const QString &sessionId)
{
    Chosen chosen;
    if (!WidgetRequest::jsonBody(exchange, &chosen.body))
        return std::nullopt;
    const auto lookup = WidgetSessionLookup::open(context, exchange, sessionId);
    if (!lookup)
        return std::nullopt;
    chosen.lookup = *lookup;
    QString key;
    ApiError error;
    if (!JsonFields::optionalString(chosen.body, QStringLiteral("source"), &key, &error, 128)) {
        exchange->fail(error);
        return std::nullopt;
    }
    if (key.isEmpty()) {
        exchange->fail(ApiError::invalidProvider(WidgetLinkApi::tr("\"source\" is required.")));
        return std::nullopt;
    }
    const auto source = lookup->offeredSource(context, key, &error);
    if (!source) {
        exchange->fail(error);
        return std::nullopt;
    }
    chosen.source = *source;
    return chosen;
}

QString successUrl(ConnectContext &context, const WidgetSessionLookup &lookup, const QString &userId,
    const QString &sourceKey)
{
    // A popup stays open until its user finishes: the special token ends it.
    if (PopupSession::find(context.workspace(), lookup.session.id))
        return {};
    return WidgetRedirects::success(lookup.session, userId, sourceKey).toString(QUrl::FullyEncoded);
}

int failedAttempts(ConnectContext &context, const QString &sessionId)
{
    int failed = 0;
    for (const ConnectEvent &event : EventRepository(context.workspace()).forSession(sessionId)) {
        if (event.kind == kCredentialsFailed)
            ++failed;
    }
    return failed;
}

} // namespace

WidgetLinkApi::WidgetLinkApi(ConnectContext &context)
    : m_context(context)
{ }

void WidgetLinkApi::startOAuth(const ExchangePtr &exchange, const QString &sessionId)
{
    const auto chosen = choose(m_context, exchange, sessionId);
    if (!chosen)
        return;
    if (!chosen->source.isOAuth())
        return exchange->fail(
            ApiError::invalidProvider(tr("\"%1\" is not an OAuth provider.").arg(chosen->source.key)));
    // Either OAuth version; OAuth 1.0a asks the provider for a request token first.
    OAuthStarter(m_context).start(chosen->lookup.application, chosen->source,
        chosen->lookup.origin(m_context), &m_context, [exchange](const QUrl &url, const ApiError &error) {
            if (!url.isValid())
                return exchange->fail(error);
            exchange->respond(
                200, QJsonObject { { QStringLiteral("oauth_url"), url.toString(QUrl::FullyEncoded) } });
        });
}

void WidgetLinkApi::linkCredentials(const ExchangePtr &exchange, const QString &sessionId)
{
    const auto chosen = choose(m_context, exchange, sessionId);
    if (!chosen)
        return;
    const IntegrationSource &source = chosen->source;
    QJsonObject credentials;
    QJsonObject kept;
    ApiError error;
    if (source.authType == IntegrationSource::AuthType::Password) {
        QString username;
        QString password;
        if (!JsonFields::optionalString(chosen->body, QStringLiteral("username"), &username, &error, 512)
            || !JsonFields::optionalString(chosen->body, QStringLiteral("password"), &password, &error, 1024))
            return exchange->fail(error);
        if (username.isEmpty() || password.isEmpty())
            return exchange->fail(
                ApiError::invalidParameter(tr("\"username\" and \"password\" are required.")));
        credentials = { { QStringLiteral("username"), username }, { QStringLiteral("password"), password } };
        kept = { { QStringLiteral("username"), username } };
    } else if (source.authType == IntegrationSource::AuthType::Email) {
        QString email;
        if (!JsonFields::optionalString(chosen->body, QStringLiteral("email"), &email, &error, 254))
            return exchange->fail(error);
        if (email.isEmpty())
            return exchange->fail(ApiError::invalidParameter(tr("\"email\" is required.")));
        if (!LinkApi::isPlausibleEmail(email))
            return exchange->fail(ApiError::invalidParameter(tr("\"email\" is not an e-mail address.")));
        credentials = { { QStringLiteral("email"), email } };
        kept = credentials;
    } else {
        return exchange->fail(ApiError::invalidProvider(
            tr("\"%1\" does not take a password or an e-mail address.").arg(source.key)));
    }
    // Each wrong guess costs the provider a login call: a session gets a few.
    if (failedAttempts(m_context, sessionId) >= MaxFailedAttempts)
        return exchange->fail(ApiError::make(429, QStringLiteral("TOO_MANY_ATTEMPTS"),
            tr("Too many failed attempts in this session. Start again from the application.")));

    const WidgetSessionLookup lookup = chosen->lookup;
    const LinkOrigin origin = lookup.origin(m_context);
    ConnectContext *context = &m_context;
    CredentialLinker(m_context).link(lookup.application, source, credentials, kept, origin, &m_context,
        [context, exchange, lookup, origin, key = source.key](const CredentialLinker::Outcome &outcome) {
            if (!outcome.connection) {
                ConnectEvent failed;
                failed.applicationId = lookup.application.id;
                failed.sessionId = lookup.session.id;
                failed.kind = kCredentialsFailed;
                failed.detail
                    = { { QStringLiteral("provider"), key }, { QStringLiteral("code"), outcome.error.code } };
                context->recordEvent(&failed);
                qCInfo(lcWidgetLink) << "credentials for" << key
                                     << "were not accepted:" << outcome.error.code;
                return exchange->fail(outcome.error);
            }
            exchange->respond(200,
                QJsonObject {
                    { QStringLiteral("success"), true },
                    { QStringLiteral("provider"), key },
                    { QStringLiteral("user_id"), origin.userId },
                    { QStringLiteral("verified"), outcome.verified },
                    { QStringLiteral("redirect_url"), successUrl(*context, lookup, origin.userId, key) },
                });
        });
}

void WidgetLinkApi::chooseSdk(const ExchangePtr &exchange, const QString &sessionId)
{
    const auto chosen = choose(m_context, exchange, sessionId);
    if (!chosen)
        return;
    if (chosen->source.authType != IntegrationSource::AuthType::Sdk)
        return exchange->fail(ApiError::invalidProvider(
            tr("\"%1\" does not connect through an on-device SDK.").arg(chosen->source.key)));
    const WidgetSessionLookup &lookup = chosen->lookup;
    const QString userId = lookup.userId(m_context);
    Workspace &workspace = m_context.workspace();

    ConnectEvent event;
    event.applicationId = lookup.application.id;
    event.sessionId = lookup.session.id;
    event.kind = QStringLiteral("sdk.chosen");
    event.detail
        = { { QStringLiteral("provider"), chosen->source.key }, { QStringLiteral("user_id"), userId } };
    event.at = m_context.now();
    const StoreResult stored = workspace.transaction([&]() -> StoreResult {
        if (const StoreResult appended = EventRepository(workspace).append(&event); !appended)
            return appended;
        return WidgetSessionRepository(workspace).setState(
            lookup.session.id, WidgetSession::State::Completed);
    });
    if (!stored)
        return exchange->fail(ApiError::internal(stored.message));
    m_context.announce(event);
    exchange->respond(200,
        QJsonObject {
            { QStringLiteral("success"), true },
            { QStringLiteral("provider"), chosen->source.key },
            { QStringLiteral("user_id"), userId },
            { QStringLiteral("redirect_url"), successUrl(m_context, lookup, userId, chosen->source.key) },
        });
}
