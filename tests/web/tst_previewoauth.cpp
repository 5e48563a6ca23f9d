// The real OAuth 2.0 flow inside the Preview page: the widget sends the
// user to a real oidc-provider's pages in the preview, the test signs in
// and consents there as a user would, the provider sends the browser back
// to the console's connect service, and the widget ends on its success
// screen with the connection stored.
#include "ApplicationRepository.h"
#include "ConnectService.h"
#include "ConnectionRepository.h"
#include "OidcFixture.h"
#include "OidcServer.h"
#include "PreviewHarness.h"
#include "PreviewPage.h"
#include "PreviewTimelineModel.h"
#include "SourceRepository.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QWebEngineView>

namespace {

const QString kClientId = QStringLiteral("linkdeck-preview");
const QString kClientSecret = QStringLiteral("preview secret+/:%");
const QString kSource = QStringLiteral("oidc-test");

// oidc-provider's development pages have one form: login and password,
// then the consent prompt. Filled and sent as a user would.
const QString kSignIn = QStringLiteral(
    "(function () { var form = document.forms[0]; if (!form) return false;"
    " var login = form.querySelector('[name=login]');"
    " if (login) { login.value = 'alice'; form.querySelector('[name=password]').value = 'any-password'; }"
    " form.submit(); return true; })()");

} // namespace

class TestPreviewOAuth : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PreviewHarness> m_harness;
    std::unique_ptr<OidcServer> m_oidc;

    QUrl viewUrl() const { return m_harness->view()->url(); }
    bool atProvider() const { return viewUrl().port() == QUrl(m_oidc->issuer()).port(); }
    /// The provider's page shows a form with this prompt ("login", "consent").
    bool providerAsks(const QString &prompt)
    {
        return atProvider()
            && m_harness
                   ->js(QStringLiteral("(function () { var p = document.querySelector('[name=prompt]');"
                                       " return p ? p.value : ''; })()"))
                   .toString()
            == prompt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_harness = std::make_unique<PreviewHarness>();
        QVERIFY2(m_harness->setUp(), qPrintable(m_harness->error()));
        QVERIFY2(m_harness->startConnectService(), qPrintable(m_harness->error()));

        // The provider knows the console's callback, which exists once its service listens.
        const QString callback
            = m_harness->connectService().baseUrl().toString() + QStringLiteral("/callback/") + kSource;
        QJsonObject client = OidcFixture::client(kClientId, kClientSecret);
        client.insert(QStringLiteral("redirect_uris"), QJsonArray { callback });
        m_oidc = std::make_unique<OidcServer>(QJsonArray { client }, OidcServer::Pkce::Required);
        QVERIFY2(m_oidc->isRunning(), qPrintable(m_oidc->errorMessage()));

        Workspace &workspace = m_harness->bed().workspace();
        IntegrationSource source = OidcFixture::source(m_oidc->issuer());
        source.clientId = kClientId;
        source.hasClientSecret = true;
        QVERIFY(SourceRepository(workspace).insert(&source).isOk());
        QVERIFY(m_harness->bed().writeSecret(
            SecretStore::sourceOwner(kSource), QStringLiteral("client_secret"), kClientSecret));
        auto application = ApplicationRepository(workspace).find(m_harness->bed().a().id);
        QVERIFY(application);
        application->sourceKeys << kSource;
        QVERIFY(ApplicationRepository(workspace).update(&*application).isOk());

        QVERIFY2(m_harness->openPage(), qPrintable(m_harness->error()));
    }

    void cleanupTestCase()
    {
        m_harness.reset();
        m_oidc.reset();
    }

    void signInAndConsentInThePreview()
    {
        PreviewPage *page = m_harness->page();
        QVERIFY2(!page->sessionId().isEmpty(),
            qPrintable(
                m_harness->child<QWidget>(QStringLiteral("messageLabel"))->property("text").toString()));
        QVERIFY(m_harness->shownSources().contains(kSource));

        // Dark, to see the theme survive the trip to the provider and back.
        QVERIFY(m_harness->choose(QStringLiteral("themeCombo"), QStringLiteral("dark")));
        QVERIFY(m_harness->waitReady());
        QVERIFY(m_harness->shownSources().contains(kSource));

        m_harness->click(QStringLiteral("source-") + kSource);
        // The provider's own sign-in page, inside the preview.
        QTRY_VERIFY_WITH_TIMEOUT(providerAsks(QStringLiteral("login")), PreviewHarness::kLoadMs);
        QVERIFY(m_harness->js(kSignIn).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(providerAsks(QStringLiteral("consent")), PreviewHarness::kLoadMs);
        QVERIFY(m_harness->js(kSignIn).toBool());

        // Back through the console's callback to the widget's success screen.
        QTRY_VERIFY_WITH_TIMEOUT(viewUrl().port() == m_harness->connectService().baseUrl().port()
                && m_harness->shown(QStringLiteral("successScreen")),
            PreviewHarness::kLoadMs);
        QCOMPARE(viewUrl().path(), QStringLiteral("/widget/") + page->sessionId());
        QVERIFY(!viewUrl().query().contains(QLatin1String("theme")));
        QCOMPARE(
            m_harness->js(QStringLiteral("document.documentElement.getAttribute('data-theme')")).toString(),
            QStringLiteral("dark"));

        // The connection is stored, its tokens sealed.
        const auto connections
            = ConnectionRepository(m_harness->bed().workspace()).forApplication(m_harness->bed().a().id);
        QCOMPARE(connections.size(), 1);
        const UserConnection &connection = connections.constFirst();
        QCOMPARE(connection.sourceKey, kSource);
        QCOMPARE(connection.referenceId, QStringLiteral("preview-user"));
        QVERIFY(!connection.sealedTokens.isEmpty());
        QVERIFY(!connection.sealedTokens.contains("access_token"));

        // The timeline followed it all, and never shows the code or the state.
        QTRY_VERIFY(m_harness->timeline()->kinds().contains(QStringLiteral("widget.success")));
        const QStringList kinds = m_harness->timeline()->kinds();
        for (const QString &kind : { QStringLiteral("widget.select_source"), QStringLiteral("oauth.started"),
                 QStringLiteral("widget.oauth_redirect"), QStringLiteral("auth") })
            QVERIFY2(kinds.contains(kind), qPrintable(kinds.join(QLatin1Char(' '))));
        QVERIFY(kinds.indexOf(QStringLiteral("oauth.started")) < kinds.indexOf(QStringLiteral("auth")));
        for (const PreviewTimelineModel::Entry &entry : m_harness->timeline()->entries()) {
            QVERIFY2(!entry.details.contains(QLatin1String("code=")), qPrintable(entry.details));
            QVERIFY2(!entry.details.contains(QLatin1String("state=")), qPrintable(entry.details));
        }
        QVERIFY(std::any_of(m_harness->timeline()->entries().cbegin(),
            m_harness->timeline()->entries().cend(), [this](const PreviewTimelineModel::Entry &entry) {
                return entry.kind == QLatin1String("browser.load")
                    && entry.details.startsWith(m_oidc->issuer());
            }));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestPreviewOAuth test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_previewoauth.moc"
