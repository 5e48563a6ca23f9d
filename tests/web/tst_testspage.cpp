#include "ApplicationRepository.h"
#include "ConnectTestBed.h"
#include "ConnectionRepository.h"
#include "ConsoleConnectService.h"
#include "EventRepository.h"
#include "LoginScript.h"
#include "ModalDriver.h"
#include "OidcFixture.h"
#include "OidcServer.h"
#include "SecretStore.h"
#include "Settings.h"
#include "SourceRepository.h"
#include "TempWorkspace.h"
#include "TestRunConnection.h"
#include "TestRunRepository.h"
#include "TestsController.h"
#include "TestsPage.h"
#include "TimelineModel.h"
#include "WebPageContext.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QWebEngineView>
#include <memory>

namespace {

constexpr int kRunMs = 45000;
const QString kGood = QStringLiteral("oidc-test");
const QString kWrong = QStringLiteral("oidc-wrong-secret");

} // namespace

/// The Tests page against a real OpenID Connect server, offscreen, with its
/// client secrets in a real keyring: a run's steps tick off one by one
/// beside the authorization page, the timeline, tokens and exports fill
/// in; a misconfigured source shows its diagnosis; tokens kept at the end
/// are refreshed and revoked by hand; and every enabled source is tested
/// in a queue with its progress. A login script plays the person.
class TestTestsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OidcServer> m_server;
    std::unique_ptr<TempWorkspace> m_workspace;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ConsoleConnectService> m_connectService;
    std::unique_ptr<TestsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_applicationId = 0;

    template<typename T> T *find(const QString &name) const
    {
        T *widget = m_page->findChild<T *>(name);
        if (!widget)
            qFatal("no %s", qPrintable(name));
        return widget;
    }

    QStringList stepStates() const
    {
        QStringList states;
        const auto *list = find<QListWidget>(QStringLiteral("stepsList"));
        for (int i = 0; i < list->count(); ++i)
            states << list->item(i)->data(Qt::UserRole).toString();
        return states;
    }

    bool writeSecret(const QString &sourceKey, const QString &secret)
    {
        bool done = false;
        bool ok = false;
        m_secrets->write(SecretStore::sourceOwner(sourceKey), QStringLiteral("client_secret"), secret, this,
            [&done, &ok](const SecretStore::Result &result) {
                done = true;
                ok = result.isOk();
            });
        return QTest::qWaitFor([&done]() { return done; }, 10000) && ok;
    }

    static QString describe(const TestRunRecord &record)
    {
        return QString::fromUtf8(QJsonDocument(record.steps).toJson(QJsonDocument::Compact));
    }

    /// Starts a run of @p key and waits until it is recorded.
    TestRunRecord run(const QString &key)
    {
        if (!m_page->select(key))
            return {};
        QSignalSpy finished(m_page->controller(), &TestsController::runFinished);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("startButton")), Qt::LeftButton);
        if (!finished.wait(kRunMs))
            return {};
        return finished.constFirst().constFirst().value<TestRunRecord>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<OidcServer>(
            QJsonArray { OidcFixture::client(QStringLiteral("qa-client"), QStringLiteral("qa-secret")) });
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorMessage()));
        m_workspace = std::make_unique<TempWorkspace>();
        QVERIFY2(m_workspace->isOpen(), qPrintable(m_workspace->errorMessage()));
        SourceRepository sources(m_workspace->workspace());
        // Only the local server is ever reached: the bundled sources stay disabled.
        for (const IntegrationSource &source : sources.summaries())
            QVERIFY(sources.setEnabled(source.key, false));
        for (const QString &key : { kGood, kWrong }) {
            IntegrationSource source = OidcFixture::source(m_server->issuer());
            source.key = key;
            source.displayName
                = key == kGood ? QStringLiteral("OIDC test") : QStringLiteral("OIDC wrong secret");
            source.clientId = QStringLiteral("qa-client");
            source.hasClientSecret = true;
            QVERIFY(sources.insert(&source));
        }
        // An application that uses the source, for runs whose connection is stored.
        Application application;
        application.name = QStringLiteral("QA app");
        application.sourceKeys = { kGood };
        QVERIFY(ApplicationRepository(m_workspace->workspace()).insert(&application));
        m_applicationId = application.id;
        m_secrets = std::make_unique<SecretStore>(m_workspace->workspace().id());
        QVERIFY(writeSecret(kGood, QStringLiteral("qa-secret")));
        QVERIFY(writeSecret(kWrong, QStringLiteral("not-the-secret")));
        m_settings = std::make_unique<Settings>(m_workspace->dir() + QStringLiteral("/settings.ini"));

        m_connectService
            = std::make_unique<ConsoleConnectService>(m_workspace->workspace(), *m_secrets, *m_settings);
        m_page = std::make_unique<TestsPage>(
            WebPageContext { m_workspace->workspace(), *m_secrets, *m_settings, *m_connectService });
        QFile file(qEnvironmentVariable("LINKDECK_SOURCE_DIR")
            + QStringLiteral("/tests/web/oidc-login-script.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const auto script = LoginScript::parse(file.readAll(), &error);
        QVERIFY2(script, qPrintable(error));
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("QA_LOGIN"), QStringLiteral("alice"));
        environment.insert(QStringLiteral("QA_PASSWORD"), QStringLiteral("wonderland-42"));
        m_page->controller()->setLoginScript(script->resolved(environment, &error));
        m_tester = std::make_unique<QAbstractItemModelTester>(
            find<QTableView>(QStringLiteral("timelineTable"))->model());
        // The redirect URI the provider knows; typed as QA would.
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("redirectUriEdit")), OidcFixture::redirectUri());
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_page.reset();
        m_connectService.reset();
        m_secrets.reset();
        m_workspace.reset();
        m_server.reset();
    }

    void stepsTickOffInOrder()
    {
        // Each step's state as the list shows it, every time it changes.
        QList<int> passedSeen;
        connect(m_page->controller(), &TestsController::stepsChanged, this,
            [this, &passedSeen]() { passedSeen << int(stepStates().count(QStringLiteral("passed"))); });
        const TestRunRecord record = run(kGood);
        disconnect(m_page->controller(), &TestsController::stepsChanged, this, nullptr);
        QVERIFY2(record.result == TestRunRecord::Result::Passed, qPrintable(describe(record)));
        QCOMPARE(stepStates(), QStringList(6, QStringLiteral("passed")));
        // One at a time, never backwards.
        for (int passed = 1; passed <= 6; ++passed)
            QVERIFY2(passedSeen.contains(passed), qPrintable(QString::number(passed)));
        QVERIFY(std::is_sorted(passedSeen.cbegin(), passedSeen.cend()));

        // The authorization page was shown in the page.
        auto *view = m_page->findChild<QWebEngineView *>(QStringLiteral("browserView"));
        QVERIFY(view);
        QVERIFY(view->url().toString().startsWith(m_server->issuer()));
        // The timeline: the browser's hops, then token, API, refresh, revoke,
        // and the PKCE check's hops and token exchange.
        QVERIFY(find<QTableView>(QStringLiteral("timelineTable"))->model()->rowCount() >= 7);
        QVERIFY(find<QLabel>(QStringLiteral("diagnosisLabel"))->text().contains(QStringLiteral("passed")));
        // Revoked at the end: nothing left to refresh.
        QVERIFY(!find<QPushButton>(QStringLiteral("refreshNowButton"))->isEnabled());
        QVERIFY(find<QPushButton>(QStringLiteral("exportHarButton"))->isEnabled());

        // Stored, and exported without the secret.
        QCOMPARE(TestRunRepository(m_workspace->workspace()).listForSource(kGood).size(), 1);
        const QString harPath = m_workspace->dir() + QStringLiteral("/run.har");
        QString error;
        QVERIFY2(m_page->controller()->exportHar(harPath, &error), qPrintable(error));
        QFile har(harPath);
        QVERIFY(har.open(QIODevice::ReadOnly));
        const QByteArray bytes = har.readAll();
        QCOMPARE(QJsonDocument::fromJson(bytes)
                     .object()
                     .value(QStringLiteral("log"))
                     .toObject()
                     .value(QStringLiteral("entries"))
                     .toArray()
                     .size(),
            5);
        QVERIFY(!bytes.contains("qa-secret"));
        const QString bundlePath = m_workspace->dir() + QStringLiteral("/run.linkdeck-bundle.json");
        QVERIFY2(m_page->controller()->exportBundle(bundlePath, &error), qPrintable(error));
    }

    void aWrongSecretIsDiagnosed()
    {
        const TestRunRecord record = run(kWrong);
        QCOMPARE(record.result, TestRunRecord::Result::Failed);
        QCOMPARE(stepStates(),
            (QStringList { QStringLiteral("passed"), QStringLiteral("failed"), QStringLiteral("skipped"),
                QStringLiteral("skipped"), QStringLiteral("skipped"), QStringLiteral("skipped") }));
        const QString diagnosis = find<QLabel>(QStringLiteral("diagnosisLabel"))->text();
        QVERIFY2(diagnosis.contains(QStringLiteral("secret"), Qt::CaseInsensitive), qPrintable(diagnosis));
        QCOMPARE(find<QLabel>(QStringLiteral("accessTokenLabel"))->text(), QStringLiteral("none"));
    }

    void keptTokensAreRefreshedAndRevokedByHand()
    {
        find<QCheckBox>(QStringLiteral("revokeAtEndCheckBox"))->setChecked(false);
        const TestRunRecord record = run(kGood);
        find<QCheckBox>(QStringLiteral("revokeAtEndCheckBox"))->setChecked(true);
        QVERIFY2(record.result == TestRunRecord::Result::Passed, qPrintable(describe(record)));
        QCOMPARE(stepStates().at(int(TestStep::Kind::Revoke)), QStringLiteral("skipped"));
        const QString before = find<QLabel>(QStringLiteral("accessTokenLabel"))->text();
        QVERIFY2(before.contains(QStringLiteral("redacted:")), qPrintable(before));
        const QString expiry = find<QLabel>(QStringLiteral("expiryLabel"))->text();
        QVERIFY2(expiry.contains(QStringLiteral("expires in")), qPrintable(expiry));

        auto *refresh = find<QPushButton>(QStringLiteral("refreshNowButton"));
        QVERIFY(refresh->isEnabled());
        QSignalSpy messages(m_page->controller(), &TestsController::message);
        QTest::mouseClick(refresh, Qt::LeftButton);
        QVERIFY(messages.wait(10000));
        QCOMPARE(messages.constLast().at(1).toBool(), false);
        QTRY_VERIFY(find<QLabel>(QStringLiteral("accessTokenLabel"))->text() != before);

        auto *revoke = find<QPushButton>(QStringLiteral("revokeNowButton"));
        QVERIFY(revoke->isEnabled());
        QTest::mouseClick(revoke, Qt::LeftButton);
        QVERIFY(messages.wait(10000));
        QCOMPARE(messages.constLast().at(1).toBool(), false);
        QCOMPARE(find<QLabel>(QStringLiteral("accessTokenLabel"))->text(), QStringLiteral("none"));
        QVERIFY(!revoke->isEnabled());
    }

    void theStoredConnectionFollowsRefreshAndRevokeByHand()
    {
        // A run with the application's credentials stores its connection; the tokens are kept.
        auto *credentials = find<QComboBox>(QStringLiteral("credentialsCombo"));
        auto *revokeAtEnd = find<QCheckBox>(QStringLiteral("revokeAtEndCheckBox"));
        QVERIFY(m_page->select(kGood));
        credentials->setCurrentIndex(credentials->findData(m_applicationId));
        QVERIFY(credentials->currentIndex() > 0);
        revokeAtEnd->setChecked(false);
        const auto restore = qScopeGuard([credentials, revokeAtEnd]() {
            credentials->setCurrentIndex(0);
            revokeAtEnd->setChecked(true);
        });
        QSignalSpy messages(m_page->controller(), &TestsController::message);
        const TestRunRecord record = run(kGood);
        QVERIFY2(record.result == TestRunRecord::Result::Passed, qPrintable(describe(record)));
        QVERIFY(!messages.isEmpty());
        QVERIFY2(messages.constLast().at(0).toString().contains(QStringLiteral("stored as")),
            qPrintable(messages.constLast().at(0).toString()));
        ConnectionRepository connections(m_workspace->workspace());
        const QString userId = TestRunConnection::userIdFor(kGood, record.id);
        const UserConnection stored
            = connections.findFor(m_applicationId, kGood, userId).value_or(UserConnection());
        QCOMPARE(stored.status, UserConnection::Status::Active);
        const QDateTime refreshedBefore = stored.lastRefreshedAt;
        QVERIFY(refreshedBefore.isValid()); // the run's own refresh

        // Refresh Now: the stored connection gets the new tokens and a "refresh" event.
        QTest::mouseClick(find<QPushButton>(QStringLiteral("refreshNowButton")), Qt::LeftButton);
        QVERIFY(messages.wait(10000));
        QString said = messages.constLast().at(0).toString();
        QVERIFY2(!messages.constLast().at(1).toBool(), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("holds the new tokens")), qPrintable(said));
        const UserConnection refreshed
            = connections.findFor(m_applicationId, kGood, userId).value_or(UserConnection());
        QVERIFY(refreshed.lastRefreshedAt > refreshedBefore);
        QVERIFY(refreshed.sealedTokens != stored.sealedTokens);
        QList<ConnectEvent> events = EventRepository(m_workspace->workspace()).forConnection(stored.id);
        QCOMPARE(events.constLast().kind, QStringLiteral("refresh"));

        // Revoke Now: revoked here too, tokens deleted, a "deauth" event.
        QTest::mouseClick(find<QPushButton>(QStringLiteral("revokeNowButton")), Qt::LeftButton);
        QVERIFY(messages.wait(10000));
        said = messages.constLast().at(0).toString();
        QVERIFY2(!messages.constLast().at(1).toBool(), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("revoked too")), qPrintable(said));
        const UserConnection revoked
            = connections.findFor(m_applicationId, kGood, userId).value_or(UserConnection());
        QCOMPARE(revoked.status, UserConnection::Status::Revoked);
        QVERIFY(revoked.sealedTokens.isEmpty());
        events = EventRepository(m_workspace->workspace()).forConnection(stored.id);
        QCOMPARE(events.constLast().kind, QStringLiteral("deauth"));
        QCOMPARE(
            events.constLast().detail.value(QStringLiteral("via")).toString(), QStringLiteral("tests_page"));
    }

    void allEnabledSourcesAreQueued()
    {
        QSignalSpy results(m_page->controller(), &TestsController::queuedResult);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("testAllButton")), Qt::LeftButton);
        QVERIFY(find<QProgressBar>(QStringLiteral("queueProgressBar"))->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 2 * kRunMs);
        QCOMPARE(find<QLabel>(QStringLiteral("queueLabel"))->text(), QStringLiteral("2 of 2"));
        QCOMPARE(find<QProgressBar>(QStringLiteral("queueProgressBar"))->value(), 2);
        auto *list = find<QListWidget>(QStringLiteral("queueResultsList"));
        QCOMPARE(list->count(), 2);
        QStringList keys { list->item(0)->data(Qt::UserRole).toString(),
            list->item(1)->data(Qt::UserRole).toString() };
        keys.sort();
        QCOMPARE(keys, (QStringList { kGood, kWrong }));
        for (const QList<QVariant> &result : std::as_const(results))
            QCOMPARE(result.at(1).value<TestRunRecord::Result>() == TestRunRecord::Result::Passed,
                result.at(0).toString() == kGood);
        QTRY_VERIFY(find<QPushButton>(QStringLiteral("startButton"))->isEnabled());
    }

    void aStoredRunExports()
    {
        // A new page knows only what the workspace keeps.
        TestsPage page(
            WebPageContext { m_workspace->workspace(), *m_secrets, *m_settings, *m_connectService });
        page.show();
        QVERIFY(page.select(kGood));
        auto *exportHar = page.findChild<QPushButton *>(QStringLiteral("exportHarButton"));
        QVERIFY(exportHar->isEnabled());
        // The file the dialog ends up with, wherever its own suggestion took it.
        auto chosen = std::make_shared<QString>();
        ModalDriver::whenModal([chosen](QWidget *modal) {
            auto *dialog = qobject_cast<QFileDialog *>(modal);
            QVERIFY(dialog);
            *chosen = dialog->selectedFiles().value(0);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog makes it protected
        });
        QTest::mouseClick(exportHar, Qt::LeftButton);
        QVERIFY(!chosen->isEmpty());
        const QString path = *chosen;
        const auto removeFile = qScopeGuard([path]() { QFile::remove(path); });
        QFile har(path);
        QVERIFY(har.open(QIODevice::ReadOnly));
        const QByteArray bytes = har.readAll();
        QVERIFY(!QJsonDocument::fromJson(bytes)
                     .object()
                     .value(QStringLiteral("log"))
                     .toObject()
                     .value(QStringLiteral("entries"))
                     .toArray()
                     .isEmpty());
        QVERIFY(!bytes.contains("qa-secret"));
    }

    void passwordSourceGoesThroughTheConnectService()
    {
        // A workspace of its own, whose password source checks the test
        // account at a login endpoint beside it; the page's connect service
        // starts on demand.
        ConnectTestBed bed;
        QVERIFY2(bed.setUp(), qPrintable(bed.error()));
        Settings settings(bed.temp().dir() + QStringLiteral("/settings.ini"));
        ConsoleConnectService service(bed.workspace(), bed.secrets(), settings);
        TestsPage page(WebPageContext { bed.workspace(), bed.secrets(), settings, service });
        page.show();
        QVERIFY(page.select(QStringLiteral("pw_test")));
        auto *credentials = page.findChild<QComboBox *>(QStringLiteral("credentialsCombo"));
        QVERIFY(page.findChild<QWidget *>(QStringLiteral("accountWidget"))->isVisible());
        credentials->setCurrentIndex(credentials->findText(QStringLiteral("App A"), Qt::MatchEndsWith));
        QVERIFY(credentials->currentIndex() > 0);
        QTest::keyClicks(
            page.findChild<QLineEdit *>(QStringLiteral("accountUserEdit")), QStringLiteral("ada"));
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("accountPasswordEdit")),
            QStringLiteral("correct-horse"));
        QSignalSpy finished(page.controller(), &TestsController::runFinished);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
        QVERIFY(finished.wait(kRunMs));
        const auto record = finished.constFirst().constFirst().value<TestRunRecord>();
        QVERIFY2(record.result == TestRunRecord::Result::Passed, qPrintable(describe(record)));
        QCOMPARE(service.state(), ConsoleConnectService::State::Running);
        // The password never reaches what is kept.
        QVERIFY(!QJsonDocument(record.har).toJson().contains("correct-horse"));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestTestsPage test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_testspage.moc"
