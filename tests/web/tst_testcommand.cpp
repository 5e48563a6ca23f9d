#include "ConnectTestBed.h"
#include "OidcFixture.h"
#include "OidcServer.h"
#include "SourceRepository.h"
#include "TempWorkspace.h"
#include "TestRunRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <memory>

namespace {

constexpr int kRunMs = 50000;
const QString kPassword = QStringLiteral("wonderland-42");

struct JUnitSummary
{
    int tests = -1;
    int failures = -1;
    QStringList failureMessages;
};

JUnitSummary readJUnit(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    JUnitSummary summary;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("testsuite")) {
            summary.tests = xml.attributes().value(QLatin1String("tests")).toInt();
            summary.failures = xml.attributes().value(QLatin1String("failures")).toInt();
        } else if (xml.name() == QLatin1String("failure")) {
            summary.failureMessages << xml.attributes().value(QLatin1String("message")).toString();
        }
    }
    if (xml.hasError())
        return {};
    return summary;
}

} // namespace

/// `linkdeck test` as a CI job runs it: the real executable against a real
/// OpenID Connect server, the offscreen browser filling the login and
/// consent pages from a login script whose values come from the
/// environment. Checks the exit status, the JUnit XML, the HAR file, and
/// that the run is stored in the workspace.
class TestTestCommand : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OidcServer> m_server;
    std::unique_ptr<TempWorkspace> m_workspace;
    QTemporaryDir m_dir;

    struct Run
    {
        int status = -1;
        QString out;
        QString err;
    };

    QProcessEnvironment environment(const QString &secret) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LINKDECK_SECRET_SOURCE_OIDC_TEST_CLIENT_SECRET"), secret);
        environment.insert(QStringLiteral("QA_LOGIN"), QStringLiteral("alice"));
        environment.insert(QStringLiteral("QA_PASSWORD"), kPassword);
        environment.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
        return environment;
    }

    Run linkdeck(const QStringList &arguments, const QProcessEnvironment &environment)
    {
        return linkdeck(m_workspace->location(), arguments, environment);
    }

    Run linkdeck(
        const QString &workspace, const QStringList &arguments, const QProcessEnvironment &environment)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(LINKDECK_BINARY),
            QStringList { QStringLiteral("--workspace"), workspace } + arguments);
        if (!finished.wait(kRunMs)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()) };
    }

    QStringList testArguments() const
    {
        return { QStringLiteral("test"), QStringLiteral("oidc-test"), QStringLiteral("--login-script"),
            qEnvironmentVariable("LINKDECK_SOURCE_DIR") + QStringLiteral("/tests/web/oidc-login-script.json"),
            QStringLiteral("--redirect-uri"), OidcFixture::redirectUri(), QStringLiteral("--junit"),
            m_dir.filePath(QStringLiteral("junit.xml")), QStringLiteral("--har"),
            m_dir.filePath(QStringLiteral("run.har")) };
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<OidcServer>(
            QJsonArray { OidcFixture::client(QStringLiteral("qa-client"), QStringLiteral("qa-secret")) });
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorMessage()));
    }

    void init()
    {
        m_workspace = std::make_unique<TempWorkspace>();
        QVERIFY2(m_workspace->isOpen(), qPrintable(m_workspace->errorMessage()));
        IntegrationSource source = OidcFixture::source(m_server->issuer());
        source.clientId = QStringLiteral("qa-client");
        source.hasClientSecret = true;
        QVERIFY(SourceRepository(m_workspace->workspace()).insert(&source));
    }

    void cleanup() { m_workspace.reset(); }
    void cleanupTestCase() { m_server.reset(); }

    void aPassingRunExitsZero()
    {
        const Run run = linkdeck(testArguments(), environment(QStringLiteral("qa-secret")));
        QVERIFY2(run.status == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("passed")), qPrintable(run.out));
        // The source's own credentials: no application for the connection to belong to.
        QVERIFY2(run.err.contains(QStringLiteral("connection was not stored")), qPrintable(run.err));

        const JUnitSummary junit = readJUnit(m_dir.filePath(QStringLiteral("junit.xml")));
        QCOMPARE(junit.tests, 6); // authorize, token, API call, refresh, revoke, PKCE check
        QCOMPARE(junit.failures, 0);

        QFile har(m_dir.filePath(QStringLiteral("run.har")));
        QVERIFY(har.open(QIODevice::ReadOnly));
        const QByteArray harBytes = har.readAll();
        const QJsonArray entries = QJsonDocument::fromJson(harBytes)
                                       .object()
                                       .value(QStringLiteral("log"))
                                       .toObject()
                                       .value(QStringLiteral("entries"))
                                       .toArray();
        QCOMPARE(entries.size(), 5); // token, API call, refresh, revoke, the PKCE check's token
        QVERIFY(!harBytes.contains("qa-secret"));

        const QList<TestRunRecord> stored
            = TestRunRepository(m_workspace->workspace()).listForSource(QStringLiteral("oidc-test"));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.constFirst().result, TestRunRecord::Result::Passed);
    }

    void aFailingRunExitsNonZeroWithTheDiagnosis()
    {
        const Run run = linkdeck(testArguments(), environment(QStringLiteral("wrong-secret")));
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QStringLiteral("secret"), Qt::CaseInsensitive), qPrintable(run.err));
        const JUnitSummary junit = readJUnit(m_dir.filePath(QStringLiteral("junit.xml")));
        QCOMPARE(junit.failures, 1);
        QCOMPARE(junit.failureMessages.size(), 1);
        QVERIFY(!junit.failureMessages.constFirst().isEmpty());
        QCOMPARE(TestRunRepository(m_workspace->workspace())
                     .listForSource(QStringLiteral("oidc-test"))
                     .constFirst()
                     .result,
            TestRunRecord::Result::Failed);
    }

    void passwordSourcesGoThroughTheConnectService_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("status");
        QTest::newRow("accepted") << QStringLiteral("correct-horse") << 0;
        QTest::newRow("refused") << QStringLiteral("wrong-horse") << 1;
    }

    void passwordSourcesGoThroughTheConnectService()
    {
        QFETCH(QString, password);
        QFETCH(int, status);
        // A workspace whose password source checks the test account at a
        // login endpoint of this process; the command runs its own service.
        ConnectTestBed bed;
        QVERIFY2(bed.setUp(), qPrintable(bed.error()));
        QProcessEnvironment env = environment(QString());
        env.insert(QStringLiteral("LINKDECK_TEST_USERNAME"), QStringLiteral("ada"));
        env.insert(QStringLiteral("LINKDECK_TEST_PASSWORD"), password);
        const QString junitPath = m_dir.filePath(QStringLiteral("password.xml"));
        const Run run = linkdeck(bed.temp().location(),
            { QStringLiteral("test"), QStringLiteral("pw_test"), QStringLiteral("--app"), bed.a().clientId,
                QStringLiteral("--junit"), junitPath },
            env);
        QVERIFY2(run.status == status, qPrintable(run.out + run.err));
        const JUnitSummary junit = readJUnit(junitPath);
        QCOMPARE(junit.failures, status == 0 ? 0 : 1);
        QFile file(junitPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(password.toUtf8()));
    }

    void setupErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("unset");
        QTest::addColumn<QString>("message");
        QTest::newRow("no such source") << QStringList { QStringLiteral("test"), QStringLiteral("nope") }
                                        << QString() << QStringLiteral("nope");
        QTest::newRow("missing variable")
            << testArguments() << QStringLiteral("QA_PASSWORD") << QStringLiteral("${QA_PASSWORD}");
        QTest::newRow("unknown browser") << QStringList { QStringLiteral("test"), QStringLiteral("oidc-test"),
            QStringLiteral("--browser"), QStringLiteral("lynx") }
                                         << QString() << QStringLiteral("lynx");
        QTest::newRow("login script with the system browser")
            << testArguments() + QStringList { QStringLiteral("--browser"), QStringLiteral("system") }
            << QString() << QStringLiteral("login script");
    }

    void setupErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, unset);
        QFETCH(QString, message);
        QProcessEnvironment env = environment(QStringLiteral("qa-secret"));
        env.remove(unset);
        const Run run = linkdeck(arguments, env);
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestTestCommand)
#include "tst_testcommand.moc"
