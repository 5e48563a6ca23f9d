#include "ConnectTestBed.h"

#include "ApplicationRepository.h"
#include "SourceRepository.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace std::chrono_literals;

namespace {

QByteArray headerIn(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

} // namespace

QByteArray ConnectTestBed::Answer::header(const QByteArray &name) const
{
    return headerIn(headers, name);
}

QByteArray ConnectTestBed::Received::header(const QByteArray &name) const
{
    return headerIn(headers, name);
}

ConnectTestBed::ConnectTestBed()
    : m_sealer(TokenSealer::generateKey())
{ }

ConnectTestBed::~ConnectTestBed()
{
    m_service.reset();
    m_provider.reset();
}

ConnectSettings ConnectTestBed::defaultSettings()
{
    ConnectSettings settings;
    settings.webhooks.maxAttempts = 3;
    settings.webhooks.baseDelay = 10ms;
    settings.webhooks.timeout = 10000ms;
    settings.providerTimeout = 10000ms;
    return settings;
}

QUrl ConnectTestBed::providerUrl(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_providerPort).arg(path));
}

bool ConnectTestBed::setUp(const ConnectSettings &settings)
{
    m_temp = std::make_unique<TempWorkspace>();
    if (!m_temp->isOpen()) {
        m_error = m_temp->errorMessage();
        return false;
    }
    m_secrets = std::make_unique<SecretStore>(m_temp->workspace().id());

    // The fake provider: login endpoints and the application's webhook receiver.
    m_provider = std::make_unique<QHttpServer>();
    m_provider->route(QStringLiteral("/login"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request) {
            const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
            logins << body;
            const QString password = body.value(QStringLiteral("password")).toString();
            if (body.value(QStringLiteral("username")).toString() == QLatin1String("ada")
                && password == QLatin1String("correct-horse"))
                return QHttpServerResponse(
                    QJsonObject { { QStringLiteral("access_token"), QStringLiteral("at-123") },
                        { QStringLiteral("refresh_token"), QStringLiteral("rt-456") },
                        { QStringLiteral("expires_in"), 3600 },
                        { QStringLiteral("scope"), QStringLiteral("read") } });
            if (password == QLatin1String("boom"))
                return QHttpServerResponse(QHttpServerResponse::StatusCode::InternalServerError);
            return QHttpServerResponse(QJsonObject { { QStringLiteral("error"), QStringLiteral("nope") } },
                QHttpServerResponse::StatusCode::Unauthorized);
        });
    m_provider->route(QStringLiteral("/email"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request) {
            const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
            logins << body;
            if (body.value(QStringLiteral("email")).toString() == QLatin1String("ada@example.com"))
                return QHttpServerResponse(
                    QJsonObject { { QStringLiteral("status"), QStringLiteral("invited") } });
            return QHttpServerResponse(QHttpServerResponse::StatusCode::Forbidden);
        });
    m_provider->route(
        QStringLiteral("/hook"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
            webhooks << Received { request.body(), request.headers() };
            const int status = webhookAnswers.isEmpty() ? 200 : webhookAnswers.takeFirst();
            return QHttpServerResponse(static_cast<QHttpServerResponse::StatusCode>(status));
        });
    m_providerPort = m_provider->listen(QHostAddress(QHostAddress::LocalHost), 0);
    if (m_providerPort == 0) {
        m_error = QStringLiteral("the fake provider cannot listen");
        return false;
    }
    if (!addSources() || !addApplications())
        return false;
    return restartService(settings);
}

bool ConnectTestBed::restartService(const ConnectSettings &settings)
{
    m_service.reset();
    m_service
        = std::make_unique<ConnectService>(m_temp->workspace(), m_secrets.get(), m_sealer, m_clock, settings);
    if (!m_service->listen(&m_error))
        return false;
    return true;
}

bool ConnectTestBed::addSources()
{
    SourceRepository sources(m_temp->workspace());
    const auto add = [&](const QString &key, IntegrationSource::AuthType type, const QString &authUrl) {
        IntegrationSource source;
        source.key = key;
        source.displayName = key.toUpper();
        source.authType = type;
        source.authUrl = authUrl;
        const StoreResult result = sources.insert(&source);
        if (!result)
            m_error = result.message;
        return result.isOk();
    };
    return add(QStringLiteral("pw_test"), IntegrationSource::AuthType::Password,
               providerUrl(QStringLiteral("/login")).toString())
        && add(QStringLiteral("pw_remote"), IntegrationSource::AuthType::Password,
            QStringLiteral("http://login.example.invalid/login"))
        && add(QStringLiteral("mail_test"), IntegrationSource::AuthType::Email,
            providerUrl(QStringLiteral("/email")).toString())
        && add(QStringLiteral("mail_open"), IntegrationSource::AuthType::Email, QString())
        && sources.setEnabled(QStringLiteral("strava"), false).isOk();
}

bool ConnectTestBed::addApplications()
{
    ApplicationRepository applications(m_temp->workspace());
    m_a.name = QStringLiteral("App A");
    m_a.redirectUrls = { QStringLiteral("https://a.example/ok"), QStringLiteral("https://a.example/fail") };
    m_a.webhookUrl = providerUrl(QStringLiteral("/hook")).toString();
    m_a.sourceKeys = { QStringLiteral("oura"), QStringLiteral("fitbit"), QStringLiteral("garmin"),
        QStringLiteral("apple_health"), QStringLiteral("strava"), QStringLiteral("polar"),
        QStringLiteral("pw_test"), QStringLiteral("pw_remote"), QStringLiteral("mail_test"),
        QStringLiteral("mail_open") };
    m_a.credentials.insert(QStringLiteral("oura"), { QStringLiteral("a-oura-client"), true });
    m_a.credentials.insert(QStringLiteral("fitbit"), { QStringLiteral("a-fitbit-client"), true });
    m_a.hasClientSecret = true;
    m_a.hasWebhookSecret = true;
    m_b.name = QStringLiteral("App B");
    m_b.redirectUrls = { QStringLiteral("https://b.example/ok") };
    m_b.sourceKeys = { QStringLiteral("oura"), QStringLiteral("whoop") };
    m_b.credentials.insert(QStringLiteral("oura"), { QStringLiteral("b-oura-client"), true });
    m_b.hasClientSecret = true;
    for (Application *application : { &m_a, &m_b }) {
        if (const StoreResult inserted = applications.insert(application); !inserted) {
            m_error = inserted.message;
            return false;
        }
    }
    m_secretA = Application::generateSecret();
    m_secretB = Application::generateSecret();
    m_webhookSecretA = Application::generateSecret();
    return writeSecret(
               SecretStore::applicationOwner(m_a.clientId), QStringLiteral("client_secret"), m_secretA)
        && writeSecret(
            SecretStore::applicationOwner(m_a.clientId), QStringLiteral("webhook_secret"), m_webhookSecretA)
        && writeSecret(
            SecretStore::applicationOwner(m_b.clientId), QStringLiteral("client_secret"), m_secretB);
}

bool ConnectTestBed::writeSecret(const QString &owner, const QString &field, const QString &value)
{
    QObject context;
    bool done = false;
    SecretStore::Result result;
    m_secrets->write(owner, field, value, &context, [&](const SecretStore::Result &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&]() { return done; }, 20000) || !result.isOk()) {
        m_error = QStringLiteral("keyring write failed: ") + result.message;
        return false;
    }
    return true;
}

QPair<QByteArray, QByteArray> ConnectTestBed::basic(const QString &clientId, const QString &secret)
{
    return { QByteArrayLiteral("Authorization"),
        "Basic " + (clientId + QLatin1Char(':') + secret).toUtf8().toBase64() };
}

ConnectTestBed::Answer ConnectTestBed::call(const QByteArray &verb, const QString &path,
    const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(m_service->baseUrl().resolved(QUrl(path)));
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Answer answer;
    if (!reply->isFinished() && !finished.wait(20000)) {
        reply->abort();
        reply->deleteLater();
        return answer;
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.body).object();
    answer.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return answer;
}

QString ConnectTestBed::linkToken(bool forA, const QString &userId, const QStringList &providers)
{
    QJsonObject body { { QStringLiteral("user_id"), userId } };
    if (!providers.isEmpty())
        body.insert(QStringLiteral("filter_on_providers"), QJsonArray::fromStringList(providers));
    const Answer answer = call("POST", QStringLiteral("/v1/link/token"), QJsonDocument(body).toJson(),
        { forA ? basicA() : basicB() });
    return answer.json.value(QStringLiteral("link_token")).toString();
}

int ConnectTestBed::storedRows()
{
    int rows = 0;
    for (const char *table : { "widget_sessions", "link_tokens", "oauth_states", "special_tokens",
             "connections", "events", "webhook_deliveries" }) {
        QSqlQuery query(m_temp->workspace().database());
        if (query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && query.next())
            rows += query.value(0).toInt();
        else
            return -1;
    }
    return rows;
}

QByteArray ConnectTestBed::rawDatabase() const
{
    QByteArray bytes;
    for (const QString &path : { m_temp->path(), m_temp->path() + QStringLiteral("-wal") }) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}
