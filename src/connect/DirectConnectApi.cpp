#include "DirectConnectApi.h"

#include "ApplicationRepository.h"
#include "BrowserPage.h"
#include "CatalogCache.h"
#include "ConnectContext.h"
#include "ConnectionRepository.h"
#include "ConnectionRevoker.h"
#include "LinkTokenRepository.h"
#include "OAuthStarter.h"
#include "OpaqueToken.h"
#include "SourceAccess.h"
#include "Workspace.h"

#include <QLoggingCategory>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcDirect, "linkdeck.connect.direct")

DirectConnectApi::DirectConnectApi(ConnectContext &context)
    : m_context(context)
{ }

QUrl DirectConnectApi::resultUrl(ConnectContext &context, const Application &application,
    const QString &sourceKey, bool connected, const QString &redirectUri)
{
    QList<QPair<QString, QString>> query {
        { QStringLiteral("connected"), connected ? QStringLiteral("true") : QStringLiteral("false") },
        { QStringLiteral("dataSource"), sourceKey },
    };
    if (!redirectUri.isEmpty())
        query << qMakePair(QStringLiteral("client_id"), application.clientId)
              << qMakePair(QStringLiteral("redirect_uri"), redirectUri);
    return BrowserPage::withQuery(context.endpoint(QStringLiteral("/connect/result")), query);
}

std::optional<DirectConnectApi::Resolved> DirectConnectApi::resolve(const ExchangePtr &exchange)
{
    const QUrlQuery query = exchange->query();
    const QString token = query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    const QString sourceKey = query.queryItemValue(QStringLiteral("dataSource"), QUrl::FullyDecoded);
    Resolved resolved;
    resolved.redirectUri = query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
    if (token.isEmpty()) {
        BrowserPage::error(exchange, ApiError::missingLinkToken());
        return std::nullopt;
    }
    Workspace &workspace = m_context.workspace();
    const auto link = LinkTokenRepository(workspace).findByHash(OpaqueToken::hash(token));
    const auto application = link ? ApplicationRepository(workspace).find(link->applicationId) : std::nullopt;
    if (!link || !application || link->isExpired(m_context.now())) {
        qCInfo(lcDirect) << "refused an unknown or expired link token";
        BrowserPage::error(exchange, ApiError::invalidRequest());
        return std::nullopt;
    }
    // Checked before anything else can send the user there.
    if (!resolved.redirectUri.isEmpty() && !application->redirectUrls.contains(resolved.redirectUri)) {
        BrowserPage::error(exchange, ApiError::invalidRedirectUrl(resolved.redirectUri));
        return std::nullopt;
    }
    if (sourceKey.isEmpty()) {
        BrowserPage::error(exchange, ApiError::invalidProvider(tr("\"dataSource\" is required.")));
        return std::nullopt;
    }
    ApiError error;
    const auto source = SourceAccess::usable(workspace, *application, sourceKey, &error);
    if (!source) {
        BrowserPage::error(exchange, error);
        return std::nullopt;
    }
    if (!link->allows(source->key)) {
        BrowserPage::error(exchange,
            ApiError::invalidProvider(
                tr("This link token is not for the provider \"%1\".").arg(source->key)));
        return std::nullopt;
    }
    resolved.token = *link;
    resolved.application = *application;
    resolved.source = *source;
    return resolved;
}

void DirectConnectApi::connectSource(const ExchangePtr &exchange)
{
    const auto resolved = resolve(exchange);
    if (!resolved)
        return;
    if (!resolved->source.isOAuth())
        return BrowserPage::error(exchange,
            ApiError::invalidProvider(
                tr("\"%1\" does not connect through an authorization page; use the connect widget.")
                    .arg(resolved->source.key)));
    LinkOrigin origin;
    origin.linkTokenHash = resolved->token.tokenHash;
    origin.userId = resolved->token.userId;
    origin.referenceId = resolved->token.referenceId;
    origin.successRedirectUrl = resolved->redirectUri;
    origin.failureRedirectUrl = resolved->redirectUri;
    origin.direct = true;
    OAuthStarter(m_context).start(resolved->application, resolved->source, origin, &m_context,
        [exchange](const QUrl &url, const ApiError &error) {
            if (!url.isValid())
                return BrowserPage::error(exchange, error);
            BrowserPage::redirect(exchange, url);
        });
}

void DirectConnectApi::revokeSource(const ExchangePtr &exchange)
{
    const auto resolved = resolve(exchange);
    if (!resolved)
        return;
    const QUrl done
        = resultUrl(m_context, resolved->application, resolved->source.key, false, resolved->redirectUri);
    const auto connection
        = ConnectionRepository(m_context.workspace())
              .findFor(resolved->application.id, resolved->source.key, resolved->token.userId);
    // Nothing to revoke is what the caller wanted: not connected.
    if (!connection || connection->status == UserConnection::Status::Revoked)
        return BrowserPage::redirect(exchange, done);
    ConnectionRevoker(m_context).revoke(resolved->application, *connection, &m_context,
        [exchange, done](const ConnectionRevoker::Outcome &outcome) {
            if (!outcome.revoked)
                return BrowserPage::error(exchange, outcome.error);
            BrowserPage::redirect(exchange, done);
        });
}

void DirectConnectApi::showResult(const ExchangePtr &exchange)
{
    const QUrlQuery query = exchange->query();
    const bool connected
        = query.queryItemValue(QStringLiteral("connected"), QUrl::FullyDecoded) == QLatin1String("true");
    const QString redirectUri = query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
    if (!redirectUri.isEmpty()) {
        const QString clientId = query.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
        const auto application = m_context.catalog().application(clientId);
        // Only to a URL the application registered: never an open redirect.
        if (!application || !application->redirectUrls.contains(redirectUri))
            return BrowserPage::error(exchange, ApiError::invalidRedirectUrl(redirectUri));
        return BrowserPage::redirect(exchange,
            BrowserPage::withQuery(QUrl(redirectUri, QUrl::StrictMode),
                { { QStringLiteral("connected"),
                    connected ? QStringLiteral("true") : QStringLiteral("false") } }));
    }
    // Nothing from the query is shown: the page must not say what a link's author wants.
    if (connected)
        return BrowserPage::show(
            exchange, 200, tr("Connected"), tr("The data source is connected. You can close this window."));
    BrowserPage::show(exchange, 200, tr("Not connected"),
        tr("The data source is not connected. You can close this window."));
}
