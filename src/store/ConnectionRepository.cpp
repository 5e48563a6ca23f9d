#include "ConnectionRepository.h"

#include "ApplicationRepository.h"
#include "StoredTime.h"
#include "Workspace.h"

#include <QSqlQuery>
#include <QUuid>
#include <algorithm>

namespace {

// Rows per INSERT of insertMany(): 15 values each, well under the bound
// parameters either backend takes in one statement.
constexpr int kRowsPerInsert = 100;

const QString kColumns = QStringLiteral(
    "id, application_id, source_key, user_id, reference_id, status, requested_scopes, granted_scopes, "
    "sealed_tokens, token_expires_at, created_at, updated_at, last_refreshed_at, last_error, revision");

UserConnection fromQuery(const QSqlQuery &q)
{
    UserConnection c;
    c.id = q.value(0).toString();
    c.applicationId = q.value(1).toLongLong();
    c.sourceKey = q.value(2).toString();
    c.userId = q.value(3).toString();
    c.referenceId = q.value(4).toString();
    if (!UserConnection::fromString(q.value(5).toString(), &c.status))
        c.status = UserConnection::Status::Error;
    c.requestedScopes = q.value(6).toString();
    c.grantedScopes = q.value(7).toString();
    c.sealedTokens = q.value(8).toByteArray();
    c.tokenExpiresAt = StoredTime::parse(q.value(9).toString());
    c.createdAt = StoredTime::parse(q.value(10).toString());
    c.updatedAt = StoredTime::parse(q.value(11).toString());
    c.lastRefreshedAt = StoredTime::parse(q.value(12).toString());
    c.lastError = q.value(13).toString();
    c.revision = q.value(14).toInt();
    return c;
}

// A column as the inspector's queries compare it: PostgreSQL's database
// collation is not byte order (and may ignore punctuation), which would
// break prefix ranges; "C" matches SQLite's BINARY. The indexes of schema
// step 5 are built the same way.
QString bytewise(const char *column, bool postgres)
{
    const QString name = QString::fromLatin1(column);
    return postgres ? name + QStringLiteral(" COLLATE \"C\"") : name;
}

// The least text above every text that starts with @p prefix in code point
// (= UTF-8 byte) order; null where there is none.
QString prefixUpperBound(const QString &prefix)
{
    QList<uint> codePoints = prefix.toUcs4();
    while (!codePoints.isEmpty()) {
        uint &last = codePoints.last();
        if (last < 0x10FFFF) {
            last = last + 1 == 0xD800 ? 0xE000 : last + 1; // surrogates are no characters
            return QString::fromUcs4(
                reinterpret_cast<const char32_t *>(codePoints.constData()), codePoints.size());
        }
        codePoints.removeLast();
    }
    return {};
}

const char *sortColumnName(ConnectionQuery::Column column)
{
    switch (column) {
    case ConnectionQuery::Column::UserId:
        return "user_id";
    case ConnectionQuery::Column::ReferenceId:
        return "reference_id";
    case ConnectionQuery::Column::Source:
        return "source_key";
    case ConnectionQuery::Column::Status:
        return "status";
    case ConnectionQuery::Column::LastRefreshed:
        return "last_refreshed_at";
    case ConnectionQuery::Column::TokenExpiry:
        return "token_expires_at";
    case ConnectionQuery::Column::Created:
    case ConnectionQuery::Column::Application: // ordered by pageByApplication()
        break;
    }
    return "created_at";
}

// @p connection's value in @p column, as stored.
QString sortKey(ConnectionQuery::Column column, const UserConnection &connection)
{
    switch (column) {
    case ConnectionQuery::Column::UserId:
        return connection.userId;
    case ConnectionQuery::Column::ReferenceId:
        return connection.referenceId;
    case ConnectionQuery::Column::Source:
        return connection.sourceKey;
    case ConnectionQuery::Column::Status:
        return UserConnection::toString(connection.status);
    case ConnectionQuery::Column::LastRefreshed:
        return StoredTime::format(connection.lastRefreshedAt);
    case ConnectionQuery::Column::TokenExpiry:
        return StoredTime::format(connection.tokenExpiresAt);
    case ConnectionQuery::Column::Created:
    case ConnectionQuery::Column::Application:
        break;
    }
    return StoredTime::format(connection.createdAt);
}

// A WHERE clause with its positional values.
struct Condition
{
    QStringList terms;
    QVariantList values;

    QString sql() const
    {
        return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    }
};

// The filter of @p query. A prefix is a range on each column, which both
// backends answer from an index; unlike LIKE it needs no escaping.
Condition filterOf(const ConnectionQuery &query, bool postgres)
{
    Condition condition;
    if (!query.search.isEmpty()) {
        QStringList alternatives;
        const auto prefixOf = [&](const char *column, const QString &prefix) {
            const QString upper = prefixUpperBound(prefix);
            const QString name = bytewise(column, postgres);
            if (upper.isNull()) {
                alternatives << name + QStringLiteral(" >= ?");
                condition.values << prefix;
            } else {
                alternatives << QStringLiteral("(%1 >= ? AND %1 < ?)").arg(name);
                condition.values << prefix << upper;
            }
        };
        prefixOf("user_id", query.search);
        prefixOf("reference_id", query.search);
        prefixOf("source_key", query.search.toLower()); // keys are lower case
        condition.terms << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (query.status) {
        condition.terms << bytewise("status", postgres) + QStringLiteral(" = ?"); // as indexed
        condition.values << UserConnection::toString(*query.status);
    }
    if (query.applicationId != 0) {
        condition.terms << QStringLiteral("application_id = ?");
        condition.values << query.applicationId;
    }
    if (!query.sourceKey.isEmpty()) {
        condition.terms << bytewise("source_key", postgres) + QStringLiteral(" = ?");
        condition.values << query.sourceKey;
    }
    return condition;
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
}

QString rowPlaceholders(int rows)
{
    const QString row = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    QStringList all;
    all.reserve(rows);
    for (int i = 0; i < rows; ++i)
        all << row;
    return all.join(QStringLiteral(", "));
}

} // namespace

ConnectionRepository::ConnectionRepository(Workspace &workspace)
    : m_workspace(workspace)
{ }

StoreResult ConnectionRepository::save(UserConnection *connection)
{
    if (connection->applicationId == 0 || connection->sourceKey.isEmpty() || connection->userId.isEmpty())
        return StoreResult::failure(
            StoreResult::Status::Invalid, tr("A connection needs an application, a source and a user."));
    if (!connection->updatedAt.isValid())
        connection->updatedAt = QDateTime::currentDateTimeUtc();
    return m_workspace.transaction([&]() -> StoreResult {
        const auto existing = findFor(connection->applicationId, connection->sourceKey, connection->userId);
        QSqlQuery query(m_workspace.database());
        if (existing) {
            query.prepare(QStringLiteral(
                "UPDATE connections SET reference_id = :ref, status = :status, requested_scopes = "
                ":requested, "
                "granted_scopes = :granted, sealed_tokens = :tokens, token_expires_at = :token_expires, "
                "updated_at = :updated, last_refreshed_at = :refreshed, last_error = :error, "
                "revision = revision + 1 WHERE id = :id"));
            query.bindValue(QStringLiteral(":id"), existing->id);
        } else {
            if (connection->id.isEmpty())
                connection->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            if (!connection->createdAt.isValid())
                connection->createdAt = connection->updatedAt;
            query.prepare(QStringLiteral(
                "INSERT INTO connections (id, application_id, source_key, user_id, reference_id, status, "
                "requested_scopes, granted_scopes, sealed_tokens, token_expires_at, created_at, updated_at, "
                "last_refreshed_at, last_error, revision) VALUES (:id, :app, :source, :user, :ref, :status, "
                ":requested, :granted, :tokens, :token_expires, :created, :updated, :refreshed, :error, 1)"));
            query.bindValue(QStringLiteral(":id"), connection->id);
            query.bindValue(QStringLiteral(":app"), connection->applicationId);
            query.bindValue(QStringLiteral(":source"), connection->sourceKey);
            query.bindValue(QStringLiteral(":user"), connection->userId);
            query.bindValue(QStringLiteral(":created"), StoredTime::format(connection->createdAt));
        }
        query.bindValue(QStringLiteral(":ref"), Workspace::notNull(connection->referenceId));
        query.bindValue(QStringLiteral(":status"), UserConnection::toString(connection->status));
        query.bindValue(QStringLiteral(":requested"), Workspace::notNull(connection->requestedScopes));
        query.bindValue(QStringLiteral(":granted"), Workspace::notNull(connection->grantedScopes));
        query.bindValue(QStringLiteral(":tokens"), Workspace::notNull(connection->sealedTokens));
        query.bindValue(QStringLiteral(":token_expires"), StoredTime::format(connection->tokenExpiresAt));
        query.bindValue(QStringLiteral(":updated"), StoredTime::format(connection->updatedAt));
        query.bindValue(QStringLiteral(":refreshed"), StoredTime::format(connection->lastRefreshedAt));
        query.bindValue(QStringLiteral(":error"), Workspace::notNull(connection->lastError));
        if (!query.exec())
            return Workspace::queryFailure(query);
        if (existing) {
            connection->id = existing->id;
            connection->createdAt = existing->createdAt;
            connection->revision = existing->revision + 1;
        } else {
            connection->revision = 1;
        }
        return StoreResult::ok();
    });
}

QList<UserConnection> ConnectionRepository::select(const QString &where, const QVariantMap &values) const
{
    QList<UserConnection> connections;
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM connections WHERE ") + where);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (!query.exec())
        return connections;
    while (query.next())
        connections << fromQuery(query);
    return connections;
}

std::optional<UserConnection> ConnectionRepository::find(const QString &id, qint64 applicationId) const
{
    const QList<UserConnection> found = applicationId == 0
        ? select(QStringLiteral("id = :id"), { { QStringLiteral(":id"), id } })
        : select(QStringLiteral("id = :id AND application_id = :app"),
            { { QStringLiteral(":id"), id }, { QStringLiteral(":app"), applicationId } });
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

std::optional<UserConnection> ConnectionRepository::findFor(
    qint64 applicationId, const QString &sourceKey, const QString &userId) const
{
    const QList<UserConnection> found
        = select(QStringLiteral("application_id = :app AND source_key = :source AND user_id = :user"),
            { { QStringLiteral(":app"), applicationId }, { QStringLiteral(":source"), sourceKey },
                { QStringLiteral(":user"), userId } });
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<UserConnection> ConnectionRepository::forApplication(qint64 applicationId, const QString &userId) const
{
    if (userId.isEmpty())
        return select(QStringLiteral("application_id = :app ORDER BY created_at DESC, id"),
            { { QStringLiteral(":app"), applicationId } });
    return select(QStringLiteral("application_id = :app AND user_id = :user ORDER BY created_at DESC, id"),
        { { QStringLiteral(":app"), applicationId }, { QStringLiteral(":user"), userId } });
}

StoreResult ConnectionRepository::setStatus(
    const QString &id, UserConnection::Status status, const QString &lastError, const QDateTime &now)
{
    return m_workspace.transaction([&]() -> StoreResult {
        QSqlQuery query(m_workspace.database());
        query.prepare(QStringLiteral("UPDATE connections SET status = :status, last_error = :error, "
                                     "updated_at = :now, revision = revision + 1 WHERE id = :id"));
        query.bindValue(QStringLiteral(":status"), UserConnection::toString(status));
        query.bindValue(QStringLiteral(":error"), Workspace::notNull(lastError));
        query.bindValue(QStringLiteral(":now"), StoredTime::format(now));
        query.bindValue(QStringLiteral(":id"), id);
        if (!query.exec())
            return Workspace::queryFailure(query);
        if (query.numRowsAffected() == 0)
            return StoreResult::failure(
                StoreResult::Status::NotFound, tr("The connection no longer exists."));
        return StoreResult::ok();
    });
}

QString ConnectionRepository::countSql(const ConnectionQuery &query, QVariantList *values) const
{
    const Condition filter = filterOf(query, m_workspace.backend() == Workspace::Backend::PostgreSql);
    *values = filter.values;
    return QStringLiteral("SELECT count(*) FROM connections") + filter.sql();
}

qint64 ConnectionRepository::count(const ConnectionQuery &query, StoreResult *result) const
{
    QVariantList values;
    QSqlQuery sql(m_workspace.database());
    sql.prepare(countSql(query, &values));
    bindAll(sql, values);
    if (!sql.exec() || !sql.next()) {
        if (result)
            *result = Workspace::queryFailure(sql);
        return 0;
    }
    if (result)
        *result = StoreResult::ok();
    return sql.value(0).toLongLong();
}

QString ConnectionRepository::pageSql(
    const ConnectionQuery &query, int limit, const UserConnection *after, QVariantList *values) const
{
    const bool postgres = m_workspace.backend() == Workspace::Backend::PostgreSql;
    const bool ascending = query.sortOrder == Qt::AscendingOrder;
    const QString id = bytewise("id", postgres);
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString comparison = ascending ? QStringLiteral(" > ") : QStringLiteral(" < ");
    Condition condition = filterOf(query, postgres);
    QString order;
    if (query.sortColumn == ConnectionQuery::Column::Application) {
        // Within the one application of query.applicationId: by id.
        if (after) {
            condition.terms << id + comparison + QLatin1Char('?');
            condition.values << after->id;
        }
        order = id + direction;
    } else {
        const QString column = bytewise(sortColumnName(query.sortColumn), postgres);
        if (after) {
            // A row value comparison: both backends seek the (column, id) index to it.
            condition.terms << QStringLiteral("(%1, %2)").arg(column, id) + comparison
                    + QStringLiteral("(?, ?)");
            condition.values << sortKey(query.sortColumn, *after) << after->id;
        }
        order = column + direction + QStringLiteral(", ") + id + direction;
    }
    *values = condition.values;
    return QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM connections") + condition.sql()
        + QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ") + QString::number(qMax(0, limit));
}

QList<UserConnection> ConnectionRepository::page(
    const ConnectionQuery &query, int limit, const UserConnection *after, StoreResult *result) const
{
    QList<UserConnection> connections;
    const StoreResult status = query.sortColumn == ConnectionQuery::Column::Application
        ? pageByApplication(query, limit, after, &connections)
        : selectInto(query, limit, after, &connections);
    if (result)
        *result = status;
    if (!status)
        connections.clear();
    return connections;
}

StoreResult ConnectionRepository::selectInto(
    const ConnectionQuery &query, int limit, const UserConnection *after, QList<UserConnection> *into) const
{
    QVariantList values;
    QSqlQuery sql(m_workspace.database());
    sql.setForwardOnly(true);
    sql.prepare(pageSql(query, limit, after, &values));
    bindAll(sql, values);
    if (!sql.exec())
        return Workspace::queryFailure(sql);
    while (sql.next())
        *into << fromQuery(sql);
    return StoreResult::ok();
}

// Application names are not in the connections table, and a join would sort
// every row; there are few applications, so this reads them one after the
// other in name order, each through the (application_id, id) index.
StoreResult ConnectionRepository::pageByApplication(
    const ConnectionQuery &query, int limit, const UserConnection *after, QList<UserConnection> *into) const
{
    StoreResult status;
    QList<qint64> order;
    for (const Application &application : ApplicationRepository(m_workspace).all(&status)) {
        if (query.applicationId == 0 || query.applicationId == application.id)
            order << application.id;
    }
    if (!status)
        return status;
    if (query.sortOrder == Qt::DescendingOrder)
        std::reverse(order.begin(), order.end());
    qsizetype next = 0;
    if (after) {
        next = order.indexOf(after->applicationId);
        if (next < 0) // the application is gone, and its connections with it
            return StoreResult::ok();
    }
    for (; next < order.size() && into->size() < limit; ++next) {
        ConnectionQuery one = query;
        one.applicationId = order.at(next);
        const bool continues = after && after->applicationId == one.applicationId;
        status = selectInto(one, limit - int(into->size()), continues ? after : nullptr, into);
        if (!status)
            return status;
    }
    return StoreResult::ok();
}

StoreResult ConnectionRepository::insertMany(QList<UserConnection> *connections)
{
    for (const UserConnection &c : std::as_const(*connections)) {
        if (c.applicationId == 0 || c.sourceKey.isEmpty() || c.userId.isEmpty())
            return StoreResult::failure(
                StoreResult::Status::Invalid, tr("A connection needs an application, a source and a user."));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_workspace.transaction([&]() -> StoreResult {
        const QString insert
            = QStringLiteral("INSERT INTO connections (") + kColumns + QStringLiteral(") VALUES ");
        QSqlQuery full(m_workspace.database());
        QSqlQuery last(m_workspace.database());
        if (connections->size() >= kRowsPerInsert)
            full.prepare(insert + rowPlaceholders(kRowsPerInsert));
        for (qsizetype start = 0; start < connections->size(); start += kRowsPerInsert) {
            const int rows = int(qMin<qsizetype>(kRowsPerInsert, connections->size() - start));
            QSqlQuery &query = rows == kRowsPerInsert ? full : last;
            if (rows != kRowsPerInsert)
                query.prepare(insert + rowPlaceholders(rows));
            int position = 0;
            for (qsizetype i = start; i < start + rows; ++i) {
                UserConnection &c = (*connections)[i];
                if (c.id.isEmpty())
                    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                if (!c.updatedAt.isValid())
                    c.updatedAt = now;
                if (!c.createdAt.isValid())
                    c.createdAt = c.updatedAt;
                c.revision = 1;
                const QVariant values[] = { c.id, c.applicationId, c.sourceKey, c.userId,
                    Workspace::notNull(c.referenceId), UserConnection::toString(c.status),
                    Workspace::notNull(c.requestedScopes), Workspace::notNull(c.grantedScopes),
                    Workspace::notNull(c.sealedTokens), StoredTime::format(c.tokenExpiresAt),
                    StoredTime::format(c.createdAt), StoredTime::format(c.updatedAt),
                    StoredTime::format(c.lastRefreshedAt), Workspace::notNull(c.lastError), c.revision };
                for (const QVariant &value : values)
                    query.bindValue(position++, value);
            }
            if (!query.exec())
                return Workspace::queryFailure(query);
        }
        return StoreResult::ok();
    });
}
