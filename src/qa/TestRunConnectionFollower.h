#pragma once

#include "Clock.h"
#include "HttpExchange.h"
#include "TestRunRecord.h"
#include "TokenResponse.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <functional>

class ConnectContext;
class SecretStore;
class Workspace;

/// Keeps the connection a test run stored (TestRunConnection, user id
/// qa-<source>-<run id>) in step with what QA does with the run's tokens
/// afterwards, on the Tests page: after a refresh by hand it holds the new
/// tokens, sealed, with a "refresh" event (or the failed refresh, as
/// ConnectionRefresher records one); after a revoke by hand it is revoked
/// here, its tokens deleted, with a "deauth" event and webhook
/// (ConnectionRevoker) and an audit entry, as the Connections page leaves
/// one. A revoke the provider refused changes nothing: the tokens still work.
///
/// The sealing key is loaded from the environment or the keyring the first
/// time a connection is to change.
class TestRunConnectionFollower : public QObject
{
    Q_OBJECT

public:
    /// What became of the stored connection, for people; empty where the
    /// run stored none (or the answer changes nothing).
    using Callback = std::function<void(const QString &message, bool ok)>;

    /// @p workspace and @p secrets must outlive the follower.
    TestRunConnectionFollower(Workspace &workspace, SecretStore *secrets, QObject *parent = nullptr);
    ~TestRunConnectionFollower() override;

    /// Follows @p response, the answer to a refresh or revoke of the tokens
    /// of run @p run, made with @p exchanges (unredacted; recorded redacted).
    /// Answers on this object, at once or once the sealing key is loaded.
    void follow(const TestRunRecord &run, const TokenResponse &response, const QList<HttpExchange> &exchanges,
        Callback done);

private:
    void apply(const TestRunRecord &run, const TokenResponse &response, const QList<HttpExchange> &exchanges,
        const Callback &done);

    Workspace &m_workspace;
    SecretStore *m_secrets = nullptr;
    ConnectContext *m_context = nullptr; ///< once the sealing key is loaded; sends the webhooks
    SystemClock m_clock;
};
