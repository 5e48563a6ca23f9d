#include "SqliteDriver.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

/// SqliteDriver against a real SQLite file, with Qt's own QSQLITE driver as
/// the independent reader and writer where one is needed.
class TestSqliteDriver : public QObject
{
    Q_OBJECT

private:
    QSqlDatabase open(const QString &name, const QString &driver, const QString &options = QString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        db.setDatabaseName(m_dir->filePath(QStringLiteral("test.sqlite")));
        db.setConnectOptions(options);
        [&] { QVERIFY2(db.open(), qPrintable(db.lastError().text())); }();
        m_names << name;
        return db;
    }

    QSqlDatabase ours() { return QSqlDatabase::database(QStringLiteral("ours"), false); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QSqlDatabase db = open(QStringLiteral("ours"), SqliteDriver::name());
        QSqlQuery query(db);
        QVERIFY2(
            query.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT, number INTEGER, "
                                      "real REAL, blob BLOB)")),
            qPrintable(query.lastError().text()));
    }

    void cleanup()
    {
        for (const QString &name : std::as_const(m_names))
            QSqlDatabase::removeDatabase(name);
        m_names.clear();
        m_dir.reset();
    }

    void roundTripsEveryTypeAsQtsOwnDriverReadsIt()
    {
        QSqlQuery insert(ours());
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO t (text, number, real, blob) "
                                              "VALUES (:text, :number, :real, :blob)")));
        insert.bindValue(QStringLiteral(":text"), QStringLiteral("Grüße, 世界 😀"));
        insert.bindValue(QStringLiteral(":number"), Q_INT64_C(9007199254740993));
        insert.bindValue(QStringLiteral(":real"), 2.5);
        insert.bindValue(QStringLiteral(":blob"), QByteArray("\0\1\2\xff", 4));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        QCOMPARE(insert.numRowsAffected(), 1);
        QCOMPARE(insert.lastInsertId().toLongLong(), 1);

        // Qt's driver reads what ours wrote, and ours what Qt's wrote.
        QSqlDatabase qt = open(QStringLiteral("qt"), QStringLiteral("QSQLITE"));
        QSqlQuery copy(qt);
        QVERIFY(copy.exec(QStringLiteral("INSERT INTO t (text, number, real, blob) "
                                         "SELECT text, number, real, blob FROM t")));
        for (QSqlDatabase db : { ours(), qt }) {
            QSqlQuery read(db);
            QVERIFY(read.exec(
                QStringLiteral("SELECT text, number, real, blob, typeof(text) FROM t ORDER BY id")));
            for (int row = 0; row < 2; ++row) {
                QVERIFY(read.next());
                QCOMPARE(read.value(0).toString(), QStringLiteral("Grüße, 世界 😀"));
                QCOMPARE(read.value(1).toLongLong(), Q_INT64_C(9007199254740993));
                QCOMPARE(read.value(2).toDouble(), 2.5);
                QCOMPARE(read.value(3).toByteArray(), QByteArray("\0\1\2\xff", 4));
                QCOMPARE(read.value(4).toString(), QStringLiteral("text"));
            }
            QVERIFY(!read.next());
        }
    }

    void bindsNullStringsAsNullAndEmptyOnesAsText()
    {
        QSqlQuery insert(ours());
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO t (text, blob) VALUES (?, ?)")));
        insert.addBindValue(QString());
        insert.addBindValue(QByteArray());
        QVERIFY(insert.exec());
        insert.addBindValue(QStringLiteral(""));
        insert.addBindValue(QByteArray(""));
        QVERIFY(insert.exec());

        QSqlQuery read(ours());
        QVERIFY(read.exec(QStringLiteral("SELECT text, typeof(text), typeof(blob) FROM t ORDER BY id")));
        QVERIFY(read.next());
        QVERIFY(read.isNull(0));
        QVERIFY(read.value(0).isNull());
        QCOMPARE(read.value(1).toString(), QStringLiteral("null"));
        QCOMPARE(read.value(2).toString(), QStringLiteral("null"));
        QVERIFY(read.next());
        QVERIFY(!read.isNull(0));
        QCOMPARE(read.value(1).toString(), QStringLiteral("text"));
        QCOMPARE(read.value(2).toString(), QStringLiteral("blob"));
    }

    void bindsANameUsedTwiceInBothPlaces()
    {
        QSqlQuery query(ours());
        QVERIFY(query.prepare(QStringLiteral("SELECT :word || '-' || :word, ':not' || ' a placeholder'")));
        query.bindValue(QStringLiteral(":word"), QStringLiteral("echo"));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("echo-echo"));
        QCOMPARE(query.value(1).toString(), QStringLiteral(":not a placeholder"));
    }

    void reusesAPreparedStatementWithNewValues()
    {
        QSqlQuery insert(ours());
        insert.setForwardOnly(true);
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO t (number) VALUES (:n)")));
        for (int n = 1; n <= 3; ++n) {
            insert.bindValue(QStringLiteral(":n"), n);
            QVERIFY(insert.exec());
        }
        QSqlQuery sum(ours());
        QVERIFY(sum.exec(QStringLiteral("SELECT sum(number), count(*) FROM t")) && sum.next());
        QCOMPARE(sum.value(0).toInt(), 6);
        QCOMPARE(sum.value(1).toInt(), 3);
    }

    void movesBackOnlyWhenNotForwardOnly()
    {
        QSqlQuery insert(ours());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO t (number) VALUES (10), (20), (30)")));
        QCOMPARE(insert.numRowsAffected(), 3);

        QSqlQuery query(ours());
        QVERIFY(query.exec(QStringLiteral("SELECT number FROM t ORDER BY number")));
        QVERIFY(query.last());
        QCOMPARE(query.value(0).toInt(), 30);
        QVERIFY(query.previous());
        QCOMPARE(query.value(0).toInt(), 20);
        QVERIFY(query.first());
        QCOMPARE(query.value(0).toInt(), 10);
        QVERIFY(query.seek(2));
        QCOMPARE(query.value(0).toInt(), 30);
        QVERIFY(!query.next());
        QVERIFY(query.seek(1));
        QCOMPARE(query.value(0).toInt(), 20);

        QSqlQuery forward(ours());
        forward.setForwardOnly(true);
        QVERIFY(forward.exec(QStringLiteral("SELECT number FROM t ORDER BY number")));
        QVERIFY(forward.next());
        QVERIFY(forward.next());
        QCOMPARE(forward.value(0).toInt(), 20);
        QTest::ignoreMessage(QtWarningMsg, "QSqlQuery::seek: cannot seek backwards in a forward only query");
        QVERIFY(!forward.seek(0));
    }

    void describesItsColumns()
    {
        QSqlQuery query(ours());
        QVERIFY(query.exec(QStringLiteral("SELECT id, text AS label FROM t")));
        QVERIFY(query.isSelect());
        QVERIFY(!query.next());
        const QSqlRecord record = query.record();
        QCOMPARE(record.count(), 2);
        QCOMPARE(record.fieldName(0), QStringLiteral("id"));
        QCOMPARE(record.fieldName(1), QStringLiteral("label"));
        QCOMPARE(record.field(1).tableName(), QStringLiteral("t"));
        QCOMPARE(ours().tables(), QStringList { QStringLiteral("t") });
    }

    void reportsErrorsInSqliteWords()
    {
        QSqlQuery query(ours());
        QVERIFY(!query.exec(QStringLiteral("SELEC 1")));
        QVERIFY(query.lastError().databaseText().contains(QLatin1String("syntax error")));
        QCOMPARE(query.lastError().type(), QSqlError::StatementError);

        QVERIFY(!query.exec(QStringLiteral("SELECT 1; SELECT 2")));
        QVERIFY(query.lastError().text().contains(QLatin1String("several statements")));

        QVERIFY(query.exec(QStringLiteral("CREATE UNIQUE INDEX t_number ON t (number)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t (number) VALUES (1)")));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO t (number) VALUES (1)")));
        QVERIFY(query.lastError().databaseText().contains(QLatin1String("UNIQUE constraint failed")));
        QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("2067")); // SQLITE_CONSTRAINT_UNIQUE

        QVERIFY(query.prepare(QStringLiteral("SELECT ?, ?")));
        query.addBindValue(1);
        QVERIFY(!query.exec());
        QVERIFY(query.lastError().text().contains(QLatin1String("1 values bound for 2 placeholders")));
    }

    void commitsAndRollsBack()
    {
        QSqlDatabase db = ours();
        QVERIFY(db.transaction());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("INSERT INTO t (number) VALUES (1)")));
        QVERIFY(db.rollback());
        QVERIFY(db.transaction());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("INSERT INTO t (number) VALUES (2)")));
        QVERIFY(db.commit());
        QVERIFY(!db.commit());
        QVERIFY(db.lastError().databaseText().contains(QLatin1String("no transaction")));

        QSqlQuery read(open(QStringLiteral("qt"), QStringLiteral("QSQLITE")));
        QVERIFY(read.exec(QStringLiteral("SELECT group_concat(number) FROM t")) && read.next());
        QCOMPARE(read.value(0).toString(), QStringLiteral("2"));
    }

    void waitsForALockAsLongAsItsBusyTimeout()
    {
        QSqlDatabase writer = open(QStringLiteral("qt"), QStringLiteral("QSQLITE"));
        QVERIFY(QSqlQuery(writer).exec(QStringLiteral("BEGIN IMMEDIATE")));
        QSqlDatabase waiting
            = open(QStringLiteral("waiting"), SqliteDriver::name(), SqliteDriver::busyTimeoutOption(300));
        QSqlQuery query(waiting);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO t (number) VALUES (1)")));
        QVERIFY2(timer.elapsed() >= 250, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(query.lastError().databaseText().contains(QLatin1String("locked")));
        QVERIFY(QSqlQuery(writer).exec(QStringLiteral("COMMIT")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t (number) VALUES (1)")));
    }

    void refusesAnUnknownOption()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(SqliteDriver::name(), QStringLiteral("bad"));
        m_names << QStringLiteral("bad");
        db.setDatabaseName(m_dir->filePath(QStringLiteral("test.sqlite")));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(!db.open());
        QVERIFY(db.lastError().text().contains(QLatin1String("QSQLITE_OPEN_READONLY")));
    }

    void closesWhileAQueryStillHoldsItsStatement()
    {
        QSqlQuery query(ours());
        QVERIFY(query.exec(QStringLiteral("SELECT 1 UNION ALL SELECT 2")));
        QVERIFY(query.next());
        ours().close();
        QVERIFY(!ours().isOpen());
        QTest::ignoreMessage(QtWarningMsg, "QSqlQuery::exec: database not open");
        QVERIFY(!query.exec(QStringLiteral("SELECT 1")));
        // The query, destroyed after the close, finalizes its statement safely.
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_names;
};

QTEST_GUILESS_MAIN(TestSqliteDriver)
#include "tst_sqlitedriver.moc"
