#include "OAuth1TestRun.h"

#include "OAuthDiagnosis.h"
#include "UserAgent.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOAuth1Run, "linkdeck.qa.oauth1")

OAuth1TestRun::OAuth1TestRun(const IntegrationSource &source, const OAuthCredentials &credentials,
    const QUrl &callbackUri, UserAgent *userAgent, QNetworkAccessManager *manager, QObject *parent)
    : TestRun(source,
        { TestStep::Kind::RequestToken, TestStep::Kind::Authorize, TestStep::Kind::Token,
            TestStep::Kind::ApiCall },
        manager, parent)
    , m_credentials(credentials)
    , m_callbackUri(callbackUri)
    , m_userAgent(userAgent)
    , m_client(new OAuth1Client(manager, this))
{
    connect(m_client, &OAuth1Client::finished, this, &OAuth1TestRun::onFinished);
    connect(m_client, &OAuth1Client::httpExchangeRecorded, this,
        [this](int, const HttpExchange &exchange) { record(exchange); });
    followUserAgent(userAgent, m_callbackUri);
}

OAuth1TestRun::~OAuth1TestRun() = default;

void OAuth1TestRun::setSignatureMethod(OAuth1Signer::Method method)
{
    m_client->setSignatureMethod(method);
}

QStringList OAuth1TestRun::secrets() const
{
    return { m_credentials.clientSecret, m_requestToken.token, m_requestToken.tokenSecret, m_verifier,
        m_accessToken.token, m_accessToken.tokenSecret };
}

bool OAuth1TestRun::issuedConnection(UserConnection *, QJsonObject *secrets) const
{
    if (m_accessToken.token.isEmpty())
        return false;
    // OAuth 1.0a has no scopes and its tokens no expiry: only the answer is kept.
    *secrets = {};
    for (auto it = m_accessToken.fields.cbegin(); it != m_accessToken.fields.cend(); ++it)
        secrets->insert(it.key(), it.value());
    secrets->insert(QStringLiteral("flow"), QStringLiteral("oauth1"));
    return true;
}

void OAuth1TestRun::timeoutChanged(int milliseconds)
{
    m_client->setTransferTimeout(milliseconds);
}

void OAuth1TestRun::abortRequests()
{
    if (m_userAgent)
        m_userAgent->cancel();
    // OAuth1Client has no abort: a late answer finds the run finished.
    m_pendingId = 0;
}

void OAuth1TestRun::run()
{
    begin(TestStep::Kind::RequestToken);
    if (source().requestTokenUrl.trimmed().isEmpty() || source().accessTokenUrl.trimmed().isEmpty()) {
        fail(TestStep::Kind::RequestToken, tr("The source has no request token URL or access token URL."),
            tr("Complete the source's OAuth 1.0a URLs."));
        return;
    }
    qCDebug(lcOAuth1Run) << "asking for a request token at" << source().key;
    m_pendingId = m_client->requestToken(source(), m_credentials, m_callbackUri);
}

void OAuth1TestRun::failRequest(
    TestStep::Kind kind, const QString &detail, const OAuth1Client::Result &result)
{
    const OAuthDiagnosis::Stage stage = kind == TestStep::Kind::RequestToken
        ? OAuthDiagnosis::Stage::Authorization
        : OAuthDiagnosis::Stage::CodeExchange;
    fail(kind, detail, OAuthDiagnosis::fromOAuth1(stage, result, signatureMethod()).text());
}

void OAuth1TestRun::onFinished(int id, const OAuth1Client::Result &result)
{
    if (id != m_pendingId || isFinished())
        return;
    m_pendingId = 0;
    const QString signature = OAuth1Signer::methodName(signatureMethod());
    if (isRunning(TestStep::Kind::RequestToken)) {
        if (!result.ok) {
            failRequest(TestStep::Kind::RequestToken,
                tr("The request token endpoint refused (HTTP %1).").arg(result.httpStatus), result);
            return;
        }
        m_requestToken = result;
        const bool confirmed
            = result.fields.value(QStringLiteral("oauth_callback_confirmed")) == QLatin1String("true");
        pass(TestStep::Kind::RequestToken,
            confirmed ? tr("Request token issued (%1); callback confirmed.").arg(signature)
                      : tr("Request token issued (%1); the provider did not confirm the callback "
                           "(oauth_callback_confirmed).")
                            .arg(signature));
        begin(TestStep::Kind::Authorize);
        if (!m_userAgent) {
            fail(TestStep::Kind::Authorize, tr("No browser to show the authorization page."), QString());
            return;
        }
        m_userAgent->authorize(OAuth1Client::authorizationUrl(source(), result.token), m_callbackUri);
    } else if (isRunning(TestStep::Kind::Token)) {
        if (!result.ok) {
            failRequest(TestStep::Kind::Token,
                tr("The access token endpoint refused (HTTP %1).").arg(result.httpStatus), result);
            return;
        }
        m_accessToken = result;
        pass(TestStep::Kind::Token, tr("Access token issued (%1).").arg(signature));
        if (source().testApiPath.trimmed().isEmpty()) {
            skip(TestStep::Kind::ApiCall, tr("The source has no test API path."));
            finish();
            return;
        }
        begin(TestStep::Kind::ApiCall);
        m_pendingId = m_client->get(source().testApiUrl(), m_credentials, result.token, result.tokenSecret);
    } else if (isRunning(TestStep::Kind::ApiCall)) {
        const QString path = result.url.path();
        if (!result.ok) {
            failRequest(TestStep::Kind::ApiCall,
                tr("GET %1 answered HTTP %2.").arg(path).arg(result.httpStatus), result);
            return;
        }
        const bool json = !QJsonDocument::fromJson(result.body).isNull();
        pass(TestStep::Kind::ApiCall,
            tr("Signed GET %1 answered HTTP %2%3.")
                .arg(path)
                .arg(result.httpStatus)
                .arg(json ? tr(" with JSON") : QString()));
        finish();
    }
}

void OAuth1TestRun::onRedirected(const QUrl &url)
{
    if (!isRunning(TestStep::Kind::Authorize))
        return;
    const OAuth1Client::Callback callback = OAuth1Client::parseCallback(url);
    if (callback.denied) {
        CallbackResult denied;
        denied.kind = CallbackResult::Kind::Error;
        denied.error = QStringLiteral("access_denied");
        denied.url = url;
        fail(TestStep::Kind::Authorize, tr("The provider redirected back without a verifier."),
            OAuthDiagnosis::fromCallback(denied).text());
        return;
    }
    if (callback.token != m_requestToken.token) {
        // The request token plays the part of OAuth 2.0's state.
        CallbackResult mismatch;
        mismatch.kind = CallbackResult::Kind::StateMismatch;
        mismatch.state = callback.token;
        mismatch.url = url;
        fail(TestStep::Kind::Authorize, tr("The callback's oauth_token is not the request token."),
            OAuthDiagnosis::fromCallback(mismatch).text());
        return;
    }
    m_verifier = callback.verifier;
    pass(TestStep::Kind::Authorize, tr("Verifier received for the request token."));
    begin(TestStep::Kind::Token);
    m_pendingId = m_client->accessToken(
        source(), m_credentials, m_requestToken.token, m_requestToken.tokenSecret, callback.verifier);
}

void OAuth1TestRun::onErrorPage(const QUrl &url, int httpStatus, const QByteArray &html)
{
    if (!isRunning(TestStep::Kind::Authorize))
        return;
    fail(TestStep::Kind::Authorize,
        tr("The provider showed an error page (HTTP %1) at %2 instead of redirecting back.")
            .arg(httpStatus)
            .arg(url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toDisplayString()),
        OAuthDiagnosis::fromAuthorizationPage(httpStatus, html).text());
}
