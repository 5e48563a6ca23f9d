#pragma once

#include "Application.h"
#include "IntegrationSource.h"
#include "StoreResult.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QUndoStack;
class SecretStore;
class Workspace;

/// The Applications page without its window: loads applications and
/// sources, adds, edits and deletes applications as undoable commands, and
/// keeps their secrets in the keyring. Commands find applications by client
/// ID, which survives a delete and its undo; the database id does not.
class ApplicationsController : public QObject
{
    Q_OBJECT

public:
    /// The outcome of a keyring operation, for the one who asked.
    struct SecretOutcome
    {
        bool ok = false;
        QString secret; ///< a generated secret, to be shown once; empty otherwise
        QString message; ///< for the user, when not ok
    };
    using SecretCallback = std::function<void(const SecretOutcome &)>;

    ApplicationsController(Workspace &workspace, SecretStore &secrets, QObject *parent = nullptr);
    ~ApplicationsController() override;

    QUndoStack *undoStack() const { return m_undoStack; }

    /// Reads applications and sources again; applicationsChanged() tells.
    void reload();
    QList<Application> applications() const { return m_applications; }
    QList<IntegrationSource> sources() const { return m_sources; }
    /// The stored application with @p clientId.
    std::optional<Application> application(const QString &clientId) const;

    /// Adds an application called @p name; returns its client ID, or an empty string.
    QString addApplication(const QString &name);
    /// Adds a copy of @p clientId's definition with a new client ID and no secrets.
    QString duplicateApplication(const QString &clientId);
    /// Stores @p edited, which carries the revision it was based on: where
    /// someone else saved the application since, the result is Conflict and
    /// nothing is stored, unless @p overwrite says to store it over theirs.
    StoreResult saveApplication(const Application &edited, bool overwrite = false);
    bool removeApplication(const QString &clientId);

    /// A name for a new application that no other has yet.
    QString unusedName(const QString &base) const;

    /// Stores a new client secret for @p clientId; @p done gets it, to show once.
    void generateClientSecret(const QString &clientId, QObject *context, SecretCallback done);
    /// Stores a new webhook signing secret for @p clientId.
    void generateWebhookSecret(const QString &clientId, QObject *context, SecretCallback done);
    /// Stores the client secret @p clientId was given by the source @p sourceKey.
    void setSourceSecret(const QString &clientId, const QString &sourceKey, const QString &secret,
        QObject *context, SecretCallback done);
    void clearSourceSecret(
        const QString &clientId, const QString &sourceKey, QObject *context, SecretCallback done);

    /// True where the keyring may be written (available, or not probed yet).
    bool isKeyringWritable() const;
    QString keyringUnavailableReason() const;

    /// True where @p a and @p b agree on everything an edit changes; the
    /// secret flags, id and revision are ignored.
    static bool sameEditableFields(const Application &a, const Application &b);

Q_SIGNALS:
    /// The lists were read again, after a reload or any write.
    void applicationsChanged();
    void keyringWritableChanged(bool writable);
    void errorOccurred(const QString &message);

private:
    using Change = std::function<StoreResult(Application &)>;
    /// How a keyring change is recorded in the audit log.
    struct AuditNote
    {
        QString action;
        QJsonObject details;
    };

    void pushStoreCommand(
        const QString &text, std::function<StoreResult()> redo, std::function<StoreResult()> undo);
    StoreResult insertSnapshot(const Application &snapshot);
    StoreResult removeCapturing(const QString &clientId, Application *snapshot);
    StoreResult applyEdit(const QString &clientId, const Application &expected, const Application &target);
    void writeSecret(const QString &clientId, const QString &owner, const QString &field,
        const QString &secret, bool reveal, const Change &flag, const AuditNote &note, QObject *context,
        SecretCallback done);
    StoreResult changeStored(const QString &clientId, const Change &change, const AuditNote &note);
    void fail(const QString &message);

    Workspace &m_workspace;
    SecretStore &m_secrets;
    QUndoStack *m_undoStack = nullptr;
    QList<Application> m_applications;
    QList<IntegrationSource> m_sources;
    StoreResult m_lastWrite;
};
