#pragma once

#include "CredentialTestRun.h"
#include "HttpExchange.h"
#include "IntegrationSource.h"
#include "LoginScript.h"
#include "OAuthCredentials.h"
#include "Redactor.h"
#include "TestLauncher.h"
#include "TestRun.h"
#include "TestRunRecord.h"
#include "TestRunRecorder.h"
#include "TestStep.h"
#include "TokenResponse.h"
#include "UserAgent.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <optional>

class ConsoleConnectService;
class QNetworkAccessManager;
class SecretStore;
class TestRunConnectionFollower;
class TokenClient;
class Workspace;

/// The Tests page's flow, without a window: starts a test run of a source
/// with the chosen credentials and browser, follows it (steps, hops and
/// exchanges, all redacted), keeps the tokens it was issued for a refresh
/// or revoke by hand (which the connection the run stored follows,
/// TestRunConnectionFollower), exports the last run (HAR, support bundle),
/// and runs every enabled source one after another.
class TestsController : public QObject
{
    Q_OBJECT

public:
    enum class Browser { Embedded, System };

    struct Request
    {
        QString sourceKey;
        qint64 applicationId = 0; ///< 0: the source's own credentials
        Browser browser = Browser::Embedded;
        QUrl redirectUri; ///< embedded browser; the system browser listens on loopback
        bool revokeAtEnd = true;
        CredentialTestRun::Account account; ///< password and e-mail sources: the test account
    };

    /// The tokens of the last OAuth 2.0 run, masked.
    struct Tokens
    {
        QString accessToken; ///< a fingerprint ("redacted:3fa2c1"), never the token
        QString refreshToken; ///< likewise; empty where none was issued
        QDateTime expiresAt; ///< invalid where the server gave no lifetime
        QString scope;
        bool revoked = false; ///< the run revoked them at its end
        bool isEmpty() const { return accessToken.isEmpty(); }
    };

    /// Password and e-mail sources are tested through @p connectService,
    /// started when one is; null leaves them untestable. All must outlive
    /// the controller.
    TestsController(Workspace &workspace, SecretStore &secrets, ConsoleConnectService *connectService,
        QObject *parent = nullptr);
    ~TestsController() override;

    /// The redirect URI used where a request gives none.
    static QUrl defaultRedirectUri(const QString &sourceKey);

    /// Fills the embedded browser's pages from @p script (resolved already);
    /// nullopt leaves them to the person.
    void setLoginScript(const std::optional<LoginScript> &script) { m_loginScript = script; }

    /// Starts a run; a run under way is cancelled first.
    void start(const Request &request);
    /// Starts the last request again.
    void rerun();
    /// Cancels the run under way and whatever is queued.
    void cancel();
    /// Queues a run of every enabled source that can be tested from here
    /// (not SDK sources), each with its own credentials and otherwise as
    /// @p base says (browser, redirect URI, revoke at the end).
    void testAllEnabled(const Request &base);

    /// Refreshes or revokes the last run's tokens (OAuth 2.0 only); the
    /// connection the run stored gets the new tokens, or is revoked too.
    void refreshNow();
    void revokeNow();

    /// True from start() until the run is recorded (or could not start).
    bool isRunning() const { return m_preparing || m_run; }
    bool hasRecord() const { return m_record.id != 0 || !m_record.sourceKey.isEmpty(); }
    TestRunRecord lastRecord() const { return m_record; }
    Request lastRequest() const { return m_request; }
    QList<TestStep> steps() const { return m_steps; }
    /// The run's exchanges, redacted (and the refreshes and revokes by hand).
    QList<HttpExchange> exchanges() const { return m_exchanges; }
    Tokens tokens() const { return m_tokens; }
    bool canRefresh() const;
    bool canRevoke() const;
    /// Queue progress: runs finished and runs in all; 0 of 0 without a queue.
    int queueDone() const { return m_queueDone; }
    int queueTotal() const { return m_queueTotal; }

    /// Writes the last run's exchanges as a HAR file, or its support bundle.
    bool exportHar(const QString &path, QString *error) const;
    bool exportBundle(const QString &path, QString *error) const;

Q_SIGNALS:
    /// A new user agent shows the authorization page; the embedded one
    /// wants a view.
    void userAgentCreated(UserAgent *agent);
    void runStarted(const QString &sourceKey);
    void stepsChanged();
    void hopRecorded(const QJsonObject &hop);
    void exchangeRecorded(const HttpExchange &redacted);
    void runFinished(const TestRunRecord &record);
    void tokensChanged();
    /// Something for the person to read: why a run cannot start, what a refresh did.
    void message(const QString &text, bool isError);
    void queueChanged(int done, int total);
    /// One queued source finished.
    void queuedResult(const QString &sourceKey, TestRunRecord::Result result, const QString &summary);

private:
    void onReady(TestRun *run, TestRunRecorder *recorder, const OAuthCredentials &credentials);
    void onRecorded(const TestRunRecord &record);
    void startNextQueued();
    void setTokens(const TokenResponse &tokens);
    void onTokenAnswer(const TokenResponse &response);

    void launch(const TestLauncher::Request &request, UserAgent *agent);
    /// The run could not start: says why, and moves the queue on.
    void onLaunchFailed(const QString &text);

    Workspace &m_workspace;
    ConsoleConnectService *m_connectService = nullptr;
    QNetworkAccessManager *m_manager = nullptr;
    TestLauncher *m_launcher = nullptr;
    TokenClient *m_tokenClient = nullptr;
    TestRunConnectionFollower *m_follower = nullptr;
    QList<HttpExchange> m_byHand; ///< the refresh or revoke by hand under way, unredacted
    std::optional<LoginScript> m_loginScript;
    Request m_request;
    QPointer<UserAgent> m_agent;
    bool m_preparing = false; ///< between start() and the launcher's answer
    QPointer<TestRun> m_run;
    QPointer<TestRunRecorder> m_recorder;
    QList<TestStep> m_steps;
    QList<HttpExchange> m_exchanges;
    TestRunRecord m_record;
    IntegrationSource m_source;
    OAuthCredentials m_credentials;
    TokenResponse m_rawTokens; ///< never shown; for refresh and revoke only
    Tokens m_tokens;
    Redactor m_redactor;
    QStringList m_queue;
    Request m_queueBase; ///< what every queued run shares
    int m_queueDone = 0;
    int m_queueTotal = 0;
};
