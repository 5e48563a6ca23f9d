#include "OAuth2TestRun.h"

#include "OAuthDiagnosis.h"
#include "TestApiCall.h"
#include "TokenClient.h"
#include "UserAgent.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTestRun, "linkdeck.qa.oauth2")

OAuth2TestRun::OAuth2TestRun(const IntegrationSource &source, const OAuthCredentials &credentials,
    const QUrl &redirectUri, UserAgent *userAgent, QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_credentials(credentials)
    , m_redirectUri(redirectUri)
    , m_userAgent(userAgent)
    , m_manager(manager)
    , m_tokenClient(new TokenClient(manager, this))
{
    for (const auto kind : { TestStep::Kind::Authorize, TestStep::Kind::Token, TestStep::Kind::ApiCall,
             TestStep::Kind::Refresh, TestStep::Kind::Revoke }) {
        TestStep step;
        step.kind = kind;
        m_steps << step;
    }
    connect(m_tokenClient, &TokenClient::codeExchanged, this, &OAuth2TestRun::onCodeExchanged);
    connect(m_tokenClient, &TokenClient::refreshed, this, &OAuth2TestRun::onRefreshed);
    connect(m_tokenClient, &TokenClient::revoked, this, &OAuth2TestRun::onRevoked);
    connect(
        m_tokenClient, &TokenClient::httpExchangeRecorded, this, [this](int, const HttpExchange &exchange) {
            m_exchanges << exchange;
            Q_EMIT exchangeRecorded(exchange);
        });
    connect(userAgent, &UserAgent::redirected, this, &OAuth2TestRun::onRedirected);
    connect(userAgent, &UserAgent::failed, this, [this](const QString &message) {
        fail(TestStep::Kind::Authorize, message,
            tr("The authorization page did not lead back to %1.").arg(m_redirectUri.toString()));
    });
}

OAuth2TestRun::~OAuth2TestRun() = default;

bool OAuth2TestRun::passed() const
{
    return m_finished && std::none_of(m_steps.cbegin(), m_steps.cend(), [](const TestStep &s) {
        return s.status == TestStep::Status::Failed;
    });
}

int OAuth2TestRun::indexOf(TestStep::Kind kind) const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).kind == kind)
            return i;
    }
    return -1;
}

void OAuth2TestRun::begin(TestStep::Kind kind)
{
    const int i = indexOf(kind);
    m_steps[i].status = TestStep::Status::Running;
    m_steps[i].startedAt = QDateTime::currentDateTimeUtc();
    m_stepTimer.start();
    Q_EMIT stepChanged(i);
}

void OAuth2TestRun::pass(TestStep::Kind kind, const QString &detail)
{
    const int i = indexOf(kind);
    m_steps[i].status = TestStep::Status::Passed;
    m_steps[i].durationMs = m_stepTimer.elapsed();
    m_steps[i].detail = detail;
    Q_EMIT stepChanged(i);
}

void OAuth2TestRun::fail(TestStep::Kind kind, const QString &detail, const QString &diagnosis)
{
    if (m_finished)
        return;
    const int i = indexOf(kind);
    m_steps[i].status = TestStep::Status::Failed;
    m_steps[i].durationMs = m_stepTimer.isValid() ? m_stepTimer.elapsed() : 0;
    m_steps[i].detail = detail;
    m_steps[i].diagnosis = diagnosis;
    qCInfo(lcTestRun) << "step" << TestStep::name(kind) << "failed";
    Q_EMIT stepChanged(i);
    skipRemaining(tr("Not run: an earlier step failed."));
    finish();
}

void OAuth2TestRun::skipRemaining(const QString &why)
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).status == TestStep::Status::Pending) {
            m_steps[i].status = TestStep::Status::Skipped;
            m_steps[i].detail = why;
            Q_EMIT stepChanged(i);
        }
    }
}

void OAuth2TestRun::start()
{
    begin(TestStep::Kind::Authorize);
    m_request = AuthorizationRequest::create(m_source, m_credentials, m_redirectUri.toString());
    if (!m_request.isValid()) {
        fail(TestStep::Kind::Authorize, m_request.errorString(),
            tr("Complete the source's authorization fields."));
        return;
    }
    if (!m_userAgent) {
        fail(TestStep::Kind::Authorize, tr("No browser to show the authorization page."), QString());
        return;
    }
    m_userAgent->authorize(m_request.url(), m_redirectUri);
}

void OAuth2TestRun::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_userAgent)
        m_userAgent->cancel();
    m_tokenClient->abortAll();
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).status == TestStep::Status::Running)
            fail(m_steps.at(i).kind, tr("Cancelled."), QString());
    }
    if (!m_finished) {
        skipRemaining(tr("Cancelled."));
        finish();
    }
}

void OAuth2TestRun::onRedirected(const QUrl &url)
{
    if (m_finished || m_steps.at(indexOf(TestStep::Kind::Authorize)).status != TestStep::Status::Running)
        return;
    const CallbackResult callback = AuthorizationRequest::parseCallback(url, m_request.state());
    if (!callback.isSuccess()) {
        OAuthDiagnosis::Context context;
        context.sentRedirectUri = m_redirectUri.toString();
        const OAuthDiagnosis diagnosis = OAuthDiagnosis::fromCallback(callback, context);
        fail(TestStep::Kind::Authorize, tr("The provider redirected back without a usable code."),
            diagnosis.text());
        return;
    }
    pass(TestStep::Kind::Authorize,
        callback.fromFragment ? tr("Code received in the URL fragment; state checked.")
                              : tr("Code received; state checked."));
    begin(TestStep::Kind::Token);
    m_tokenClient->exchangeCode(
        m_source, m_credentials, callback.code, m_redirectUri.toString(), m_request.codeVerifier());
}

void OAuth2TestRun::onCodeExchanged(int, const TokenResponse &response)
{
    if (m_finished)
        return;
    if (!response.ok) {
        OAuthDiagnosis::Context context;
        context.sentRedirectUri = m_redirectUri.toString();
        fail(TestStep::Kind::Token,
            tr("The token endpoint refused the code (HTTP %1).").arg(response.httpStatus),
            OAuthDiagnosis::fromTokenResponse(response, context).text());
        return;
    }
    m_tokens = response;
    QString detail = tr("Access token issued");
    if (response.expiresIn >= 0)
        detail += tr(", valid for %n second(s)", nullptr, int(response.expiresIn));
    detail += response.refreshToken.isEmpty() ? tr("; no refresh token.") : tr("; refresh token issued.");
    if (!response.scope.isEmpty())
        detail += QLatin1Char(' ') + tr("Granted scopes: %1.").arg(response.scope);
    pass(TestStep::Kind::Token, detail);
    callApi();
}

void OAuth2TestRun::callApi()
{
    if (m_source.testApiPath.trimmed().isEmpty()) {
        const int i = indexOf(TestStep::Kind::ApiCall);
        m_steps[i].status = TestStep::Status::Skipped;
        m_steps[i].detail = tr("The source has no test API path.");
        Q_EMIT stepChanged(i);
        refresh();
        return;
    }
    begin(TestStep::Kind::ApiCall);
    auto *call = new TestApiCall(m_manager, this);
    connect(call, &TestApiCall::finished, this, [this, call](const HttpExchange &exchange) {
        call->deleteLater();
        m_exchanges << exchange;
        Q_EMIT exchangeRecorded(exchange);
        if (m_finished)
            return;
        if (exchange.status >= 200 && exchange.status < 300) {
            const bool json = !QJsonDocument::fromJson(exchange.responseBody).isNull();
            pass(TestStep::Kind::ApiCall,
                tr("GET %1 answered HTTP %2%3.")
                    .arg(exchange.url.path())
                    .arg(exchange.status)
                    .arg(json ? tr(" with JSON") : QString()));
            refresh();
        } else if (exchange.status == 401 || exchange.status == 403) {
            fail(TestStep::Kind::ApiCall,
                tr("GET %1 answered HTTP %2.").arg(exchange.url.path()).arg(exchange.status),
                tr("The API refused the access token. Check that the scopes cover this path and that the API "
                   "host belongs to the same provider."));
        } else if (exchange.status == 0) {
            fail(TestStep::Kind::ApiCall, exchange.error,
                tr("The API host did not answer. Check the API host URL."));
        } else {
            fail(TestStep::Kind::ApiCall,
                tr("GET %1 answered HTTP %2.").arg(exchange.url.path()).arg(exchange.status),
                tr("Check the test API path: it should be a cheap GET that needs the token."));
        }
    });
    call->start(m_source, m_tokens.accessToken);
}

void OAuth2TestRun::refresh()
{
    if (m_tokens.refreshToken.isEmpty()) {
        const int i = indexOf(TestStep::Kind::Refresh);
        m_steps[i].status = TestStep::Status::Skipped;
        m_steps[i].detail = tr("No refresh token was issued.");
        Q_EMIT stepChanged(i);
        revoke();
        return;
    }
    begin(TestStep::Kind::Refresh);
    m_tokenClient->refresh(m_source, m_credentials, m_tokens.refreshToken);
}

void OAuth2TestRun::onRefreshed(int, const TokenResponse &response)
{
    if (m_finished)
        return;
    if (!response.ok) {
        fail(TestStep::Kind::Refresh, tr("The refresh was refused (HTTP %1).").arg(response.httpStatus),
            OAuthDiagnosis::fromTokenResponse(response).text());
        return;
    }
    m_tokens = response;
    pass(TestStep::Kind::Refresh,
        response.refreshTokenRotated ? tr("New access token; the refresh token was rotated.")
                                     : tr("New access token; the refresh token was kept."));
    revoke();
}

void OAuth2TestRun::revoke()
{
    if (m_source.revokeUrl.trimmed().isEmpty()) {
        const int i = indexOf(TestStep::Kind::Revoke);
        m_steps[i].status = TestStep::Status::Skipped;
        m_steps[i].detail = tr("The source has no revoke URL.");
        Q_EMIT stepChanged(i);
        finish();
        return;
    }
    begin(TestStep::Kind::Revoke);
    const bool hasRefresh = !m_tokens.refreshToken.isEmpty();
    m_tokenClient->revoke(m_source, m_credentials, hasRefresh ? m_tokens.refreshToken : m_tokens.accessToken,
        hasRefresh ? QStringLiteral("refresh_token") : QStringLiteral("access_token"));
}

void OAuth2TestRun::onRevoked(int, const TokenResponse &response)
{
    if (m_finished)
        return;
    if (!response.ok) {
        fail(TestStep::Kind::Revoke, tr("The revocation was refused (HTTP %1).").arg(response.httpStatus),
            OAuthDiagnosis::fromTokenResponse(response).text());
        return;
    }
    pass(TestStep::Kind::Revoke, tr("The token was revoked (RFC 7009)."));
    finish();
}

void OAuth2TestRun::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(passed());
}
