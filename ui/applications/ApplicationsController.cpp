#include "ApplicationsController.h"

#include "ApplicationRepository.h"
#include "SecretStore.h"
#include "SourceRepository.h"
#include "StoreCommand.h"
#include "Workspace.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QUndoStack>
#include <memory>

Q_LOGGING_CATEGORY(lcApplications, "linkdeck.ui.applications")

namespace {

const QString kClientSecret = QStringLiteral("client_secret");
const QString kWebhookSecret = QStringLiteral("webhook_secret");

QJsonObject sourceSecretDetails(const QString &sourceKey)
{
    return { { QStringLiteral("secret"), kClientSecret }, { QStringLiteral("source"), sourceKey } };
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

ApplicationsController::ApplicationsController(Workspace &workspace, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_secrets(secrets)
    , m_undoStack(new QUndoStack(this))
{
    connect(&m_secrets, &SecretStore::availabilityChanged, this,
        [this]() { Q_EMIT keyringWritableChanged(isKeyringWritable()); });
}

ApplicationsController::~ApplicationsController()
{
    // The commands call back into this object; they go before it does.
    m_undoStack->clear();
}

void ApplicationsController::reload()
{
    StoreResult result;
    const QList<Application> applications = ApplicationRepository(m_workspace).all(&result);
    if (result)
        m_applications = applications;
    else
        fail(result.message);
    const QList<IntegrationSource> sources = SourceRepository(m_workspace).all(&result);
    if (result)
        m_sources = sources;
    else
        fail(result.message);
    Q_EMIT applicationsChanged();
}

std::optional<Application> ApplicationsController::application(const QString &clientId) const
{
    return ApplicationRepository(m_workspace).findByClientId(clientId);
}

bool ApplicationsController::sameEditableFields(const Application &a, const Application &b)
{
    if (a.name.trimmed() != b.name.trimmed() || a.clientId != b.clientId || a.redirectUrls != b.redirectUrls
        || a.webhookUrl.trimmed() != b.webhookUrl.trimmed())
        return false;
    const QStringList keys = sorted(a.sourceKeys);
    if (keys != sorted(b.sourceKeys))
        return false;
    for (const QString &key : keys) {
        if (a.credentials.value(key).clientId != b.credentials.value(key).clientId)
            return false;
    }
    return true;
}

QString ApplicationsController::unusedName(const QString &base) const
{
    const auto taken = [this](const QString &name) {
        return std::any_of(m_applications.cbegin(), m_applications.cend(),
            [&name](const Application &a) { return a.name.compare(name, Qt::CaseInsensitive) == 0; });
    };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = tr("%1 %2").arg(base).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

void ApplicationsController::pushStoreCommand(
    const QString &text, std::function<StoreResult()> redo, std::function<StoreResult()> undo)
{
    // Every write, done or undone, is followed by a fresh read so the lists
    // show what the workspace holds, also when the write failed.
    const auto andReload = [this](std::function<StoreResult()> write) {
        return [this, write]() {
            m_lastWrite = write();
            reload();
            return m_lastWrite;
        };
    };
    m_undoStack->push(new StoreCommand(text, andReload(std::move(redo)), andReload(std::move(undo)),
        [this](const StoreResult &result) { fail(result.message); }));
}

StoreResult ApplicationsController::insertSnapshot(const Application &snapshot)
{
    ApplicationRepository repository(m_workspace);
    if (repository.findByClientId(snapshot.clientId))
        return StoreResult::failure(StoreResult::Status::Conflict,
            tr("An application with the client ID %1 exists already.").arg(snapshot.clientId));
    Application copy = snapshot;
    copy.id = 0;
    copy.revision = 0;
    // A source deleted in the meantime cannot be given back; the rest can.
    const SourceRepository sources(m_workspace);
    copy.sourceKeys.clear();
    for (const QString &key : snapshot.sourceKeys) {
        if (sources.find(key))
            copy.sourceKeys << key;
        else
            copy.credentials.remove(key);
    }
    const StoreResult result = repository.insert(&copy);
    if (result)
        qCInfo(lcApplications) << "stored application" << copy.clientId;
    return result;
}

StoreResult ApplicationsController::removeCapturing(const QString &clientId, Application *snapshot)
{
    ApplicationRepository repository(m_workspace);
    const std::optional<Application> stored = repository.findByClientId(clientId);
    if (!stored)
        return StoreResult::failure(StoreResult::Status::NotFound, tr("The application no longer exists."));
    *snapshot = *stored;
    const StoreResult result = repository.remove(stored->id);
    if (result)
        qCInfo(lcApplications) << "removed application" << clientId;
    return result;
}

StoreResult ApplicationsController::applyEdit(
    const QString &clientId, const Application &expected, const Application &target)
{
    ApplicationRepository repository(m_workspace);
    const std::optional<Application> stored = repository.findByClientId(clientId);
    if (!stored)
        return StoreResult::failure(
            StoreResult::Status::NotFound, tr("The application \"%1\" no longer exists.").arg(expected.name));
    // Checked by content rather than revision: storing a secret bumps the
    // revision without changing what this edit is about.
    if (!sameEditableFields(*stored, expected))
        return StoreResult::failure(StoreResult::Status::Conflict,
            tr("\"%1\" was changed elsewhere in the meantime, so this change was not "
               "applied.")
                .arg(stored->name));
    Application next = *stored;
    next.name = target.name.trimmed();
    next.redirectUrls = target.redirectUrls;
    next.webhookUrl = target.webhookUrl.trimmed();
    next.sourceKeys = sorted(target.sourceKeys);
    next.credentials.clear();
    for (const QString &key : std::as_const(next.sourceKeys)) {
        Application::SourceCredentials credentials = target.credentials.value(key);
        // What the keyring holds is known from the stored row, not the edit.
        if (stored->sourceKeys.contains(key))
            credentials.hasClientSecret = stored->credentials.value(key).hasClientSecret;
        if (!credentials.clientId.isEmpty() || credentials.hasClientSecret)
            next.credentials.insert(key, credentials);
    }
    return repository.update(&next);
}

QString ApplicationsController::addApplication(const QString &name)
{
    if (name.trimmed().isEmpty()) {
        fail(tr("A name is required."));
        return {};
    }
    Application application;
    application.name = name.trimmed();
    application.clientId = Application::generateClientId();
    auto snapshot = std::make_shared<Application>(application);
    const QString clientId = application.clientId;
    pushStoreCommand(
        tr("Add \"%1\"").arg(application.name), [this, snapshot]() { return insertSnapshot(*snapshot); },
        [this, snapshot, clientId]() { return removeCapturing(clientId, snapshot.get()); });
    return m_lastWrite ? clientId : QString();
}

QString ApplicationsController::duplicateApplication(const QString &clientId)
{
    const std::optional<Application> stored = application(clientId);
    if (!stored) {
        fail(tr("The application no longer exists."));
        return {};
    }
    Application copy;
    copy.name = unusedName(tr("%1 (copy)").arg(stored->name));
    copy.clientId = Application::generateClientId();
    copy.redirectUrls = stored->redirectUrls;
    copy.webhookUrl = stored->webhookUrl;
    copy.sourceKeys = stored->sourceKeys;
    // Client IDs are public and may be shared; secrets are never copied.
    for (auto it = stored->credentials.cbegin(); it != stored->credentials.cend(); ++it) {
        if (!it->clientId.isEmpty())
            copy.credentials.insert(it.key(), { it->clientId, false });
    }
    auto snapshot = std::make_shared<Application>(copy);
    const QString newId = copy.clientId;
    pushStoreCommand(
        tr("Duplicate \"%1\"").arg(stored->name), [this, snapshot]() { return insertSnapshot(*snapshot); },
        [this, snapshot, newId]() { return removeCapturing(newId, snapshot.get()); });
    return m_lastWrite ? newId : QString();
}

StoreResult ApplicationsController::saveApplication(const Application &edited, bool overwrite)
{
    const auto failure = [this](StoreResult::Status status, const QString &message) {
        fail(message);
        return StoreResult::failure(status, message);
    };
    if (edited.name.trimmed().isEmpty())
        return failure(StoreResult::Status::Invalid, tr("A name is required."));
    const std::optional<Application> stored = application(edited.clientId);
    if (!stored)
        return failure(
            StoreResult::Status::NotFound, tr("The application \"%1\" no longer exists.").arg(edited.name));
    if (!overwrite && stored->revision != edited.revision)
        return failure(StoreResult::Status::Conflict,
            tr("Someone else changed \"%1\" since you opened it.").arg(stored->name));
    if (sameEditableFields(*stored, edited))
        return StoreResult::ok();
    const Application before = *stored;
    Application after = edited;
    after.name = after.name.trimmed();
    after.webhookUrl = after.webhookUrl.trimmed();
    after.sourceKeys = sorted(after.sourceKeys);
    const QString clientId = edited.clientId;
    pushStoreCommand(
        tr("Edit \"%1\"").arg(after.name),
        [this, clientId, before, after]() { return applyEdit(clientId, before, after); },
        [this, clientId, before, after]() { return applyEdit(clientId, after, before); });
    return m_lastWrite;
}

bool ApplicationsController::removeApplication(const QString &clientId)
{
    const std::optional<Application> stored = application(clientId);
    if (!stored) {
        fail(tr("The application no longer exists."));
        return false;
    }
    // The keyring entries stay, so that undoing the delete gives the
    // application back with working secrets.
    auto snapshot = std::make_shared<Application>(*stored);
    pushStoreCommand(
        tr("Delete \"%1\"").arg(stored->name),
        [this, snapshot, clientId]() { return removeCapturing(clientId, snapshot.get()); },
        [this, snapshot]() { return insertSnapshot(*snapshot); });
    return m_lastWrite.isOk();
}

bool ApplicationsController::isKeyringWritable() const
{
    return m_secrets.availability() != SecretStore::Availability::Unavailable;
}

QString ApplicationsController::keyringUnavailableReason() const
{
    return m_secrets.unavailableReason();
}

void ApplicationsController::generateClientSecret(
    const QString &clientId, QObject *context, SecretCallback done)
{
    writeSecret(
        clientId, SecretStore::applicationOwner(clientId), kClientSecret, Application::generateSecret(), true,
        [](Application &a) {
            a.hasClientSecret = true;
            return StoreResult::ok();
        },
        { QStringLiteral("rotate_secret"), { { QStringLiteral("secret"), kClientSecret } } }, context,
        std::move(done));
}

void ApplicationsController::generateWebhookSecret(
    const QString &clientId, QObject *context, SecretCallback done)
{
    writeSecret(
        clientId, SecretStore::applicationOwner(clientId), kWebhookSecret, Application::generateSecret(),
        true,
        [](Application &a) {
            a.hasWebhookSecret = true;
            return StoreResult::ok();
        },
        { QStringLiteral("rotate_secret"), { { QStringLiteral("secret"), kWebhookSecret } } }, context,
        std::move(done));
}

void ApplicationsController::setSourceSecret(const QString &clientId, const QString &sourceKey,
    const QString &secret, QObject *context, SecretCallback done)
{
    const std::optional<Application> stored = application(clientId);
    if (!stored || !stored->sourceKeys.contains(sourceKey)) {
        // Nothing goes to the keyring that the workspace could not record.
        const QString message
            = tr("Save the application with this source allowed before setting its secret.");
        fail(message);
        if (done)
            done({ false, {}, message });
        return;
    }
    const auto flag = [sourceKey](Application &a) {
        if (!a.sourceKeys.contains(sourceKey))
            return StoreResult::failure(
                StoreResult::Status::Invalid, tr("The application no longer uses this source."));
        a.credentials[sourceKey].hasClientSecret = true;
        return StoreResult::ok();
    };
    writeSecret(clientId, SecretStore::applicationSourceOwner(clientId, sourceKey), kClientSecret, secret,
        false, flag, { QStringLiteral("set_secret"), sourceSecretDetails(sourceKey) }, context,
        std::move(done));
}

void ApplicationsController::clearSourceSecret(
    const QString &clientId, const QString &sourceKey, QObject *context, SecretCallback done)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_secrets.remove(SecretStore::applicationSourceOwner(clientId, sourceKey), kClientSecret, this,
        [this, guard, hasContext, done, clientId, sourceKey](const SecretStore::Result &result) {
            SecretOutcome outcome;
            // Already gone is as good as removed.
            if (!result.isOk() && result.status != SecretStore::Result::Status::NotFound) {
                outcome.message = result.message;
            } else {
                const StoreResult stored = changeStored(clientId,
                    [sourceKey](Application &a) {
                        if (a.credentials.contains(sourceKey))
                            a.credentials[sourceKey].hasClientSecret = false;
                        return StoreResult::ok();
                    },
                    { QStringLiteral("clear_secret"), sourceSecretDetails(sourceKey) });
                outcome.ok = stored.isOk();
                outcome.message = stored.message;
            }
            if (!outcome.ok)
                fail(outcome.message);
            if (done && (guard || !hasContext))
                done(outcome);
        });
}

void ApplicationsController::writeSecret(const QString &clientId, const QString &owner, const QString &field,
    const QString &secret, bool reveal, const Change &flag, const AuditNote &note, QObject *context,
    SecretCallback done)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_secrets.write(owner, field, secret, this,
        [this, guard, hasContext, done, clientId, secret, reveal, flag, note](
            const SecretStore::Result &result) {
            SecretOutcome outcome;
            if (!result.isOk()) {
                outcome.message
                    = result.message.isEmpty() ? tr("The keyring did not store the secret.") : result.message;
            } else {
                const StoreResult stored = changeStored(clientId, flag, note);
                if (stored) {
                    outcome.ok = true;
                    if (reveal)
                        outcome.secret = secret;
                } else {
                    outcome.message = tr("The secret is in the keyring, but the workspace could not "
                                         "record it: %1")
                                          .arg(stored.message);
                }
            }
            if (!outcome.ok)
                fail(outcome.message);
            if (done && (guard || !hasContext))
                done(outcome);
        });
}

StoreResult ApplicationsController::changeStored(
    const QString &clientId, const Change &change, const AuditNote &note)
{
    ApplicationRepository repository(m_workspace);
    repository.setAuditAction(note.action, note.details);
    std::optional<Application> stored = repository.findByClientId(clientId);
    if (!stored)
        return StoreResult::failure(StoreResult::Status::NotFound, tr("The application no longer exists."));
    StoreResult result = change(*stored);
    if (result)
        result = repository.update(&*stored);
    reload();
    return result;
}

void ApplicationsController::fail(const QString &message)
{
    qCWarning(lcApplications) << message;
    Q_EMIT errorOccurred(message);
}
