#include "Migrations.h"

#include "Workspace.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcMigrations, "linkdeck.store.migrations")

namespace {

// Written once for both backends; the few words they spell differently are
// filled in per backend.
const char *const kVersion1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE sources ("
    " id {pk},"
    " key TEXT NOT NULL UNIQUE,"
    " revision INTEGER NOT NULL DEFAULT 1,"
    " display_name TEXT NOT NULL,"
    " auth_type TEXT NOT NULL,"
    " enabled INTEGER NOT NULL DEFAULT 1,"
    " auth_host_url TEXT NOT NULL DEFAULT '',"
    " api_host_url TEXT NOT NULL DEFAULT '',"
    " auth_url TEXT NOT NULL DEFAULT '',"
    " request_token_url TEXT NOT NULL DEFAULT '',"
    " access_token_url TEXT NOT NULL DEFAULT '',"
    " full_auth_url TEXT NOT NULL DEFAULT '',"
    " client_id TEXT NOT NULL DEFAULT '',"
    " has_client_secret INTEGER NOT NULL DEFAULT 0,"
    " scopes TEXT NOT NULL DEFAULT '[]',"
    " scope_separator TEXT NOT NULL DEFAULT ' ',"
    " pkce TEXT NOT NULL DEFAULT 'S256',"
    " client_auth TEXT NOT NULL DEFAULT 'basic',"
    " extra_auth_params TEXT NOT NULL DEFAULT '{}',"
    " extra_token_params TEXT NOT NULL DEFAULT '{}',"
    " refresh_url TEXT NOT NULL DEFAULT '',"
    " revoke_url TEXT NOT NULL DEFAULT '',"
    " test_api_path TEXT NOT NULL DEFAULT '',"
    " description TEXT NOT NULL DEFAULT '',"
    " docs_url TEXT NOT NULL DEFAULT '',"
    " logo {blob},"
    " logo_mime TEXT NOT NULL DEFAULT '',"
    " created_at TEXT NOT NULL,"
    " updated_at TEXT NOT NULL)",
    "CREATE TABLE applications ("
    " id {pk},"
    " revision INTEGER NOT NULL DEFAULT 1,"
    " name TEXT NOT NULL,"
    " client_id TEXT NOT NULL UNIQUE,"
    " has_client_secret INTEGER NOT NULL DEFAULT 0,"
    " redirect_urls TEXT NOT NULL DEFAULT '[]',"
    " webhook_url TEXT NOT NULL DEFAULT '',"
    " has_webhook_secret INTEGER NOT NULL DEFAULT 0,"
    " created_at TEXT NOT NULL,"
    " updated_at TEXT NOT NULL)",
    "CREATE TABLE application_sources ("
    " application_id BIGINT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,"
    " source_key TEXT NOT NULL REFERENCES sources(key) ON DELETE CASCADE,"
    " client_id TEXT NOT NULL DEFAULT '',"
    " has_client_secret INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY (application_id, source_key))",
    "CREATE INDEX application_sources_source ON application_sources (source_key)",
    // Lists are read in name order; the index spares SQLite a sort.
    "CREATE INDEX sources_by_name ON sources (lower(display_name), key)",
};

// Step 2: what the connect service writes. Tokens are kept only as SHA-256
// hashes; a connection's provider tokens only sealed (TokenSealer).
const char *const kVersion2[] = {
    "CREATE TABLE widget_sessions ("
    " id TEXT PRIMARY KEY,"
    " application_id BIGINT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,"
    " reference_id TEXT NOT NULL DEFAULT '',"
    " providers TEXT NOT NULL DEFAULT '[]',"
    " language TEXT NOT NULL DEFAULT 'en',"
    " success_redirect_url TEXT NOT NULL DEFAULT '',"
    " failure_redirect_url TEXT NOT NULL DEFAULT '',"
    " created_at TEXT NOT NULL,"
    " expires_at TEXT NOT NULL,"
    " state TEXT NOT NULL DEFAULT 'open')",
    "CREATE INDEX widget_sessions_application ON widget_sessions (application_id, created_at)",
    "CREATE TABLE link_tokens ("
    " token_hash TEXT PRIMARY KEY,"
    " application_id BIGINT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,"
    " user_id TEXT NOT NULL,"
    " providers TEXT NOT NULL DEFAULT '[]',"
    " created_at TEXT NOT NULL,"
    " expires_at TEXT NOT NULL)",
    "CREATE INDEX link_tokens_expiry ON link_tokens (expires_at)",
    // An authorization under way: the state sent to the provider (hashed),
    // the PKCE verifier (sealed) and where the callback goes on.
    "CREATE TABLE oauth_states ("
    " state_hash TEXT PRIMARY KEY,"
    " application_id BIGINT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,"
    " source_key TEXT NOT NULL,"
    " session_id TEXT REFERENCES widget_sessions(id) ON DELETE CASCADE,"
    " link_token_hash TEXT NOT NULL DEFAULT '',"
    " user_id TEXT NOT NULL DEFAULT '',"
    " reference_id TEXT NOT NULL DEFAULT '',"
    " redirect_uri TEXT NOT NULL,"
    " sealed_verifier {blob},"
    " created_at TEXT NOT NULL,"
    " expires_at TEXT NOT NULL,"
    " used_at TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX oauth_states_expiry ON oauth_states (expires_at)",
    "CREATE TABLE connections ("
    " id TEXT PRIMARY KEY,"
    " application_id BIGINT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,"
    " source_key TEXT NOT NULL,"
    " user_id TEXT NOT NULL,"
    " reference_id TEXT NOT NULL DEFAULT '',"
    " status TEXT NOT NULL DEFAULT 'active'"
    "  CHECK (status IN ('active', 'expired', 'needs_reauth', 'revoked', 'error')),"
    " requested_scopes TEXT NOT NULL DEFAULT '',"
    " granted_scopes TEXT NOT NULL DEFAULT '',"
    " sealed_tokens {blob},"
    " token_expires_at TEXT NOT NULL DEFAULT '',"
    " created_at TEXT NOT NULL,"
    " updated_at TEXT NOT NULL,"
    " last_refreshed_at TEXT NOT NULL DEFAULT '',"
    " last_error TEXT NOT NULL DEFAULT '',"
    " revision INTEGER NOT NULL DEFAULT 1,"
    " UNIQUE (application_id, source_key, user_id))",
    "CREATE INDEX connections_user ON connections (application_id, user_id)",
    "CREATE INDEX connections_reference ON connections (application_id, reference_id)",
    "CREATE TABLE special_tokens ("
    " token_hash TEXT PRIMARY KEY,"
    " application_id BIGINT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,"
    " client_user_id TEXT NOT NULL,"
    " connection_id TEXT REFERENCES connections(id) ON DELETE CASCADE,"
    " detail TEXT NOT NULL DEFAULT '{}',"
    " created_at TEXT NOT NULL,"
    " used_at TEXT NOT NULL DEFAULT '',"
    " expires_at TEXT NOT NULL)",
    "CREATE INDEX special_tokens_expiry ON special_tokens (expires_at)",
    "CREATE TABLE events ("
    " id {pk},"
    " application_id BIGINT REFERENCES applications(id) ON DELETE CASCADE,"
    " connection_id TEXT REFERENCES connections(id) ON DELETE CASCADE,"
    " session_id TEXT REFERENCES widget_sessions(id) ON DELETE CASCADE,"
    " kind TEXT NOT NULL,"
    " detail TEXT NOT NULL DEFAULT '{}',"
    " at TEXT NOT NULL)",
    "CREATE INDEX events_connection ON events (connection_id, id)",
    "CREATE INDEX events_session ON events (session_id, id)",
    "CREATE TABLE webhook_deliveries ("
    " id {pk},"
    " application_id BIGINT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,"
    " connection_id TEXT REFERENCES connections(id) ON DELETE SET NULL,"
    " event_kind TEXT NOT NULL,"
    " url TEXT NOT NULL,"
    " payload TEXT NOT NULL,"
    " signature_header TEXT NOT NULL DEFAULT '',"
    " attempts INTEGER NOT NULL DEFAULT 0,"
    " last_status TEXT NOT NULL DEFAULT 'pending',"
    " last_response_code INTEGER NOT NULL DEFAULT 0,"
    " last_error TEXT NOT NULL DEFAULT '',"
    " next_attempt_at TEXT NOT NULL DEFAULT '',"
    " delivered_at TEXT NOT NULL DEFAULT '',"
    " duration_ms INTEGER NOT NULL DEFAULT 0,"
    " created_at TEXT NOT NULL)",
    "CREATE INDEX webhook_deliveries_application ON webhook_deliveries (application_id, id)",
    "CREATE INDEX webhook_deliveries_pending ON webhook_deliveries (last_status, next_attempt_at)",
};

// Step 3: the rest of the connect flows. Link tokens may carry where the
// user goes afterwards; an authorization keeps that (copied, so it
// survives its link token) and how the flow ends ("widget", "link",
// "direct"). Applications' user access tokens (from the popup's special
// token exchange) are kept only as SHA-256 hashes.
const char *const kVersion3[] = {
    "ALTER TABLE link_tokens ADD COLUMN reference_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE link_tokens ADD COLUMN success_redirect_url TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE link_tokens ADD COLUMN failure_redirect_url TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE oauth_states ADD COLUMN flow TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE oauth_states ADD COLUMN success_redirect_url TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE oauth_states ADD COLUMN failure_redirect_url TEXT NOT NULL DEFAULT ''",
    "CREATE TABLE user_access_tokens ("
    " token_hash TEXT PRIMARY KEY,"
    " application_id BIGINT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,"
    " user_id TEXT NOT NULL,"
    " client_user_id TEXT NOT NULL DEFAULT '',"
    " created_at TEXT NOT NULL,"
    " expires_at TEXT NOT NULL)",
    "CREATE INDEX user_access_tokens_expiry ON user_access_tokens (expires_at)",
};

// Step 4: QA's test runs. The steps and the HTTP exchanges (a HAR log) are
// kept as JSON, redacted before they are written: no secret, code or token.
// source_key is no foreign key: a run outlives an undone delete of its source.
const char *const kVersion4[] = {
    "CREATE TABLE test_runs ("
    " id {pk},"
    " source_key TEXT NOT NULL,"
    " application_id BIGINT REFERENCES applications(id) ON DELETE SET NULL,"
    " started_at TEXT NOT NULL,"
    " duration_ms BIGINT NOT NULL DEFAULT 0,"
    " result TEXT NOT NULL CHECK (result IN ('passed', 'failed', 'cancelled')),"
    " steps TEXT NOT NULL DEFAULT '[]',"
    " navigations TEXT NOT NULL DEFAULT '[]',"
    " har TEXT NOT NULL DEFAULT '{}')",
    "CREATE INDEX test_runs_source ON test_runs (source_key, started_at)",
};

// Step 5: the audit log of changes to sources, applications and connections.
const char *const kVersion5[] = {
    "CREATE TABLE audit_log ("
    " id {pk},"
    " at TEXT NOT NULL,"
    " operator_name TEXT NOT NULL,"
    " action TEXT NOT NULL,"
    " object_kind TEXT NOT NULL,"
    " object_id TEXT NOT NULL DEFAULT '',"
    " summary TEXT NOT NULL DEFAULT '',"
    " details TEXT NOT NULL DEFAULT '{}')",
    "CREATE INDEX audit_log_kind ON audit_log (object_kind, id)",
};

// Step 6: the connections inspector pages through millions of rows in any
// column's order and searches by prefix; each order has its index, ending
// with the id as the queries do. Text is indexed bytewise (see
// ConnectionRepository) so that prefix ranges use them on PostgreSQL too.
const char *const kVersion6[] = {
    "CREATE INDEX connections_by_created ON connections (created_at{bytewise}, id{bytewise})",
    "CREATE INDEX connections_by_user_id ON connections (user_id{bytewise}, id{bytewise})",
    "CREATE INDEX connections_by_reference_id ON connections (reference_id{bytewise}, id{bytewise})",
    "CREATE INDEX connections_by_source ON connections (source_key{bytewise}, id{bytewise})",
    "CREATE INDEX connections_by_status ON connections (status{bytewise}, id{bytewise})",
    "CREATE INDEX connections_by_refreshed ON connections (last_refreshed_at{bytewise}, id{bytewise})",
    "CREATE INDEX connections_by_expiry ON connections (token_expires_at{bytewise}, id{bytewise})",
    "CREATE INDEX connections_by_application ON connections (application_id, id{bytewise})",
};

// Step 7: a count of changes to the catalogue (sources, applications and
// the sources each may use), kept by triggers whichever connection or
// process makes the change, so that what the connect service keeps of the
// catalogue between requests is checked with one small read.
const char *const kVersion7[] = {
    "CREATE TABLE catalog_version (id INTEGER PRIMARY KEY CHECK (id = 1), version BIGINT NOT NULL)",
    "INSERT INTO catalog_version (id, version) VALUES (1, 0)",
};
const char *const kCatalogTables[] = { "sources", "applications", "application_sources" };

QStringList catalogTriggers(bool postgres)
{
    QStringList list;
    if (postgres)
        list << QStringLiteral(
            "CREATE FUNCTION catalog_version_bump() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN UPDATE catalog_version SET version = version + 1; RETURN NULL; END $$");
    for (const char *table : kCatalogTables) {
        const QString name = QString::fromLatin1(table);
        if (postgres) {
            list << QStringLiteral("CREATE TRIGGER %1_catalog_version AFTER INSERT OR UPDATE OR DELETE ON %1 "
                                   "FOR EACH STATEMENT EXECUTE FUNCTION catalog_version_bump()")
                        .arg(name);
            continue;
        }
        for (const char *change : { "INSERT", "UPDATE", "DELETE" })
            list << QStringLiteral("CREATE TRIGGER %1_catalog_version_%2 AFTER %3 ON %1 "
                                   "BEGIN UPDATE catalog_version SET version = version + 1; END")
                        .arg(name, QString::fromLatin1(change).toLower(), QString::fromLatin1(change));
    }
    return list;
}

template<std::size_t N> QStringList toList(const char *const (&statements)[N], bool postgres)
{
    QStringList list;
    for (const char *statement : statements) {
        QString sql = QString::fromLatin1(statement);
        sql.replace(QLatin1String("{pk}"),
            postgres ? QLatin1String("BIGSERIAL PRIMARY KEY")
                     : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
        sql.replace(QLatin1String("{blob}"), postgres ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
        sql.replace(
            QLatin1String("{bytewise}"), postgres ? QLatin1String(" COLLATE \"C\"") : QLatin1String(""));
        list << sql;
    }
    return list;
}

} // namespace

int Migrations::latestVersion()
{
    return 7;
}

QStringList Migrations::statements(int version, bool postgres)
{
    switch (version) {
    case 1:
        return toList(kVersion1, postgres);
    case 2:
        return toList(kVersion2, postgres);
    case 3:
        return toList(kVersion3, postgres);
    case 4:
        return toList(kVersion4, postgres);
    case 5:
        return toList(kVersion5, postgres);
    case 6:
        return toList(kVersion6, postgres);
    case 7:
        return toList(kVersion7, postgres) + catalogTriggers(postgres);
    default:
        return {};
    }
}

StoreResult Migrations::migrate(Workspace &workspace, int fromVersion)
{
    const bool postgres = workspace.backend() == Workspace::Backend::PostgreSql;
    for (int version = fromVersion + 1; version <= latestVersion(); ++version) {
        qCInfo(lcMigrations) << "migrating workspace to schema" << version;
        const StoreResult result = workspace.transaction([&]() -> StoreResult {
            QSqlQuery query(workspace.database());
            for (const QString &sql : statements(version, postgres)) {
                if (!query.exec(sql))
                    return Workspace::queryFailure(query);
            }
            query.prepare(version == 1
                    ? QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', :v)")
                    : QStringLiteral("UPDATE meta SET value = :v WHERE key = 'schema_version'"));
            query.bindValue(QStringLiteral(":v"), QString::number(version));
            if (!query.exec())
                return Workspace::queryFailure(query);
            return StoreResult::ok();
        });
        if (!result)
            return StoreResult::failure(result.status,
                tr("Could not upgrade the workspace to schema %1: %2").arg(version).arg(result.message));
    }
    return StoreResult::ok();
}
