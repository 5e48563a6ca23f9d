#include "CredentialTestRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcCredentialRun, "linkdeck.qa.credentials")

namespace {

QJsonObject jsonOf(const HttpExchange &exchange)
{
    return QJsonDocument::fromJson(exchange.responseBody).object();
}

bool isSuccess(const HttpExchange &exchange)
{
    return exchange.status >= 200 && exchange.status < 300;
}

} // namespace

CredentialTestRun::CredentialTestRun(const IntegrationSource &source, const QUrl &serviceUrl,
    const OAuthCredentials &application, const Account &account, QNetworkAccessManager *manager,
    QObject *parent)
    : TestRun(source, { TestStep::Kind::LinkToken, TestStep::Kind::Credentials, TestStep::Kind::Connection },
        manager, parent)
    , m_serviceUrl(serviceUrl)
    , m_application(application)
    , m_account(account)
{ }

CredentialTestRun::~CredentialTestRun() = default;

QStringList CredentialTestRun::secrets() const
{
    return { m_application.clientSecret, m_account.password, m_linkToken };
}

QUrl CredentialTestRun::serviceEndpoint(const QString &path) const
{
    QString base = m_serviceUrl.toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + path);
}

QNetworkRequest CredentialTestRun::jsonRequest(const QString &path, bool asApplication) const
{
    QNetworkRequest request(serviceEndpoint(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    if (asApplication)
        request.setRawHeader("Authorization",
            "Basic "
                + (m_application.clientId + QLatin1Char(':') + m_application.clientSecret)
                      .toUtf8()
                      .toBase64());
    return request;
}

QString CredentialTestRun::explainServiceError(
    TestStep::Kind kind, const HttpExchange &exchange, TokenResponse::ErrorKind transport) const
{
    if (exchange.status == 0)
        return explainTransport(exchange, transport);
    const QJsonObject json = jsonOf(exchange);
    const QString code = json.value(QLatin1String("error")).toString();
    const QString message = json.value(QLatin1String("message")).toString().left(300);
    const QString said = code.isEmpty()
        ? tr("The connect service answered HTTP %1.").arg(exchange.status)
        : tr("The connect service answered HTTP %1 %2: %3").arg(exchange.status).arg(code, message);
    QString fix;
    if (code == QLatin1String("INVALID_CLIENT"))
        fix = tr(
            "Check the application's client ID and secret (a rotated secret is shown once, when rotated).");
    else if (code == QLatin1String("INVALID_CREDENTIALS"))
        fix = kind == TestStep::Kind::Credentials && source().authType == IntegrationSource::AuthType::Email
            ? tr("The source's login endpoint refused the e-mail address: use an address it knows.")
            : tr("The source's login endpoint refused the username or password: check the test account.");
    else if (code == QLatin1String("PROVIDER_UNAVAILABLE"))
        fix = tr("The service could not reach the source's login endpoint or got an unexpected answer: check "
                 "the source's auth URL (https, or loopback) and that the provider is up.");
    else if (code == QLatin1String("INVALID_PROVIDER"))
        fix = tr("Enable the source, let the application use it, and check that its auth type is %1.")
                  .arg(IntegrationSource::toString(source().authType));
    else if (code == QLatin1String("INVALID_REQUEST") || code == QLatin1String("MISSING_LINK_TOKEN"))
        fix = tr("The link token was refused: it expired or belongs to another service.");
    else if (exchange.status == 404)
        fix = tr("Check the connect service's URL: it has no such endpoint.");
    else
        fix = tr("Read the answer in the timeline.");
    return said + QLatin1String("\n\n") + tr("Fix: %1").arg(fix);
}

void CredentialTestRun::run()
{
    begin(TestStep::Kind::LinkToken);
    const bool email = source().authType == IntegrationSource::AuthType::Email;
    if (!email && source().authType != IntegrationSource::AuthType::Password) {
        fail(TestStep::Kind::LinkToken, tr("\"%1\" is not a password or e-mail source.").arg(source().key),
            tr("Test OAuth sources with an OAuth test run."));
        return;
    }
    const QJsonObject body { { QStringLiteral("user_id"), m_userId },
        { QStringLiteral("filter_on_providers"), QJsonArray { source().key } } };
    qCDebug(lcCredentialRun) << "asking" << m_serviceUrl.toDisplayString() << "for a link token";
    send("POST", jsonRequest(QStringLiteral("/v1/link/token"), true),
        QJsonDocument(body).toJson(QJsonDocument::Compact),
        [this](const HttpExchange &exchange, TokenResponse::ErrorKind transport) {
            const QString token = jsonOf(exchange).value(QLatin1String("link_token")).toString();
            if (!isSuccess(exchange) || token.isEmpty()) {
                fail(TestStep::Kind::LinkToken,
                    tr("POST /v1/link/token answered HTTP %1.").arg(exchange.status),
                    explainServiceError(TestStep::Kind::LinkToken, exchange, transport));
                return;
            }
            m_linkToken = token;
            pass(TestStep::Kind::LinkToken, tr("Link token issued for the user %1.").arg(m_userId));
            submitCredentials(token);
        });
}

void CredentialTestRun::submitCredentials(const QString &linkToken)
{
    begin(TestStep::Kind::Credentials);
    const bool email = source().authType == IntegrationSource::AuthType::Email;
    QJsonObject body { { QStringLiteral("link_token"), linkToken } };
    if (email) {
        body.insert(QStringLiteral("email"), m_account.email);
    } else {
        body.insert(QStringLiteral("username"), m_account.username);
        body.insert(QStringLiteral("password"), m_account.password);
    }
    const QString path = QStringLiteral("/v1/link/provider/%1/%2")
                             .arg(email ? QStringLiteral("email") : QStringLiteral("password"),
                                 QString::fromUtf8(QUrl::toPercentEncoding(source().key)));
    send("POST", jsonRequest(path, false), QJsonDocument(body).toJson(QJsonDocument::Compact),
        [this, path](const HttpExchange &exchange, TokenResponse::ErrorKind transport) {
            const QJsonObject json = jsonOf(exchange);
            m_connectionId = json.value(QLatin1String("connection_id")).toString();
            if (!isSuccess(exchange) || m_connectionId.isEmpty()) {
                fail(TestStep::Kind::Credentials,
                    tr("POST %1 answered HTTP %2.").arg(path).arg(exchange.status),
                    explainServiceError(TestStep::Kind::Credentials, exchange, transport));
                return;
            }
            pass(TestStep::Kind::Credentials,
                json.value(QLatin1String("verified")).toBool()
                    ? tr("The source's login endpoint accepted the credentials.")
                    : tr("Linked without a check: the source has no login endpoint (auth URL)."));
            findConnection();
        });
}

void CredentialTestRun::findConnection()
{
    begin(TestStep::Kind::Connection);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("user_id"), m_userId);
    QNetworkRequest request = jsonRequest(QStringLiteral("/v1/connections"), true);
    QUrl url = request.url();
    url.setQuery(query);
    request.setUrl(url);
    send("GET", request, {}, [this](const HttpExchange &exchange, TokenResponse::ErrorKind transport) {
        if (!isSuccess(exchange)) {
            fail(TestStep::Kind::Connection, tr("GET /v1/connections answered HTTP %1.").arg(exchange.status),
                explainServiceError(TestStep::Kind::Connection, exchange, transport));
            return;
        }
        const QJsonArray connections = jsonOf(exchange).value(QLatin1String("connections")).toArray();
        for (const QJsonValue &value : connections) {
            const QJsonObject connection = value.toObject();
            if (connection.value(QLatin1String("connection_id")).toString() != m_connectionId)
                continue;
            const QString status = connection.value(QLatin1String("status")).toString();
            if (connection.value(QLatin1String("provider")).toString() != source().key) {
                fail(TestStep::Kind::Connection, tr("The connection is listed for another source."),
                    tr("Report this to Linkdeck's developers: the service stored the wrong source."));
                return;
            }
            pass(TestStep::Kind::Connection,
                tr("Connection %1 of %2 is listed with the status %3.")
                    .arg(m_connectionId, m_userId, status));
            finish();
            return;
        }
        fail(TestStep::Kind::Connection, tr("The new connection is not among the user's connections."),
            tr("The service answered that it linked the source but does not list the connection: check that "
               "the "
               "service and the console use the same workspace."));
    });
}
