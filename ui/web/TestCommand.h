#pragma once

#include "OAuthCredentials.h"
#include "Settings.h"
#include "TestLauncher.h"
#include "TestRunRecord.h"

#include <QObject>
#include <QTextStream>

class CommandLine;
class ConsoleConnectService;
class QNetworkAccessManager;
class SecretStore;
class TestRun;
class TestRunRecorder;
class UserAgent;
class Workspace;

/// `linkdeck test SOURCE [--app APP] [--browser embedded|system]
/// [--login-script FILE] [--redirect-uri URI] [--junit FILE] [--har FILE]`:
/// one end-to-end test of a source, unattended. The embedded browser runs
/// offscreen and fills the provider's pages from the login script. The run
/// is stored in the workspace like the console's; its steps go to standard
/// output, the diagnosis of a failure to standard error. finished() carries
/// the exit status: 0 passed, 1 failed, 2 for a usage or setup error.
class TestCommand : public QObject
{
    Q_OBJECT

public:
    /// How long the provider's pages may take before the run fails.
    static constexpr int AuthorizationTimeoutMs = 90000;

    TestCommand(Workspace &workspace, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~TestCommand() override;

    void start(const CommandLine &line);

    /// The whole command as a process: its own application (offscreen,
    /// Chromium's sandbox off where it cannot run), the workspace, the run.
    static int run(int argc, char **argv);

Q_SIGNALS:
    void finished(int status);

private:
    void fail(int status, const QString &message);
    /// Password and e-mail sources: through a connect service of this
    /// process, with the test account from LINKDECK_TEST_USERNAME,
    /// LINKDECK_TEST_PASSWORD and LINKDECK_TEST_EMAIL.
    void startThroughService(TestLauncher::Request request);
    void onReady(TestRun *run, TestRunRecorder *recorder, const OAuthCredentials &credentials);
    void report(const TestRunRecord &record);

    Workspace &m_workspace;
    QTextStream &m_out;
    QTextStream &m_err;
    QNetworkAccessManager *m_manager = nullptr;
    SecretStore *m_secrets = nullptr;
    Settings m_settings; ///< the user's: the connect service's port
    TestLauncher *m_launcher = nullptr;
    ConsoleConnectService *m_connectService = nullptr;
    UserAgent *m_agent = nullptr;
    QString m_sourceName;
    QString m_junitFile;
    QString m_harFile;
    QStringList m_loginSecrets; ///< from the login script's environment variables
};
