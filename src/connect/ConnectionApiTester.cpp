#include "ConnectionApiTester.h"

#include "ConnectContext.h"
#include "ConnectEvent.h"
#include "ConnectionSecrets.h"
#include "SourceRepository.h"
#include "TestApiCall.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcApiTester, "linkdeck.connect.apitest")

namespace {

void answer(
    QObject *receiver, const ConnectionApiTester::Callback &done, const ConnectionApiTester::Outcome &outcome)
{
    QMetaObject::invokeMethod(
        receiver, [done, outcome]() { done(outcome); }, Qt::QueuedConnection);
}

QString describe(const HttpExchange &exchange)
{
    const QString path = exchange.url.path();
    if (exchange.status == 0)
        return ConnectionApiTester::tr("GET %1 got no answer: %2").arg(path, exchange.error);
    if (exchange.status >= 200 && exchange.status < 300)
        return ConnectionApiTester::tr("GET %1 answered HTTP %2: the token works.")
            .arg(path)
            .arg(exchange.status);
    if (exchange.status == 401 || exchange.status == 403)
        return ConnectionApiTester::tr("GET %1 answered HTTP %2: the API refused the token.")
            .arg(path)
            .arg(exchange.status);
    return ConnectionApiTester::tr("GET %1 answered HTTP %2.").arg(path).arg(exchange.status);
}

} // namespace

ConnectionApiTester::ConnectionApiTester(ConnectContext &context)
    : m_context(context)
{ }

void ConnectionApiTester::test(
    const UserConnection &connection, QObject *receiver, Callback done, const QJsonObject &eventDetail)
{
    Outcome refused;
    const auto source = SourceRepository(m_context.workspace()).find(connection.sourceKey);
    if (!source) {
        refused.message = tr("The source \"%1\" no longer exists.").arg(connection.sourceKey);
        return answer(receiver, done, refused);
    }
    if (source->testApiPath.trimmed().isEmpty()) {
        refused.message = tr("The source \"%1\" has no test API path.").arg(source->displayName);
        return answer(receiver, done, refused);
    }
    QString error;
    const QJsonObject secrets = ConnectionSecrets::open(m_context.sealer(), connection, &error);
    const QString accessToken = secrets.value(QStringLiteral("access_token")).toString();
    if (accessToken.isEmpty()) {
        refused.message = error.isEmpty() ? tr("The connection has no access token.") : error;
        return answer(receiver, done, refused);
    }

    QPointer<ConnectContext> guard(&m_context);
    QPointer<QObject> answerTo(receiver);
    auto *call = new TestApiCall(m_context.network(), &m_context);
    call->setTransferTimeout(int(m_context.settings().providerTimeout.count()));
    QObject::connect(call, &TestApiCall::finished, call,
        [guard, answerTo, call, connection, done, eventDetail](const HttpExchange &exchange) {
            call->deleteLater();
            if (!guard || !answerTo)
                return;
            Outcome outcome;
            outcome.httpStatus = exchange.status;
            outcome.ok = exchange.status >= 200 && exchange.status < 300;
            outcome.message = describe(exchange);
            ConnectEvent event;
            event.applicationId = connection.applicationId;
            event.connectionId = connection.id;
            event.kind = QStringLiteral("api.test");
            event.detail = eventDetail;
            event.detail.insert(QStringLiteral("provider"), connection.sourceKey);
            event.detail.insert(QStringLiteral("user_id"), connection.userId);
            event.detail.insert(QStringLiteral("http_status"), exchange.status);
            event.detail.insert(QStringLiteral("ok"), outcome.ok);
            event.detail.insert(
                QStringLiteral("http"), QJsonArray { ConnectionSecrets::recordedExchange(exchange) });
            if (!guard->recordEvent(&event))
                outcome.message += QLatin1Char(' ') + tr("The call could not be recorded.");
            qCInfo(lcApiTester) << "test API call for" << connection.id << "HTTP" << exchange.status;
            done(outcome);
        });
    call->start(*source, accessToken);
}
