#include "ConnectTestBed.h"
#include "CredentialTestRun.h"
#include "SourceRepository.h"
#include "TestRunRecorder.h"
#include "TestRunRepository.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

Q_DECLARE_METATYPE(TestStep::Kind)

namespace {

QString describe(const QList<TestStep> &steps)
{
    QStringList lines;
    for (const TestStep &step : steps)
        lines << TestStep::name(step.kind) + QLatin1Char(' ') + TestStep::name(step.status)
                + QStringLiteral(": ") + step.detail + QLatin1Char(' ') + step.diagnosis;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

/// Password and e-mail test runs through a real connect service on
/// loopback, whose sources check credentials at a login endpoint the test
/// starts (ConnectTestBed): accepted, refused and failing logins, a wrong
/// application secret, a service that is down, and the run stored redacted.
class TestCredentialTestRun : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConnectTestBed> m_bed;
    QNetworkAccessManager m_manager;

    IntegrationSource source(const QString &key)
    {
        const auto found = SourceRepository(m_bed->workspace()).find(key);
        return found ? *found : IntegrationSource();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_bed = std::make_unique<ConnectTestBed>();
        QVERIFY2(m_bed->setUp(), qPrintable(m_bed->error()));
    }

    void cleanupTestCase() { m_bed.reset(); }

    void runs_data()
    {
        QTest::addColumn<QString>("sourceKey");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("wrongAppSecret");
        QTest::addColumn<int>("failedStep"); // -1: passes
        QTest::addColumn<QString>("mentions");
        const QString pw = QStringLiteral("pw_test");
        const QString mail = QStringLiteral("mail_test");
        QTest::newRow("password accepted")
            << pw << QStringLiteral("ada") << QStringLiteral("correct-horse") << QString() << false << -1
            << QStringLiteral("accepted the credentials");
        QTest::newRow("wrong password")
            << pw << QStringLiteral("ada") << QStringLiteral("wrong-horse") << QString() << false
            << int(TestStep::Kind::Credentials) << QStringLiteral("check the test account");
        QTest::newRow("login endpoint fails")
            << pw << QStringLiteral("ada") << QStringLiteral("boom") << QString() << false
            << int(TestStep::Kind::Credentials) << QStringLiteral("PROVIDER_UNAVAILABLE");
        QTest::newRow("login endpoint not https")
            << QStringLiteral("pw_remote") << QStringLiteral("ada") << QStringLiteral("correct-horse")
            << QString() << false << int(TestStep::Kind::Credentials) << QStringLiteral("auth URL");
        QTest::newRow("e-mail accepted")
            << mail << QString() << QString() << QStringLiteral("ada@example.com") << false << -1
            << QStringLiteral("accepted the credentials");
        QTest::newRow("e-mail refused")
            << mail << QString() << QString() << QStringLiteral("eve@example.com") << false
            << int(TestStep::Kind::Credentials) << QStringLiteral("e-mail address");
        QTest::newRow("e-mail without a login endpoint")
            << QStringLiteral("mail_open") << QString() << QString() << QStringLiteral("ada@example.com")
            << false << -1 << QStringLiteral("without a check");
        QTest::newRow("wrong application secret")
            << pw << QStringLiteral("ada") << QStringLiteral("correct-horse") << QString() << true
            << int(TestStep::Kind::LinkToken) << QStringLiteral("INVALID_CLIENT");
    }

    void runs()
    {
        QFETCH(QString, sourceKey);
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(QString, email);
        QFETCH(bool, wrongAppSecret);
        QFETCH(int, failedStep);
        QFETCH(QString, mentions);
        const IntegrationSource s = source(sourceKey);
        QCOMPARE(s.key, sourceKey);
        const OAuthCredentials app { m_bed->a().clientId,
            wrongAppSecret ? QStringLiteral("not-the-secret") : m_bed->secretA() };
        CredentialTestRun run(s, m_bed->service().baseUrl(), app, { username, password, email }, &m_manager);
        run.setUserId(QStringLiteral("qa-")
            + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        QSignalSpy finished(&run, &CredentialTestRun::finished);
        run.start();
        QVERIFY(finished.wait(30000));
        const QList<TestStep> steps = run.steps();
        QCOMPARE(steps.size(), 3);
        if (failedStep < 0) {
            QVERIFY2(run.passed(), qPrintable(describe(steps)));
            QVERIFY2(steps.at(1).detail.contains(mentions), qPrintable(describe(steps)));
            QVERIFY(!run.connectionId().isEmpty());
            QVERIFY2(steps.at(2).detail.contains(run.connectionId()), qPrintable(describe(steps)));
            return;
        }
        QVERIFY(!run.passed());
        bool after = false;
        for (const TestStep &step : steps) {
            if (int(step.kind) == failedStep) {
                QCOMPARE(step.status, TestStep::Status::Failed);
                QVERIFY2(step.diagnosis.contains(mentions, Qt::CaseInsensitive), qPrintable(describe(steps)));
                after = true;
            } else {
                QCOMPARE(step.status, after ? TestStep::Status::Skipped : TestStep::Status::Passed);
            }
        }
        QVERIFY(after);
    }

    void serviceDown()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QUrl down(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
        probe.close();
        CredentialTestRun run(source(QStringLiteral("pw_test")), down,
            { m_bed->a().clientId, m_bed->secretA() },
            { QStringLiteral("ada"), QStringLiteral("correct-horse"), {} }, &m_manager);
        QSignalSpy finished(&run, &CredentialTestRun::finished);
        run.start();
        QVERIFY(finished.wait(30000));
        const TestStep first = run.steps().constFirst();
        QCOMPARE(first.status, TestStep::Status::Failed);
        QVERIFY2(first.diagnosis.contains(QLatin1String("connection refused")), qPrintable(first.diagnosis));
    }

    void storedWithoutThePassword()
    {
        const QString password = QStringLiteral("correct-horse");
        CredentialTestRun run(source(QStringLiteral("pw_test")), m_bed->service().baseUrl(),
            { m_bed->a().clientId, m_bed->secretA() }, { QStringLiteral("ada"), password, {} }, &m_manager);
        TestRunRecorder recorder(&run, &m_bed->workspace());
        QSignalSpy recorded(&recorder, &TestRunRecorder::recorded);
        run.start();
        QVERIFY(recorded.wait(30000));
        QVERIFY(run.passed());
        const auto stored = TestRunRepository(m_bed->workspace()).find(recorder.record().id);
        QVERIFY(stored);
        QCOMPARE(stored->result, TestRunRecord::Result::Passed);
        QCOMPARE(stored->steps.size(), 3);
        QCOMPARE(stored->har.value(QLatin1String("log"))
                     .toObject()
                     .value(QLatin1String("entries"))
                     .toArray()
                     .size(),
            3);
        const QByteArray kept = QJsonDocument(stored->har).toJson() + QJsonDocument(stored->steps).toJson();
        for (const QString &secret : run.secrets())
            QVERIFY2(!kept.contains(secret.toUtf8()), qPrintable(secret.left(4)));
        QVERIFY(!kept.contains(password.toUtf8()));
        QCOMPARE(TestRunRepository(m_bed->workspace()).latestPerSource().value(QStringLiteral("pw_test")).id,
            stored->id);
    }
};

QTEST_MAIN(TestCredentialTestRun)
#include "tst_credentialtestrun.moc"
