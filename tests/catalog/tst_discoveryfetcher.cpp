#include "DiscoveryFetcher.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <functional>
#include <memory>

namespace {

const QString kOpenId = QStringLiteral("/.well-known/openid-configuration");
const QString kOAuth = QStringLiteral("/.well-known/oauth-authorization-server");

/// A local authorization server whose answers each test chooses.
class FakeServer
{
public:
    using Handler = std::function<QHttpServerResponse(const QString &path)>;

    FakeServer()
    {
        m_server.route(QStringLiteral(".*"), [this](const QHttpServerRequest &request) {
            const QString path = request.url().path();
            m_paths << path;
            return m_handler ? m_handler(path)
                             : QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_port; }
    QString origin() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QUrl url(const QString &path = {}) const { return QUrl(origin() + path); }
    QStringList paths() const { return m_paths; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    /// A discovery document for this server.
    QByteArray document() const
    {
        QJsonObject doc { { QStringLiteral("issuer"), origin() },
            { QStringLiteral("authorization_endpoint"), origin() + QStringLiteral("/authorize") },
            { QStringLiteral("token_endpoint"), origin() + QStringLiteral("/token") } };
        return QJsonDocument(doc).toJson();
    }

    /// Serves the document at \a where and 404 elsewhere.
    void serveDocumentAt(const QString &where)
    {
        const QByteArray body = document();
        setHandler([where, body](const QString &path) {
            if (path == where)
                return QHttpServerResponse(QByteArrayLiteral("application/json"), body);
            return QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
        });
    }

private:
    QHttpServer m_server;
    quint16 m_port = 0;
    QStringList m_paths;
    Handler m_handler;
};

} // namespace

class TestDiscoveryFetcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void candidateUrls_data();
    void candidateUrls();
    void openIdLocation();
    void fallsBackToRfc8414();
    void documentUrlGivenDirectly();
    void bothMissing();
    void serverError();
    void oversizeBody();
    void neverAnswers();
    void redirectToOtherOriginNotFollowed();
    void tlsErrorNotIgnored();
    void invalidDocument();
    void notHttp();
    void givenManagerIsUsed();
    void abortEmitsNothing();

private:
    CatalogParseResult run(const QUrl &url);

    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<DiscoveryFetcher> m_fetcher;
};

void TestDiscoveryFetcher::init()
{
    m_server = std::make_unique<FakeServer>();
    QVERIFY(m_server->port() != 0);
    m_fetcher = std::make_unique<DiscoveryFetcher>();
}

void TestDiscoveryFetcher::cleanup()
{
    m_fetcher.reset();
    m_server.reset();
}

CatalogParseResult TestDiscoveryFetcher::run(const QUrl &url)
{
    QSignalSpy spy(m_fetcher.get(), &DiscoveryFetcher::finished);
    m_fetcher->fetch(url);
    if (!spy.wait(15000))
        return CatalogParseResult::failure(QStringLiteral("test: finished() was not emitted"));
    if (spy.size() != 1)
        return CatalogParseResult::failure(
            QStringLiteral("test: finished() emitted %1 times").arg(spy.size()));
    return spy.first().first().value<CatalogParseResult>();
}

void TestDiscoveryFetcher::candidateUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("issuer")
        << QStringLiteral("https://id.example.com")
        << QStringList { QStringLiteral("https://id.example.com/.well-known/openid-configuration"),
               QStringLiteral("https://id.example.com/.well-known/oauth-authorization-server") };
    QTest::newRow("issuer slash port")
        << QStringLiteral("https://id.example.com:8443/")
        << QStringList { QStringLiteral("https://id.example.com:8443/.well-known/openid-configuration"),
               QStringLiteral("https://id.example.com:8443/.well-known/oauth-authorization-server") };
    QTest::newRow("issuer with path")
        << QStringLiteral("https://id.example.com/realms/qa/")
        << QStringList { QStringLiteral("https://id.example.com/realms/qa/.well-known/openid-configuration"),
               QStringLiteral("https://id.example.com/.well-known/oauth-authorization-server/realms/qa") };
    QTest::newRow("document") << QStringLiteral("https://id.example.com/.well-known/openid-configuration")
                              << QStringList { QStringLiteral(
                                     "https://id.example.com/.well-known/openid-configuration") };
}

void TestDiscoveryFetcher::candidateUrls()
{
    QFETCH(QString, url);
    QFETCH(QStringList, expected);
    QStringList actual;
    const QList<QUrl> urls = DiscoveryFetcher::candidateUrls(QUrl(url));
    for (const QUrl &u : urls)
        actual << u.toString();
    QCOMPARE(actual, expected);
}

void TestDiscoveryFetcher::openIdLocation()
{
    m_server->serveDocumentAt(kOpenId);
    const CatalogParseResult result = run(m_server->url());
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.sources.size(), 1);
    QCOMPARE(result.sources.first().authUrl, m_server->origin() + QStringLiteral("/authorize"));
    QCOMPARE(result.sources.first().key, QStringLiteral("127-0-0-1"));
    QCOMPARE(m_server->paths(), QStringList { kOpenId });
}

void TestDiscoveryFetcher::fallsBackToRfc8414()
{
    m_server->serveDocumentAt(kOAuth);
    const CatalogParseResult result = run(m_server->url());
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.sources.first().accessTokenUrl, m_server->origin() + QStringLiteral("/token"));
    QCOMPARE(m_server->paths(), (QStringList { kOpenId, kOAuth }));
}

void TestDiscoveryFetcher::documentUrlGivenDirectly()
{
    m_server->serveDocumentAt(kOAuth);
    const CatalogParseResult result = run(m_server->url(kOAuth));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(m_server->paths(), QStringList { kOAuth });
}

void TestDiscoveryFetcher::bothMissing()
{
    m_server->serveDocumentAt(QStringLiteral("/elsewhere"));
    const CatalogParseResult result = run(m_server->url());
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("404")), qPrintable(result.error));
    QVERIFY2(result.error.contains(kOpenId), qPrintable(result.error));
    QVERIFY2(result.error.contains(kOAuth), qPrintable(result.error));
    QCOMPARE(m_server->paths(), (QStringList { kOpenId, kOAuth }));
}

void TestDiscoveryFetcher::serverError()
{
    m_server->setHandler([](const QString &) {
        return QHttpServerResponse(QHttpServerResponse::StatusCode::InternalServerError);
    });
    const CatalogParseResult result = run(m_server->url());
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("HTTP 500")), qPrintable(result.error));
    QCOMPARE(m_server->paths(), QStringList { kOpenId }); // a broken server is not asked twice
}

void TestDiscoveryFetcher::oversizeBody()
{
    m_server->setHandler([](const QString &) {
        return QHttpServerResponse(QByteArrayLiteral("application/json"), QByteArray(2 * 1024 * 1024, ' '));
    });
    const CatalogParseResult result = run(m_server->url());
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("larger than 1 MiB")), qPrintable(result.error));
}

void TestDiscoveryFetcher::neverAnswers()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> held; // accepted, read, never answered
    connect(&silent, &QTcpServer::newConnection, this, [&silent, &held] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held << socket;
    });
    m_fetcher->setTimeout(300);
    const CatalogParseResult result
        = run(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort())));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("no answer")), qPrintable(result.error));
    QCOMPARE(held.size(), 1); // a timeout is not retried at the other location
}

void TestDiscoveryFetcher::redirectToOtherOriginNotFollowed()
{
    FakeServer other;
    other.serveDocumentAt(kOpenId);
    const QByteArray target = other.url(kOpenId).toEncoded();
    m_server->setHandler([target](const QString &) {
        QHttpServerResponse response(QHttpServerResponse::StatusCode::Found);
        response.setHeader(QByteArrayLiteral("Location"), target);
        return response;
    });
    const CatalogParseResult result = run(m_server->url());
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("redirected")), qPrintable(result.error));
    QVERIFY2(result.error.contains(other.origin()), qPrintable(result.error));
    QVERIFY(other.paths().isEmpty());
}

void TestDiscoveryFetcher::tlsErrorNotIgnored()
{
    // A server with a self-signed certificate: the fetch must fail, not carry on.
    QFile certFile(QStringLiteral(LINKDECK_CATALOG_TEST_DATA "/tls-selfsigned-cert.pem"));
    QFile keyFile(QStringLiteral(LINKDECK_CATALOG_TEST_DATA "/tls-selfsigned-key.pem"));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
    config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    QSslServer server;
    server.setSslConfiguration(config);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    int handshakes = 0;
    connect(&server, &QSslServer::startedEncryptionHandshake, this, [&handshakes] { ++handshakes; });

    const CatalogParseResult result
        = run(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(server.serverPort())));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("TLS")), qPrintable(result.error));
    QVERIFY2(
        result.error.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive), qPrintable(result.error));
    QCOMPARE(handshakes, 1); // and the other well-known location is not tried
}

void TestDiscoveryFetcher::invalidDocument()
{
    QJsonObject doc { { QStringLiteral("issuer"), m_server->origin() },
        { QStringLiteral("authorization_endpoint"), m_server->origin() + QStringLiteral("/authorize") } };
    const QByteArray body = QJsonDocument(doc).toJson();
    m_server->setHandler(
        [body](const QString &) { return QHttpServerResponse(QByteArrayLiteral("application/json"), body); });
    const CatalogParseResult result = run(m_server->url());
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("token_endpoint")), qPrintable(result.error));
    QVERIFY2(result.error.contains(kOpenId), qPrintable(result.error));
}

void TestDiscoveryFetcher::notHttp()
{
    const CatalogParseResult result = run(QUrl(QStringLiteral("file:///etc/passwd")));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("http")), qPrintable(result.error));
}

void TestDiscoveryFetcher::givenManagerIsUsed()
{
    QNetworkAccessManager manager;
    int requests = 0;
    connect(&manager, &QNetworkAccessManager::finished, this, [&requests] { ++requests; });
    m_fetcher->setNetworkAccessManager(&manager);
    m_server->serveDocumentAt(kOAuth);
    const CatalogParseResult result = run(m_server->url());
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(requests, 2);
}

void TestDiscoveryFetcher::abortEmitsNothing()
{
    QSignalSpy spy(m_fetcher.get(), &DiscoveryFetcher::finished);
    m_fetcher->fetch(QUrl(QStringLiteral("notaurl")));
    m_fetcher->abort();
    m_server->serveDocumentAt(kOpenId);
    m_fetcher->fetch(m_server->url());
    QVERIFY(m_fetcher->isRunning());
    m_fetcher->abort();
    QVERIFY(!m_fetcher->isRunning());
    // A later fetch reports once, for itself only.
    m_fetcher->fetch(m_server->url());
    QVERIFY(spy.wait(15000));
    // A stale result of the first fetch would have been queued before this one.
    QCOMPARE(spy.size(), 1);
    QVERIFY(spy.first().first().value<CatalogParseResult>().ok());
}

QTEST_GUILESS_MAIN(TestDiscoveryFetcher)
#include "tst_discoveryfetcher.moc"
