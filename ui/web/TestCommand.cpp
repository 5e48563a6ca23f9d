#include "TestCommand.h"

#include "ApplicationRepository.h"
#include "CommandLine.h"
#include "ConsoleConnectService.h"
#include "JUnitWriter.h"
#include "LinkdeckInfo.h"
#include "LoginScript.h"
#include "SecretStore.h"
#include "SourceRepository.h"
#include "SystemBrowserUserAgent.h"
#include "TestLauncher.h"
#include "TestRun.h"
#include "TestRunJson.h"
#include "TestRunRecorder.h"
#include "WebEngineUserAgent.h"
#include "Workspace.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <cstdio>
#include <unistd.h>

namespace {

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

TestCommand::TestCommand(Workspace &workspace, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_out(out)
    , m_err(err)
    , m_manager(new QNetworkAccessManager(this))
    , m_secrets(new SecretStore(workspace.id(), this))
    , m_launcher(new TestLauncher(workspace, *m_secrets, m_manager, this))
{
    connect(m_launcher, &TestLauncher::ready, this, &TestCommand::onReady);
    connect(m_launcher, &TestLauncher::failed, this, [this](const QString &message) { fail(2, message); });
    connect(m_launcher, &TestLauncher::connectionReported, this,
        [this](const QString &message, bool stored) { (stored ? m_out : m_err) << message << '\n'; });
}

TestCommand::~TestCommand() = default;

void TestCommand::fail(int status, const QString &message)
{
    m_err << message << '\n';
    m_err.flush();
    QMetaObject::invokeMethod(
        this, [this, status]() { Q_EMIT finished(status); }, Qt::QueuedConnection);
}

void TestCommand::start(const CommandLine &line)
{
    const QStringList words = line.words();
    if (words.size() != 2)
        return fail(2,
            CommandLine::tr("Usage: linkdeck test SOURCE [--app APP] [--browser embedded|system] "
                            "[--login-script FILE] [--redirect-uri URI] [--junit FILE] [--har FILE]"));
    TestLauncher::Request request;
    request.sourceKey = words.at(1);
    const std::optional<IntegrationSource> source = SourceRepository(m_workspace).find(request.sourceKey);
    if (!source)
        return fail(2, tr("There is no source \"%1\".").arg(request.sourceKey));
    m_sourceName = source->displayName;
    m_junitFile = line.junitFile();
    m_harFile = line.harFile();

    if (!line.application().isEmpty()) {
        const QList<Application> applications = ApplicationRepository(m_workspace).all();
        const auto found
            = std::find_if(applications.cbegin(), applications.cend(), [&line](const Application &a) {
                  return a.clientId == line.application() || a.name == line.application();
              });
        if (found == applications.cend())
            return fail(2,
                tr("There is no application \"%1\" (give its client ID or name).").arg(line.application()));
        request.applicationId = found->id;
    }

    if (source->authType == IntegrationSource::AuthType::Password
        || source->authType == IntegrationSource::AuthType::Email) {
        startThroughService(request);
        return;
    }

    const QString browser = line.browser().isEmpty() ? QStringLiteral("embedded") : line.browser();
    if (browser == QLatin1String("system")) {
        if (!line.loginScript().isEmpty())
            return fail(2,
                tr("A login script fills the embedded browser's pages; the system browser is "
                   "left to a person."));
        auto *agent = new SystemBrowserUserAgent(this);
        if (!agent->listen())
            return fail(2, agent->errorString());
        request.redirectUri = agent->redirectUri();
        m_agent = agent;
    } else if (browser == QLatin1String("embedded")) {
        auto *agent = new WebEngineUserAgent(this);
        agent->setTimeout(AuthorizationTimeoutMs);
        if (!line.loginScript().isEmpty()) {
            QString error;
            std::optional<LoginScript> script = LoginScript::load(line.loginScript(), &error);
            if (script)
                script = script->resolved(QProcessEnvironment::systemEnvironment(), &error);
            if (!script)
                return fail(2, error);
            agent->setLoginScript(*script);
            m_loginSecrets = script->secrets();
        }
        const QString redirect = line.redirectUri().isEmpty()
            ? TestLauncher::defaultRedirectUri(request.sourceKey).toString()
            : line.redirectUri();
        request.redirectUri = QUrl(redirect);
        if (!request.redirectUri.isValid() || request.redirectUri.isRelative())
            return fail(2, tr("\"%1\" is not a redirect URI.").arg(redirect));
        m_agent = agent;
    } else {
        return fail(2, tr("--browser is embedded or system, not \"%1\".").arg(browser));
    }
    m_launcher->prepare(request, m_agent);
}

void TestCommand::startThroughService(TestLauncher::Request request)
{
    // The test account comes from the environment, like a login script's values.
    request.account.username = qEnvironmentVariable("LINKDECK_TEST_USERNAME");
    request.account.password = qEnvironmentVariable("LINKDECK_TEST_PASSWORD");
    request.account.email = qEnvironmentVariable("LINKDECK_TEST_EMAIL");
    m_connectService = new ConsoleConnectService(m_workspace, *m_secrets, m_settings, this);
    m_connectService->whenReady(this, [this, request](ConnectService *service, const QString &error) mutable {
        if (!service)
            return fail(2, error);
        request.serviceUrl = m_connectService->baseUrl();
        m_launcher->prepare(request, nullptr);
    });
}

void TestCommand::onReady(TestRun *run, TestRunRecorder *recorder, const OAuthCredentials &)
{
    for (const QString &secret : std::as_const(m_loginSecrets))
        recorder->addSecret(secret);
    connect(recorder, &TestRunRecorder::stepRecorded, this, [this](int, const TestStep &step) {
        if (step.status == TestStep::Status::Pending || step.status == TestStep::Status::Running)
            return;
        m_out << TestStep::name(step.status).leftJustified(8) << ' ' << TestStep::title(step.kind);
        if (!step.detail.isEmpty())
            m_out << ": " << step.detail;
        m_out << '\n';
        m_out.flush();
    });
    connect(recorder, &TestRunRecorder::recorded, this, &TestCommand::report);
    connect(recorder, &TestRunRecorder::storeFailed, this, [this, recorder](const QString &message) {
        m_err << tr("The run could not be stored in the workspace: %1").arg(message) << '\n';
        report(recorder->record());
    });
    run->start();
}

void TestCommand::report(const TestRunRecord &record)
{
    int status = record.result == TestRunRecord::Result::Passed ? 0 : 1;
    for (const TestStep &step : TestRunJson::toSteps(record.steps)) {
        if (step.status == TestStep::Status::Failed) {
            m_err << tr("%1 failed at \"%2\": %3").arg(m_sourceName, TestStep::title(step.kind), step.detail)
                  << '\n';
            if (!step.diagnosis.isEmpty())
                m_err << step.diagnosis << '\n';
        }
    }
    QString error;
    if (!m_junitFile.isEmpty()
        && !writeFile(
            m_junitFile, JUnitWriter::write({ record }, { { record.sourceKey, m_sourceName } }), &error)) {
        m_err << tr("Cannot write %1: %2").arg(m_junitFile, error) << '\n';
        status = 2;
    }
    if (!m_harFile.isEmpty() && !writeFile(m_harFile, QJsonDocument(record.har).toJson(), &error)) {
        m_err << tr("Cannot write %1: %2").arg(m_harFile, error) << '\n';
        status = 2;
    }
    m_out << (status == 0 ? tr("%1 passed in %2 ms.").arg(m_sourceName).arg(record.durationMs)
                          : tr("%1 did not pass.").arg(m_sourceName))
          << '\n';
    m_out.flush();
    m_err.flush();
    Q_EMIT finished(status);
}

int TestCommand::run(int argc, char **argv)
{
    LinkdeckInfo::setNames();
    // Unattended: no window is shown, so no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Chromium's sandbox cannot start as root (containers, CI).
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    // Qt WebEngine reports its start-up settings at info level: noise on a CI log.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("qt.webenginecontext.info=false"));
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    LinkdeckInfo::setUp(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const CommandLine line = CommandLine::parse(app.arguments());
    if (const auto status = line.answerEarly(out, err))
        return *status;
    Workspace workspace;
    if (const StoreResult opened = workspace.open(line.workspace()); !opened) {
        err << opened.message << '\n';
        return 2;
    }
    TestCommand command(workspace, out, err);
    QObject::connect(&command, &TestCommand::finished, &app, &QCoreApplication::exit);
    command.start(line);
    return app.exec();
}
