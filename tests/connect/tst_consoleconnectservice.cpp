// The console's own connect service: started on demand on loopback, on the
// port of the settings, and plain about why it cannot start.
#include "ConnectService.h"
#include "ConsoleConnectService.h"
#include "SecretStore.h"
#include "Settings.h"
#include "TempWorkspace.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kKeyringMs = 20000;

struct Answer
{
    ConnectService *service = nullptr;
    QString error;
    int calls = 0;
};

} // namespace

class TestConsoleConnectService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempWorkspace> m_workspace;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ConsoleConnectService> m_service;

    /// whenReady()'s answer, once it came.
    bool waitReady(Answer *answer)
    {
        QObject context;
        m_service->whenReady(&context, [answer](ConnectService *service, const QString &error) {
            answer->service = service;
            answer->error = error;
            ++answer->calls;
        });
        return QTest::qWaitFor([answer]() { return answer->calls > 0; }, kKeyringMs);
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
    }

    /// The status of GET @p path on the running service.
    int get(const QString &path)
    {
        QNetworkAccessManager network;
        QUrl url = m_service->baseUrl();
        url.setPath(path);
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            return -1;
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    bool inKeyring() const { return qEnvironmentVariableIsSet("LINKDECK_IN_KEYRING"); }

private Q_SLOTS:
    void init()
    {
        m_workspace = std::make_unique<TempWorkspace>();
        QVERIFY(m_workspace->isOpen());
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
        m_secrets = std::make_unique<SecretStore>(m_workspace->workspace().id());
        m_service
            = std::make_unique<ConsoleConnectService>(m_workspace->workspace(), *m_secrets, *m_settings);
    }

    void cleanup()
    {
        m_service.reset();
        m_secrets.reset();
        m_settings.reset();
        m_dir.reset();
        m_workspace.reset();
    }

    void startsOnDemandOnAnEphemeralLoopbackPort()
    {
        if (!inKeyring())
            QSKIP("Needs the keyring: run through ctest (with-keyring.sh).");
        QCOMPARE(m_service->state(), ConsoleConnectService::State::Stopped);
        QVERIFY(!m_service->service());
        QVERIFY(m_service->baseUrl().isEmpty());
        QCOMPARE(Settings::defaultValue(Settings::Key::ConnectServicePort).toInt(), 0);

        QSignalSpy started(m_service.get(), &ConsoleConnectService::started);
        Answer answer;
        QVERIFY(waitReady(&answer));
        QVERIFY2(answer.service, qPrintable(answer.error));
        QVERIFY(answer.error.isEmpty());
        QCOMPARE(m_service->state(), ConsoleConnectService::State::Running);
        QCOMPARE(answer.service, m_service->service());
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.constFirst().constFirst().toUrl(), m_service->baseUrl());
        QCOMPARE(m_service->baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(m_service->baseUrl().port() > 0);
        QCOMPARE(get(QStringLiteral("/v1/health")), 200);

        // Later callers get the same service, asynchronously, without a second start.
        Answer again;
        QObject context;
        m_service->whenReady(&context, [&again](ConnectService *service, const QString &error) {
            again.service = service;
            again.error = error;
            ++again.calls;
        });
        QCOMPARE(again.calls, 0);
        QTRY_COMPARE(again.calls, 1);
        QCOMPARE(again.service, answer.service);
        QCOMPARE(started.size(), 1);
    }

    void listensOnThePortOfTheSettings()
    {
        if (!inKeyring())
            QSKIP("Needs the keyring: run through ctest (with-keyring.sh).");
        const quint16 port = freePort();
        QVERIFY(port != 0);
        m_settings->set(Settings::Key::ConnectServicePort, port);
        Answer answer;
        QVERIFY(waitReady(&answer));
        QVERIFY2(answer.service, qPrintable(answer.error));
        QCOMPARE(m_service->baseUrl().port(), int(port));
        QCOMPARE(get(QStringLiteral("/v1/health")), 200);
    }

    void saysPlainlyThatThePortIsTakenAndTriesAgain()
    {
        if (!inKeyring())
            QSKIP("Needs the keyring: run through ctest (with-keyring.sh).");
        auto taken = std::make_unique<QTcpServer>();
        QVERIFY(taken->listen(QHostAddress::LocalHost, 0));
        m_settings->set(Settings::Key::ConnectServicePort, taken->serverPort());

        QSignalSpy failed(m_service.get(), &ConsoleConnectService::failed);
        Answer answer;
        QVERIFY(waitReady(&answer));
        QVERIFY(!answer.service);
        QCOMPARE(m_service->state(), ConsoleConnectService::State::Failed);
        QCOMPARE(failed.size(), 1);
        const QString message = answer.error;
        QCOMPARE(m_service->errorString(), message);
        QVERIFY2(message.contains(QString::number(taken->serverPort())), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("connect/port")), qPrintable(message));
        QVERIFY2(message.contains(m_settings->fileName()), qPrintable(message));

        // Once the port is free, asking again starts it.
        taken.reset();
        Answer retried;
        QVERIFY(waitReady(&retried));
        QVERIFY2(retried.service, qPrintable(retried.error));
        QCOMPARE(m_service->state(), ConsoleConnectService::State::Running);
        QCOMPARE(get(QStringLiteral("/v1/health")), 200);
    }

    void refusesAPortThatIsNoPort_data()
    {
        QTest::addColumn<QString>("port");
        QTest::newRow("text") << QStringLiteral("eighty");
        QTest::newRow("too large") << QStringLiteral("70000");
        QTest::newRow("negative") << QStringLiteral("-1");
    }

    void refusesAPortThatIsNoPort()
    {
        if (!inKeyring())
            QSKIP("Needs the keyring: run through ctest (with-keyring.sh).");
        QFETCH(QString, port);
        m_settings->set(Settings::Key::ConnectServicePort, port);
        Answer answer;
        QVERIFY(waitReady(&answer));
        QVERIFY(!answer.service);
        QVERIFY2(answer.error.contains(QLatin1String("is not a port number")), qPrintable(answer.error));
        QVERIFY2(answer.error.contains(port), qPrintable(answer.error));
    }

    /// Run as tst_consoleconnectservice_nokeyring, with no D-Bus session.
    void saysPlainlyThatThereIsNoKeyring()
    {
        if (inKeyring())
            QSKIP("Runs without a keyring, as tst_consoleconnectservice_nokeyring.");
        qunsetenv("LINKDECK_SEALING_KEY");
        qunsetenv("LINKDECK_SEALING_KEY_FILE");
        Answer answer;
        QVERIFY(waitReady(&answer));
        QVERIFY(!answer.service);
        QCOMPARE(m_service->state(), ConsoleConnectService::State::Failed);
        QVERIFY2(answer.error.contains(QLatin1String("keyring")), qPrintable(answer.error));
        QVERIFY2(answer.error.contains(QLatin1String("LINKDECK_SEALING_KEY")), qPrintable(answer.error));
    }
};

QTEST_GUILESS_MAIN(TestConsoleConnectService)
#include "tst_consoleconnectservice.moc"
