#include "SourcesController.h"

#include "ImportPlan.h"
#include "SecretStore.h"
#include "SourceRepository.h"
#include "StoreCommand.h"
#include "TestRunRepository.h"
#include "Workspace.h"

#include <QLoggingCategory>
#include <QUndoStack>
#include <utility>

Q_LOGGING_CATEGORY(lcSourcesController, "linkdeck.ui.sources")

namespace {
const QString kClientSecret = QStringLiteral("client_secret");
}

SourcesController::SourcesController(
    Workspace &workspace, SecretStore &secrets, InitialLoad load, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_secrets(secrets)
    , m_undoStack(new QUndoStack(this))
{
    // Every push, undo and redo shows what is stored.
    connect(m_undoStack, &QUndoStack::indexChanged, this, &SourcesController::reload);
    if (load == InitialLoad::All) {
        reload();
        return;
    }
    StoreResult result;
    m_sources = SourceRepository(m_workspace).summaries(kFirstRows, nullptr, &result);
    m_complete = !result || m_sources.size() < kFirstRows;
    if (!result)
        Q_EMIT errorOccurred(result.message);
}

void SourcesController::reload()
{
    StoreResult result;
    m_sources = SourceRepository(m_workspace).summaries(&result);
    m_complete = true;
    if (!result)
        Q_EMIT errorOccurred(result.message);
    Q_EMIT sourcesChanged();
}

void SourcesController::loadRest()
{
    if (std::exchange(m_complete, true))
        return;
    StoreResult result;
    const IntegrationSource last = m_sources.constLast();
    const QList<IntegrationSource> rest = SourceRepository(m_workspace).summaries(-1, &last, &result);
    if (!result) {
        Q_EMIT errorOccurred(result.message);
        return;
    }
    if (rest.isEmpty())
        return;
    const int first = int(m_sources.size());
    m_sources << rest;
    Q_EMIT sourcesAppended(first);
}

std::optional<IntegrationSource> SourcesController::find(const QString &key) const
{
    return SourceRepository(m_workspace).find(key);
}

QList<IntegrationSource> SourcesController::all(StoreResult *result) const
{
    return SourceRepository(m_workspace).all(result);
}

QHash<QString, TestRunRecord> SourcesController::lastTestRuns() const
{
    return TestRunRepository(m_workspace).latestPerSource();
}

QHash<QString, QPair<QByteArray, QString>> SourcesController::logos(const QStringList &keys) const
{
    return SourceRepository(m_workspace).logos(keys);
}

QString SourcesController::freeKey(const QString &base) const
{
    // Asked of the workspace: sources() may not have every source yet.
    const SourceRepository repository(m_workspace);
    QString key = base;
    for (int n = 2; repository.find(key); ++n)
        key = base + QLatin1Char('-') + QString::number(n);
    return key;
}

IntegrationSource SourcesController::draft() const
{
    IntegrationSource source;
    source.key = freeKey(QStringLiteral("new-source"));
    source.displayName = tr("New source");
    return source;
}

std::optional<IntegrationSource> SourcesController::duplicateOf(const QString &key) const
{
    auto source = find(key);
    if (!source)
        return std::nullopt;
    source->id = 0;
    source->revision = 0;
    source->hasClientSecret = false; // secrets are never copied
    source->key = freeKey(key + QStringLiteral("-copy"));
    source->displayName = tr("%1 (copy)").arg(source->displayName);
    return source;
}

StoreResult SourcesController::writeState(
    const QString &key, const std::optional<IntegrationSource> &state, const QString &auditAction)
{
    SourceRepository repository(m_workspace);
    repository.setAuditAction(auditAction);
    const auto stored = repository.find(key);
    if (!state) {
        return stored ? repository.remove(key) : StoreResult::ok();
    }
    IntegrationSource copy = *state;
    if (stored) {
        // Undo and redo write over whatever revision is stored now.
        copy.id = stored->id;
        copy.revision = stored->revision;
        copy.hasClientSecret = stored->hasClientSecret;
        return repository.update(&copy);
    }
    copy.id = 0;
    return repository.insert(&copy);
}

StoreResult SourcesController::push(
    const QString &text, std::function<StoreResult()> redo, std::function<StoreResult()> undo)
{
    // The first redo runs inside push(); its failure is returned to the
    // caller. Later undo and redo failures are reported as signals.
    struct PushState
    {
        bool pushing = true;
        StoreResult outcome;
    };
    auto state = std::make_shared<PushState>();
    auto *command
        = new StoreCommand(text, std::move(redo), std::move(undo), [this, state](const StoreResult &result) {
              if (state->pushing) {
                  state->outcome = result;
                  return;
              }
              Q_EMIT errorOccurred(result.message);
              reload();
          });
    // A failed write marks the command obsolete and the stack drops it.
    m_undoStack->push(command);
    state->pushing = false;
    return state->outcome;
}

StoreResult SourcesController::add(const IntegrationSource &source)
{
    if (find(source.key))
        return StoreResult::failure(
            StoreResult::Status::Invalid, tr("A source with the key \"%1\" already exists.").arg(source.key));
    const QString key = source.key;
    const StoreResult result = push(
        tr("Add %1").arg(source.displayName), [this, key, source]() { return writeState(key, source); },
        [this, key]() { return writeState(key, std::nullopt); });
    if (result)
        Q_EMIT sourceStored(key);
    return result;
}

StoreResult SourcesController::save(const IntegrationSource &source, bool overwrite)
{
    const auto before = find(source.key);
    if (!before)
        return StoreResult::failure(
            StoreResult::Status::NotFound, tr("The source \"%1\" no longer exists.").arg(source.key));
    // The first write checks the revision the editor started from, so an
    // edit made elsewhere in the meantime is reported, not overwritten.
    IntegrationSource edited = source;
    if (overwrite)
        edited.revision = before->revision;
    edited.id = before->id;
    edited.hasClientSecret = before->hasClientSecret;
    if (const StoreResult first = SourceRepository(m_workspace).update(&edited); !first) {
        if (first.status == StoreResult::Status::Conflict)
            reload();
        return first;
    }
    const QString key = source.key;
    bool firstRedo = true;
    const StoreResult result = push(
        tr("Edit %1").arg(source.displayName),
        [this, key, edited, firstRedo]() mutable {
            if (firstRedo) {
                firstRedo = false;
                return StoreResult::ok();
            }
            return writeState(key, edited);
        },
        [this, key, before]() { return writeState(key, before); });
    if (result)
        Q_EMIT sourceStored(key);
    return result;
}

StoreResult SourcesController::remove(const QString &key)
{
    const auto before = find(key);
    if (!before)
        return StoreResult::failure(
            StoreResult::Status::NotFound, tr("The source \"%1\" no longer exists.").arg(key));
    return push(
        tr("Delete %1").arg(before->displayName), [this, key]() { return writeState(key, std::nullopt); },
        [this, key, before]() { return writeState(key, before); });
}

StoreResult SourcesController::setEnabled(const QString &key, bool enabled)
{
    auto source = find(key);
    if (!source)
        return StoreResult::failure(
            StoreResult::Status::NotFound, tr("The source \"%1\" no longer exists.").arg(key));
    if (source->enabled == enabled)
        return StoreResult::ok();
    const auto before = source;
    source->enabled = enabled;
    const IntegrationSource after = *source;
    return push(
        enabled ? tr("Enable %1").arg(after.displayName) : tr("Disable %1").arg(after.displayName),
        [this, key, after]() { return writeState(key, after); },
        [this, key, before]() { return writeState(key, before); });
}

StoreResult SourcesController::applyImport(const ImportPlan &plan)
{
    if (plan.isEmpty())
        return StoreResult::ok();
    const ImportPlan forward = plan;
    return push(
        tr("Import %1").arg(plan.summary()),
        [this, forward]() {
            return m_workspace.transaction([&]() -> StoreResult {
                for (const IntegrationSource &s : forward.added) {
                    if (const StoreResult r = writeState(s.key, s, QStringLiteral("import")); !r)
                        return r;
                }
                for (const auto &change : forward.changed) {
                    if (const StoreResult r
                        = writeState(change.second.key, change.second, QStringLiteral("import"));
                        !r)
                        return r;
                }
                return StoreResult::ok();
            });
        },
        [this, forward]() {
            return m_workspace.transaction([&]() -> StoreResult {
                for (const IntegrationSource &s : forward.added) {
                    if (const StoreResult r = writeState(s.key, std::nullopt); !r)
                        return r;
                }
                for (const auto &change : forward.changed) {
                    if (const StoreResult r = writeState(change.first.key, change.first); !r)
                        return r;
                }
                return StoreResult::ok();
            });
        });
}

void SourcesController::setClientSecret(const QString &key, const QString &secret)
{
    m_secrets.write(SecretStore::sourceOwner(key), kClientSecret, secret, this,
        [this, key](const SecretStore::Result &result) {
            if (!result.isOk()) {
                Q_EMIT secretFinished(key, result.message);
                return;
            }
            markSecret(key, true);
        });
}

void SourcesController::clearClientSecret(const QString &key)
{
    m_secrets.remove(
        SecretStore::sourceOwner(key), kClientSecret, this, [this, key](const SecretStore::Result &result) {
            if (!result.isOk() && result.status != SecretStore::Result::Status::NotFound) {
                Q_EMIT secretFinished(key, result.message);
                return;
            }
            markSecret(key, false);
        });
}

void SourcesController::markSecret(const QString &key, bool isSet)
{
    const StoreResult stored = SourceRepository(m_workspace).setHasClientSecret(key, isSet);
    reload();
    Q_EMIT secretFinished(key, stored ? QString() : stored.message);
}
