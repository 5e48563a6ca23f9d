#include "TestLauncher.h"

#include "ApplicationRepository.h"
#include "ClientCredentialReader.h"
#include "OAuth1TestRun.h"
#include "OAuth2TestRun.h"
#include "SecretStore.h"
#include "SourceRepository.h"
#include "TestRunConnection.h"
#include "TestRunRecorder.h"
#include "TokenSealer.h"
#include "UserAgent.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLauncher, "linkdeck.qa.launcher")

namespace {

const QString kSecretField = QStringLiteral("client_secret");

} // namespace

TestLauncher::TestLauncher(
    Workspace &workspace, SecretStore &secrets, QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_secrets(secrets)
    , m_manager(manager)
{ }

QUrl TestLauncher::defaultRedirectUri(const QString &sourceKey)
{
    return QUrl(QStringLiteral("http://127.0.0.1/callback/")
        + QString::fromLatin1(QUrl::toPercentEncoding(sourceKey)));
}

void TestLauncher::fail(const QString &message)
{
    QMetaObject::invokeMethod(
        this, [this, message]() { Q_EMIT failed(message); }, Qt::QueuedConnection);
}

void TestLauncher::prepare(const Request &request, UserAgent *agent)
{
    const int generation = ++m_generation;
    m_agent = agent;
    const std::optional<IntegrationSource> source = SourceRepository(m_workspace).find(request.sourceKey);
    if (!source)
        return fail(tr("There is no source \"%1\".").arg(request.sourceKey));
    Application application;
    if (request.applicationId != 0) {
        const std::optional<Application> found
            = ApplicationRepository(m_workspace).find(request.applicationId);
        if (!found)
            return fail(tr("The application no longer exists."));
        application = *found;
    }
    if (source->authType == IntegrationSource::AuthType::Sdk)
        return fail(tr("\"%1\" connects through an on-device SDK: there is no flow to test from here.")
                        .arg(source->displayName));

    if (!source->isOAuth()) {
        // Password and e-mail sources go through the connect service as an
        // application; its own secret authenticates it there.
        if (request.applicationId == 0)
            return fail(tr("Password and e-mail sources are tested through the connect service as an "
                           "application: choose one."));
        m_secrets.read(SecretStore::applicationOwner(application.clientId), kSecretField, this,
            [this, generation, request, source = *source, application](const SecretStore::Result &read) {
                if (generation != m_generation)
                    return;
                if (!read.isOk()) {
                    Q_EMIT failed(
                        tr("The secret of %1 cannot be read: %2").arg(application.name, read.message));
                    return;
                }
                build(request, source, application, { application.clientId, QString() }, read.value);
            });
        return;
    }

    // The credentials as the connect service reads them for this application.
    ClientCredentialReader::read(m_secrets, application, *source, this,
        [this, generation, request, source = *source, application](
            const std::optional<OAuthCredentials> &credentials, const ApiError &error) {
            if (generation != m_generation)
                return;
            if (!credentials) {
                Q_EMIT failed(error.message);
                return;
            }
            build(request, source, application, *credentials, QString());
        });
}

void TestLauncher::build(const Request &request, const IntegrationSource &source,
    const Application &application, const OAuthCredentials &credentials, const QString &applicationSecret)
{
    TestRun *run = nullptr;
    switch (source.authType) {
    case IntegrationSource::AuthType::OAuth2:
        run = new OAuth2TestRun(source, credentials, request.redirectUri, m_agent, m_manager, this);
        break;
    case IntegrationSource::AuthType::OAuth1:
        run = new OAuth1TestRun(source, credentials, request.redirectUri, m_agent, m_manager, this);
        break;
    case IntegrationSource::AuthType::Password:
    case IntegrationSource::AuthType::Email:
        if (!request.serviceUrl.isValid()) {
            Q_EMIT failed(tr("The connect service is not running, and password and e-mail sources are "
                             "tested through it."));
            return;
        }
        run = new CredentialTestRun(source, request.serviceUrl, { credentials.clientId, applicationSecret },
            request.account, m_manager, this);
        break;
    case IntegrationSource::AuthType::Sdk:
        return;
    }
    auto *recorder = new TestRunRecorder(run, &m_workspace, this);
    recorder->setApplicationId(request.applicationId);
    for (const QString &secret : { credentials.clientSecret, applicationSecret, request.account.password })
        recorder->addSecret(secret);
    if (m_agent && source.isOAuth())
        recorder->watch(m_agent);
    qCDebug(lcLauncher) << "prepared a" << IntegrationSource::toString(source.authType) << "run of"
                        << source.key;
    // Password and e-mail runs connect through the connect service, which stores their connection.
    if (source.isOAuth())
        return readyWithConnection(run, recorder, application, credentials);
    Q_EMIT ready(run, recorder, credentials);
}

void TestLauncher::readyWithConnection(TestRun *run, TestRunRecorder *recorder,
    const Application &application, const OAuthCredentials &credentials)
{
    auto emitReady = [this, run, recorder, application, credentials](const TokenSealer::KeyResult &key) {
        // Parented to the launcher, not the run: the "auth" webhook may still
        // be on its way when the run and its recorder are deleted. It goes by itself.
        auto *connection = new TestRunConnection(
            run, recorder, m_workspace, &m_secrets, application, TokenSealer(key.key), key.error, this);
        connect(connection, &TestRunConnection::reported, this, &TestLauncher::connectionReported);
        Q_EMIT ready(run, recorder, credentials);
    };
    // With the source's own credentials nothing is stored: no key is needed.
    if (application.id == 0)
        return emitReady({});
    const int generation = m_generation;
    TokenSealer::loadKey(
        &m_secrets, this, [this, generation, run, recorder, emitReady](const TokenSealer::KeyResult &key) {
            if (generation != m_generation) {
                delete recorder;
                delete run;
                return;
            }
            emitReady(key);
        });
}
