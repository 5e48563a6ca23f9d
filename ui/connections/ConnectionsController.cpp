#include "ConnectionsController.h"

#include "ApplicationRepository.h"
#include "AuditLog.h"
#include "Clock.h"
#include "ConnectContext.h"
#include "ConnectionApiTester.h"
#include "ConnectionRefresher.h"
#include "ConnectionRepository.h"
#include "ConnectionRevoker.h"
#include "ConnectionSecrets.h"
#include "EventRepository.h"
#include "Redactor.h"
#include "SecretStore.h"
#include "SourceRepository.h"
#include "SupportBundle.h"
#include "Workspace.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConnectionsController, "linkdeck.ui.connections")

ConnectionsController::ConnectionsController(
    Workspace &workspace, SecretStore &secrets, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_secrets(secrets)
    , m_clock(clock)
    , m_keyProblem(tr("The token sealing key is being loaded…"))
    , m_operator(workspace.operatorName())
{
    TokenSealer::loadKey(&m_secrets, this, [this](const TokenSealer::KeyResult &key) {
        if (!key.isOk()) {
            m_keyProblem = tr("The connections' tokens cannot be opened: %1").arg(key.error);
            qCWarning(lcConnectionsController) << "no token sealing key:" << key.error;
        } else {
            m_sealer = TokenSealer(key.key);
            m_keyProblem.clear();
            m_context
                = new ConnectContext(m_workspace, &m_secrets, m_sealer, m_clock, ConnectSettings(), this);
        }
        Q_EMIT sealingKeyChanged();
    });
}

ConnectionsController::~ConnectionsController() = default;

QDateTime ConnectionsController::now() const
{
    return m_clock.now();
}

std::optional<UserConnection> ConnectionsController::connection(const QString &id) const
{
    if (id.isEmpty())
        return std::nullopt;
    return ConnectionRepository(m_workspace).find(id);
}

QList<ConnectEvent> ConnectionsController::events(const QString &id) const
{
    return EventRepository(m_workspace).forConnection(id);
}

QString ConnectionsController::applicationName(qint64 id) const
{
    const auto application = ApplicationRepository(m_workspace).find(id);
    return application ? application->name : tr("application %1").arg(id);
}

std::optional<IntegrationSource> ConnectionsController::source(const QString &key) const
{
    return SourceRepository(m_workspace).find(key);
}

ConnectionsController::TokenState ConnectionsController::tokenState(const UserConnection &connection) const
{
    TokenState state;
    state.sealed = !connection.sealedTokens.isEmpty();
    if (!state.sealed)
        return state;
    if (!m_sealer.hasKey()) {
        state.problem = m_keyProblem;
        return state;
    }
    const QJsonObject secrets = ConnectionSecrets::open(m_sealer, connection, &state.problem);
    state.readable = !secrets.isEmpty();
    state.accessToken = !secrets.value(QStringLiteral("access_token")).toString().isEmpty()
        || !secrets.value(QStringLiteral("oauth_token")).toString().isEmpty();
    state.refreshToken = !secrets.value(QStringLiteral("refresh_token")).toString().isEmpty();
    return state;
}

QJsonObject ConnectionsController::operatorDetail() const
{
    return { { QStringLiteral("operator"), m_operator },
        { QStringLiteral("via"), QStringLiteral("console") } };
}

bool ConnectionsController::start(const QString &id, Action action, UserConnection *stored)
{
    QString refusal;
    const auto found = connection(id);
    if (isBusy())
        refusal = tr("Another action is still running.");
    else if (!found)
        refusal = tr("The connection no longer exists.");
    else if (!m_context)
        refusal = m_keyProblem;
    if (!refusal.isEmpty()) {
        // Said asynchronously, as the outcome of a started action would be.
        QMetaObject::invokeMethod(
            this, [this, id, action, refusal]() { Q_EMIT actionFinished(id, action, false, refusal); },
            Qt::QueuedConnection);
        return false;
    }
    *stored = *found;
    m_running = action;
    Q_EMIT busyChanged(true);
    return true;
}

void ConnectionsController::finish(const QString &id, Action action, bool ok, const QString &message)
{
    m_running = Action::None;
    Q_EMIT busyChanged(false);
    Q_EMIT connectionChanged(id);
    Q_EMIT actionFinished(id, action, ok, message);
}

std::optional<Application> ConnectionsController::applicationOf(
    const UserConnection &connection, Action action)
{
    auto application = ApplicationRepository(m_workspace).find(connection.applicationId);
    if (!application) {
        QMetaObject::invokeMethod(
            this,
            [this, id = connection.id, action]() {
                finish(id, action, false, tr("The connection's application no longer exists."));
            },
            Qt::QueuedConnection);
    }
    return application;
}

bool ConnectionsController::refresh(const QString &id)
{
    UserConnection connection;
    if (!start(id, Action::Refresh, &connection))
        return false;
    const auto application = applicationOf(connection, Action::Refresh);
    if (!application)
        return true;
    qCInfo(lcConnectionsController) << m_operator << "refreshes connection" << id;
    ConnectionRefresher(*m_context)
        .refresh(
            *application, connection, this,
            [this, id](const ConnectionRefresher::Outcome &outcome) {
                finish(id, Action::Refresh, outcome.refreshed, outcome.message);
            },
            operatorDetail());
    return true;
}

bool ConnectionsController::testApiCall(const QString &id)
{
    UserConnection connection;
    if (!start(id, Action::TestCall, &connection))
        return false;
    qCInfo(lcConnectionsController) << m_operator << "tests the API with connection" << id;
    ConnectionApiTester(*m_context)
        .test(
            connection, this,
            [this, id](const ConnectionApiTester::Outcome &outcome) {
                finish(id, Action::TestCall, outcome.ok, outcome.message);
            },
            operatorDetail());
    return true;
}

bool ConnectionsController::revoke(const QString &id)
{
    UserConnection connection;
    if (!start(id, Action::Revoke, &connection))
        return false;
    const auto application = applicationOf(connection, Action::Revoke);
    if (!application)
        return true;
    qCInfo(lcConnectionsController) << m_operator << "revokes connection" << id;
    ConnectionRevoker(*m_context)
        .revoke(
            *application, connection, this,
            [this, id](const ConnectionRevoker::Outcome &outcome) {
                QString message;
                if (!outcome.revoked)
                    message = tr("Not revoked: %1").arg(outcome.error.message);
                else if (outcome.providerRevoked)
                    message
                        = tr("Revoked at the provider and here; the tokens are deleted and the application "
                             "is told (deauth).");
                else
                    message = tr("Revoked here; the tokens are deleted and the application is told (deauth). "
                                 "The provider was not asked: %1")
                                  .arg(outcome.providerError);
                if (outcome.revoked) {
                    const StoreResult audited
                        = AuditLog(m_workspace)
                              .record(m_operator, QStringLiteral("revoke"), AuditLog::connectionKind(), id,
                                  message, operatorDetail());
                    if (!audited)
                        qCWarning(lcConnectionsController) << "revoke not audited:" << audited.message;
                }
                finish(id, Action::Revoke, outcome.revoked, message);
            },
            QString(), operatorDetail());
    return true;
}

QString ConnectionsController::idsText(const UserConnection &connection) const
{
    QStringList lines { tr("Connection: %1").arg(connection.id), tr("User: %1").arg(connection.userId) };
    if (!connection.referenceId.isEmpty())
        lines << tr("Reference: %1").arg(connection.referenceId);
    lines << tr("Application: %1").arg(applicationName(connection.applicationId))
          << tr("Source: %1").arg(connection.sourceKey);
    return lines.join(QLatin1Char('\n'));
}

void ConnectionsController::copyIds(const QString &id) const
{
    if (const auto stored = connection(id))
        QGuiApplication::clipboard()->setText(idsText(*stored));
}

QString ConnectionsController::suggestedBundleName(const QString &id) const
{
    const auto stored = connection(id);
    const QString stem = stored ? stored->sourceKey + QLatin1Char('-') + stored->userId : id;
    // Ids are the platform's: keep the name safe for every file system.
    QString safe;
    for (const QChar c : stem)
        safe += c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') ? c : QLatin1Char('_');
    return SupportBundle::suggestedFileName(safe, m_clock.now());
}

bool ConnectionsController::exportBundle(const QString &id, const QString &path, QString *error) const
{
    const auto stored = connection(id);
    if (!stored) {
        *error = tr("The connection no longer exists.");
        return false;
    }
    IntegrationSource source;
    source.key = stored->sourceKey;
    if (const auto found = this->source(stored->sourceKey))
        source = *found;
    Redactor redactor;
    // The connection's own tokens, should any have slipped into its history, are scrubbed too.
    const QJsonObject secrets
        = m_sealer.hasKey() ? ConnectionSecrets::open(m_sealer, *stored) : QJsonObject();
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        if (it.value().isString() && Redactor::isSensitiveName(it.key()))
            redactor.addSecret(it.value().toString());
    }
    return SupportBundle::saveConnection(path, source, *stored, events(id), redactor, error);
}
