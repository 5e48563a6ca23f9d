#include "TestRunRecorder.h"

#include "HarWriter.h"
#include "StoredTime.h"
#include "TestRun.h"
#include "TestRunJson.h"
#include "TestRunRepository.h"
#include "UserAgent.h"
#include "Workspace.h"

#include <QLoggingCategory>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcRecorder, "linkdeck.qa.recorder")

namespace {

/// "code" or "error" where the URL carries one back from the provider, in
/// the query or the fragment (for OAuth 1.0a: an oauth_verifier, or a
/// denial); empty otherwise.
QString carried(const QUrl &url)
{
    for (const QUrlQuery &query : { QUrlQuery(url.query()), QUrlQuery(url.fragment()) }) {
        if (query.hasQueryItem(QStringLiteral("error")) || query.hasQueryItem(QStringLiteral("denied")))
            return QStringLiteral("error");
        if (query.hasQueryItem(QStringLiteral("code"))
            || query.hasQueryItem(QStringLiteral("oauth_verifier")))
            return QStringLiteral("code");
    }
    return {};
}

} // namespace

TestRunRecorder::TestRunRecorder(TestRun *run, Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_run(run)
    , m_workspace(workspace)
{
    connect(run, &TestRun::exchangeRecorded, this, [this](const HttpExchange &exchange) {
        const HttpExchange redacted = m_redactor.redact(exchange);
        m_exchanges << redacted;
        Q_EMIT exchangeRecorded(redacted);
    });
    connect(run, &TestRun::stepChanged, this, &TestRunRecorder::onStepChanged);
    connect(run, &TestRun::finished, this, &TestRunRecorder::onFinished);
}

TestRunRecorder::~TestRunRecorder() = default;

void TestRunRecorder::watch(UserAgent *agent)
{
    connect(agent, &UserAgent::navigated, this, [this](const QUrl &url) { onNavigation(url, false); });
    connect(agent, &UserAgent::redirected, this, [this](const QUrl &url) { onNavigation(url, true); });
}

TestStep TestRunRecorder::redactedStep(const TestStep &step)
{
    TestStep out = step;
    out.detail = m_redactor.redactText(step.detail);
    out.diagnosis = m_redactor.redactText(step.diagnosis);
    return out;
}

void TestRunRecorder::onStepChanged(int index)
{
    if (!m_startedAt.isValid()) {
        m_startedAt = QDateTime::currentDateTimeUtc();
        m_timer.start();
    }
    if (!m_run || index < 0 || index >= m_run->steps().size())
        return;
    Q_EMIT stepRecorded(index, redactedStep(m_run->steps().at(index)));
}

void TestRunRecorder::onNavigation(const QUrl &url, bool redirect)
{
    const QJsonObject hop {
        { QStringLiteral("at"), StoredTime::format(QDateTime::currentDateTimeUtc()) },
        { QStringLiteral("kind"), redirect ? QStringLiteral("redirect") : QStringLiteral("navigation") },
        { QStringLiteral("url"), QString::fromUtf8(m_redactor.redactUrl(url).toEncoded()) },
        { QStringLiteral("carries"), carried(url) },
    };
    m_navigations.append(hop);
    Q_EMIT navigationRecorded(hop);
}

void TestRunRecorder::onFinished(bool passed)
{
    if (m_recorded || !m_run)
        return;
    if (!m_startedAt.isValid()) {
        m_startedAt = QDateTime::currentDateTimeUtc();
        m_timer.start();
    }
    // The run's secrets and the tokens it was issued, wherever else they were echoed.
    for (const QString &secret : m_run->secrets())
        m_redactor.addSecret(secret);

    // Everything once more, now that every secret of the run is known: one
    // pass to learn, one to write.
    const QList<HttpExchange> raw = m_run->exchanges();
    for (const HttpExchange &exchange : raw)
        m_redactor.redact(exchange);
    QList<HttpExchange> redacted;
    for (const HttpExchange &exchange : raw)
        redacted << m_redactor.redact(exchange);
    QList<TestStep> steps;
    for (const TestStep &step : m_run->steps())
        steps << redactedStep(step);

    TestRunRecord record;
    record.sourceKey = m_run->source().key;
    record.applicationId = m_applicationId;
    record.startedAt = m_startedAt;
    record.durationMs = m_timer.elapsed();
    record.result = m_run->wasCancelled() ? TestRunRecord::Result::Cancelled
        : passed                          ? TestRunRecord::Result::Passed
                                          : TestRunRecord::Result::Failed;
    record.steps = m_redactor.scrubJson(TestRunJson::fromSteps(steps)).toArray();
    record.navigations = m_redactor.scrubJson(m_navigations).toArray();
    record.har = m_redactor.scrubJson(HarWriter::document(redacted)).toObject();
    m_exchanges = redacted;
    m_record = record;
    m_recorded = true;

    if (!m_workspace) {
        Q_EMIT recorded(m_record);
        return;
    }
    TestRunRepository repository(*m_workspace);
    const StoreResult result = repository.insert(&m_record);
    if (!result) {
        qCWarning(lcRecorder) << "could not store the test run of" << m_record.sourceKey;
        Q_EMIT storeFailed(result.message);
        return;
    }
    // Pruning is housekeeping: the run is stored whether or not it works.
    if (m_keepRuns > 0 && !repository.pruneSource(m_record.sourceKey, m_keepRuns))
        qCWarning(lcRecorder) << "could not delete older test runs of" << m_record.sourceKey;
    qCInfo(lcRecorder) << "stored test run" << m_record.id << "of" << m_record.sourceKey << "as"
                       << TestRunRecord::toString(m_record.result);
    Q_EMIT recorded(m_record);
}
