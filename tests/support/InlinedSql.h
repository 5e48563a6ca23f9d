#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

/// A statement with positional placeholders made literal, quoted by the
/// database's own driver: for EXPLAIN (which PostgreSQL does not prepare)
/// and for running a repository's query in sqlite3 or psql.
class InlinedSql
{
public:
    /// @p sql with each `?` replaced by the next of @p values; @p sql must
    /// have no `?` of its own.
    static QString inlined(const QSqlDatabase &database, const QString &sql, const QVariantList &values);
};
