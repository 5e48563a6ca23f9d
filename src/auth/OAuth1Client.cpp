#include "OAuth1Client.h"

#include "AuthUrlTemplate.h"
#include "IntegrationSource.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcOAuth1, "linkdeck.auth.oauth1")

namespace {

constexpr qint64 kMaxResponseBytes = 1024 * 1024;

QString explain(int status, const QString &networkError)
{
    if (status == 401)
        return OAuth1Client::tr("The provider refused the signature (HTTP 401): check the consumer key and "
                                "secret, the token, and the signature method it expects.");
    if (status >= 400)
        return OAuth1Client::tr("The provider answered HTTP %1.").arg(status);
    return OAuth1Client::tr("No answer from the provider: %1").arg(networkError);
}

} // namespace

OAuth1Client::OAuth1Client(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{
    qRegisterMetaType<OAuth1Client::Result>();
}

int OAuth1Client::requestToken(
    const IntegrationSource &source, const OAuthCredentials &credentials, const QUrl &callback)
{
    const OAuth1Signer signer(credentials.clientId, credentials.clientSecret, m_method);
    const QUrl url(source.requestTokenUrl);
    return send("POST", url,
        signer.authorizationHeader(
            "POST", url, { { QStringLiteral("oauth_callback"), callback.toString() } }),
        true);
}

QUrl OAuth1Client::authorizationUrl(const IntegrationSource &source, const QString &requestToken)
{
    return QUrl(AuthUrlTemplate::resolve(
        AuthUrlTemplate::effective(source), { { QStringLiteral("oauth_token"), requestToken } }));
}

OAuth1Client::Callback OAuth1Client::parseCallback(const QUrl &url)
{
    const QUrlQuery query(url);
    Callback callback;
    callback.token = query.queryItemValue(QStringLiteral("oauth_token"), QUrl::FullyDecoded);
    callback.verifier = query.queryItemValue(QStringLiteral("oauth_verifier"), QUrl::FullyDecoded);
    callback.denied = query.hasQueryItem(QStringLiteral("denied")) || callback.verifier.isEmpty();
    return callback;
}

int OAuth1Client::accessToken(const IntegrationSource &source, const OAuthCredentials &credentials,
    const QString &requestToken, const QString &requestTokenSecret, const QString &verifier)
{
    OAuth1Signer signer(credentials.clientId, credentials.clientSecret, m_method);
    signer.setToken(requestToken, requestTokenSecret);
    const QUrl url(source.accessTokenUrl);
    return send("POST", url,
        signer.authorizationHeader("POST", url, { { QStringLiteral("oauth_verifier"), verifier } }), true);
}

int OAuth1Client::get(
    const QUrl &url, const OAuthCredentials &credentials, const QString &token, const QString &tokenSecret)
{
    OAuth1Signer signer(credentials.clientId, credentials.clientSecret, m_method);
    signer.setToken(token, tokenSecret);
    return send("GET", url, signer.authorizationHeader("GET", url), false);
}

int OAuth1Client::send(
    const QByteArray &method, const QUrl &url, const QByteArray &authorization, bool tokenResponse)
{
    const int id = m_nextId++;
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", authorization);
    request.setRawHeader("Accept", "application/x-www-form-urlencoded, application/json");
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    HttpExchange exchange;
    exchange.startedAt = QDateTime::currentDateTimeUtc();
    exchange.method = method;
    exchange.url = url;
    exchange.requestHeaders = { { QByteArrayLiteral("Authorization"), authorization } };
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();

    QNetworkReply *reply = method == "GET" ? m_manager->get(request) : m_manager->post(request, QByteArray());
    connect(
        reply, &QNetworkReply::finished, this, [this, reply, id, tokenResponse, exchange, timer]() mutable {
            reply->deleteLater();
            Result result;
            result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            result.body = reply->read(kMaxResponseBytes);
            result.durationMs = timer->elapsed();
            exchange.status = result.httpStatus;
            exchange.responseBody = result.body;
            exchange.durationMs = result.durationMs;
            for (const auto &header : reply->rawHeaderPairs())
                exchange.responseHeaders.append(header);
            result.url = exchange.url;
            if (reply->error() != QNetworkReply::NoError && result.httpStatus == 0) {
                exchange.error = reply->errorString();
                result.networkError = exchange.error;
                result.transport = TokenResponse::transportError(reply->error());
            }
            Q_EMIT httpExchangeRecorded(id, exchange);

            if (result.httpStatus < 200 || result.httpStatus >= 300) {
                result.error = explain(result.httpStatus, reply->errorString());
            } else if (tokenResponse) {
                const QUrlQuery fields(QString::fromUtf8(result.body));
                for (const auto &[name, value] : fields.queryItems(QUrl::FullyDecoded))
                    result.fields.insert(name, value);
                result.token = result.fields.value(QStringLiteral("oauth_token"));
                result.tokenSecret = result.fields.value(QStringLiteral("oauth_token_secret"));
                result.ok = !result.token.isEmpty();
                if (!result.ok)
                    result.error = tr("The token response has no oauth_token.");
            } else {
                result.ok = true;
            }
            qCDebug(lcOAuth1) << "request" << id << "answered" << result.httpStatus << "in"
                              << result.durationMs << "ms";
            Q_EMIT finished(id, result);
        });
    return id;
}
