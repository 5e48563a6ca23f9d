#include "TestsController.h"

#include "ConsoleConnectService.h"
#include "HarWriter.h"
#include "OAuth2TestRun.h"
#include "OAuthDiagnosis.h"
#include "SourceRepository.h"
#include "SupportBundle.h"
#include "SystemBrowserUserAgent.h"
#include "TestLauncher.h"
#include "TestRunConnectionFollower.h"
#include "TestRunJson.h"
#include "TestRunRecorder.h"
#include "TokenClient.h"
#include "WebEngineUserAgent.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcTestsController, "linkdeck.web.tests")

namespace {

// The failed step of @p record as "Title: detail", or empty.
QString failureOf(const TestRunRecord &record)
{
    for (const TestStep &step : TestRunJson::toSteps(record.steps)) {
        if (step.status == TestStep::Status::Failed)
            return TestStep::title(step.kind) + QStringLiteral(": ") + step.detail;
    }
    return {};
}

} // namespace

TestsController::TestsController(
    Workspace &workspace, SecretStore &secrets, ConsoleConnectService *connectService, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_connectService(connectService)
    , m_manager(new QNetworkAccessManager(this))
    , m_launcher(new TestLauncher(workspace, secrets, m_manager, this))
    , m_tokenClient(new TokenClient(m_manager, this))
    , m_follower(new TestRunConnectionFollower(workspace, &secrets, this))
{
    connect(m_launcher, &TestLauncher::ready, this, &TestsController::onReady);
    connect(m_launcher, &TestLauncher::failed, this, &TestsController::onLaunchFailed);
    connect(m_launcher, &TestLauncher::connectionReported, this,
        [this](const QString &text, bool stored) { Q_EMIT message(text, !stored); });
    connect(m_tokenClient, &TokenClient::refreshed, this,
        [this](int, const TokenResponse &response) { onTokenAnswer(response); });
    connect(m_tokenClient, &TokenClient::revoked, this,
        [this](int, const TokenResponse &response) { onTokenAnswer(response); });
    connect(
        m_tokenClient, &TokenClient::httpExchangeRecorded, this, [this](int, const HttpExchange &exchange) {
            m_byHand << exchange;
            const HttpExchange redacted = m_redactor.redact(exchange);
            m_exchanges << redacted;
            Q_EMIT exchangeRecorded(redacted);
        });
}

TestsController::~TestsController()
{
    // The run before its agent: cancelling stops the agent's page.
    if (m_run)
        m_run->cancel();
}

void TestsController::start(const Request &request)
{
    if (isRunning())
        return;
    m_request = request;
    m_steps.clear();
    m_exchanges.clear();
    m_record = {};
    m_rawTokens = {};
    m_tokens = {};
    Q_EMIT tokensChanged();

    UserAgent *agent = nullptr;
    QUrl redirectUri = request.redirectUri.isValid() ? request.redirectUri
                                                     : TestLauncher::defaultRedirectUri(request.sourceKey);
    if (request.browser == Browser::System) {
        auto *system = new SystemBrowserUserAgent(this);
        if (!system->listen()) {
            Q_EMIT message(system->errorString(), true);
            delete system;
            return;
        }
        redirectUri = system->redirectUri();
        agent = system;
    } else {
        auto *embedded = new WebEngineUserAgent(this);
        if (m_loginScript)
            embedded->setLoginScript(*m_loginScript);
        agent = embedded;
    }
    // The view moves to the new page before the old one goes.
    Q_EMIT userAgentCreated(agent);
    if (m_agent)
        m_agent->deleteLater();
    m_agent = agent;

    m_preparing = true;
    qCDebug(lcTestsController) << "starting a test run of" << request.sourceKey;
    Q_EMIT runStarted(request.sourceKey);
    TestLauncher::Request prepared;
    prepared.sourceKey = request.sourceKey;
    prepared.applicationId = request.applicationId;
    prepared.redirectUri = redirectUri;
    prepared.account = request.account;
    launch(prepared, agent);
}

void TestsController::launch(const TestLauncher::Request &request, UserAgent *agent)
{
    const std::optional<IntegrationSource> source = SourceRepository(m_workspace).find(request.sourceKey);
    if (!source || source->isOAuth() || source->authType == IntegrationSource::AuthType::Sdk
        || !m_connectService) {
        m_launcher->prepare(request, agent);
        return;
    }
    // Password and e-mail sources go through the console's connect service.
    m_connectService->whenReady(this,
        [this, request, agent = QPointer<UserAgent>(agent)](ConnectService *service, const QString &error) {
            if (!m_preparing || request.sourceKey != m_request.sourceKey)
                return;
            if (!service) {
                onLaunchFailed(error);
                return;
            }
            TestLauncher::Request withService = request;
            withService.serviceUrl = m_connectService->baseUrl();
            m_launcher->prepare(withService, agent);
        });
}

void TestsController::onLaunchFailed(const QString &text)
{
    qCDebug(lcTestsController) << "the test run of" << m_request.sourceKey << "could not start";
    m_preparing = false;
    Q_EMIT message(text, true);
    Q_EMIT stepsChanged();
    if (m_queueTotal > 0) {
        ++m_queueDone;
        Q_EMIT queuedResult(m_request.sourceKey, TestRunRecord::Result::Failed, text);
        Q_EMIT queueChanged(m_queueDone, m_queueTotal);
        startNextQueued();
    }
}

void TestsController::rerun()
{
    if (!m_request.sourceKey.isEmpty())
        start(m_request);
}

void TestsController::cancel()
{
    m_queue.clear();
    m_queueTotal = 0;
    m_queueDone = 0;
    Q_EMIT queueChanged(0, 0);
    if (m_preparing) {
        m_launcher->abandon();
        m_preparing = false;
        Q_EMIT stepsChanged();
    }
    if (m_run)
        m_run->cancel();
}

void TestsController::testAllEnabled(const Request &base)
{
    if (isRunning())
        return;
    m_queueBase = base;
    m_queue.clear();
    for (const IntegrationSource &source : SourceRepository(m_workspace).summaries()) {
        if (source.enabled && source.authType != IntegrationSource::AuthType::Sdk)
            m_queue << source.key;
    }
    m_queueDone = 0;
    m_queueTotal = int(m_queue.size());
    Q_EMIT queueChanged(m_queueDone, m_queueTotal);
    startNextQueued();
}

void TestsController::startNextQueued()
{
    if (m_queue.isEmpty())
        return;
    Request request = m_queueBase;
    request.sourceKey = m_queue.takeFirst();
    request.applicationId = 0;
    // Queued through the event loop: a source that fails to start must not
    // start the next one from inside its own failure.
    QMetaObject::invokeMethod(
        this, [this, request]() { start(request); }, Qt::QueuedConnection);
}

void TestsController::onReady(TestRun *run, TestRunRecorder *recorder, const OAuthCredentials &credentials)
{
    m_preparing = false;
    m_run = run;
    m_recorder = recorder;
    m_credentials = credentials;
    m_source = run->source();
    if (auto *oauth2 = qobject_cast<OAuth2TestRun *>(run))
        oauth2->setRevokeAtEnd(m_request.revokeAtEnd);
    // Not started yet: nothing in the steps but their kinds.
    m_steps = run->steps();
    connect(recorder, &TestRunRecorder::stepRecorded, this, [this](int index, const TestStep &step) {
        if (index >= 0 && index < m_steps.size())
            m_steps[index] = step;
        Q_EMIT stepsChanged();
    });
    connect(recorder, &TestRunRecorder::navigationRecorded, this, &TestsController::hopRecorded);
    connect(recorder, &TestRunRecorder::exchangeRecorded, this, [this](const HttpExchange &exchange) {
        m_exchanges << exchange;
        Q_EMIT exchangeRecorded(exchange);
    });
    connect(recorder, &TestRunRecorder::recorded, this, &TestsController::onRecorded);
    connect(recorder, &TestRunRecorder::storeFailed, this, [this, recorder](const QString &text) {
        Q_EMIT message(tr("The run could not be stored: %1").arg(text), true);
        onRecorded(recorder->record());
    });
    Q_EMIT stepsChanged();
    run->start();
}

void TestsController::onRecorded(const TestRunRecord &record)
{
    m_record = record;
    if (m_recorder) {
        m_redactor = m_recorder->redactor();
        // Redacted once more with every secret the run learnt.
        m_exchanges = m_recorder->exchanges();
    }
    m_steps = TestRunJson::toSteps(record.steps);
    if (auto *oauth2 = qobject_cast<OAuth2TestRun *>(m_run.data())) {
        setTokens(oauth2->tokens());
        const int revoke = int(TestStep::Kind::Revoke);
        if (revoke < m_steps.size() && m_steps.at(revoke).status == TestStep::Status::Passed) {
            // Shown, but gone: nothing left to refresh or revoke.
            m_rawTokens = {};
            m_tokens.revoked = true;
            Q_EMIT tokensChanged();
        }
    }
    if (m_run)
        m_run->deleteLater();
    if (m_recorder)
        m_recorder->deleteLater();
    m_run = nullptr;
    m_recorder = nullptr;
    Q_EMIT stepsChanged();
    Q_EMIT runFinished(record);

    if (m_queueTotal > 0) {
        ++m_queueDone;
        const QString failure = failureOf(record);
        Q_EMIT queuedResult(record.sourceKey, record.result, failure.isEmpty() ? tr("Passed") : failure);
        Q_EMIT queueChanged(m_queueDone, m_queueTotal);
        startNextQueued();
    }
}

void TestsController::setTokens(const TokenResponse &tokens)
{
    m_rawTokens = tokens;
    m_tokens = {};
    if (!tokens.accessToken.isEmpty()) {
        m_redactor.addSecret(tokens.accessToken);
        m_redactor.addSecret(tokens.refreshToken);
        m_tokens.accessToken = m_redactor.fingerprint(tokens.accessToken);
        if (!tokens.refreshToken.isEmpty())
            m_tokens.refreshToken = m_redactor.fingerprint(tokens.refreshToken);
        if (tokens.expiresIn >= 0)
            m_tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(tokens.expiresIn);
        m_tokens.scope = tokens.scope;
    }
    Q_EMIT tokensChanged();
}

bool TestsController::canRefresh() const
{
    return !isRunning() && m_source.authType == IntegrationSource::AuthType::OAuth2
        && !m_rawTokens.refreshToken.isEmpty();
}

bool TestsController::canRevoke() const
{
    return !isRunning() && m_source.authType == IntegrationSource::AuthType::OAuth2
        && !m_source.revokeUrl.trimmed().isEmpty() && !m_rawTokens.accessToken.isEmpty();
}

void TestsController::refreshNow()
{
    if (!canRefresh())
        return;
    m_byHand.clear();
    m_tokenClient->refresh(m_source, m_credentials, m_rawTokens.refreshToken);
}

void TestsController::revokeNow()
{
    if (!canRevoke())
        return;
    m_byHand.clear();
    const bool hasRefresh = !m_rawTokens.refreshToken.isEmpty();
    m_tokenClient->revoke(m_source, m_credentials,
        hasRefresh ? m_rawTokens.refreshToken : m_rawTokens.accessToken,
        hasRefresh ? QStringLiteral("refresh_token") : QStringLiteral("access_token"));
}

void TestsController::onTokenAnswer(const TokenResponse &response)
{
    QString text;
    if (!response.ok) {
        text = OAuthDiagnosis::fromTokenResponse(response).text();
    } else if (response.operation == TokenResponse::Operation::Revoke) {
        m_rawTokens = {};
        m_tokens = {};
        Q_EMIT tokensChanged();
        text = tr("The tokens were revoked.");
    } else {
        setTokens(response);
        text = response.refreshTokenRotated
            ? tr("Refreshed: a new access token; the refresh token was rotated.")
            : tr("Refreshed: a new access token.");
    }
    // The run's stored connection follows; the message says both.
    m_follower->follow(
        m_record, response, m_byHand, [this, text, failed = !response.ok](const QString &followed, bool ok) {
            Q_EMIT message(followed.isEmpty() ? text : text + QLatin1Char(' ') + followed, failed || !ok);
        });
}

bool TestsController::exportHar(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const QByteArray bytes = HarWriter::write(m_exchanges);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool TestsController::exportBundle(const QString &path, QString *error) const
{
    return SupportBundle::save(path, m_source, { m_record }, m_redactor, error);
}
