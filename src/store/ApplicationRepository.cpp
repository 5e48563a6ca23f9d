#include "ApplicationRepository.h"

#include "JsonColumn.h"
#include "Workspace.h"

#include <QSqlQuery>

namespace {

const QString kSelect
    = QStringLiteral("SELECT id, revision, name, client_id, has_client_secret, redirect_urls, webhook_url, "
                     "has_webhook_secret FROM applications");

Application fromQuery(const QSqlQuery &q)
{
    Application a;
    a.id = q.value(0).toLongLong();
    a.revision = q.value(1).toInt();
    a.name = q.value(2).toString();
    a.clientId = q.value(3).toString();
    a.hasClientSecret = q.value(4).toInt() != 0;
    a.redirectUrls = JsonColumn::toList(q.value(5).toString());
    a.webhookUrl = q.value(6).toString();
    a.hasWebhookSecret = q.value(7).toInt() != 0;
    return a;
}

} // namespace

ApplicationRepository::ApplicationRepository(Workspace &workspace)
    : m_workspace(workspace)
{ }

QList<Application> ApplicationRepository::all(StoreResult *result) const
{
    QList<Application> applications;
    QSqlQuery query(m_workspace.database());
    if (!query.exec(kSelect + QStringLiteral(" ORDER BY lower(name), id"))) {
        if (result)
            *result = Workspace::queryFailure(query);
        return applications;
    }
    QHash<qint64, qsizetype> byId;
    while (query.next()) {
        byId.insert(query.value(0).toLongLong(), applications.size());
        applications << fromQuery(query);
    }
    QSqlQuery sources(m_workspace.database());
    if (!sources.exec(QStringLiteral("SELECT application_id, source_key, client_id, has_client_secret "
                                     "FROM application_sources ORDER BY source_key"))) {
        if (result)
            *result = Workspace::queryFailure(sources);
        return {};
    }
    while (sources.next()) {
        const auto index = byId.value(sources.value(0).toLongLong(), -1);
        if (index < 0)
            continue;
        Application &a = applications[index];
        const QString key = sources.value(1).toString();
        a.sourceKeys << key;
        const Application::SourceCredentials credentials { sources.value(2).toString(),
            sources.value(3).toInt() != 0 };
        if (!credentials.clientId.isEmpty() || credentials.hasClientSecret)
            a.credentials.insert(key, credentials);
    }
    if (result)
        *result = StoreResult::ok();
    return applications;
}

std::optional<Application> ApplicationRepository::findWhere(
    const QString &condition, const QVariant &value) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(kSelect + QStringLiteral(" WHERE ") + condition + QStringLiteral(" = :value"));
    query.bindValue(QStringLiteral(":value"), value);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Application a = fromQuery(query);
    QSqlQuery sources(m_workspace.database());
    sources.prepare(QStringLiteral("SELECT source_key, client_id, has_client_secret FROM application_sources "
                                   "WHERE application_id = :id ORDER BY source_key"));
    sources.bindValue(QStringLiteral(":id"), a.id);
    if (!sources.exec())
        return std::nullopt;
    while (sources.next()) {
        const QString key = sources.value(0).toString();
        a.sourceKeys << key;
        const Application::SourceCredentials credentials { sources.value(1).toString(),
            sources.value(2).toInt() != 0 };
        if (!credentials.clientId.isEmpty() || credentials.hasClientSecret)
            a.credentials.insert(key, credentials);
    }
    return a;
}

std::optional<Application> ApplicationRepository::find(qint64 id) const
{
    return findWhere(QStringLiteral("id"), id);
}

std::optional<Application> ApplicationRepository::findByClientId(const QString &clientId) const
{
    return findWhere(QStringLiteral("client_id"), clientId);
}

StoreResult ApplicationRepository::insert(Application *application)
{
    if (application->name.trimmed().isEmpty())
        return StoreResult::failure(StoreResult::Status::Invalid, tr("An application needs a name."));
    if (application->clientId.isEmpty())
        application->clientId = Application::generateClientId();
    return m_workspace.transaction([&]() -> StoreResult {
        QSqlQuery query(m_workspace.database());
        query.prepare(QStringLiteral("INSERT INTO applications (revision, name, client_id, "
                                     "has_client_secret, redirect_urls, webhook_url, "
                                     "has_webhook_secret, created_at, updated_at) VALUES (1, :name, "
                                     ":client_id, :has_secret, :redirects, "
                                     ":webhook, :has_webhook_secret, :now, :now)"));
        query.bindValue(QStringLiteral(":name"), application->name.trimmed());
        query.bindValue(QStringLiteral(":client_id"), application->clientId);
        query.bindValue(QStringLiteral(":has_secret"), int(application->hasClientSecret));
        query.bindValue(QStringLiteral(":redirects"), JsonColumn::fromList(application->redirectUrls));
        query.bindValue(QStringLiteral(":webhook"), Workspace::notNull(application->webhookUrl));
        query.bindValue(QStringLiteral(":has_webhook_secret"), int(application->hasWebhookSecret));
        query.bindValue(QStringLiteral(":now"), Workspace::timestamp());
        if (!query.exec())
            return Workspace::queryFailure(query);
        const auto stored = findByClientId(application->clientId);
        if (!stored)
            return StoreResult::failure(
                StoreResult::Status::Failed, tr("The new application was not stored."));
        application->id = stored->id;
        application->revision = 1;
        return writeSources(*application);
    });
}

StoreResult ApplicationRepository::update(Application *application)
{
    if (application->name.trimmed().isEmpty())
        return StoreResult::failure(StoreResult::Status::Invalid, tr("An application needs a name."));
    return m_workspace.transaction([&]() -> StoreResult {
        QSqlQuery query(m_workspace.database());
        query.prepare(QStringLiteral(
            "UPDATE applications SET revision = revision + 1, name = :name, has_client_secret = :has_secret, "
            "redirect_urls = :redirects, webhook_url = :webhook, has_webhook_secret = :has_webhook_secret, "
            "updated_at = :now WHERE id = :id AND revision = :revision"));
        query.bindValue(QStringLiteral(":name"), application->name.trimmed());
        query.bindValue(QStringLiteral(":has_secret"), int(application->hasClientSecret));
        query.bindValue(QStringLiteral(":redirects"), JsonColumn::fromList(application->redirectUrls));
        query.bindValue(QStringLiteral(":webhook"), Workspace::notNull(application->webhookUrl));
        query.bindValue(QStringLiteral(":has_webhook_secret"), int(application->hasWebhookSecret));
        query.bindValue(QStringLiteral(":now"), Workspace::timestamp());
        query.bindValue(QStringLiteral(":id"), application->id);
        query.bindValue(QStringLiteral(":revision"), application->revision);
        if (!query.exec())
            return Workspace::queryFailure(query);
        if (query.numRowsAffected() == 0) {
            if (find(application->id))
                return StoreResult::failure(StoreResult::Status::Conflict,
                    tr("Someone else changed \"%1\" since you opened it.").arg(application->name));
            return StoreResult::failure(StoreResult::Status::NotFound,
                tr("The application \"%1\" no longer exists.").arg(application->name));
        }
        ++application->revision;
        return writeSources(*application);
    });
}

StoreResult ApplicationRepository::writeSources(const Application &application)
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("DELETE FROM application_sources WHERE application_id = :id"));
    query.bindValue(QStringLiteral(":id"), application.id);
    if (!query.exec())
        return Workspace::queryFailure(query);
    query.prepare(QStringLiteral("INSERT INTO application_sources (application_id, source_key, client_id, "
                                 "has_client_secret) VALUES (:id, :key, :client_id, :has_secret)"));
    for (const QString &key : application.sourceKeys) {
        const Application::SourceCredentials credentials = application.credentials.value(key);
        query.bindValue(QStringLiteral(":id"), application.id);
        query.bindValue(QStringLiteral(":key"), key);
        query.bindValue(QStringLiteral(":client_id"), Workspace::notNull(credentials.clientId));
        query.bindValue(QStringLiteral(":has_secret"), int(credentials.hasClientSecret));
        if (!query.exec())
            return StoreResult::failure(
                StoreResult::Status::Invalid, tr("The source \"%1\" does not exist.").arg(key));
    }
    return StoreResult::ok();
}

StoreResult ApplicationRepository::remove(qint64 id)
{
    return m_workspace.transaction([&]() -> StoreResult {
        QSqlQuery query(m_workspace.database());
        query.prepare(QStringLiteral("DELETE FROM application_sources WHERE application_id = :id"));
        query.bindValue(QStringLiteral(":id"), id);
        if (!query.exec())
            return Workspace::queryFailure(query);
        query.prepare(QStringLiteral("DELETE FROM applications WHERE id = :id"));
        query.bindValue(QStringLiteral(":id"), id);
        if (!query.exec())
            return Workspace::queryFailure(query);
        if (query.numRowsAffected() == 0)
            return StoreResult::failure(
                StoreResult::Status::NotFound, tr("The application no longer exists."));
        return StoreResult::ok();
    });
}
