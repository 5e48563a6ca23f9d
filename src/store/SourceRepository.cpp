#include "SourceRepository.h"

#include "ImportPlan.h"
#include "JsonColumn.h"
#include "Workspace.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace {

// The columns a source is written to, in one place for INSERT and UPDATE.
const QStringList &definitionColumns()
{
    static const QStringList columns {
        QStringLiteral("key"), QStringLiteral("display_name"), QStringLiteral("auth_type"),
        QStringLiteral("enabled"), QStringLiteral("auth_host_url"), QStringLiteral("api_host_url"),
        QStringLiteral("auth_url"), QStringLiteral("request_token_url"), QStringLiteral("access_token_url"),
        QStringLiteral("full_auth_url"), QStringLiteral("client_id"), QStringLiteral("has_client_secret"),
        QStringLiteral("scopes"), QStringLiteral("scope_separator"), QStringLiteral("pkce"),
        QStringLiteral("client_auth"), QStringLiteral("extra_auth_params"), QStringLiteral("extra_token_params"),
        QStringLiteral("refresh_url"), QStringLiteral("revoke_url"), QStringLiteral("test_api_path"),
        QStringLiteral("description"), QStringLiteral("docs_url"), QStringLiteral("logo"),
        QStringLiteral("logo_mime"),
    };
    return columns;
}





QVariantList values(const IntegrationSource &s)
{
    return {
        s.key, s.displayName, IntegrationSource::toString(s.authType), int(s.enabled), s.authHostUrl,
        s.apiHostUrl, s.authUrl, s.requestTokenUrl, s.accessTokenUrl, s.fullAuthUrlOverride, s.clientId,
        int(s.hasClientSecret), JsonColumn::fromList(s.scopes), s.scopeSeparator, IntegrationSource::toString(s.pkce),
        IntegrationSource::toString(s.clientAuth), JsonColumn::fromMap(s.extraAuthParams), JsonColumn::fromMap(s.extraTokenParams),
        s.refreshUrl, s.revokeUrl, s.testApiPath, s.description, s.docsUrl, s.logo, s.logoMimeType,
    };
}

IntegrationSource fromRecord(const QSqlQuery &q)
{
    const QSqlRecord r = q.record();
    auto text = [&](const char *name) { return q.value(r.indexOf(QLatin1String(name))).toString(); };
    IntegrationSource s;
    s.id = q.value(r.indexOf(QLatin1String("id"))).toLongLong();
    s.revision = q.value(r.indexOf(QLatin1String("revision"))).toInt();
    s.key = text("key");
    s.displayName = text("display_name");
    IntegrationSource::fromString(text("auth_type"), &s.authType);
    s.enabled = q.value(r.indexOf(QLatin1String("enabled"))).toInt() != 0;
    s.authHostUrl = text("auth_host_url");
    s.apiHostUrl = text("api_host_url");
    s.authUrl = text("auth_url");
    s.requestTokenUrl = text("request_token_url");
    s.accessTokenUrl = text("access_token_url");
    s.fullAuthUrlOverride = text("full_auth_url");
    s.clientId = text("client_id");
    s.hasClientSecret = q.value(r.indexOf(QLatin1String("has_client_secret"))).toInt() != 0;
    s.scopes = JsonColumn::toList(text("scopes"));
    s.scopeSeparator = text("scope_separator");
    IntegrationSource::fromString(text("pkce"), &s.pkce);
    IntegrationSource::fromString(text("client_auth"), &s.clientAuth);
    s.extraAuthParams = JsonColumn::toMap(text("extra_auth_params"));
    s.extraTokenParams = JsonColumn::toMap(text("extra_token_params"));
    s.refreshUrl = text("refresh_url");
    s.revokeUrl = text("revoke_url");
    s.testApiPath = text("test_api_path");
    s.description = text("description");
    s.docsUrl = text("docs_url");
    s.logo = q.value(r.indexOf(QLatin1String("logo"))).toByteArray();
    s.logoMimeType = text("logo_mime");
    return s;
}


void bindAll(QSqlQuery &query, const IntegrationSource &source)
{
    const QVariantList list = values(source);
    for (int i = 0; i < list.size(); ++i)
        query.bindValue(QLatin1Char(':') + definitionColumns().at(i), Workspace::notNull(list.at(i)));
}

} // namespace

SourceRepository::SourceRepository(Workspace &workspace)
    : m_workspace(workspace)
{
}

QList<IntegrationSource> SourceRepository::all(StoreResult *result) const
{
    QList<IntegrationSource> sources;
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT * FROM sources ORDER BY lower(display_name), key"))) {
        if (result)
            *result = Workspace::queryFailure(query);
        return sources;
    }
    while (query.next())
        sources << fromRecord(query);
    if (result)
        *result = StoreResult::ok();
    return sources;
}

std::optional<IntegrationSource> SourceRepository::find(const QString &key) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT * FROM sources WHERE key = :key"));
    query.bindValue(QStringLiteral(":key"), key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return fromRecord(query);
}

int SourceRepository::count() const
{
    QSqlQuery query(m_workspace.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sources")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

StoreResult SourceRepository::insert(IntegrationSource *source)
{
    if (find(source->key))
        return StoreResult::failure(StoreResult::Status::Invalid,
                                    tr("A source with the key \"%1\" already exists.").arg(source->key));
    return m_workspace.transaction([&]() -> StoreResult {
        QStringList placeholders;
        for (const QString &column : definitionColumns())
            placeholders << QLatin1Char(':') + column;
        QSqlQuery query(m_workspace.database());
        query.prepare(QStringLiteral("INSERT INTO sources (%1, revision, created_at, updated_at) "
                                     "VALUES (%2, 1, :now, :now)")
                          .arg(definitionColumns().join(QStringLiteral(", ")),
                               placeholders.join(QStringLiteral(", "))));
        bindAll(query, *source);
        query.bindValue(QStringLiteral(":now"), Workspace::timestamp());
        if (!query.exec())
            return Workspace::queryFailure(query);
        source->id = query.lastInsertId().toLongLong();
        if (source->id == 0) {
            if (const auto stored = find(source->key))
                source->id = stored->id;
        }
        source->revision = 1;
        return StoreResult::ok();
    });
}

StoreResult SourceRepository::update(IntegrationSource *source)
{
    return m_workspace.transaction([&]() -> StoreResult {
        QStringList assignments;
        for (const QString &column : definitionColumns())
            assignments << column + QStringLiteral(" = :") + column;
        QSqlQuery query(m_workspace.database());
        query.prepare(QStringLiteral("UPDATE sources SET %1, revision = revision + 1, updated_at = :now "
                                     "WHERE id = :id AND revision = :revision")
                          .arg(assignments.join(QStringLiteral(", "))));
        bindAll(query, *source);
        query.bindValue(QStringLiteral(":now"), Workspace::timestamp());
        query.bindValue(QStringLiteral(":id"), source->id);
        query.bindValue(QStringLiteral(":revision"), source->revision);
        if (!query.exec())
            return Workspace::queryFailure(query);
        if (query.numRowsAffected() == 0) {
            QSqlQuery exists(m_workspace.database());
            exists.prepare(QStringLiteral("SELECT revision FROM sources WHERE id = :id"));
            exists.bindValue(QStringLiteral(":id"), source->id);
            if (exists.exec() && exists.next())
                return StoreResult::failure(StoreResult::Status::Conflict,
                                            tr("Someone else changed \"%1\" since you opened it.")
                                                .arg(source->displayName));
            return StoreResult::failure(StoreResult::Status::NotFound,
                                        tr("The source \"%1\" no longer exists.").arg(source->displayName));
        }
        ++source->revision;
        return StoreResult::ok();
    });
}

StoreResult SourceRepository::remove(const QString &key)
{
    return m_workspace.transaction([&]() -> StoreResult {
        QSqlQuery query(m_workspace.database());
        query.prepare(QStringLiteral("DELETE FROM application_sources WHERE source_key = :key"));
        query.bindValue(QStringLiteral(":key"), key);
        if (!query.exec())
            return Workspace::queryFailure(query);
        query.prepare(QStringLiteral("DELETE FROM sources WHERE key = :key"));
        query.bindValue(QStringLiteral(":key"), key);
        if (!query.exec())
            return Workspace::queryFailure(query);
        if (query.numRowsAffected() == 0)
            return StoreResult::failure(StoreResult::Status::NotFound,
                                        tr("The source \"%1\" no longer exists.").arg(key));
        return StoreResult::ok();
    });
}

StoreResult SourceRepository::setEnabled(const QString &key, bool enabled)
{
    auto source = find(key);
    if (!source)
        return StoreResult::failure(StoreResult::Status::NotFound, tr("The source \"%1\" no longer exists.").arg(key));
    source->enabled = enabled;
    return update(&*source);
}

StoreResult SourceRepository::setHasClientSecret(const QString &key, bool hasSecret)
{
    auto source = find(key);
    if (!source)
        return StoreResult::failure(StoreResult::Status::NotFound, tr("The source \"%1\" no longer exists.").arg(key));
    source->hasClientSecret = hasSecret;
    return update(&*source);
}

StoreResult SourceRepository::apply(const ImportPlan &plan)
{
    return m_workspace.transaction([&]() -> StoreResult {
        for (IntegrationSource source : plan.added) {
            if (const StoreResult r = insert(&source); !r)
                return r;
        }
        for (const auto &change : plan.changed) {
            IntegrationSource source = change.second;
            if (const StoreResult r = update(&source); !r)
                return r;
        }
        return StoreResult::ok();
    });
}
