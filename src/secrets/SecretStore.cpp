#include "SecretStore.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "linkdeck.secrets")

namespace {

const QString kService = QStringLiteral("linkdeck");

bool isBackendMissing(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented;
}

} // namespace

SecretStore::SecretStore(const QString &workspaceId, QObject *parent)
    : QObject(parent)
    , m_workspaceId(workspaceId)
{ }

QString SecretStore::keyFor(const QString &workspaceId, const QString &owner, const QString &field)
{
    return QStringLiteral("linkdeck:%1:%2:%3").arg(workspaceId, owner, field);
}

QString SecretStore::environmentVariable(const QString &owner, const QString &field)
{
    static const QRegularExpression other(QStringLiteral("[^A-Z0-9]"));
    QString name = (owner + QLatin1Char('_') + field).toUpper();
    name.replace(other, QStringLiteral("_"));
    return QStringLiteral("LINKDECK_SECRET_") + name;
}

QString SecretStore::sourceOwner(const QString &sourceKey)
{
    return QStringLiteral("source/") + sourceKey;
}

QString SecretStore::applicationOwner(const QString &clientId)
{
    return QStringLiteral("app/") + clientId;
}

QString SecretStore::applicationSourceOwner(const QString &clientId, const QString &sourceKey)
{
    return applicationOwner(clientId) + QStringLiteral("/source/") + sourceKey;
}

void SecretStore::read(const QString &owner, const QString &field, QObject *context, Callback done)
{
    const QByteArray fromEnv = qgetenv(environmentVariable(owner, field).toLatin1().constData());
    if (!fromEnv.isEmpty()) {
        Result result;
        result.value = QString::fromUtf8(fromEnv);
        result.fromEnvironment = true;
        // Keep the contract asynchronous even when no job runs.
        QMetaObject::invokeMethod(
            context, [done, result]() { done(result); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(keyFor(m_workspaceId, owner, field));
    run(job, context, std::move(done), true);
}

void SecretStore::write(
    const QString &owner, const QString &field, const QString &value, QObject *context, Callback done)
{
    if (m_availability == Availability::Unavailable) {
        Result result { Result::Status::NoKeyring, {}, m_reason, false };
        QMetaObject::invokeMethod(
            context, [done, result]() { done(result); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setKey(keyFor(m_workspaceId, owner, field));
    job->setTextData(value);
    run(job, context, std::move(done), false);
}

void SecretStore::remove(const QString &owner, const QString &field, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(kService);
    job->setKey(keyFor(m_workspaceId, owner, field));
    run(job, context, std::move(done), false);
}

void SecretStore::probe()
{
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(keyFor(m_workspaceId, QStringLiteral("linkdeck"), QStringLiteral("probe")));
    run(
        job, this,
        [this](const Result &result) {
            // Any answer but "found" or "not found" means no usable keyring.
            if (result.status == Result::Status::Failed)
                setAvailability(Availability::Unavailable,
                    tr("No keyring answered. %1. Secrets cannot be stored until a Secret Service "
                       "such as GNOME Keyring or KWallet is running.")
                        .arg(result.message));
        },
        true);
}

void SecretStore::run(QKeychain::Job *job, QObject *context, Callback done, bool reading)
{
    // Jobs have no parent and delete themselves when finished: deleting a
    // running job (with its store) crashes in the keyring backend.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, guard, done, reading](QKeychain::Job *finished) {
        Result result;
        const QKeychain::Error error = finished->error();
        if (error == QKeychain::NoError) {
            if (reading)
                result.value = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            setAvailability(Availability::Available, {});
        } else if (error == QKeychain::EntryNotFound) {
            // Normal: nothing stored yet, and proof that a keyring answered.
            result.status = Result::Status::NotFound;
            setAvailability(Availability::Available, {});
        } else if (isBackendMissing(error)) {
            result.status = Result::Status::NoKeyring;
            result.message
                = tr("No keyring is available (%1). Secrets cannot be stored until a Secret Service "
                     "such as GNOME Keyring or KWallet is running.")
                      .arg(finished->errorString());
            setAvailability(Availability::Unavailable, result.message);
        } else {
            result.status = Result::Status::Failed;
            result.message = tr("The keyring refused: %1").arg(finished->errorString());
            qCWarning(lcSecrets) << "keyring job failed for" << finished->key() << finished->errorString();
        }
        if (guard)
            done(result);
    });
    job->start();
}

void SecretStore::setAvailability(Availability availability, const QString &reason)
{
    if (m_availability == availability && m_reason == reason)
        return;
    m_availability = availability;
    m_reason = reason;
    Q_EMIT availabilityChanged(availability);
}
