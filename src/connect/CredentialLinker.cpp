#include "CredentialLinker.h"

#include "ConnectContext.h"
#include "ConnectionRecorder.h"
#include "CredentialVerifier.h"

#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcLinker, "linkdeck.connect.linker")

namespace {

// Stores the connection of a successful check (or of a source with no
// login endpoint) and says how it went.
CredentialLinker::Outcome store(ConnectContext &context, const Application &application,
    const IntegrationSource &source, const QJsonObject &secrets, const LinkOrigin &origin, bool verified,
    const QJsonObject &answer)
{
    CredentialLinker::Outcome outcome;
    UserConnection connection;
    connection.sourceKey = source.key;
    connection.userId = origin.userId;
    connection.referenceId = origin.referenceId;
    connection.status = UserConnection::Status::Active;
    connection.createdAt = context.now();
    connection.grantedScopes = answer.value(QStringLiteral("scope")).toString();
    const int expiresIn = answer.value(QStringLiteral("expires_in")).toInt();
    if (expiresIn > 0)
        connection.tokenExpiresAt = connection.createdAt.addSecs(expiresIn);
    const StoreResult stored = ConnectionRecorder(context).record(application, &connection, secrets, origin,
        { { QStringLiteral("flow"),
              source.authType == IntegrationSource::AuthType::Email ? QStringLiteral("email")
                                                                    : QStringLiteral("password") },
            { QStringLiteral("verified"), verified } });
    if (!stored) {
        outcome.error = ApiError::internal(stored.message);
        return outcome;
    }
    outcome.connection = connection;
    outcome.verified = verified;
    return outcome;
}

} // namespace

CredentialLinker::CredentialLinker(ConnectContext &context)
    : m_context(context)
{ }

void CredentialLinker::link(const Application &application, const IntegrationSource &source,
    const QJsonObject &credentials, const QJsonObject &kept, const LinkOrigin &origin, QObject *receiver,
    Callback done)
{
    const QString loginUrl = source.authUrl.trimmed();
    if (loginUrl.isEmpty()) {
        qCInfo(lcLinker) << source.key << "has no login endpoint; linking unverified";
        const Outcome outcome = store(m_context, application, source, kept, origin, false, {});
        QMetaObject::invokeMethod(
            receiver, [done, outcome]() { done(outcome); }, Qt::QueuedConnection);
        return;
    }
    QPointer<ConnectContext> context(&m_context);
    m_context.credentials()->verify(QUrl(loginUrl, QUrl::StrictMode), credentials, receiver,
        [context, application, source, kept, origin, done](const CredentialCheck &check) {
            Outcome outcome;
            if (!context) {
                outcome.error = ApiError::internal(tr("The service stopped."));
                return done(outcome);
            }
            switch (check.outcome) {
            case CredentialCheck::Outcome::Rejected:
                outcome.error = ApiError::invalidCredentials(check.error);
                return done(outcome);
            case CredentialCheck::Outcome::Unavailable:
                outcome.error = ApiError::providerUnavailable(check.error);
                return done(outcome);
            case CredentialCheck::Outcome::Accepted:
                break;
            }
            QJsonObject secrets = kept;
            secrets.insert(QStringLiteral("login_response"), check.response);
            done(store(*context, application, source, secrets, origin, true, check.response));
        });
}
