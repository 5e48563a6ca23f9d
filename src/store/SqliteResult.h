#pragma once

#include <QSqlRecord>
#include <QSqlResult>
#include <vector>

class SqliteDriver;
struct sqlite3;
struct sqlite3_stmt;

/// One statement of SqliteDriver: values are read from SQLite's current
/// row when asked for, never cached. Going back (seek() or previous() on a
/// query that is not forward-only) runs the statement again from its start.
class SqliteResult : public QSqlResult
{
public:
    explicit SqliteResult(const SqliteDriver *driver);
    ~SqliteResult() override;

protected:
    bool prepare(const QString &query) override;
    bool exec() override;
    bool reset(const QString &query) override;
    QVariant data(int column) override;
    bool isNull(int column) override;
    bool fetch(int row) override;
    bool fetchNext() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override { return -1; }
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    void detachFromResultSet() override;

private:
    /// Where the statement stands: stepped onto its first row by run() but
    /// not yet handed out, on a row handed out, or done (and reset).
    enum class State { FirstRowAhead, OnRow, Done };

    bool compile(const QString &query);
    bool bind(const QVariantList &values);
    bool run(const QVariantList &values);
    bool rewind();
    /// Steps onto the next row; at the end, or on an error (then recorded), resets the statement.
    bool stepToRow();
    void finalize();
    void fail(const QString &what, int type);
    sqlite3 *connection() const;

    sqlite3_stmt *m_statement = nullptr;
    State m_state = State::Done;
    int m_changes = -1;
    std::vector<QByteArray> m_bound; ///< text and blobs SQLite reads in place until the next run
    mutable QSqlRecord m_record;
    mutable bool m_recordRead = false;
};
