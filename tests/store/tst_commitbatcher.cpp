#include "CommitBatcher.h"
#include "TempWorkspace.h"
#include "Workspace.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {

/// A write that inserts @p value into the test table.
CommitBatcher::Write insert(Workspace &workspace, const QString &value)
{
    return [&workspace, value]() -> StoreResult {
        QSqlQuery query(workspace.database());
        query.prepare(QStringLiteral("INSERT INTO batched (value, parent) VALUES (:value, NULL)"));
        query.bindValue(QStringLiteral(":value"), value);
        return query.exec() ? StoreResult::ok() : Workspace::queryFailure(query);
    };
}

QStringList stored(Workspace &workspace)
{
    QStringList values;
    QSqlQuery query(workspace.database());
    query.exec(QStringLiteral("SELECT value FROM batched ORDER BY value"));
    while (query.next())
        values << query.value(0).toString();
    return values;
}

/// The rows of the test table another connection sees: only committed ones.
int committedRows(const QString &path)
{
    const QString name = QStringLiteral("observer");
    int rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QSqlQuery query(db);
        if (db.open() && query.exec(QStringLiteral("SELECT count(*) FROM batched")) && query.next())
            rows = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace

class TestCommitBatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<TempWorkspace>();
        QVERIFY2(m_temp->isOpen(), qPrintable(m_temp->errorMessage()));
        QSqlQuery query(m_temp->workspace().database());
        // A deferred key is checked at COMMIT: the way to make a commit fail.
        QVERIFY2(query.exec(QStringLiteral("CREATE TABLE batched (value TEXT UNIQUE NOT NULL, parent INTEGER "
                                           "REFERENCES applications(id) DEFERRABLE INITIALLY DEFERRED)")),
            qPrintable(query.lastError().text()));
    }

    void cleanup() { m_temp.reset(); }

    void writesSubmittedTogetherCommitOnceAndAnswerAfterIt()
    {
        Workspace &workspace = m_temp->workspace();
        CommitBatcher batcher(workspace);
        QSignalSpy batches(&batcher, &CommitBatcher::batchFinished);
        QStringList answered;
        for (const QString &value : { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }) {
            batcher.submit(insert(workspace, value), [&, value](const StoreResult &result) {
                QVERIFY2(result.isOk(), qPrintable(result.message));
                // Told only once the whole batch is committed, as others see it.
                QCOMPARE(committedRows(m_temp->path()), 3);
                answered << value;
            });
        }
        QVERIFY(answered.isEmpty()); // never answered from within submit()
        QVERIFY(batches.wait());
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches.at(0).at(0).toInt(), 3);
        QCOMPARE(batches.at(0).at(1).toBool(), true);
        QCOMPARE(answered, (QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
        QCOMPARE(batcher.flush(), 0); // nothing left pending
    }

    void aFailedWriteIsRolledBackAlone()
    {
        Workspace &workspace = m_temp->workspace();
        CommitBatcher batcher(workspace);
        QList<bool> results;
        const auto record = [&results](const StoreResult &result) { results << result.isOk(); };
        batcher.submit(insert(workspace, QStringLiteral("kept")), record);
        // Writes half of its rows, then fails: those rows must go too.
        batcher.submit(
            [&workspace]() -> StoreResult {
                if (const StoreResult first = insert(workspace, QStringLiteral("undone"))(); !first)
                    return first;
                return insert(workspace, QStringLiteral("kept"))(); // a duplicate
            },
            record);
        batcher.submit(insert(workspace, QStringLiteral("later")), record);
        QCOMPARE(batcher.flush(), 3);
        QCOMPARE(results, (QList<bool> { true, false, true }));
        QCOMPARE(stored(workspace), (QStringList { QStringLiteral("kept"), QStringLiteral("later") }));
    }

    void aFailedCommitFailsEveryWriteOfTheBatch()
    {
        Workspace &workspace = m_temp->workspace();
        CommitBatcher batcher(workspace);
        QSignalSpy batches(&batcher, &CommitBatcher::batchFinished);
        QStringList messages;
        const auto record = [&messages](const StoreResult &result) { messages << result.message; };
        batcher.submit(insert(workspace, QStringLiteral("fine")), record);
        batcher.submit(
            [&workspace]() -> StoreResult {
                QSqlQuery query(workspace.database());
                // Accepted now, refused by the commit: no application 999999.
                return query.exec(
                           QStringLiteral("INSERT INTO batched (value, parent) VALUES ('orphan', 999999)"))
                    ? StoreResult::ok()
                    : Workspace::queryFailure(query);
            },
            record);
        QVERIFY(batches.wait());
        QCOMPARE(batches.at(0).at(1).toBool(), false);
        QCOMPARE(messages.size(), 2);
        for (const QString &message : std::as_const(messages))
            QVERIFY2(
                message.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive), qPrintable(message));
        QVERIFY(stored(workspace).isEmpty());

        // The workspace takes the next batch as usual.
        bool ok = false;
        batcher.submit(insert(workspace, QStringLiteral("next")),
            [&ok](const StoreResult &result) { ok = result.isOk(); });
        QVERIFY(batches.wait());
        QVERIFY(ok);
        QCOMPARE(stored(workspace), QStringList { QStringLiteral("next") });
    }

private:
    std::unique_ptr<TempWorkspace> m_temp;
};

QTEST_GUILESS_MAIN(TestCommitBatcher)
#include "tst_commitbatcher.moc"
