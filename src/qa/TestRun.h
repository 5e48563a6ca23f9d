#pragma once

#include "HttpExchange.h"
#include "IntegrationSource.h"
#include "TestStep.h"
#include "TokenResponse.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <functional>

class UserAgent;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
struct UserConnection;

/// One end-to-end QA test of a source, step by step: what every kind of
/// test run (OAuth2TestRun, OAuth1TestRun, CredentialTestRun) shares. A run
/// lays out its steps at construction, runs them in order once start() is
/// called, stops at the first failure (explaining it in the step's
/// diagnosis) and skips the rest. Every HTTP exchange is kept unredacted in
/// memory and announced; a TestRunRecorder redacts and stores them.
///
/// A UI drives a run with start() and cancel(), follows stepChanged() and
/// exchangeRecorded(), and reads the outcome after finished().
class TestRun : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 30000;

    ~TestRun() override;

    /// Starts the first step; call once.
    void start();
    /// Stops the run; the running step fails as cancelled, the rest are skipped.
    void cancel();

    /// The time each HTTP request may take, in ms; set before start().
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeoutMs; }

    bool isFinished() const { return m_finished; }
    /// True once cancel() stopped the run before it finished.
    bool wasCancelled() const { return m_cancelled; }
    /// Finished with no failed step.
    bool passed() const;
    QList<TestStep> steps() const { return m_steps; }
    /// Every HTTP exchange so far, unredacted: never log or store them as they are.
    QList<HttpExchange> exchanges() const { return m_exchanges; }
    IntegrationSource source() const { return m_source; }
    /// Every secret the run used or was given (tokens, credentials), for a
    /// recorder to scrub wherever they were echoed.
    virtual QStringList secrets() const = 0;
    /// The connection the run obtained, for TestRunConnection to store:
    /// fills @p connection's scopes and token expiry and @p secrets with
    /// what is sealed (the provider's answer; tokens: never log them).
    /// False where the run obtained none, or where the connect service
    /// stores it itself (password and e-mail runs).
    virtual bool issuedConnection(UserConnection *connection, QJsonObject *secrets) const;

Q_SIGNALS:
    /// steps().at(@p index) changed: it started, passed, failed or was skipped.
    void stepChanged(int index);
    /// A request went out and was answered (or failed); unredacted.
    void exchangeRecorded(const HttpExchange &exchange);
    /// Once, when every step has passed, failed or been skipped.
    void finished(bool passed);

protected:
    /// An answered request; @p transport says why no HTTP answer came
    /// (ErrorKind::None when one did).
    using ExchangeDone
        = std::function<void(const HttpExchange &exchange, TokenResponse::ErrorKind transport)>;

    TestRun(const IntegrationSource &source, const QList<TestStep::Kind> &kinds,
        QNetworkAccessManager *manager, QObject *parent);

    /// Begins the first step and runs it.
    virtual void run() = 0;
    /// Aborts whatever the subclass has under way besides send()'s requests
    /// (cancel()); their late answers find the run no longer running.
    virtual void abortRequests();
    /// The new timeout, for the subclass's own clients.
    virtual void timeoutChanged(int milliseconds);
    /// The user agent brought the browser back to the redirect URI (for
    /// runs with an authorization page; followUserAgent()).
    virtual void onRedirected(const QUrl &url) { Q_UNUSED(url) }
    /// The provider showed an error page instead of redirecting back.
    virtual void onErrorPage(const QUrl &url, int httpStatus, const QByteArray &html)
    {
        Q_UNUSED(url)
        Q_UNUSED(httpStatus)
        Q_UNUSED(html)
    }

    /// Follows @p userAgent (may be null): its redirect back and error
    /// pages reach the run, and a failure fails browserStep().
    void followUserAgent(UserAgent *userAgent, const QUrl &redirectUri);
    /// The step the user agent authorizes for: Authorize until a run
    /// authorizes once more for another step.
    TestStep::Kind browserStep() const { return m_browserStep; }
    void setBrowserStep(TestStep::Kind kind) { m_browserStep = kind; }

    /// True while @p kind is the running step of a run neither finished nor cancelled.
    bool isRunning(TestStep::Kind kind) const;
    void begin(TestStep::Kind kind);
    void pass(TestStep::Kind kind, const QString &detail);
    /// Fails @p kind, skips the steps not run yet and finishes.
    void fail(TestStep::Kind kind, const QString &detail, const QString &diagnosis);
    void skip(TestStep::Kind kind, const QString &why);
    /// Finishes the run once every step has passed or been skipped.
    void finish();
    /// Keeps and announces @p exchange.
    void record(const HttpExchange &exchange);
    /// Sends @p request (with @p body for POST) with the run's timeout and no
    /// redirects followed, records the exchange and hands it to @p done
    /// unless the run finished meanwhile. Every request header is recorded.
    void send(const QByteArray &method, QNetworkRequest request, const QByteArray &body, ExchangeDone done);
    /// Why @p exchange got no answer, in plain words with the fix.
    static QString explainTransport(const HttpExchange &exchange, TokenResponse::ErrorKind transport);
    /// Milliseconds since the running step began.
    qint64 stepElapsed() const { return m_stepTimer.isValid() ? m_stepTimer.elapsed() : 0; }

private:
    int indexOf(TestStep::Kind kind) const;
    void skipRemaining(const QString &why);

    IntegrationSource m_source;
    QNetworkAccessManager *m_manager = nullptr;
    QList<TestStep> m_steps;
    QList<HttpExchange> m_exchanges;
    QElapsedTimer m_stepTimer;
    QList<QPointer<QNetworkReply>> m_replies;
    TestStep::Kind m_browserStep = TestStep::Kind::Authorize;
    int m_timeoutMs = DefaultTimeoutMs;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
};
