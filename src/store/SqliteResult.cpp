#include "SqliteResult.h"

#include "SqliteDriver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlField>
#include <sqlite3.h>

namespace {

/// As QSQLITE: a null string, byte array or date is stored as NULL.
bool isNullValue(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDate:
        return value.toDate().isNull();
    case QMetaType::QTime:
        return value.toTime().isNull();
    case QMetaType::QDateTime:
        return value.toDateTime().isNull();
    default:
        return false;
    }
}

QMetaType columnType(sqlite3_stmt *statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return QMetaType::fromType<qlonglong>();
    case SQLITE_FLOAT:
        return QMetaType::fromType<double>();
    case SQLITE_BLOB:
        return QMetaType::fromType<QByteArray>();
    default:
        return QMetaType::fromType<QString>();
    }
}

} // namespace

SqliteResult::SqliteResult(const SqliteDriver *driver)
    : QSqlResult(driver)
{ }

SqliteResult::~SqliteResult()
{
    finalize();
}

sqlite3 *SqliteResult::connection() const
{
    const auto *sqlite = static_cast<const SqliteDriver *>(driver());
    return sqlite ? sqlite->connection() : nullptr;
}

void SqliteResult::finalize()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_state = State::Done;
    m_record = QSqlRecord();
    m_recordRead = false;
}

void SqliteResult::fail(const QString &what, int type)
{
    setLastError(
        SqliteDriver::error(m_statement ? sqlite3_db_handle(m_statement) : connection(), what, type));
}

bool SqliteResult::compile(const QString &query)
{
    finalize();
    sqlite3 *db = connection();
    if (!db) {
        setLastError(QSqlError(QCoreApplication::translate("SqliteResult", "The database is not open"),
            QString(), QSqlError::ConnectionError));
        return false;
    }
    const QByteArray sql = query.toUtf8();
    const char *tail = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()) + 1, &m_statement, &tail) != SQLITE_OK) {
        fail(QCoreApplication::translate("SqliteResult", "Unable to prepare the statement"),
            QSqlError::StatementError);
        finalize();
        return false;
    }
    if (tail && QByteArray(tail).trimmed().size() > 0) {
        finalize();
        setLastError(
            QSqlError(QCoreApplication::translate("SqliteResult", "Unable to run several statements at once"),
                QString(), QSqlError::StatementError));
        return false;
    }
    return true;
}

bool SqliteResult::prepare(const QString &query)
{
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    return compile(query);
}

bool SqliteResult::reset(const QString &query)
{
    return compile(query) && run({});
}

bool SqliteResult::exec()
{
    return run(boundValues());
}

bool SqliteResult::bind(const QVariantList &values)
{
    m_bound.clear();
    const int count = sqlite3_bind_parameter_count(m_statement);
    if (count != values.size()) {
        setLastError(
            QSqlError(QCoreApplication::translate("SqliteResult", "%1 values bound for %2 placeholders")
                          .arg(values.size())
                          .arg(count),
                QString(), QSqlError::StatementError));
        return false;
    }
    for (int i = 0; i < count; ++i) {
        const QVariant &value = values.at(i);
        const int index = i + 1;
        int rc = SQLITE_OK;
        if (isNullValue(value)) {
            rc = sqlite3_bind_null(m_statement, index);
        } else {
            switch (value.typeId()) {
            case QMetaType::QByteArray:
                m_bound.push_back(value.toByteArray());
                rc = sqlite3_bind_blob(m_statement, index, m_bound.back().constData(),
                    int(m_bound.back().size()), SQLITE_STATIC);
                break;
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Long:
            case QMetaType::ULong:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Char:
            case QMetaType::SChar:
            case QMetaType::UChar:
                rc = sqlite3_bind_int64(m_statement, index, value.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_statement, index, value.toDouble());
                break;
            default:
                m_bound.push_back(value.toString().toUtf8());
                rc = sqlite3_bind_text(m_statement, index, m_bound.back().constData(),
                    int(m_bound.back().size()), SQLITE_STATIC);
                break;
            }
        }
        if (rc != SQLITE_OK) {
            fail(QCoreApplication::translate("SqliteResult", "Unable to bind a value"),
                QSqlError::StatementError);
            return false;
        }
    }
    return true;
}

bool SqliteResult::run(const QVariantList &values)
{
    if (!m_statement)
        return false;
    sqlite3_reset(m_statement);
    setAt(QSql::BeforeFirstRow);
    m_changes = -1;
    if (!bind(values))
        return false;
    const int rc = sqlite3_step(m_statement);
    setSelect(sqlite3_column_count(m_statement) > 0);
    if (rc == SQLITE_ROW) {
        m_state = State::FirstRowAhead;
    } else if (rc == SQLITE_DONE) {
        m_state = State::Done;
        m_changes = isSelect() ? -1 : sqlite3_changes(sqlite3_db_handle(m_statement));
        sqlite3_reset(m_statement); // ends the statement's read or write at once
    } else {
        fail(QCoreApplication::translate("SqliteResult", "Unable to run the statement"),
            QSqlError::StatementError);
        sqlite3_reset(m_statement);
        m_state = State::Done;
        return false;
    }
    setActive(true);
    return true;
}

bool SqliteResult::stepToRow()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail(QCoreApplication::translate("SqliteResult", "Unable to fetch a row"), QSqlError::StatementError);
    sqlite3_reset(m_statement);
    m_state = State::Done;
    return false;
}

bool SqliteResult::fetchNext()
{
    switch (m_state) {
    case State::FirstRowAhead:
        m_state = State::OnRow;
        setAt(0);
        return true;
    case State::OnRow:
        if (stepToRow()) {
            setAt(at() + 1);
            return true;
        }
        break;
    case State::Done:
        break;
    }
    setAt(QSql::AfterLastRow);
    return false;
}

bool SqliteResult::rewind()
{
    if (!m_statement || isForwardOnly())
        return false;
    // The bound values stay bound across a reset.
    sqlite3_reset(m_statement);
    setAt(QSql::BeforeFirstRow);
    if (!stepToRow())
        return false;
    m_state = State::FirstRowAhead;
    return true;
}

bool SqliteResult::fetch(int row)
{
    if (row < 0)
        return false;
    if ((row <= at() || at() == QSql::AfterLastRow) && !rewind())
        return false;
    while (at() < row) {
        if (!fetchNext())
            return false;
    }
    return true;
}

bool SqliteResult::fetchFirst()
{
    if (at() == QSql::BeforeFirstRow)
        return fetchNext();
    return fetch(0);
}

bool SqliteResult::fetchLast()
{
    if (at() == QSql::AfterLastRow && !rewind())
        return false;
    int last = at();
    while (fetchNext())
        last = at();
    return last >= 0 && fetch(last);
}

QVariant SqliteResult::data(int column)
{
    if (m_state != State::OnRow || column < 0 || column >= sqlite3_column_count(m_statement))
        return QVariant();
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return qlonglong(sqlite3_column_int64(m_statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
            sqlite3_column_bytes(m_statement, column));
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
    }
    }
}

bool SqliteResult::isNull(int column)
{
    return m_state != State::OnRow || sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

int SqliteResult::numRowsAffected()
{
    return m_changes;
}

QSqlRecord SqliteResult::record() const
{
    if (!m_statement || !isSelect())
        return QSqlRecord();
    if (!m_recordRead) {
        for (int i = 0, n = sqlite3_column_count(m_statement); i < n; ++i) {
            const char *table = sqlite3_column_table_name(m_statement, i);
            m_record.append(QSqlField(QString::fromUtf8(sqlite3_column_name(m_statement, i)),
                columnType(m_statement, i), table ? QString::fromUtf8(table) : QString()));
        }
        m_recordRead = true;
    }
    return m_record;
}

QVariant SqliteResult::lastInsertId() const
{
    sqlite3 *db = connection();
    if (!isActive() || !db)
        return QVariant();
    const qint64 id = sqlite3_last_insert_rowid(db);
    return id ? QVariant(id) : QVariant();
}

void SqliteResult::detachFromResultSet()
{
    if (m_statement)
        sqlite3_reset(m_statement);
    m_state = State::Done;
}
