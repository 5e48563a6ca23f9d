#include "TestRunConnectionFollower.h"

#include "ApplicationRepository.h"
#include "AuditLog.h"
#include "ConnectContext.h"
#include "ConnectionRefresher.h"
#include "ConnectionRepository.h"
#include "ConnectionRevoker.h"
#include "ConnectionSecrets.h"
#include "TestRunConnection.h"
#include "TokenSealer.h"
#include "Workspace.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRunConnectionFollower, "linkdeck.qa.connection.follow")

namespace {

// The stored connection of @p run, where it stored one.
std::optional<UserConnection> connectionOf(Workspace &workspace, const TestRunRecord &run)
{
    if (run.applicationId == 0 || run.id == 0)
        return std::nullopt;
    return ConnectionRepository(workspace).findFor(
        run.applicationId, run.sourceKey, TestRunConnection::userIdFor(run.sourceKey, run.id));
}

} // namespace

TestRunConnectionFollower::TestRunConnectionFollower(
    Workspace &workspace, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_secrets(secrets)
{ }

TestRunConnectionFollower::~TestRunConnectionFollower() = default;

void TestRunConnectionFollower::follow(const TestRunRecord &run, const TokenResponse &response,
    const QList<HttpExchange> &exchanges, Callback done)
{
    const bool refresh = response.operation == TokenResponse::Operation::Refresh;
    // A revoke the provider refused leaves the tokens working, here as there.
    const bool revoke = response.operation == TokenResponse::Operation::Revoke && response.ok;
    if ((!refresh && !revoke) || !connectionOf(m_workspace, run)) {
        done({}, true);
        return;
    }
    if (m_context) {
        apply(run, response, exchanges, done);
        return;
    }
    TokenSealer::loadKey(
        m_secrets, this, [this, run, response, exchanges, done](const TokenSealer::KeyResult &key) {
            if (!key.isOk()) {
                done(tr("The stored connection was not updated: %1").arg(key.error), false);
                return;
            }
            if (!m_context)
                m_context = new ConnectContext(
                    m_workspace, m_secrets, TokenSealer(key.key), m_clock, ConnectSettings(), this);
            apply(run, response, exchanges, done);
        });
}

void TestRunConnectionFollower::apply(const TestRunRecord &run, const TokenResponse &response,
    const QList<HttpExchange> &exchanges, const Callback &done)
{
    const std::optional<UserConnection> connection = connectionOf(m_workspace, run);
    if (!connection) {
        done(tr("The stored connection was not updated: it no longer exists."), false);
        return;
    }
    const std::optional<Application> application = ApplicationRepository(m_workspace).find(run.applicationId);
    if (!application) {
        done(tr("The stored connection %1 was not updated: its application no longer exists.")
                 .arg(connection->id),
            false);
        return;
    }
    QJsonArray recorded;
    for (const HttpExchange &exchange : exchanges)
        recorded.append(ConnectionSecrets::recordedExchange(exchange));
    const QJsonObject detail { { QStringLiteral("operator"), m_workspace.operatorName() },
        { QStringLiteral("via"), QStringLiteral("tests_page") } };

    if (response.operation == TokenResponse::Operation::Refresh) {
        const ConnectionRefresher::Outcome outcome
            = ConnectionRefresher(*m_context).record(*application, *connection, response, recorded, detail);
        qCDebug(lcRunConnectionFollower) << "the refresh by hand is stored with connection" << connection->id;
        if (outcome.refreshed)
            done(tr("The stored connection %1 holds the new tokens.").arg(connection->id), true);
        else if (response.ok)
            done(tr("The stored connection %1 was not updated: %2").arg(connection->id, outcome.message),
                false);
        else
            done(tr("The stored connection %1 records the failed refresh.").arg(connection->id), true);
        return;
    }
    const ConnectionRevoker::Outcome outcome
        = ConnectionRevoker(*m_context)
              .revokeHere(*application, *connection, true, QString(), recorded, detail);
    if (!outcome.revoked) {
        done(tr("The stored connection %1 was not revoked: %2").arg(connection->id, outcome.error.message),
            false);
        return;
    }
    const QString message
        = tr("The stored connection %1 is revoked too: its tokens are deleted and the application is told "
             "(deauth).")
              .arg(connection->id);
    if (const StoreResult audited
        = AuditLog(m_workspace)
              .record(QStringLiteral("revoke"), AuditLog::connectionKind(), connection->id, message, detail);
        !audited)
        qCWarning(lcRunConnectionFollower) << "revoke not audited:" << audited.message;
    done(message, true);
}
