#include "TokenClient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <algorithm>

Q_LOGGING_CATEGORY(lcOAuth2, "linkdeck.auth.oauth2")

struct TokenClient::Pending
{
    TokenResponse response;
    HttpExchange exchange;
    QString previousRefreshToken;
    QPointer<QNetworkReply> reply;
    QPointer<QTimer> timer;
    QElapsedTimer clock;
    QByteArray body;
    QStringList sslErrors;
    bool timedOut = false;
    bool tooLarge = false;
    bool aborted = false;
};

namespace {

QString jsonString(const QJsonObject &object, const QString &key)
{
    return object.value(key).toString();
}

// expires_in is a number by RFC 6749, but some providers send a string.
qint64 jsonSeconds(const QJsonValue &value)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qint64 seconds = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return seconds;
    }
    return -1;
}

} // namespace

TokenClient::TokenClient(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{
    Q_ASSERT(manager);
}

TokenClient::~TokenClient()
{
    // Replies outlive us only as deleteLater'd objects that say nothing.
    for (auto &[id, pending] : m_pending) {
        Q_UNUSED(id)
        if (QNetworkReply *reply = pending->reply.data()) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

int TokenClient::exchangeCode(const IntegrationSource &source, const OAuthCredentials &credentials,
    const QString &code, const QString &redirectUri, const QString &codeVerifier)
{
    TokenResponse response;
    response.operation = TokenResponse::Operation::CodeExchange;
    response.redirectUri = redirectUri;
    Params params {
        { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
        { QStringLiteral("code"), code },
        { QStringLiteral("redirect_uri"), redirectUri },
    };
    if (!codeVerifier.isEmpty())
        params.append({ QStringLiteral("code_verifier"), codeVerifier });
    if (code.isEmpty()) {
        const int id = m_nextId++;
        response.errorKind = TokenResponse::ErrorKind::Configuration;
        response.networkError = tr("There is no authorization code to exchange.");
        failLater(id, response);
        return id;
    }
    return start(response, source.accessTokenUrl, params, source, credentials);
}

int TokenClient::refresh(
    const IntegrationSource &source, const OAuthCredentials &credentials, const QString &refreshToken)
{
    TokenResponse response;
    response.operation = TokenResponse::Operation::Refresh;
    if (refreshToken.isEmpty()) {
        const int id = m_nextId++;
        response.errorKind = TokenResponse::ErrorKind::Configuration;
        response.networkError = tr("There is no refresh token.");
        failLater(id, response);
        return id;
    }
    const QString endpoint
        = source.refreshUrl.trimmed().isEmpty() ? source.accessTokenUrl : source.refreshUrl;
    const Params params {
        { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
        { QStringLiteral("refresh_token"), refreshToken },
    };
    return start(response, endpoint, params, source, credentials, refreshToken);
}

int TokenClient::revoke(const IntegrationSource &source, const OAuthCredentials &credentials,
    const QString &token, const QString &tokenTypeHint)
{
    TokenResponse response;
    response.operation = TokenResponse::Operation::Revoke;
    if (source.revokeUrl.trimmed().isEmpty() || token.isEmpty()) {
        const int id = m_nextId++;
        response.errorKind = TokenResponse::ErrorKind::Configuration;
        response.networkError
            = token.isEmpty() ? tr("There is no token to revoke.") : tr("The source has no revoke URL.");
        failLater(id, response);
        return id;
    }
    Params params { { QStringLiteral("token"), token } };
    if (!tokenTypeHint.isEmpty())
        params.append({ QStringLiteral("token_type_hint"), tokenTypeHint });
    return start(response, source.revokeUrl, params, source, credentials);
}

void TokenClient::abort(int requestId)
{
    const auto it = m_pending.find(requestId);
    if (it == m_pending.end())
        return;
    Pending *pending = it->second.get();
    pending->aborted = true;
    if (QNetworkReply *reply = pending->reply.data())
        reply->abort(); // finishes synchronously: onFinished() answers
    else
        onFinished(requestId); // a failure waiting to be reported
}

void TokenClient::abortAll()
{
    QList<int> ids;
    for (const auto &[id, pending] : m_pending) {
        Q_UNUSED(pending)
        ids << id;
    }
    for (int id : std::as_const(ids))
        abort(id);
}

QByteArray TokenClient::formUrlEncode(const QString &value)
{
    // The WHATWG form encoding keeps only ALPHA / DIGIT / "*-._"; a space becomes '+'.
    return QUrl::toPercentEncoding(value, QByteArrayLiteral(" *"), QByteArrayLiteral("~")).replace(' ', '+');
}

QByteArray TokenClient::formBody(const Params &params)
{
    QByteArray body;
    for (const auto &[name, value] : params) {
        if (!body.isEmpty())
            body += '&';
        body += formUrlEncode(name) + '=' + formUrlEncode(value);
    }
    return body;
}

QByteArray TokenClient::basicAuthorization(const QString &clientId, const QString &clientSecret)
{
    return QByteArrayLiteral("Basic ")
        + (formUrlEncode(clientId) + ':' + formUrlEncode(clientSecret)).toBase64();
}

int TokenClient::start(TokenResponse response, const QString &endpoint, Params params,
    const IntegrationSource &source, const OAuthCredentials &credentials, const QString &previousRefreshToken)
{
    const int id = m_nextId++;
    const OAuthCredentials::Method method = credentials.methodFor(source.clientAuth);
    response.clientAuthentication = method;
    const QUrl url(endpoint.trimmed(), QUrl::StrictMode);
    response.url = url;
    if (endpoint.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        response.errorKind = TokenResponse::ErrorKind::Configuration;
        response.networkError = endpoint.trimmed().isEmpty()
            ? tr("The source has no token endpoint URL.")
            : tr("The token endpoint \"%1\" is not an http(s) URL.").arg(endpoint.left(200));
        failLater(id, response);
        return id;
    }
    if (credentials.clientId.isEmpty()) {
        response.errorKind = TokenResponse::ErrorKind::Configuration;
        response.networkError
            = tr("No client ID: the source has none and no application's credentials were given.");
        failLater(id, response);
        return id;
    }

    QNetworkRequest request(url);
    switch (method) {
    case OAuthCredentials::Method::HttpBasic:
        request.setRawHeader(
            "Authorization", basicAuthorization(credentials.clientId, credentials.clientSecret));
        break;
    case OAuthCredentials::Method::RequestBody:
        params.append({ QStringLiteral("client_id"), credentials.clientId });
        params.append({ QStringLiteral("client_secret"), credentials.clientSecret });
        break;
    case OAuthCredentials::Method::None:
        params.append({ QStringLiteral("client_id"), credentials.clientId });
        break;
    }
    // The source's extra parameters (for the token endpoint, not for a
    // revocation) never replace the ones the flow or the client authentication needs.
    if (response.operation != TokenResponse::Operation::Revoke) {
        for (auto it = source.extraTokenParams.cbegin(); it != source.extraTokenParams.cend(); ++it) {
            const bool taken = std::any_of(params.cbegin(), params.cend(),
                [&](const QPair<QString, QString> &p) { return p.first == it.key(); });
            // Credentials travel only as the source's client authentication says.
            const bool credential
                = it.key() == QLatin1String("client_id") || it.key() == QLatin1String("client_secret");
            if (!taken && !credential && !it.key().trimmed().isEmpty())
                params.append({ it.key(), it.value() });
        }
    }
    const QByteArray body = formBody(params);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Linkdeck/" LINKDECK_VERSION));
    // A token endpoint that redirects is reported, not followed with the secret.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);

    auto pending = std::make_unique<Pending>();
    Pending *p = pending.get();
    p->response = response;
    p->previousRefreshToken = previousRefreshToken;
    p->exchange.startedAt = QDateTime::currentDateTimeUtc();
    p->exchange.method = QByteArrayLiteral("POST");
    p->exchange.url = url;
    for (const QByteArray &name : request.rawHeaderList())
        p->exchange.requestHeaders.append({ name, request.rawHeader(name) });
    p->exchange.requestBody = body;
    m_pending.emplace(id, std::move(pending));

    qCDebug(lcOAuth2) << "POST" << url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                      << TokenResponse::toString(response.operation)
                      << "client authentication:" << OAuthCredentials::methodName(method);
    p->clock.start();
    QNetworkReply *reply = m_manager->post(request, body);
    p->reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, [this, p] { readBody(p); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [p, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > MaxResponseBytes) {
            p->tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [p](const QList<QSslError> &errors) {
        // Recorded only: without ignoreSslErrors() the handshake fails, as it should.
        for (const QSslError &error : errors)
            p->sslErrors << error.errorString();
    });
    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
    // A total budget, not QNetworkRequest's inactivity timeout: a server
    // that trickles bytes is a timeout too.
    auto *timer = new QTimer(this);
    p->timer = timer;
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early
    connect(timer, &QTimer::timeout, this, [p] {
        p->timedOut = true;
        if (QNetworkReply *r = p->reply.data())
            r->abort(); // finishes: onFinished() answers; p is gone after this
    });
    timer->start(m_timeoutMs);
    return id;
}

void TokenClient::failLater(int requestId, TokenResponse response)
{
    auto pending = std::make_unique<Pending>();
    pending->response = response;
    pending->clock.start();
    m_pending.emplace(requestId, std::move(pending));
    // Asynchronous even for bad input, so callers have one code path.
    QTimer::singleShot(0, this, [this, requestId] {
        if (isPending(requestId))
            onFinished(requestId);
    });
}

void TokenClient::readBody(Pending *pending)
{
    QNetworkReply *reply = pending->reply.data();
    if (!reply || pending->tooLarge || !reply->isOpen())
        return;
    pending->body += reply->read(MaxResponseBytes + 1 - pending->body.size());
    if (pending->body.size() > MaxResponseBytes) {
        pending->tooLarge = true;
        reply->abort();
    }
}

void TokenClient::onFinished(int requestId)
{
    const auto it = m_pending.find(requestId);
    if (it == m_pending.end())
        return;
    std::unique_ptr<Pending> pending = std::move(it->second);
    m_pending.erase(it);
    // This may run inside the timer's or the reply's own signal: both are
    // deleted later, never here.
    if (QTimer *timer = pending->timer.data()) {
        timer->stop();
        timer->deleteLater();
    }

    QNetworkReply *reply = pending->reply.data();
    if (reply) {
        reply->disconnect(this);
        readBody(pending.get());
        reply->deleteLater();
        classify(pending.get(), reply);
    } else if (pending->aborted) {
        pending->response.errorKind = TokenResponse::ErrorKind::Aborted;
        pending->response.networkError = tr("Cancelled.");
        pending->response.ok = false;
    }
    pending->response.durationMs = pending->clock.elapsed();
    const TokenResponse &r = pending->response;
    qCDebug(lcOAuth2) << TokenResponse::toString(r.operation) << "finished: HTTP" << r.httpStatus
                      << TokenResponse::toString(r.errorKind) << r.error << "in" << r.durationMs << "ms";
    if (reply)
        Q_EMIT httpExchangeRecorded(requestId, pending->exchange);
    emitResult(requestId, r);
}

void TokenClient::emitResult(int requestId, const TokenResponse &response)
{
    switch (response.operation) {
    case TokenResponse::Operation::CodeExchange:
        Q_EMIT codeExchanged(requestId, response);
        break;
    case TokenResponse::Operation::Refresh:
        Q_EMIT refreshed(requestId, response);
        break;
    case TokenResponse::Operation::Revoke:
        Q_EMIT revoked(requestId, response);
        break;
    }
}

void TokenClient::classify(Pending *pending, QNetworkReply *reply)
{
    TokenResponse &r = pending->response;
    HttpExchange &x = pending->exchange;
    r.ok = false;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    r.rawBody = pending->body.left(TokenResponse::RawBodyCap);
    const QNetworkReply::NetworkError error = reply->error();

    x.status = r.httpStatus;
    x.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    x.responseHeaders = reply->rawHeaderPairs();
    x.responseBody = pending->body.left(MaxResponseBytes);
    x.durationMs = pending->clock.elapsed();
    if (error != QNetworkReply::NoError)
        x.error = reply->errorString();

    if (pending->aborted) {
        r.errorKind = TokenResponse::ErrorKind::Aborted;
        r.networkError = tr("Cancelled.");
    } else if (pending->tooLarge) {
        r.errorKind = TokenResponse::ErrorKind::TooLarge;
        r.networkError = tr("The answer is larger than %1 KiB.").arg(MaxResponseBytes / 1024);
    } else if (pending->timedOut) {
        r.errorKind = TokenResponse::ErrorKind::Timeout;
        r.networkError = tr("No complete answer within %1 seconds.").arg(m_timeoutMs / 1000.0, 0, 'g', 3);
    } else if (!pending->sslErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
        r.errorKind = TokenResponse::ErrorKind::TlsError;
        r.networkError = pending->sslErrors.isEmpty() ? reply->errorString()
                                                      : pending->sslErrors.join(QLatin1String("; "));
    } else if (r.httpStatus == 0) {
        r.errorKind = TokenResponse::transportError(error);
        r.networkError = reply->errorString();
    } else {
        const QJsonDocument document = QJsonDocument::fromJson(pending->body);
        const QJsonObject json = document.object();
        r.json = json;
        const QJsonValue oauthError = json.value(QStringLiteral("error"));
        if (r.httpStatus >= 300 && r.httpStatus < 400) {
            r.errorKind = TokenResponse::ErrorKind::Redirected;
            r.redirectLocation
                = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location"))).toString();
        } else if (oauthError.isString() && !oauthError.toString().isEmpty()) {
            // Some providers answer errors with 200; the body decides.
            r.errorKind = TokenResponse::ErrorKind::OAuthError;
            r.error = oauthError.toString();
            r.errorDescription = jsonString(json, QStringLiteral("error_description"));
            r.errorUri = jsonString(json, QStringLiteral("error_uri"));
        } else if (r.httpStatus >= 400) {
            r.errorKind = TokenResponse::ErrorKind::HttpError;
        } else if (r.operation == TokenResponse::Operation::Revoke) {
            // RFC 7009 §2.2: 200 and nothing else to read.
            r.ok = r.httpStatus == 200;
            r.errorKind = r.ok ? TokenResponse::ErrorKind::None : TokenResponse::ErrorKind::HttpError;
        } else if (!document.isObject()) {
            r.errorKind = TokenResponse::ErrorKind::NotJson;
        } else if (jsonString(json, QStringLiteral("access_token")).isEmpty()) {
            r.errorKind = TokenResponse::ErrorKind::MissingAccessToken;
        } else {
            r.ok = true;
            r.errorKind = TokenResponse::ErrorKind::None;
            r.accessToken = jsonString(json, QStringLiteral("access_token"));
            r.tokenType = jsonString(json, QStringLiteral("token_type"));
            r.expiresIn = jsonSeconds(json.value(QStringLiteral("expires_in")));
            r.scope = jsonString(json, QStringLiteral("scope"));
            r.idToken = jsonString(json, QStringLiteral("id_token"));
            r.refreshToken = jsonString(json, QStringLiteral("refresh_token"));
            if (r.operation == TokenResponse::Operation::Refresh) {
                if (r.refreshToken.isEmpty()) {
                    r.refreshToken = pending->previousRefreshToken;
                    r.refreshTokenRotated = false;
                } else {
                    r.refreshTokenRotated = r.refreshToken != pending->previousRefreshToken;
                }
            }
        }
    }
}
