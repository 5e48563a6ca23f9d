#include "OAuthDiagnosis.h"
#include "TokenClient.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>
#include <functional>

namespace {

/// What a fake token endpoint received.
struct Received
{
    QByteArray method;
    QString path;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[n, v] : headers) {
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
    /// The body's parameters, decoded as a server does ('+' is a space).
    QMap<QString, QString> form() const
    {
        QMap<QString, QString> values;
        const QList<QByteArray> pairs = body.split('&');
        for (const QByteArray &pair : pairs) {
            const qsizetype eq = pair.indexOf('=');
            QByteArray name = pair.left(eq);
            QByteArray value = pair.mid(eq + 1);
            values.insert(QUrl::fromPercentEncoding(name.replace('+', ' ')),
                QUrl::fromPercentEncoding(value.replace('+', ' ')));
        }
        return values;
    }
};

/// A token endpoint on loopback whose answers each test chooses.
class FakeTokenServer
{
public:
    using Handler = std::function<QHttpServerResponse(const Received &)>;

    FakeTokenServer()
    {
        m_server.route(QStringLiteral(".*"), [this](const QHttpServerRequest &request) {
            Received r;
            r.method = request.method() == QHttpServerRequest::Method::Post ? QByteArrayLiteral("POST")
                                                                            : QByteArrayLiteral("OTHER");
            r.path = request.url().path();
            r.headers = request.headers();
            r.body = request.body();
            m_received << r;
            return m_handler ? m_handler(r) : QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
    }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    QList<Received> received() const { return m_received; }
    bool isListening() const { return m_port != 0; }

private:
    QHttpServer m_server;
    quint16 m_port = 0;
    QList<Received> m_received;
    Handler m_handler;
};

QHttpServerResponse json(
    const QJsonObject &object, QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"), QJsonDocument(object).toJson(), status);
}

QJsonObject tokens(const QString &refresh = QStringLiteral("refresh-2"))
{
    QJsonObject o { { QStringLiteral("access_token"), QStringLiteral("access-1") },
        { QStringLiteral("token_type"), QStringLiteral("Bearer") }, { QStringLiteral("expires_in"), 3600 },
        { QStringLiteral("scope"), QStringLiteral("activity heartrate") } };
    if (!refresh.isEmpty())
        o.insert(QStringLiteral("refresh_token"), refresh);
    return o;
}

} // namespace

/// TokenClient against fake endpoints: the requests it sends (client
/// authentication, PKCE, extra parameters), how it reads answers, and each
/// way a server can fail it.
class TestTokenClient : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager *m_manager = nullptr;
    TokenClient *m_client = nullptr;
    FakeTokenServer *m_server = nullptr;

    IntegrationSource source(IntegrationSource::ClientAuth auth = IntegrationSource::ClientAuth::Basic) const
    {
        IntegrationSource s;
        s.key = QStringLiteral("fake");
        s.displayName = QStringLiteral("Fake");
        s.authUrl = m_server->url(QStringLiteral("/authorize"));
        s.accessTokenUrl = m_server->url(QStringLiteral("/token"));
        s.revokeUrl = m_server->url(QStringLiteral("/revoke"));
        s.clientAuth = auth;
        return s;
    }

    TokenResponse exchange(const IntegrationSource &s, const OAuthCredentials &credentials)
    {
        QSignalSpy spy(m_client, &TokenClient::codeExchanged);
        const int id = m_client->exchangeCode(s, credentials, QStringLiteral("the-code"),
            QStringLiteral("http://127.0.0.1:9/cb"), QStringLiteral("verifier"));
        if (!spy.wait(10000))
            return {};
        if (spy.constFirst().at(0).toInt() != id)
            return {};
        return spy.constFirst().at(1).value<TokenResponse>();
    }

private Q_SLOTS:
    void init()
    {
        m_manager = new QNetworkAccessManager(this);
        m_client = new TokenClient(m_manager, this);
        m_server = new FakeTokenServer;
        QVERIFY(m_server->isListening());
    }

    void cleanup()
    {
        delete m_client;
        delete m_manager;
        delete m_server;
    }

    void basicAuthorization_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("plain") << QStringLiteral("client") << QStringLiteral("secret")
                               << QByteArrayLiteral("client:secret");
        QTest::newRow("colon in the ID")
            << QStringLiteral("a:b") << QStringLiteral("c") << QByteArrayLiteral("a%3Ab:c");
        QTest::newRow("specials in the secret") << QStringLiteral("id") << QStringLiteral("s3 cr+t/=%&~*.-_")
                                                << QByteArrayLiteral("id:s3+cr%2Bt%2F%3D%25%26%7E*.-_");
        QTest::newRow("non-ASCII") << QStringLiteral("ïd") << QStringLiteral("€")
                                   << QByteArrayLiteral("%C3%AFd:%E2%82%AC");
    }

    void basicAuthorization()
    {
        QFETCH(QString, clientId);
        QFETCH(QString, secret);
        QFETCH(QByteArray, encoded);
        QCOMPARE(TokenClient::basicAuthorization(clientId, secret),
            QByteArrayLiteral("Basic ") + encoded.toBase64());
    }

    void formBody()
    {
        QCOMPARE(TokenClient::formBody({ { QStringLiteral("a b"), QStringLiteral("1+1=2&x") },
                     { QStringLiteral("redirect_uri"), QStringLiteral("http://h/p?q=1") } }),
            QByteArrayLiteral("a+b=1%2B1%3D2%26x&redirect_uri=http%3A%2F%2Fh%2Fp%3Fq%3D1"));
    }

    void exchangeRequest_data()
    {
        QTest::addColumn<IntegrationSource::ClientAuth>("auth");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("basicHeader");
        QTest::addColumn<bool>("secretInBody");
        QTest::addColumn<bool>("clientIdInBody");
        QTest::addColumn<OAuthCredentials::Method>("method");
        QTest::newRow("basic") << IntegrationSource::ClientAuth::Basic << QStringLiteral("p@ss word") << true
                               << false << false << OAuthCredentials::Method::HttpBasic;
        QTest::newRow("body") << IntegrationSource::ClientAuth::Body << QStringLiteral("p@ss word") << false
                              << true << true << OAuthCredentials::Method::RequestBody;
        QTest::newRow("public, basic configured") << IntegrationSource::ClientAuth::Basic << QString()
                                                  << false << false << true << OAuthCredentials::Method::None;
        QTest::newRow("public, body configured") << IntegrationSource::ClientAuth::Body << QString() << false
                                                 << false << true << OAuthCredentials::Method::None;
    }

    void exchangeRequest()
    {
        QFETCH(IntegrationSource::ClientAuth, auth);
        QFETCH(QString, secret);
        QFETCH(bool, basicHeader);
        QFETCH(bool, secretInBody);
        QFETCH(bool, clientIdInBody);
        QFETCH(OAuthCredentials::Method, method);

        m_server->setHandler([](const Received &) { return json(tokens()); });
        IntegrationSource s = source(auth);
        s.extraTokenParams.insert(QStringLiteral("audience"), QStringLiteral("api://x"));
        s.extraTokenParams.insert(QStringLiteral("grant_type"), QStringLiteral("must-not-override"));
        s.extraTokenParams.insert(QStringLiteral("client_id"), QStringLiteral("must-not-override"));
        QSignalSpy recorded(m_client, &TokenClient::httpExchangeRecorded);
        const TokenResponse r = exchange(s, { QStringLiteral("client-1"), secret });
        QVERIFY2(r.ok, qPrintable(TokenResponse::toString(r.errorKind)));
        QCOMPARE(r.accessToken, QStringLiteral("access-1"));
        QCOMPARE(r.refreshToken, QStringLiteral("refresh-2"));
        QCOMPARE(r.tokenType, QStringLiteral("Bearer"));
        QCOMPARE(r.expiresIn, 3600);
        QCOMPARE(r.scope, QStringLiteral("activity heartrate"));
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.clientAuthentication, method);
        QCOMPARE(r.redirectUri, QStringLiteral("http://127.0.0.1:9/cb"));
        QVERIFY(r.contentType.startsWith(QLatin1String("application/json")));
        QVERIFY(!r.refreshTokenRotated);

        QCOMPARE(m_server->received().size(), 1);
        const Received got = m_server->received().constFirst();
        QCOMPARE(got.method, QByteArrayLiteral("POST"));
        QCOMPARE(got.path, QStringLiteral("/token"));
        QCOMPARE(got.header("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded"));
        QCOMPARE(got.header("Accept"), QByteArrayLiteral("application/json"));
        QCOMPARE(got.header("Authorization").isEmpty(), !basicHeader);
        if (basicHeader)
            QCOMPARE(got.header("Authorization"),
                TokenClient::basicAuthorization(QStringLiteral("client-1"), secret));
        const QMap<QString, QString> form = got.form();
        QCOMPARE(form.value(QStringLiteral("grant_type")), QStringLiteral("authorization_code"));
        QCOMPARE(form.value(QStringLiteral("code")), QStringLiteral("the-code"));
        QCOMPARE(form.value(QStringLiteral("redirect_uri")), QStringLiteral("http://127.0.0.1:9/cb"));
        QCOMPARE(form.value(QStringLiteral("code_verifier")), QStringLiteral("verifier"));
        QCOMPARE(form.value(QStringLiteral("audience")), QStringLiteral("api://x"));
        QCOMPARE(form.contains(QStringLiteral("client_secret")), secretInBody);
        if (secretInBody)
            QCOMPARE(form.value(QStringLiteral("client_secret")), secret);
        QCOMPARE(form.contains(QStringLiteral("client_id")), clientIdInBody);
        if (clientIdInBody)
            QCOMPARE(form.value(QStringLiteral("client_id")), QStringLiteral("client-1"));
        QCOMPARE(got.body.count("client_id="), clientIdInBody ? 1 : 0);
        QCOMPARE(got.body.count("grant_type="), 1);

        // The exchange as sent and received, for the recorder.
        QCOMPARE(recorded.size(), 1);
        const HttpExchange x = recorded.constFirst().at(1).value<HttpExchange>();
        QCOMPARE(x.method, QByteArrayLiteral("POST"));
        QCOMPARE(x.url, QUrl(s.accessTokenUrl));
        QCOMPARE(x.requestBody, got.body);
        QCOMPARE(x.status, 200);
        QVERIFY(x.responseBody.contains("access-1"));
        bool hasAccept = false;
        for (const auto &[name, value] : x.requestHeaders)
            hasAccept = hasAccept || (name == "Accept" && value == "application/json");
        QVERIFY(hasAccept);
        QVERIFY(!x.responseHeaders.isEmpty());
        QVERIFY(x.startedAt.isValid());
    }

    void expiresInAsString()
    {
        m_server->setHandler([](const Received &) {
            QJsonObject o = tokens();
            o.insert(QStringLiteral("expires_in"), QStringLiteral("7200"));
            return json(o);
        });
        QCOMPARE(exchange(source(), { QStringLiteral("id"), QStringLiteral("s") }).expiresIn, 7200);
    }

    void refresh_data()
    {
        QTest::addColumn<QString>("answered");
        QTest::addColumn<QString>("kept");
        QTest::addColumn<bool>("rotated");
        QTest::newRow("rotated") << QStringLiteral("refresh-new") << QStringLiteral("refresh-new") << true;
        QTest::newRow("omitted: the old one is kept") << QString() << QStringLiteral("refresh-old") << false;
        QTest::newRow("the same again")
            << QStringLiteral("refresh-old") << QStringLiteral("refresh-old") << false;
    }

    void refresh()
    {
        QFETCH(QString, answered);
        QFETCH(QString, kept);
        QFETCH(bool, rotated);
        m_server->setHandler([answered](const Received &) { return json(tokens(answered)); });
        IntegrationSource s = source(IntegrationSource::ClientAuth::Body);
        s.refreshUrl = m_server->url(QStringLiteral("/refresh"));
        QSignalSpy spy(m_client, &TokenClient::refreshed);
        const int id = m_client->refresh(
            s, { QStringLiteral("id"), QStringLiteral("secret") }, QStringLiteral("refresh-old"));
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.constFirst().at(0).toInt(), id);
        const TokenResponse r = spy.constFirst().at(1).value<TokenResponse>();
        QVERIFY(r.ok);
        QCOMPARE(r.operation, TokenResponse::Operation::Refresh);
        QCOMPARE(r.refreshToken, kept);
        QCOMPARE(r.refreshTokenRotated, rotated);
        const Received got = m_server->received().constFirst();
        QCOMPARE(got.path, QStringLiteral("/refresh"));
        QCOMPARE(got.form().value(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
        QCOMPARE(got.form().value(QStringLiteral("refresh_token")), QStringLiteral("refresh-old"));
    }

    void refreshFallsBackToTokenUrl()
    {
        m_server->setHandler([](const Received &) { return json(tokens()); });
        QSignalSpy spy(m_client, &TokenClient::refreshed);
        m_client->refresh(source(), { QStringLiteral("id"), QStringLiteral("s") }, QStringLiteral("r"));
        QVERIFY(spy.wait(10000));
        QCOMPARE(m_server->received().constFirst().path, QStringLiteral("/token"));
    }

    void revoke()
    {
        m_server->setHandler([](const Received &) {
            return QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArray());
        });
        QSignalSpy spy(m_client, &TokenClient::revoked);
        const int id = m_client->revoke(source(), { QStringLiteral("id"), QStringLiteral("s") },
            QStringLiteral("tok"), QStringLiteral("refresh_token"));
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.constFirst().at(0).toInt(), id);
        const TokenResponse r = spy.constFirst().at(1).value<TokenResponse>();
        QVERIFY(r.ok);
        QCOMPARE(r.operation, TokenResponse::Operation::Revoke);
        const Received got = m_server->received().constFirst();
        QCOMPARE(got.path, QStringLiteral("/revoke"));
        QCOMPARE(got.form().value(QStringLiteral("token")), QStringLiteral("tok"));
        QCOMPARE(got.form().value(QStringLiteral("token_type_hint")), QStringLiteral("refresh_token"));
        QVERIFY(!got.header("Authorization").isEmpty());
    }

    void revokeRejected()
    {
        m_server->setHandler([](const Received &) {
            return json({ { QStringLiteral("error"), QStringLiteral("unsupported_token_type") } },
                QHttpServerResponse::StatusCode::BadRequest);
        });
        QSignalSpy spy(m_client, &TokenClient::revoked);
        m_client->revoke(source(), { QStringLiteral("id"), QStringLiteral("s") }, QStringLiteral("tok"));
        QVERIFY(spy.wait(10000));
        const TokenResponse r = spy.constFirst().at(1).value<TokenResponse>();
        QVERIFY(!r.ok);
        QCOMPARE(r.errorKind, TokenResponse::ErrorKind::OAuthError);
        QCOMPARE(r.error, QStringLiteral("unsupported_token_type"));
        QCOMPARE(r.httpStatus, 400);
    }

    void configurationErrorsAnswerLater_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("message");
        QTest::newRow("no revoke URL") << 0 << QStringLiteral("revoke URL");
        QTest::newRow("no token URL") << 1 << QStringLiteral("token endpoint");
        QTest::newRow("not http") << 2 << QStringLiteral("not an http(s) URL");
        QTest::newRow("no client ID") << 3 << QStringLiteral("client ID");
        QTest::newRow("no code") << 4 << QStringLiteral("authorization code");
        QTest::newRow("no refresh token") << 5 << QStringLiteral("refresh token");
    }

    void configurationErrorsAnswerLater()
    {
        QFETCH(int, which);
        QFETCH(QString, message);
        IntegrationSource s = source();
        OAuthCredentials c { QStringLiteral("id"), QStringLiteral("s") };
        QSignalSpy exchanged(m_client, &TokenClient::codeExchanged);
        QSignalSpy refreshed(m_client, &TokenClient::refreshed);
        QSignalSpy revoked(m_client, &TokenClient::revoked);
        switch (which) {
        case 0:
            s.revokeUrl.clear();
            m_client->revoke(s, c, QStringLiteral("t"));
            break;
        case 1:
            s.accessTokenUrl.clear();
            m_client->exchangeCode(s, c, QStringLiteral("code"), QStringLiteral("http://x/cb"), {});
            break;
        case 2:
            s.accessTokenUrl = QStringLiteral("ftp://x/token");
            m_client->exchangeCode(s, c, QStringLiteral("code"), QStringLiteral("http://x/cb"), {});
            break;
        case 3:
            c.clientId.clear();
            m_client->refresh(s, c, QStringLiteral("r"));
            break;
        case 4:
            m_client->exchangeCode(s, c, QString(), QStringLiteral("http://x/cb"), {});
            break;
        case 5:
            m_client->refresh(s, c, QString());
            break;
        }
        // Never synchronously: callers connect after calling.
        QCOMPARE(exchanged.size() + refreshed.size() + revoked.size(), 0);
        QTRY_COMPARE(exchanged.size() + refreshed.size() + revoked.size(), 1);
        const QSignalSpy &spy = !exchanged.isEmpty() ? exchanged : !refreshed.isEmpty() ? refreshed : revoked;
        const TokenResponse r = spy.constFirst().at(1).value<TokenResponse>();
        QCOMPARE(r.errorKind, TokenResponse::ErrorKind::Configuration);
        QVERIFY2(r.networkError.contains(message), qPrintable(r.networkError));
        QVERIFY(m_server->received().isEmpty());
        QCOMPARE(OAuthDiagnosis::fromTokenResponse(r).kind(), OAuthDiagnosis::Kind::Configuration);
    }

    void badAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<TokenResponse::ErrorKind>("errorKind");
        QTest::addColumn<OAuthDiagnosis::Kind>("diagnosis");
        using E = TokenResponse::ErrorKind;
        using D = OAuthDiagnosis::Kind;
        QTest::newRow("HTML instead of JSON")
            << 200 << QByteArrayLiteral("text/html") << QByteArrayLiteral("<html><title>Login</title></html>")
            << E::NotJson << D::NotJson;
        QTest::newRow("JSON array") << 200 << QByteArrayLiteral("application/json")
                                    << QByteArrayLiteral("[1,2]") << E::NotJson << D::NotJson;
        QTest::newRow("no access_token")
            << 200 << QByteArrayLiteral("application/json") << QByteArrayLiteral("{\"token\":\"x\"}")
            << E::MissingAccessToken << D::MissingAccessToken;
        QTest::newRow("error with 200") << 200 << QByteArrayLiteral("application/json")
                                        << QByteArrayLiteral("{\"error\":\"bad_verification_code\"}")
                                        << E::OAuthError << D::OtherOAuthError;
        QTest::newRow("HTTP 500 HTML")
            << 500 << QByteArrayLiteral("text/html") << QByteArrayLiteral("<h1>oops</h1>") << E::HttpError
            << D::ServerError;
        QTest::newRow("HTTP 503 server_error") << 503 << QByteArrayLiteral("application/json")
                                               << QByteArrayLiteral("{\"error\":\"temporarily_unavailable\"}")
                                               << E::OAuthError << D::ServerError;
        QTest::newRow("HTTP 404") << 404 << QByteArrayLiteral("text/plain") << QByteArrayLiteral("not found")
                                  << E::HttpError << D::HttpError;
        QTest::newRow("too large") << 200 << QByteArrayLiteral("application/json")
                                   << QByteArray(TokenClient::MaxResponseBytes + 10, ' ') << E::TooLarge
                                   << D::TooLarge;
    }

    void badAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(TokenResponse::ErrorKind, errorKind);
        QFETCH(OAuthDiagnosis::Kind, diagnosis);
        m_server->setHandler([=](const Received &) {
            return QHttpServerResponse(contentType, body, QHttpServerResponse::StatusCode(status));
        });
        const TokenResponse r = exchange(source(), { QStringLiteral("id"), QStringLiteral("s") });
        QVERIFY(!r.ok);
        QCOMPARE(TokenResponse::toString(r.errorKind), TokenResponse::toString(errorKind));
        if (errorKind != TokenResponse::ErrorKind::TooLarge) {
            QCOMPARE(r.httpStatus, status);
            QCOMPARE(r.rawBody, body.left(TokenResponse::RawBodyCap));
        }
        QCOMPARE(OAuthDiagnosis::kindName(OAuthDiagnosis::fromTokenResponse(r).kind()),
            OAuthDiagnosis::kindName(diagnosis));
    }

    void redirectNotFollowed()
    {
        FakeTokenServer other;
        other.setHandler([](const Received &) { return json(tokens()); });
        const QByteArray target = other.url(QStringLiteral("/token")).toUtf8();
        m_server->setHandler([target](const Received &) {
            QHttpServerResponse response(QHttpServerResponse::StatusCode::TemporaryRedirect);
            response.setHeader(QByteArrayLiteral("Location"), target);
            return response;
        });
        const TokenResponse r = exchange(source(), { QStringLiteral("id"), QStringLiteral("s") });
        QCOMPARE(r.errorKind, TokenResponse::ErrorKind::Redirected);
        QCOMPARE(r.redirectLocation, QString::fromUtf8(target));
        QVERIFY(other.received().isEmpty()); // the secret did not travel on
        QCOMPARE(OAuthDiagnosis::fromTokenResponse(r).kind(), OAuthDiagnosis::Kind::Redirected);
    }

    void serverDown()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        IntegrationSource s = source();
        s.accessTokenUrl = QStringLiteral("http://127.0.0.1:%1/token").arg(port);
        const TokenResponse r = exchange(s, { QStringLiteral("id"), QStringLiteral("s") });
        QCOMPARE(TokenResponse::toString(r.errorKind),
            TokenResponse::toString(TokenResponse::ErrorKind::ConnectionRefused));
        QCOMPARE(r.httpStatus, 0);
        const OAuthDiagnosis d = OAuthDiagnosis::fromTokenResponse(r);
        QCOMPARE(d.kind(), OAuthDiagnosis::Kind::ConnectionRefused);
        QVERIFY(d.explanation().contains(QString::number(port)));
    }

    void neverAnswers()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> held; // accepted, never answered
        connect(&silent, &QTcpServer::newConnection, this, [&silent, &held] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                held << socket;
        });
        m_client->setTransferTimeout(400);
        IntegrationSource s = source();
        s.accessTokenUrl = QStringLiteral("http://127.0.0.1:%1/token").arg(silent.serverPort());
        QSignalSpy recorded(m_client, &TokenClient::httpExchangeRecorded);
        const TokenResponse r = exchange(s, { QStringLiteral("id"), QStringLiteral("s") });
        QCOMPARE(
            TokenResponse::toString(r.errorKind), TokenResponse::toString(TokenResponse::ErrorKind::Timeout));
        QVERIFY2(r.durationMs >= 400 && r.durationMs < 5000, qPrintable(QString::number(r.durationMs)));
        QCOMPARE(held.size(), 1);
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(OAuthDiagnosis::fromTokenResponse(r).kind(), OAuthDiagnosis::Kind::Timeout);
    }

    void tlsErrorNotIgnored()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("this Qt has no TLS backend");
        QFile certFile(QStringLiteral(LINKDECK_AUTH_TEST_DATA "/tls-selfsigned-cert.pem"));
        QFile keyFile(QStringLiteral(LINKDECK_AUTH_TEST_DATA "/tls-selfsigned-key.pem"));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
        QSslServer server;
        server.setSslConfiguration(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        IntegrationSource s = source();
        s.accessTokenUrl = QStringLiteral("https://127.0.0.1:%1/token").arg(server.serverPort());
        const TokenResponse r = exchange(s, { QStringLiteral("id"), QStringLiteral("s") });
        QCOMPARE(TokenResponse::toString(r.errorKind),
            TokenResponse::toString(TokenResponse::ErrorKind::TlsError));
        QVERIFY2(r.networkError.contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
            qPrintable(r.networkError));
        const OAuthDiagnosis d = OAuthDiagnosis::fromTokenResponse(r);
        QCOMPARE(d.kind(), OAuthDiagnosis::Kind::TlsError);
        QVERIFY(d.explanation().contains(QLatin1String("self-signed"), Qt::CaseInsensitive));
    }

    void basicRejectedBodyAccepted()
    {
        // Many providers take the credentials in the body only (oidc-provider
        // takes both, so this case needs its own server).
        m_server->setHandler([](const Received &r) {
            if (!r.header("Authorization").isEmpty()
                || r.form().value(QStringLiteral("client_secret")) != QLatin1String("s"))
                return json({ { QStringLiteral("error"), QStringLiteral("invalid_client") },
                                { QStringLiteral("error_description"),
                                    QStringLiteral("Client authentication failed") } },
                    QHttpServerResponse::StatusCode::Unauthorized);
            return json(tokens());
        });
        const OAuthCredentials credentials { QStringLiteral("id"), QStringLiteral("s") };
        const TokenResponse basic = exchange(source(IntegrationSource::ClientAuth::Basic), credentials);
        QCOMPARE(basic.httpStatus, 401);
        const OAuthDiagnosis d = OAuthDiagnosis::fromTokenResponse(basic);
        QCOMPARE(d.kind(), OAuthDiagnosis::Kind::InvalidClient);
        QVERIFY2(d.explanation().contains(QLatin1String("client_secret_basic")), qPrintable(d.explanation()));
        QVERIFY2(d.fix().contains(QLatin1String("\"body\"")), qPrintable(d.fix()));
        // Following the fix works.
        QVERIFY(exchange(source(IntegrationSource::ClientAuth::Body), credentials).ok);
    }

    void abort()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        IntegrationSource s = source();
        s.accessTokenUrl = QStringLiteral("http://127.0.0.1:%1/token").arg(silent.serverPort());
        QSignalSpy spy(m_client, &TokenClient::codeExchanged);
        const int id = m_client->exchangeCode(
            s, { QStringLiteral("id"), {} }, QStringLiteral("c"), QStringLiteral("http://x/cb"), {});
        QVERIFY(m_client->isPending(id));
        m_client->abort(id);
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(spy.constFirst().at(1).value<TokenResponse>().errorKind, TokenResponse::ErrorKind::Aborted);
        QVERIFY(!m_client->isPending(id));
    }

    void destroyedWhilePending()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        IntegrationSource s = source();
        s.accessTokenUrl = QStringLiteral("http://127.0.0.1:%1/token").arg(silent.serverPort());
        m_client->exchangeCode(
            s, { QStringLiteral("id"), {} }, QStringLiteral("c"), QStringLiteral("http://x/cb"), {});
        // The reply outlives the client; it must finish without reaching it.
        delete m_client;
        m_client = nullptr;
    }
};

QTEST_GUILESS_MAIN(TestTokenClient)
#include "tst_tokenclient.moc"
