#pragma once

#include "HttpExchange.h"
#include "Redactor.h"
#include "TestRunRecord.h"
#include "TestStep.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

class TestRun;
class UserAgent;
class Workspace;

/// Follows a TestRun (OAuth 2.0, OAuth 1.0a, password or e-mail) and keeps what QA needs of it, redacted as
/// it comes: each HTTP exchange, each step, and (with watch()) each browser hop, marking the one that carried
/// a code or an error. When the run finishes, the run is redacted once more with everything learnt (the
/// secrets it names, the tokens it was issued included), and stored in the workspace as a
/// TestRunRecord with a HAR log; older runs of the source beyond
/// keepRuns() are deleted.
///
/// Create it before the run starts. Nothing unredacted leaves it.
class TestRunRecorder : public QObject
{
    Q_OBJECT

public:
    /// Stores into @p workspace, which must outlive the recorder; without
    /// one, the run is only recorded (recorded() still fires).
    TestRunRecorder(TestRun *run, Workspace *workspace, QObject *parent = nullptr);
    ~TestRunRecorder() override;

    /// Whose credentials the run uses; 0 (the default) for the source's own.
    void setApplicationId(qint64 applicationId) { m_applicationId = applicationId; }
    /// Runs kept per source; 0 keeps all. 50 by default.
    void setKeepRuns(int keep) { m_keepRuns = keep; }
    int keepRuns() const { return m_keepRuns; }
    /// A literal to scrub wherever it shows up, such as the client secret in use.
    void addSecret(const QString &secret) { m_redactor.addSecret(secret); }
    /// Records @p agent's navigations and redirects as the run's hops.
    void watch(UserAgent *agent);

    /// The redactor of this run: the same one makes a matching support bundle.
    const Redactor &redactor() const { return m_redactor; }
    /// The exchanges so far, redacted.
    QList<HttpExchange> exchanges() const { return m_exchanges; }
    QJsonArray navigations() const { return m_navigations; }
    bool isRecorded() const { return m_recorded; }
    /// The finished run as stored (its id set) or, without a workspace, as recorded.
    TestRunRecord record() const { return m_record; }

Q_SIGNALS:
    void exchangeRecorded(const HttpExchange &redacted);
    void navigationRecorded(const QJsonObject &hop);
    void stepRecorded(int index, const TestStep &redacted);
    /// The run finished and, with a workspace, was stored.
    void recorded(const TestRunRecord &record);
    /// The run finished but could not be stored.
    void storeFailed(const QString &message);

private:
    TestStep redactedStep(const TestStep &step);
    void onStepChanged(int index);
    void onNavigation(const QUrl &url, bool redirect);
    void onFinished(bool passed);

    QPointer<TestRun> m_run;
    Workspace *m_workspace = nullptr;
    Redactor m_redactor;
    qint64 m_applicationId = 0;
    int m_keepRuns = 50;
    QDateTime m_startedAt;
    QElapsedTimer m_timer;
    QList<HttpExchange> m_exchanges;
    QJsonArray m_navigations;
    TestRunRecord m_record;
    bool m_recorded = false;
};
