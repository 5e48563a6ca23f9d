#pragma once

#include "Application.h"
#include "CredentialTestRun.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class SecretStore;
class TestRun;
class TestRunRecorder;
class UserAgent;
class Workspace;

/// Sets up one QA test run of a source, as the Tests page and `linkdeck
/// test` ask for it: reads the source and the application from the
/// workspace and the client secret from the keyring (or its LINKDECK_SECRET_…
/// variable), builds the run the source's auth type needs (OAuth 2.0,
/// OAuth 1.0a, or password and e-mail through the connect service) and a
/// recorder that stores it, told every secret the run uses.
class TestLauncher : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString sourceKey;
        qint64 applicationId = 0; ///< whose credentials; 0: the source's own
        QUrl redirectUri; ///< OAuth: where the provider sends the user back
        QUrl serviceUrl; ///< password and e-mail: the connect service
        CredentialTestRun::Account account; ///< password and e-mail: the test account
    };

    /// Everything given must outlive the launcher.
    TestLauncher(Workspace &workspace, SecretStore &secrets, QNetworkAccessManager *manager,
        QObject *parent = nullptr);

    /// Prepares a run of @p request; ready() or failed() follows, always
    /// asynchronously. @p agent shows OAuth authorization pages; it is not owned.
    void prepare(const Request &request, UserAgent *agent);
    /// Forgets a prepare() under way: neither ready() nor failed() follows.
    void abandon() { ++m_generation; }

    /// The redirect URI a test uses where none is given: the platform's
    /// callback for the source, on loopback. The embedded browser catches
    /// it before it leaves, so nothing needs to listen there.
    static QUrl defaultRedirectUri(const QString &sourceKey);

Q_SIGNALS:
    /// The run, not started, and its recorder (which watches @p agent);
    /// both are the receiver's to delete. @p credentials are the client
    /// credentials the run uses, for a refresh or revoke by hand.
    void ready(TestRun *run, TestRunRecorder *recorder, const OAuthCredentials &credentials);
    void failed(const QString &message);
    /// Once an OAuth run is stored: whether the connection it obtained was
    /// stored too (TestRunConnection), or why not.
    void connectionReported(const QString &message, bool stored);

private:
    void fail(const QString &message);
    void build(const Request &request, const IntegrationSource &source, const Application &application,
        const OAuthCredentials &credentials, const QString &applicationSecret);
    /// Emits ready() for an OAuth run once the sealing key for its connection is known.
    void readyWithConnection(TestRun *run, TestRunRecorder *recorder, const Application &application,
        const OAuthCredentials &credentials);

    Workspace &m_workspace;
    SecretStore &m_secrets;
    QNetworkAccessManager *m_manager = nullptr;
    QPointer<UserAgent> m_agent;
    int m_generation = 0; ///< a newer prepare() makes older answers moot
};
