#include "IntegrationSource.h"
#include "OAuth1Client.h"
#include "OAuth1Server.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

Q_DECLARE_METATYPE(OAuth1Signer::Method)

/// The three legs and a signed API call against a real OAuth 1.0a provider.
class TestOAuth1Live : public QObject
{
    Q_OBJECT

private:
    IntegrationSource source(const QString &base)
    {
        IntegrationSource s;
        s.key = QStringLiteral("garmin-test");
        s.displayName = QStringLiteral("Garmin (test)");
        s.authType = IntegrationSource::AuthType::OAuth1;
        s.requestTokenUrl = base + QStringLiteral("/oauth/request_token");
        s.authUrl = base + QStringLiteral("/oauth/authorize");
        s.accessTokenUrl = base + QStringLiteral("/oauth/access_token");
        s.apiHostUrl = base;
        s.testApiPath = QStringLiteral("/api/me");
        return s;
    }

    OAuth1Client::Result await(OAuth1Client &client, int id)
    {
        QSignalSpy spy(&client, &OAuth1Client::finished);
        while (spy.wait(20000)) {
            for (const auto &args : std::as_const(spy)) {
                if (args.at(0).toInt() == id)
                    return args.at(1).value<OAuth1Client::Result>();
            }
        }
        return {};
    }

    /// The user's part: the provider's page, Allow or Deny, and the redirect back.
    QUrl decide(QNetworkAccessManager &manager, const QUrl &authorizationUrl, const QString &decision)
    {
        QNetworkReply *page = manager.get(QNetworkRequest(authorizationUrl));
        QSignalSpy pageDone(page, &QNetworkReply::finished);
        if (!pageDone.wait(20000) || !page->readAll().contains("Allow"))
            return {};
        page->deleteLater();
        QNetworkRequest post(QUrl(authorizationUrl.adjusted(QUrl::RemoveQuery)));
        post.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        post.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("oauth_token"),
            QUrlQuery(authorizationUrl).queryItemValue(QStringLiteral("oauth_token")));
        form.addQueryItem(QStringLiteral("decision"), decision);
        QNetworkReply *answer = manager.post(post, form.toString(QUrl::FullyEncoded).toUtf8());
        QSignalSpy answered(answer, &QNetworkReply::finished);
        if (!answered.wait(20000))
            return {};
        answer->deleteLater();
        return QUrl::fromEncoded(answer->rawHeader("Location"));
    }

private Q_SLOTS:
    void threeLeggedFlow_data()
    {
        QTest::addColumn<OAuth1Signer::Method>("method");
        QTest::newRow("HMAC-SHA1") << OAuth1Signer::Method::HmacSha1;
        QTest::newRow("HMAC-SHA256") << OAuth1Signer::Method::HmacSha256;
    }

    void threeLeggedFlow()
    {
        QFETCH(OAuth1Signer::Method, method);
        OAuth1Server server({ { QStringLiteral("garmin-key"), QStringLiteral("garmin-secret") } });
        QVERIFY2(server.isRunning(), qPrintable(server.errorMessage()));
        const IntegrationSource s = source(server.base());
        const OAuthCredentials credentials { QStringLiteral("garmin-key"), QStringLiteral("garmin-secret") };
        QNetworkAccessManager manager;
        OAuth1Client client(&manager);
        client.setSignatureMethod(method);

        const OAuth1Client::Result request = await(
            client, client.requestToken(s, credentials, QUrl(QStringLiteral("http://127.0.0.1:9/callback"))));
        QVERIFY2(request.ok, qPrintable(request.error));
        QCOMPARE(request.fields.value(QStringLiteral("oauth_callback_confirmed")), QStringLiteral("true"));

        const QUrl back
            = decide(manager, OAuth1Client::authorizationUrl(s, request.token), QStringLiteral("allow"));
        QVERIFY(back.toString().startsWith(QStringLiteral("http://127.0.0.1:9/callback")));
        const OAuth1Client::Callback callback = OAuth1Client::parseCallback(back);
        QVERIFY(!callback.denied);
        QCOMPARE(callback.token, request.token);

        const OAuth1Client::Result access = await(client,
            client.accessToken(s, credentials, request.token, request.tokenSecret, callback.verifier));
        QVERIFY2(access.ok, qPrintable(access.error));
        QVERIFY(access.token != request.token);

        const OAuth1Client::Result api = await(client,
            client.get(QUrl(s.apiHostUrl + s.testApiPath), credentials, access.token, access.tokenSecret));
        QVERIFY2(api.ok, qPrintable(api.error));
        QVERIFY(api.body.contains("\"user\": \"alice\""));
        QVERIFY(api.body.contains(OAuth1Signer::methodName(method).toUtf8()));

        // The request token is spent: a second exchange is refused.
        const OAuth1Client::Result again = await(client,
            client.accessToken(s, credentials, request.token, request.tokenSecret, callback.verifier));
        QVERIFY(!again.ok);
        QCOMPARE(again.httpStatus, 401);
    }

    void wrongSecretIsExplained()
    {
        OAuth1Server server({ { QStringLiteral("garmin-key"), QStringLiteral("garmin-secret") } });
        QVERIFY2(server.isRunning(), qPrintable(server.errorMessage()));
        QNetworkAccessManager manager;
        OAuth1Client client(&manager);
        QSignalSpy exchanges(&client, &OAuth1Client::httpExchangeRecorded);
        const OAuth1Client::Result result = await(client,
            client.requestToken(source(server.base()),
                { QStringLiteral("garmin-key"), QStringLiteral("wrong") },
                QUrl(QStringLiteral("http://127.0.0.1:9/callback"))));
        QVERIFY(!result.ok);
        QCOMPARE(result.httpStatus, 401);
        QVERIFY(result.error.contains(QStringLiteral("secret")));
        QCOMPARE(exchanges.size(), 1);
    }

    void deniedAccess()
    {
        OAuth1Server server({ { QStringLiteral("garmin-key"), QStringLiteral("garmin-secret") } });
        QVERIFY2(server.isRunning(), qPrintable(server.errorMessage()));
        const IntegrationSource s = source(server.base());
        QNetworkAccessManager manager;
        OAuth1Client client(&manager);
        const OAuth1Client::Result request = await(client,
            client.requestToken(s, { QStringLiteral("garmin-key"), QStringLiteral("garmin-secret") },
                QUrl(QStringLiteral("http://127.0.0.1:9/callback"))));
        QVERIFY(request.ok);
        const QUrl back
            = decide(manager, OAuth1Client::authorizationUrl(s, request.token), QStringLiteral("deny"));
        QVERIFY(OAuth1Client::parseCallback(back).denied);
    }

    void serverDown()
    {
        QNetworkAccessManager manager;
        OAuth1Client client(&manager);
        const OAuth1Client::Result result = await(client,
            client.requestToken(source(QStringLiteral("http://127.0.0.1:1")),
                { QStringLiteral("k"), QStringLiteral("s") }, QUrl(QStringLiteral("oob"))));
        QVERIFY(!result.ok);
        QCOMPARE(result.httpStatus, 0);
        QVERIFY(!result.error.isEmpty());
    }
};

QTEST_MAIN(TestOAuth1Live)
#include "tst_oauth1live.moc"
