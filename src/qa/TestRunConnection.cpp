#include "TestRunConnection.h"

#include "ConnectContext.h"
#include "ConnectionRecorder.h"
#include "ConnectionRepository.h"
#include "ConnectionRevoker.h"
#include "LinkOrigin.h"
#include "TestRun.h"
#include "TestRunRecorder.h"
#include "UserConnection.h"
#include "WebhookSender.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRunConnection, "linkdeck.qa.connection")

namespace {

TestStep::Status statusOf(const QList<TestStep> &steps, TestStep::Kind kind)
{
    for (const TestStep &step : steps) {
        if (step.kind == kind)
            return step.status;
    }
    return TestStep::Status::Pending;
}

QString detailOf(const QList<TestStep> &steps, TestStep::Kind kind)
{
    for (const TestStep &step : steps) {
        if (step.kind == kind)
            return step.detail;
    }
    return {};
}

} // namespace

TestRunConnection::TestRunConnection(TestRun *run, TestRunRecorder *recorder, Workspace &workspace,
    SecretStore *secrets, const Application &application, const TokenSealer &sealer, const QString &keyError,
    QObject *parent)
    : QObject(parent)
    , m_run(run)
    , m_workspace(workspace)
    , m_secrets(secrets)
    , m_application(application)
    , m_sealer(sealer)
    , m_keyError(keyError)
{
    connect(recorder, &TestRunRecorder::recorded, this, &TestRunConnection::onRecorded);
    // A run deleted before it was stored leaves nothing to do.
    connect(recorder, &QObject::destroyed, this, [this]() {
        if (!m_reported)
            deleteLater();
    });
}

TestRunConnection::~TestRunConnection() = default;

QString TestRunConnection::userIdFor(const QString &sourceKey, qint64 runId)
{
    return QStringLiteral("qa-%1-%2").arg(sourceKey).arg(runId);
}

void TestRunConnection::onRecorded(const TestRunRecord &record)
{
    m_reported = true;
    report(record);
    // The webhooks ("auth", and "deauth" where the run revoked), where any
    // went out, must be done before their sender goes.
    if (m_context && m_context->webhooks()->pendingCount() > 0) {
        WebhookSender *webhooks = m_context->webhooks();
        connect(webhooks, &WebhookSender::deliveryFinished, this, [this, webhooks]() {
            if (webhooks->pendingCount() == 0)
                deleteLater();
        });
    } else {
        deleteLater();
    }
}

void TestRunConnection::report(const TestRunRecord &record)
{
    UserConnection connection;
    QJsonObject secrets;
    if (!m_run || !m_run->issuedConnection(&connection, &secrets))
        return;
    if (m_application.id == 0) {
        Q_EMIT reported(tr("The connection was not stored: the run used the source's own credentials, and "
                           "connections belong to an application."),
            false);
        return;
    }
    if (!m_sealer.hasKey()) {
        Q_EMIT reported(tr("The connection was not stored: %1").arg(m_keyError), false);
        return;
    }
    if (const StoreResult stored = store(record, &connection, secrets); !stored) {
        Q_EMIT reported(tr("The connection was not stored: %1").arg(stored.message), false);
        return;
    }
    Q_EMIT reported(
        tr("The connection was stored as %1 for user %2.").arg(connection.id, connection.userId), true);
}

StoreResult TestRunConnection::store(
    const TestRunRecord &record, UserConnection *connection, const QJsonObject &secrets)
{
    if (!m_context)
        m_context = new ConnectContext(m_workspace, m_secrets, m_sealer, m_clock, ConnectSettings(), this);
    const QDateTime now = m_context->now();
    const QList<TestStep> steps = m_run->steps();
    connection->sourceKey = record.sourceKey;
    connection->userId = userIdFor(record.sourceKey, record.id);
    connection->referenceId = QString::number(record.id);
    connection->createdAt = now;
    if (statusOf(steps, TestStep::Kind::Refresh) == TestStep::Status::Passed)
        connection->lastRefreshedAt = now;
    LinkOrigin origin;
    origin.userId = connection->userId;
    origin.referenceId = connection->referenceId;
    const StoreResult recorded = ConnectionRecorder(*m_context)
                                     .record(m_application, connection, secrets, origin,
                                         { { QStringLiteral("via"), QStringLiteral("test_run") } });
    if (!recorded)
        return recorded;
    qCDebug(lcRunConnection) << "stored the connection of test run" << record.id << "as" << connection->id;

    // What the run did after the token exchange, as the console's own
    // revoke and refresh leave a connection: a revoke with its deauth event
    // and webhook, as the application heard of the connection.
    if (statusOf(steps, TestStep::Kind::Revoke) == TestStep::Status::Passed) {
        const ConnectionRevoker::Outcome revoked
            = ConnectionRevoker(*m_context)
                  .revokeHere(m_application, *connection, /*providerRevoked=*/true, {}, {},
                      { { QStringLiteral("via"), QStringLiteral("test_run") } });
        return revoked.revoked ? StoreResult::ok()
                               : StoreResult::failure(StoreResult::Status::Failed, revoked.error.message);
    }
    if (statusOf(steps, TestStep::Kind::Refresh) == TestStep::Status::Failed)
        return ConnectionRepository(m_workspace)
            .setStatus(connection->id, UserConnection::Status::NeedsReauth,
                detailOf(steps, TestStep::Kind::Refresh), now);
    return recorded;
}
