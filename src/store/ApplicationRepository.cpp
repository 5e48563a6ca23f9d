#include "ApplicationRepository.h"

#include "JsonColumn.h"
#include "Workspace.h"

#include <QSqlQuery>

namespace {

const QString kSelect
    = QStringLiteral("SELECT a.id, a.revision, a.name, a.client_id, a.has_client_secret, "
                     "a.redirect_urls, a.webhook_url, a.has_webhook_secret FROM applications");

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
    return select(QString(), {}, result);
}

QList<Application> ApplicationRepository::select(
    const QString &condition, const QVariant &value, StoreResult *result) const
{
    QList<Application> applications;
    const StoreResult read = m_workspace.transaction([&]() -> StoreResult {
        // The connect service looks an application up on every request: kept prepared.
        const QString where
            = condition.isEmpty() ? QString() : QStringLiteral(" WHERE a.%1 = :value").arg(condition);
        QSqlQuery &query = m_workspace.preparedQuery(
            kSelect + QStringLiteral(" a") + where + QStringLiteral(" ORDER BY lower(a.name), a.id"));
        if (!condition.isEmpty())
            query.bindValue(QStringLiteral(":value"), value);
        if (!query.exec())
            return Workspace::queryFailure(query);
        QHash<qint64, qsizetype> byId;
        while (query.next()) {
            byId.insert(query.value(0).toLongLong(), applications.size());
            applications << fromQuery(query);
        }
        query.finish();
        // The same condition picks the source rows of those applications.
        QSqlQuery &sources = m_workspace.preparedQuery(
            QStringLiteral("SELECT s.application_id, s.source_key, s.client_id, s.has_client_secret "
                           "FROM application_sources s JOIN applications a ON a.id = s.application_id")
            + where + QStringLiteral(" ORDER BY s.source_key"));
        if (!condition.isEmpty())
            sources.bindValue(QStringLiteral(":value"), value);
        if (!sources.exec())
            return Workspace::queryFailure(sources);
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
        sources.finish();
        return StoreResult::ok();
    });
    if (result)
        *result = read;
    return read ? applications : QList<Application>();
}

std::optional<Application> ApplicationRepository::find(qint64 id) const
{
    const QList<Application> found = select(QStringLiteral("id"), id);
    return found.isEmpty() ? std::nullopt : std::optional<Application>(found.constFirst());
}

std::optional<Application> ApplicationRepository::findByClientId(const QString &clientId) const
{
    const QList<Application> found = select(QStringLiteral("client_id"), clientId);
    return found.isEmpty() ? std::nullopt : std::optional<Application>(found.constFirst());
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
