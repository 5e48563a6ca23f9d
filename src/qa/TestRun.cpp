#include "TestRun.h"

#include "OAuthDiagnosis.h"
#include "UserAgent.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <algorithm>

Q_LOGGING_CATEGORY(lcTestRun, "linkdeck.qa.run")

namespace {

// A test API or a login answer is small; more is kept as the first MiB.
constexpr qint64 kMaxAnswerBytes = 1024 * 1024;

} // namespace

TestRun::TestRun(const IntegrationSource &source, const QList<TestStep::Kind> &kinds,
    QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_manager(manager)
{
    for (const auto kind : kinds) {
        TestStep step;
        step.kind = kind;
        m_steps << step;
    }
}

bool TestRun::issuedConnection(UserConnection *, QJsonObject *) const
{
    return false;
}

TestRun::~TestRun()
{
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (reply)
            reply->abort();
    }
}

void TestRun::start()
{
    if (m_started)
        return;
    m_started = true;
    run();
}

void TestRun::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    abortRequests();
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (reply)
            reply->abort();
    }
    for (int i = 0; i < m_steps.size() && !m_finished; ++i) {
        if (m_steps.at(i).status == TestStep::Status::Running)
            fail(m_steps.at(i).kind, tr("Cancelled."), QString());
    }
    if (!m_finished) {
        skipRemaining(tr("Cancelled."));
        finish();
    }
}

void TestRun::setTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
    timeoutChanged(milliseconds);
}

void TestRun::timeoutChanged(int) { }

void TestRun::abortRequests() { }

bool TestRun::passed() const
{
    return m_finished && std::none_of(m_steps.cbegin(), m_steps.cend(), [](const TestStep &s) {
        return s.status == TestStep::Status::Failed;
    });
}

int TestRun::indexOf(TestStep::Kind kind) const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).kind == kind)
            return i;
    }
    return -1;
}

void TestRun::followUserAgent(UserAgent *userAgent, const QUrl &redirectUri)
{
    if (!userAgent)
        return;
    connect(userAgent, &UserAgent::redirected, this, &TestRun::onRedirected);
    connect(userAgent, &UserAgent::errorPage, this, &TestRun::onErrorPage);
    connect(userAgent, &UserAgent::failed, this, [this, redirectUri](const QString &message) {
        if (isRunning(m_browserStep))
            fail(m_browserStep, message,
                tr("The authorization page did not lead back to %1.").arg(redirectUri.toString()));
    });
}

bool TestRun::isRunning(TestStep::Kind kind) const
{
    const int i = indexOf(kind);
    return !m_finished && !m_cancelled && i >= 0 && m_steps.at(i).status == TestStep::Status::Running;
}

void TestRun::begin(TestStep::Kind kind)
{
    const int i = indexOf(kind);
    m_steps[i].status = TestStep::Status::Running;
    m_steps[i].startedAt = QDateTime::currentDateTimeUtc();
    m_stepTimer.start();
    Q_EMIT stepChanged(i);
}

void TestRun::pass(TestStep::Kind kind, const QString &detail)
{
    const int i = indexOf(kind);
    m_steps[i].status = TestStep::Status::Passed;
    m_steps[i].durationMs = stepElapsed();
    m_steps[i].detail = detail;
    Q_EMIT stepChanged(i);
}

void TestRun::fail(TestStep::Kind kind, const QString &detail, const QString &diagnosis)
{
    if (m_finished)
        return;
    const int i = indexOf(kind);
    m_steps[i].status = TestStep::Status::Failed;
    m_steps[i].durationMs = stepElapsed();
    m_steps[i].detail = detail;
    m_steps[i].diagnosis = diagnosis;
    qCInfo(lcTestRun) << m_source.key << "step" << TestStep::name(kind) << "failed";
    Q_EMIT stepChanged(i);
    skipRemaining(tr("Not run: an earlier step failed."));
    finish();
}

void TestRun::skip(TestStep::Kind kind, const QString &why)
{
    const int i = indexOf(kind);
    m_steps[i].status = TestStep::Status::Skipped;
    m_steps[i].detail = why;
    Q_EMIT stepChanged(i);
}

void TestRun::skipRemaining(const QString &why)
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).status == TestStep::Status::Pending)
            skip(m_steps.at(i).kind, why);
    }
}

void TestRun::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(passed());
}

void TestRun::record(const HttpExchange &exchange)
{
    m_exchanges << exchange;
    Q_EMIT exchangeRecorded(exchange);
}

void TestRun::send(
    const QByteArray &method, QNetworkRequest request, const QByteArray &body, ExchangeDone done)
{
    request.setTransferTimeout(m_timeoutMs);
    // A redirect is an answer to look at: credentials and tokens must not travel on.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    HttpExchange exchange;
    exchange.startedAt = QDateTime::currentDateTimeUtc();
    exchange.method = method;
    exchange.url = request.url();
    for (const QByteArray &name : request.rawHeaderList())
        exchange.requestHeaders.append({ name, request.rawHeader(name) });
    exchange.requestBody = body;
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = m_manager->sendCustomRequest(request, method, body);
    m_replies << reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, exchange, clock, done]() mutable {
        reply->deleteLater();
        m_replies.removeAll(reply);
        exchange.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        exchange.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        exchange.responseHeaders = reply->rawHeaderPairs();
        exchange.responseBody = reply->read(kMaxAnswerBytes);
        exchange.durationMs = clock.elapsed();
        TokenResponse::ErrorKind transport = TokenResponse::ErrorKind::None;
        if (exchange.status == 0) {
            exchange.error = reply->errorString();
            transport = TokenResponse::transportError(reply->error());
        }
        record(exchange);
        if (!m_finished && !m_cancelled)
            done(exchange, transport);
    });
}

QString TestRun::explainTransport(const HttpExchange &exchange, TokenResponse::ErrorKind transport)
{
    // The transport failures read the same for every endpoint: OAuthDiagnosis words them.
    TokenResponse response;
    response.errorKind = transport;
    response.url = exchange.url;
    response.networkError = exchange.error;
    return OAuthDiagnosis::fromTokenResponse(response).text();
}
