#include "FlowCompletion.h"

#include "BrowserPage.h"
#include "ConnectContext.h"
#include "ConnectEvent.h"
#include "ConnectionRecorder.h"
#include "DirectConnectApi.h"
#include "SourceRepository.h"
#include "StoredTime.h"
#include "WebhookSender.h"
#include "WidgetSessionApi.h"
#include "WidgetSessionRepository.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCompletion, "linkdeck.connect.completion")

using Parameters = QList<QPair<QString, QString>>;

FlowCompletion::FlowCompletion(
    ConnectContext &context, const OAuthState &state, const Application &application)
    : m_context(context)
    , m_state(state)
    , m_application(application)
    , m_userId(state.userId.isEmpty() ? QStringLiteral("lu_") + state.stateHash.left(32) : state.userId)
{ }

LinkOrigin FlowCompletion::origin() const
{
    LinkOrigin origin;
    origin.sessionId = m_state.sessionId;
    origin.linkTokenHash = m_state.linkTokenHash;
    origin.userId = m_userId;
    origin.referenceId = m_state.referenceId;
    origin.successRedirectUrl = m_state.successRedirectUrl;
    origin.failureRedirectUrl = m_state.failureRedirectUrl;
    origin.direct = m_state.flow == QLatin1String("direct");
    return origin;
}

QString FlowCompletion::sourceName() const
{
    const auto source = SourceRepository(m_context.workspace()).find(m_state.sourceKey);
    return source && !source->displayName.isEmpty() ? source->displayName : m_state.sourceKey;
}

QUrl FlowCompletion::target(bool success, const Parameters &parameters) const
{
    if (m_state.flow == QLatin1String("direct"))
        return DirectConnectApi::resultUrl(
            m_context, m_application, m_state.sourceKey, success, m_state.successRedirectUrl);
    QString url;
    if (!m_state.sessionId.isEmpty()) {
        const auto session = WidgetSessionRepository(m_context.workspace()).find(m_state.sessionId);
        if (session)
            url = success ? session->successRedirectUrl : session->failureRedirectUrl;
        if (url.isEmpty()) {
            // Back to the widget, which shows how it went.
            Parameters query { { QStringLiteral("result"),
                success ? QStringLiteral("success") : QStringLiteral("failure") } };
            query.append(parameters);
            return BrowserPage::withQuery(
                m_context.endpoint(WidgetSessionApi::widgetPath(m_state.sessionId)), query);
        }
    } else {
        url = success ? m_state.successRedirectUrl
                      : (m_state.failureRedirectUrl.isEmpty() ? m_state.successRedirectUrl
                                                              : m_state.failureRedirectUrl);
    }
    if (url.isEmpty())
        return {};
    return BrowserPage::withQuery(QUrl(url, QUrl::StrictMode), parameters);
}

void FlowCompletion::succeed(const ExchangePtr &exchange, const IntegrationSource &source,
    UserConnection connection, const QJsonObject &secrets, const QJsonObject &eventDetail)
{
    connection.sourceKey = source.key;
    connection.userId = m_userId;
    connection.referenceId = m_state.referenceId;
    connection.status = UserConnection::Status::Active;
    connection.lastError.clear();
    if (!connection.createdAt.isValid())
        connection.createdAt = m_context.now();
    QJsonObject detail = eventDetail;
    detail.insert(QStringLiteral("via"), m_state.flow);
    const StoreResult stored
        = ConnectionRecorder(m_context).record(m_application, &connection, secrets, origin(), detail);
    if (!stored)
        return fail(exchange, QStringLiteral("internal_error"), tr("The connection could not be stored."));
    qCInfo(lcCompletion) << "connected" << source.key << "for application" << m_application.clientId << "via"
                         << m_state.flow;
    const QUrl url = target(true,
        { { QStringLiteral("user_id"), m_userId }, { QStringLiteral("resource"), source.key },
            { QStringLiteral("reference_id"), m_state.referenceId } });
    if (url.isValid())
        return BrowserPage::redirect(exchange, url);
    BrowserPage::show(exchange, 200, tr("Connected"),
        tr("Your %1 account is now connected to %2. You can close this window.")
            .arg(source.displayName.isEmpty() ? source.key : source.displayName, m_application.name));
}

void FlowCompletion::fail(
    const ExchangePtr &exchange, const QString &error, const QString &reason, const QJsonObject &eventDetail)
{
    ConnectEvent event;
    event.applicationId = m_application.id;
    event.sessionId = m_state.sessionId;
    event.kind = QStringLiteral("auth.failed");
    event.detail = eventDetail;
    event.detail.insert(QStringLiteral("provider"), m_state.sourceKey);
    event.detail.insert(QStringLiteral("user_id"), m_userId);
    event.detail.insert(QStringLiteral("error"), error);
    event.detail.insert(QStringLiteral("reason"), reason);
    event.detail.insert(QStringLiteral("via"), m_state.flow);
    m_context.recordEvent(&event);
    m_context.webhooks()->send(m_application, QStringLiteral("auth_failure"),
        failurePayload(m_userId, m_state.referenceId, m_state.sourceKey, error, reason, m_context.now()));
    qCInfo(lcCompletion) << "connecting" << m_state.sourceKey << "failed for application"
                         << m_application.clientId << ":" << error;

    const QUrl url = target(false,
        { { QStringLiteral("error"), error }, { QStringLiteral("reason"), reason },
            { QStringLiteral("resource"), m_state.sourceKey },
            { QStringLiteral("reference_id"), m_state.referenceId } });
    if (url.isValid())
        return BrowserPage::redirect(exchange, url);
    BrowserPage::show(exchange, 200, tr("Not connected"),
        tr("Your %1 account could not be connected: %2").arg(sourceName(), reason), error);
}

QJsonObject FlowCompletion::failurePayload(const QString &userId, const QString &referenceId,
    const QString &sourceKey, const QString &error, const QString &reason, const QDateTime &at)
{
    return {
        { QStringLiteral("status"), QStringLiteral("error") },
        { QStringLiteral("user"),
            QJsonObject {
                { QStringLiteral("user_id"), userId },
                { QStringLiteral("reference_id"), referenceId },
                { QStringLiteral("provider"), sourceKey },
            } },
        { QStringLiteral("error"), error },
        { QStringLiteral("reason"), reason },
        { QStringLiteral("occurred_at"), StoredTime::format(at) },
    };
}
