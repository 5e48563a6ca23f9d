#include "SourcesCommand.h"

#include "CatalogFile.h"
#include "CatalogJson.h"
#include "CommandLine.h"
#include "DiscoveryFetcher.h"
#include "ImportPlan.h"
#include "SecretStore.h"
#include "SourceRepository.h"
#include "Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrl>
#include <cstdio>

namespace {

QString credentialsState(const IntegrationSource &s)
{
    if (s.authType == IntegrationSource::AuthType::Sdk || s.authType == IntegrationSource::AuthType::Password
        || s.authType == IntegrationSource::AuthType::Email)
        return QStringLiteral("none-needed");
    if (s.clientId.isEmpty())
        return QStringLiteral("per-application");
    return s.hasClientSecret ? QStringLiteral("complete") : QStringLiteral("secret-missing");
}

} // namespace

SourcesCommand::SourcesCommand(Workspace &workspace, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_out(out)
    , m_err(err)
{ }

void SourcesCommand::start(const CommandLine &line)
{
    const QStringList words = line.words();
    const QString action = words.value(1);
    const QString argument = words.value(2);
    if (action == QLatin1String("list") && words.size() == 2)
        return finish(list(line.json()));
    if (action == QLatin1String("import") && words.size() == 3)
        return import(argument, line.format(), line.dryRun());
    if (action == QLatin1String("export") && words.size() == 3)
        return finish(exportTo(argument));
    if (action == QLatin1String("set-secret") && words.size() == 3)
        return setSecret(argument);
    finish(fail(tr("Usage: linkdeck sources list [--json] | import FILE [--format json|discovery|nango] "
                   "[--dry-run] | export FILE | set-secret KEY")));
}

int SourcesCommand::list(bool json)
{
    StoreResult result;
    const QList<IntegrationSource> sources = SourceRepository(m_workspace).all(&result);
    if (!result)
        return fail(result.message);
    if (json) {
        QJsonArray array;
        for (const IntegrationSource &s : sources) {
            array.append(QJsonObject {
                { QStringLiteral("key"), s.key },
                { QStringLiteral("displayName"), s.displayName },
                { QStringLiteral("authType"), IntegrationSource::toString(s.authType) },
                { QStringLiteral("enabled"), s.enabled },
                { QStringLiteral("clientId"), s.clientId },
                { QStringLiteral("hasClientSecret"), s.hasClientSecret },
                { QStringLiteral("credentials"), credentialsState(s) },
            });
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    qsizetype keyWidth = 3, nameWidth = 4;
    for (const IntegrationSource &s : sources) {
        keyWidth = qMax(keyWidth, s.key.size());
        nameWidth = qMax(nameWidth, s.displayName.size());
    }
    m_out << QStringLiteral("KEY").leftJustified(keyWidth + 2)
          << QStringLiteral("NAME").leftJustified(nameWidth + 2)
          << QStringLiteral("TYPE      ENABLED  CREDENTIALS\n");
    for (const IntegrationSource &s : sources) {
        m_out << s.key.leftJustified(keyWidth + 2) << s.displayName.leftJustified(nameWidth + 2)
              << IntegrationSource::toString(s.authType).leftJustified(10)
              << (s.enabled ? QStringLiteral("yes") : QStringLiteral("no")).leftJustified(9)
              << credentialsState(s) << '\n';
    }
    return 0;
}

void SourcesCommand::import(const QString &location, const QString &format, bool dryRun)
{
    const QUrl url(location);
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) {
        if (!format.isEmpty() && format != QLatin1String("discovery"))
            return finish(fail(tr("Only discovery documents can be imported from a URL.")));
        auto *fetcher = new DiscoveryFetcher(this);
        connect(fetcher, &DiscoveryFetcher::finished, this,
            [this, dryRun](const CatalogParseResult &parsed) { finish(applyImport(parsed, dryRun)); });
        fetcher->fetch(url);
        return;
    }

    finish(applyImport(CatalogFile::read(location, format), dryRun));
}

int SourcesCommand::applyImport(const CatalogParseResult &parsed, bool dryRun)
{
    if (!parsed.ok())
        return fail(tr("Nothing was imported: %1").arg(parsed.error));
    SourceRepository repository(m_workspace);
    const ImportPlan plan = ImportPlan::compute(repository.all(), parsed.sources);
    for (const IntegrationSource &s : plan.added)
        m_out << QStringLiteral("+ %1 (%2)\n").arg(s.key, s.displayName);
    for (const auto &[before, after] : plan.changed)
        m_out << QStringLiteral("~ %1: %2\n")
                     .arg(after.key, ImportPlan::changedFields(before, after).join(QStringLiteral(", ")));
    for (const QString &skipped : parsed.skipped)
        m_out << tr("skipped %1").arg(skipped) << '\n';
    m_out << plan.summary() << '\n';
    if (dryRun) {
        m_out << tr("Dry run: the workspace was not changed.") << '\n';
        return 0;
    }
    if (plan.isEmpty())
        return 0;
    if (const StoreResult applied = repository.apply(plan); !applied)
        return fail(tr("Nothing was imported: %1").arg(applied.message));
    m_out << tr("Imported into %1.").arg(m_workspace.location()) << '\n';
    return 0;
}

int SourcesCommand::exportTo(const QString &fileName)
{
    StoreResult result;
    const QList<IntegrationSource> sources = SourceRepository(m_workspace).all(&result);
    if (!result)
        return fail(result.message);
    if (fileName == QLatin1String("-")) {
        m_out << QString::fromUtf8(CatalogJson::write(sources));
        return 0;
    }
    QString error;
    if (!CatalogFile::write(fileName, sources, &error))
        return fail(error);
    m_out << tr("Exported %n source(s) to %1.", nullptr, int(sources.size())).arg(fileName) << '\n';
    return 0;
}

void SourcesCommand::setSecret(const QString &key)
{
    const auto source = SourceRepository(m_workspace).find(key);
    if (!source)
        return finish(fail(tr("There is no source \"%1\".").arg(key)));
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return finish(fail(tr("Cannot read standard input.")));
    QString secret = QString::fromUtf8(input.readAll());
    while (secret.endsWith(QLatin1Char('\n')) || secret.endsWith(QLatin1Char('\r')))
        secret.chop(1);
    if (secret.isEmpty())
        return finish(fail(tr("No secret on standard input; nothing was stored.")));

    m_secrets = new SecretStore(m_workspace.id(), this);
    m_secrets->write(SecretStore::sourceOwner(key), QStringLiteral("client_secret"), secret, this,
        [this, key](const SecretStore::Result &result) {
            if (!result.isOk())
                return finish(fail(result.message));
            if (const StoreResult stored = SourceRepository(m_workspace).setHasClientSecret(key, true);
                !stored)
                return finish(fail(stored.message));
            m_out << tr("Stored the client secret of %1 in the keyring.").arg(key) << '\n';
            finish(0);
        });
}

int SourcesCommand::fail(const QString &message)
{
    m_err << message << '\n';
    return 1;
}

void SourcesCommand::finish(int exitCode)
{
    m_out.flush();
    m_err.flush();
    // Always asynchronous, so callers can connect after start().
    QTimer::singleShot(0, this, [this, exitCode]() { Q_EMIT finished(exitCode); });
}
