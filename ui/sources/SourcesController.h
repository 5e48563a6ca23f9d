#pragma once

#include "IntegrationSource.h"
#include "StoreResult.h"
#include "TestRunRecord.h"

#include <QList>
#include <QObject>
#include <optional>

class CatalogParseResult;
class ImportPlan;
class QUndoStack;
class SecretStore;
class Workspace;

/// The Sources page's logic, without a window: the list of sources, every
/// undoable change to it, and the keyring work for client secrets.
class SourcesController : public QObject
{
    Q_OBJECT

public:
    /// How the constructor reads the sources.
    enum class InitialLoad {
        All,
        /// The first screenful at once and the rest at loadRest(): the
        /// table of a large registry shows that much sooner.
        FirstRows,
    };
    /// The rows InitialLoad::FirstRows reads first: a tall screen's worth.
    static constexpr int kFirstRows = 100;

    SourcesController(Workspace &workspace, SecretStore &secrets, InitialLoad load = InitialLoad::All,
        QObject *parent = nullptr);

    /// The sources as the table lists them (see SourceRepository::summaries()).
    QList<IntegrationSource> sources() const { return m_sources; }
    /// False while sources() lacks those loadRest() reads.
    bool isComplete() const { return m_complete; }
    /// One source with every field, as stored now.
    std::optional<IntegrationSource> find(const QString &key) const;
    /// Every source with every field, as stored now: what imports compare
    /// with and exports write.
    QList<IntegrationSource> all(StoreResult *result) const;
    /// Each source's newest QA test run (a summary), by key: one query.
    QHash<QString, TestRunRecord> lastTestRuns() const;
    /// The logos of @p keys and their MIME types, read when rows first show them.
    QHash<QString, QPair<QByteArray, QString>> logos(const QStringList &keys) const;
    QUndoStack *undoStack() const { return m_undoStack; }
    SecretStore &secrets() const { return m_secrets; }

    /// Reads the sources again from the workspace.
    void reload();
    /// Reads the sources after the first rows (sourcesAppended()); nothing
    /// where sources() has them all.
    void loadRest();

    /// A new source with a free key, not stored yet.
    IntegrationSource draft() const;
    /// A copy of @p key under a free key, not stored yet.
    std::optional<IntegrationSource> duplicateOf(const QString &key) const;
    /// A key like @p base that no source uses.
    QString freeKey(const QString &base) const;

    /// Stores a new source (undoable).
    StoreResult add(const IntegrationSource &source);
    /// Stores an edit of an existing source (undoable). The edit must start
    /// from the stored revision, else Conflict; @p overwrite stores it over
    /// whatever someone else saved in the meantime.
    StoreResult save(const IntegrationSource &source, bool overwrite = false);
    /// Deletes a source (undoable: undo restores it).
    StoreResult remove(const QString &key);
    StoreResult setEnabled(const QString &key, bool enabled);
    /// Applies an import plan as one undoable step.
    StoreResult applyImport(const ImportPlan &plan);

    /// Stores the client secret of @p key in the keyring (not undoable).
    void setClientSecret(const QString &key, const QString &secret);
    void clearClientSecret(const QString &key);

Q_SIGNALS:
    void sourcesChanged();
    /// loadRest() added the sources from row @p first on.
    void sourcesAppended(int first);
    /// A stored source, after add, save or undo.
    void sourceStored(const QString &key);
    void errorOccurred(const QString &message);
    /// Keyring work for @p key ended; @p message is empty on success.
    void secretFinished(const QString &key, const QString &message);

private:
    StoreResult push(
        const QString &text, std::function<StoreResult()> redo, std::function<StoreResult()> undo);
    /// Makes @p key stored as @p state (or absent); @p auditAction names the
    /// write in the audit log where create/update/delete would not say it.
    StoreResult writeState(
        const QString &key, const std::optional<IntegrationSource> &state, const QString &auditAction = {});
    void markSecret(const QString &key, bool isSet);

    Workspace &m_workspace;
    SecretStore &m_secrets;
    QUndoStack *m_undoStack = nullptr;
    QList<IntegrationSource> m_sources;
    bool m_complete = false;
};
