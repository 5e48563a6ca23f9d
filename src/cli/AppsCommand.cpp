#include "AppsCommand.h"

#include "ApplicationRepository.h"
#include "CommandLine.h"
#include "SecretStore.h"
#include "SourceRepository.h"
#include "Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>
#include <QUrl>
#include <memory>

Q_LOGGING_CATEGORY(lcAppsCommand, "linkdeck.cli.apps")

namespace {

const QString kClientSecret = QStringLiteral("client_secret");
const QString kWebhookSecret = QStringLiteral("webhook_secret");

// A redirect URL: absolute, with a scheme a browser may be sent to (custom
// schemes serve mobile apps).
bool isRedirectUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !scheme.isEmpty() && !url.isRelative() && scheme != QLatin1String("javascript")
        && scheme != QLatin1String("data") && scheme != QLatin1String("file")
        && (url.host().size() > 0 || (scheme != QLatin1String("http") && scheme != QLatin1String("https")));
}

bool isWebhookUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && !url.host().isEmpty();
}

} // namespace

AppsCommand::AppsCommand(Workspace &workspace, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_out(out)
    , m_err(err)
{ }

void AppsCommand::start(const CommandLine &line)
{
    const QStringList words = line.words();
    if (words.value(1) == QLatin1String("list") && words.size() == 2)
        return finish(list(line.json()));
    if (words.value(1) == QLatin1String("create") && words.size() == 3)
        return create(words.value(2), line);
    m_err << tr(
        "Usage: linkdeck apps list [--json]\n"
        "       linkdeck apps create NAME [--redirect-url URL]… [--webhook-url URL] [--sources KEY,…] "
        "[--json]")
          << '\n';
    finish(2);
}

void AppsCommand::finish(int exitCode)
{
    m_out.flush();
    m_err.flush();
    // Always asynchronous, so callers can connect after start().
    QTimer::singleShot(0, this, [this, exitCode]() { Q_EMIT finished(exitCode); });
}

int AppsCommand::fail(const QString &message)
{
    m_err << message << '\n';
    return 1;
}

int AppsCommand::list(bool json)
{
    StoreResult result;
    const QList<Application> applications = ApplicationRepository(m_workspace).all(&result);
    if (!result) {
        m_err << result.message << '\n';
        return 1;
    }
    if (json) {
        QJsonArray array;
        for (const Application &a : applications) {
            array.append(QJsonObject {
                { QStringLiteral("name"), a.name },
                { QStringLiteral("clientId"), a.clientId },
                { QStringLiteral("hasClientSecret"), a.hasClientSecret },
                { QStringLiteral("redirectUrls"), QJsonArray::fromStringList(a.redirectUrls) },
                { QStringLiteral("webhookUrl"), a.webhookUrl },
                { QStringLiteral("hasWebhookSecret"), a.hasWebhookSecret },
                { QStringLiteral("sources"), QJsonArray::fromStringList(a.sourceKeys) },
            });
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (applications.isEmpty()) {
        m_out << tr("No applications yet. Add one on the Applications page of the console, or with "
                    "\"linkdeck apps create NAME\".")
              << '\n';
        return 0;
    }
    qsizetype nameWidth = 4;
    for (const Application &a : applications)
        nameWidth = qMax(nameWidth, a.name.size());
    m_out << QStringLiteral("NAME").leftJustified(nameWidth + 2)
          << QStringLiteral("CLIENT ID").leftJustified(29) << QStringLiteral("SOURCES\n");
    for (const Application &a : applications)
        m_out << a.name.leftJustified(nameWidth + 2) << a.clientId.leftJustified(29)
              << a.sourceKeys.join(QStringLiteral(",")) << '\n';
    return 0;
}

void AppsCommand::create(const QString &name, const CommandLine &line)
{
    // Everything is checked before the keyring is touched: a refused
    // command leaves neither a row nor a secret behind.
    auto application = std::make_shared<Application>();
    application->name = name.trimmed();
    if (application->name.isEmpty())
        return finish(fail(tr("An application needs a name.")));
    for (const QString &url : line.redirectUrls()) {
        if (!isRedirectUrl(url))
            return finish(fail(tr("\"%1\" is not a redirect URL (an absolute URL such as "
                                  "https://app.example.com/connected).")
                                   .arg(url)));
        if (!application->redirectUrls.contains(url))
            application->redirectUrls << url;
    }
    application->webhookUrl = line.webhookUrl().trimmed();
    if (!application->webhookUrl.isEmpty() && !isWebhookUrl(application->webhookUrl))
        return finish(
            fail(tr("\"%1\" is not a webhook URL (an http or https URL).").arg(application->webhookUrl)));
    const SourceRepository sources(m_workspace);
    for (const QString &key : line.sourceKeys()) {
        if (!sources.find(key))
            return finish(fail(tr("There is no source \"%1\"; see \"linkdeck sources list\".").arg(key)));
        if (!application->sourceKeys.contains(key))
            application->sourceKeys << key;
    }
    application->clientId = Application::generateClientId();
    const QString clientSecret = Application::generateSecret();
    const QString webhookSecret
        = application->webhookUrl.isEmpty() ? QString() : Application::generateSecret();
    const bool json = line.json();

    m_secrets = new SecretStore(m_workspace.id(), this);
    const QString owner = SecretStore::applicationOwner(application->clientId);
    const auto noKeyring = [this](const SecretStore::Result &result) {
        return fail(tr("Creating an application needs the keyring, which keeps its secret: %1 Nothing was "
                       "created.")
                        .arg(result.message));
    };
    // Writes the application once its secrets are in the keyring.
    const auto store = [this, application, clientSecret, webhookSecret, json, owner]() {
        application->hasClientSecret = true;
        application->hasWebhookSecret = !webhookSecret.isEmpty();
        if (const StoreResult inserted = ApplicationRepository(m_workspace).insert(application.get());
            !inserted) {
            // Leave no orphaned secrets behind, then report.
            const int status = fail(inserted.message);
            m_secrets->remove(owner, kClientSecret, this, [this, owner, status](const SecretStore::Result &) {
                m_secrets->remove(owner, kWebhookSecret, this,
                    [this, status](const SecretStore::Result &) { finish(status); });
            });
            return;
        }
        qCInfo(lcAppsCommand) << "created application" << application->clientId;
        if (json) {
            QJsonObject object {
                { QStringLiteral("name"), application->name },
                { QStringLiteral("clientId"), application->clientId },
                { QStringLiteral("clientSecret"), clientSecret },
                { QStringLiteral("redirectUrls"), QJsonArray::fromStringList(application->redirectUrls) },
                { QStringLiteral("webhookUrl"), application->webhookUrl },
                { QStringLiteral("sources"), QJsonArray::fromStringList(application->sourceKeys) },
            };
            if (!webhookSecret.isEmpty())
                object.insert(QStringLiteral("webhookSecret"), webhookSecret);
            m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        } else {
            m_out << tr("Created the application \"%1\".").arg(application->name) << '\n'
                  << tr("Client ID:      %1").arg(application->clientId) << '\n'
                  << tr("Client secret:  %1").arg(clientSecret) << '\n';
            if (!webhookSecret.isEmpty())
                m_out << tr("Webhook secret: %1").arg(webhookSecret) << '\n';
            m_out << tr("The secrets are shown only now; the keyring keeps them.") << '\n';
        }
        finish(0);
    };
    m_secrets->write(owner, kClientSecret, clientSecret, this,
        [this, owner, webhookSecret, store, noKeyring](const SecretStore::Result &written) {
            if (!written.isOk())
                return finish(noKeyring(written));
            if (webhookSecret.isEmpty())
                return store();
            m_secrets->write(owner, kWebhookSecret, webhookSecret, this,
                [this, owner, store, noKeyring](const SecretStore::Result &webhookWritten) {
                    if (!webhookWritten.isOk()) {
                        const int status = noKeyring(webhookWritten);
                        m_secrets->remove(owner, kClientSecret, this,
                            [this, status](const SecretStore::Result &) { finish(status); });
                        return;
                    }
                    store();
                });
        });
}
