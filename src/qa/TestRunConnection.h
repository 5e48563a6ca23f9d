#pragma once

#include "Application.h"
#include "Clock.h"
#include "StoreResult.h"
#include "TestRunRecord.h"
#include "TokenSealer.h"

#include <QObject>
#include <QPointer>

class ConnectContext;
class SecretStore;
class TestRun;
class TestRunRecorder;
struct UserConnection;
class Workspace;

/// Stores the connection an OAuth test run obtained, the way the connect
/// service stores one (ConnectionRecorder: tokens sealed, an "auth" event,
/// the application's "auth" webhook), once its TestRunRecorder stored the
/// run: user id qa-<source>-<run id>, reference id the run's id. The status
/// follows the run: revoked (tokens deleted) after its revoke, needs
/// re-authorization after a failed refresh.
///
/// Connections belong to an application: a run with the source's own
/// credentials, or one without a sealing key, stores nothing and says why.
class TestRunConnection : public QObject
{
    Q_OBJECT

public:
    /// @p application is whose credentials @p run uses (id 0: the source's
    /// own); @p keyError says why @p sealer has no key. @p workspace and
    /// @p secrets must outlive this object. It deletes itself once its work
    /// is done: the "auth" webhook delivered or given up, or nothing to store.
    TestRunConnection(TestRun *run, TestRunRecorder *recorder, Workspace &workspace, SecretStore *secrets,
        const Application &application, const TokenSealer &sealer, const QString &keyError,
        QObject *parent = nullptr);
    ~TestRunConnection() override;

    /// The user id of the connection of run @p runId of @p sourceKey; all
    /// start with "qa-", which the Connections page's search finds.
    static QString userIdFor(const QString &sourceKey, qint64 runId);

Q_SIGNALS:
    /// Once the run is stored: the connection was stored (@p stored) or
    /// why not, in @p message for the user.
    void reported(const QString &message, bool stored);

private:
    void onRecorded(const TestRunRecord &record);
    /// Stores the connection, where there is one to store, and says so.
    void report(const TestRunRecord &record);
    StoreResult store(const TestRunRecord &record, UserConnection *connection, const QJsonObject &secrets);

    QPointer<TestRun> m_run;
    Workspace &m_workspace;
    SecretStore *m_secrets = nullptr;
    Application m_application;
    TokenSealer m_sealer;
    QString m_keyError;
    SystemClock m_clock;
    ConnectContext *m_context = nullptr; ///< made on demand; sends the webhook
    bool m_reported = false;
};
