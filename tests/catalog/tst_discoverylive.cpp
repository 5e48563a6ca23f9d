#include "CatalogParseResult.h"
#include "DiscoveryFetcher.h"
#include "OidcServer.h"
#include "SourceValidator.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

/// Imports a source from the discovery document of a real OpenID Connect
/// server, as "sources import https://…" and the console do.
class TestDiscoveryLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsFromARealServer()
    {
        const QJsonArray clients { QJsonObject {
            { QStringLiteral("client_id"), QStringLiteral("linkdeck") },
            { QStringLiteral("client_secret"), QStringLiteral("not-used-here") },
            { QStringLiteral("redirect_uris"), QJsonArray { QStringLiteral("http://127.0.0.1:9/callback") } },
        } };
        OidcServer server(clients);
        QVERIFY2(server.isRunning(), qPrintable(server.errorMessage()));

        DiscoveryFetcher fetcher;
        QSignalSpy finished(&fetcher, &DiscoveryFetcher::finished);
        fetcher.fetch(QUrl(server.issuer()));
        QVERIFY(finished.wait(20000));
        const auto result = finished.constFirst().constFirst().value<CatalogParseResult>();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.sources.size(), 1);
        const IntegrationSource source = result.sources.constFirst();
        QCOMPARE(source.authType, IntegrationSource::AuthType::OAuth2);
        QCOMPARE(source.authUrl, server.issuer() + QStringLiteral("/auth"));
        QCOMPARE(source.accessTokenUrl, server.issuer() + QStringLiteral("/token"));
        QCOMPARE(source.revokeUrl, server.issuer() + QStringLiteral("/token/revocation"));
        QCOMPARE(source.pkce, IntegrationSource::PkceMode::S256);
        QCOMPARE(source.testApiPath, QStringLiteral("/me"));
        QVERIFY(source.scopes.contains(QStringLiteral("openid")));
        QVERIFY(SourceValidator::isAcceptable(SourceValidator::validate(source)));
    }
};

QTEST_MAIN(TestDiscoveryLive)
#include "tst_discoverylive.moc"
