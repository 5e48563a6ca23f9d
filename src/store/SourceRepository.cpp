#include "SourceRepository.h"

#include "AuditLog.h"
#include "ImportPlan.h"
#include "JsonColumn.h"
#include "Workspace.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace {

// The columns a source is written to, in one place for INSERT and UPDATE.
const QStringList &definitionColumns()
{
    static const QStringList columns {
        QStringLiteral("key"),
        QStringLiteral("display_name"),
        QStringLiteral("auth_type"),
        QStringLiteral("enabled"),
        QStringLiteral("auth_host_url"),
        QStringLiteral("api_host_url"),
        QStringLiteral("auth_url"),
        QStringLiteral("request_token_url"),
        QStringLiteral("access_token_url"),
        QStringLiteral("full_auth_url"),
        QStringLiteral("client_id"),
        QStringLiteral("has_client_secret"),
        QStringLiteral("scopes"),
        QStringLiteral("scope_separator"),
        QStringLiteral("pkce"),
        QStringLiteral("client_auth"),
        QStringLiteral("extra_auth_params"),
        QStringLiteral("extra_token_params"),
        QStringLiteral("refresh_url"),
        QStringLiteral("revoke_url"),
        QStringLiteral("test_api_path"),
        QStringLiteral("description"),
        QStringLiteral("docs_url"),
        QStringLiteral("logo"),
        QStringLiteral("logo_mime"),
    };
    return columns;
}

QVariantList values(const IntegrationSource &s)
{
    return {
        s.key,
        s.displayName,
        IntegrationSource::toString(s.authType),
        int(s.enabled),
        s.authHostUrl,
        s.apiHostUrl,
        s.authUrl,
        s.requestTokenUrl,
        s.accessTokenUrl,
        s.fullAuthUrlOverride,
        s.clientId,
        int(s.hasClientSecret),
        JsonColumn::fromList(s.scopes),
        s.scopeSeparator,
        IntegrationSource::toString(s.pkce),
        IntegrationSource::toString(s.clientAuth),
        JsonColumn::fromMap(s.extraAuthParams),
        JsonColumn::fromMap(s.extraTokenParams),
        s.refreshUrl,
        s.revokeUrl,
        s.testApiPath,
        s.description,
        s.docsUrl,
        s.logo,
        s.logoMimeType,
    };
}

// Reads the columns of selectColumns() by position: looking them up by
// name for every row costs more than the rest of the read.
IntegrationSource fromRecord(const QSqlQuery &q)
{
    int i = 0;
    auto next = [&]() { return q.value(i++); };
    IntegrationSource s;
    s.id = next().toLongLong();
    s.revision = next().toInt();
    s.key = next().toString();
    s.displayName = next().toString();
    IntegrationSource::fromString(next().toString(), &s.authType);
    s.enabled = next().toInt() != 0;
    s.authHostUrl = next().toString();
    s.apiHostUrl = next().toString();
    s.authUrl = next().toString();
    s.requestTokenUrl = next().toString();
    s.accessTokenUrl = next().toString();
    s.fullAuthUrlOverride = next().toString();
    s.clientId = next().toString();
    s.hasClientSecret = next().toInt() != 0;
    s.scopes = JsonColumn::toList(next().toString());
    s.scopeSeparator = next().toString();
    IntegrationSource::fromString(next().toString(), &s.pkce);
    IntegrationSource::fromString(next().toString(), &s.clientAuth);
    s.extraAuthParams = JsonColumn::toMap(next().toString());
    s.extraTokenParams = JsonColumn::toMap(next().toString());
    s.refreshUrl = next().toString();
    s.revokeUrl = next().toString();
    s.testApiPath = next().toString();
    s.description = next().toString();
    s.docsUrl = next().toString();
    s.logo = next().toByteArray();
    s.logoMimeType = next().toString();
    return s;
}

QString selectColumns()
{
    return QStringLiteral("SELECT id, revision, ") + definitionColumns().join(QStringLiteral(", "))
        + QStringLiteral(" FROM sources");
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
{ }

QList<IntegrationSource> SourceRepository::summaries(StoreResult *result) const
{
    return summaries(-1, nullptr, result);
}

QList<IntegrationSource> SourceRepository::summaries(
    int limit, const IntegrationSource *after, StoreResult *result) const
{
    QList<IntegrationSource> sources;
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    // A row value compares as ORDER BY sorts, in SQLite and PostgreSQL alike.
    QString sql = QStringLiteral("SELECT id, revision, key, display_name, auth_type, enabled, client_id, "
                                 "has_client_secret, description FROM sources ");
    if (after)
        sql += QStringLiteral(
            "WHERE (lower(display_name), key) > (lower(CAST(? AS TEXT)), CAST(? AS TEXT)) ");
    sql += QStringLiteral("ORDER BY lower(display_name), key");
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit); // PostgreSQL has no LIMIT -1
    query.prepare(sql);
    if (after) {
        query.addBindValue(after->displayName);
        query.addBindValue(after->key);
    }
    if (!query.exec()) {
        if (result)
            *result = Workspace::queryFailure(query);
        return sources;
    }
    while (query.next()) {
        IntegrationSource s;
        s.id = query.value(0).toLongLong();
        s.revision = query.value(1).toInt();
        s.key = query.value(2).toString();
        s.displayName = query.value(3).toString();
        IntegrationSource::fromString(query.value(4).toString(), &s.authType);
        s.enabled = query.value(5).toInt() != 0;
        s.clientId = query.value(6).toString();
        s.hasClientSecret = query.value(7).toInt() != 0;
        s.description = query.value(8).toString();
        sources << std::move(s);
    }
    if (result)
        *result = StoreResult::ok();
    return sources;
}

QHash<QString, QPair<QByteArray, QString>> SourceRepository::logos(const QStringList &keys) const
{
    QHash<QString, QPair<QByteArray, QString>> logos;
    if (keys.isEmpty())
        return logos;
    QStringList placeholders;
    for (int i = 0; i < keys.size(); ++i)
        placeholders << QStringLiteral("?");
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT key, logo, logo_mime FROM sources WHERE key IN (%1)")
                      .arg(placeholders.join(QLatin1Char(','))));
    for (const QString &key : keys)
        query.addBindValue(key);
    if (!query.exec())
        return logos;
    while (query.next()) {
        const QByteArray logo = query.value(1).toByteArray();
        if (!logo.isEmpty())
            logos.insert(query.value(0).toString(), { logo, query.value(2).toString() });
    }
    return logos;
}

QHash<QString, bool> SourceRepository::enabledStates(const QStringList &keys) const
{
    QHash<QString, bool> states;
    if (keys.isEmpty())
        return states;
    QStringList placeholders;
    for (int i = 0; i < keys.size(); ++i)
        placeholders << QStringLiteral("?");
    QSqlQuery &query
        = m_workspace.preparedQuery(QStringLiteral("SELECT key, enabled FROM sources WHERE key IN (%1)")
                                        .arg(placeholders.join(QLatin1Char(','))));
    for (int i = 0; i < keys.size(); ++i)
        query.bindValue(i, keys.at(i));
    if (!query.exec())
        return states;
    while (query.next())
        states.insert(query.value(0).toString(), query.value(1).toInt() != 0);
    query.finish();
    return states;
}

QList<IntegrationSource> SourceRepository::all(StoreResult *result) const
{
    QList<IntegrationSource> sources;
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    if (!query.exec(selectColumns() + QStringLiteral(" ORDER BY lower(display_name), key"))) {
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
    query.prepare(selectColumns() + QStringLiteral(" WHERE key = :key"));
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
        return audit(QStringLiteral("create"), source->key, source->displayName);
    });
}

StoreResult SourceRepository::update(IntegrationSource *source)
{
    return m_workspace.transaction([&]() -> StoreResult {
        // What changed is told by comparing with the stored row, read in
        // the same transaction.
        QStringList changed;
        if (const std::optional<IntegrationSource> before = find(source->key)) {
            const QVariantList old = values(*before);
            const QVariantList now = values(*source);
            for (int i = 0; i < old.size(); ++i) {
                if (Workspace::notNull(old.at(i)) != Workspace::notNull(now.at(i)))
                    changed << definitionColumns().at(i);
            }
        }
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
                    tr("Someone else changed \"%1\" since you opened it.").arg(source->displayName));
            return StoreResult::failure(StoreResult::Status::NotFound,
                tr("The source \"%1\" no longer exists.").arg(source->displayName));
        }
        ++source->revision;
        QString action = QStringLiteral("update");
        if (changed == QStringList { QStringLiteral("enabled") })
            action = source->enabled ? QStringLiteral("enable") : QStringLiteral("disable");
        else if (changed.isEmpty() && m_auditAction.isEmpty())
            return StoreResult::ok(); // nothing to tell
        return audit(action, source->key, source->displayName, changed);
    });
}

StoreResult SourceRepository::remove(const QString &key)
{
    const std::optional<IntegrationSource> before = find(key);
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
            return StoreResult::failure(
                StoreResult::Status::NotFound, tr("The source \"%1\" no longer exists.").arg(key));
        return audit(QStringLiteral("delete"), key, before ? before->displayName : key);
    });
}

StoreResult SourceRepository::setEnabled(const QString &key, bool enabled)
{
    auto source = find(key);
    if (!source)
        return StoreResult::failure(
            StoreResult::Status::NotFound, tr("The source \"%1\" no longer exists.").arg(key));
    source->enabled = enabled;
    return update(&*source);
}

StoreResult SourceRepository::setHasClientSecret(const QString &key, bool hasSecret)
{
    auto source = find(key);
    if (!source)
        return StoreResult::failure(
            StoreResult::Status::NotFound, tr("The source \"%1\" no longer exists.").arg(key));
    source->hasClientSecret = hasSecret;
    const QString previous = m_auditAction;
    m_auditAction = hasSecret ? QStringLiteral("set_secret") : QStringLiteral("clear_secret");
    const StoreResult result = update(&*source);
    m_auditAction = previous;
    return result;
}

StoreResult SourceRepository::apply(const ImportPlan &plan)
{
    const QString previous = m_auditAction;
    m_auditAction = QStringLiteral("import");
    const StoreResult result = m_workspace.transaction([&]() -> StoreResult {
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
    m_auditAction = previous;
    return result;
}

StoreResult SourceRepository::audit(
    const QString &action, const QString &key, const QString &name, const QStringList &changed)
{
    if (!m_audited)
        return StoreResult::ok();
    QJsonObject details;
    if (!changed.isEmpty())
        details.insert(QStringLiteral("changed"), QJsonArray::fromStringList(changed));
    return AuditLog(m_workspace)
        .record(m_auditAction.isEmpty() ? action : m_auditAction, AuditLog::sourceKind(), key, name, details);
}
