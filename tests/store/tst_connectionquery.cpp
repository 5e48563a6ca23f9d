#include "ApplicationRepository.h"
#include "ConnectionRepository.h"
#include "InlinedSql.h"
#include "Migrations.h"
#include "StoredTime.h"
#include "TempWorkspace.h"
#include "TestBackends.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <algorithm>
#include <memory>

Q_DECLARE_METATYPE(ConnectionQuery)

namespace {

using Column = ConnectionQuery::Column;
using Status = UserConnection::Status;

const QDateTime kT0(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);

// The workspace every test reads: two applications whose name order is not
// their id order, and connections with awkward ids and many equal keys.
struct Fixture
{
    std::unique_ptr<TempWorkspace> temp;
    QList<UserConnection> connections;
    QMap<qint64, int> applicationRank; ///< by name, as the inspector sorts
    qint64 zeta = 0;
    qint64 alpha = 0;
};

QString fixtureError;

bool makeFixture(Fixture *fixture)
{
    fixture->temp = std::make_unique<TempWorkspace>(TestBackends::current());
    if (!fixture->temp->isOpen()) {
        fixtureError = fixture->temp->errorMessage();
        return false;
    }
    Workspace &workspace = fixture->temp->workspace();
    ApplicationRepository applications(workspace);
    Application zeta;
    zeta.name = QStringLiteral("Zeta Health");
    Application alpha;
    alpha.name = QStringLiteral("alpha fit");
    if (!applications.insert(&zeta) || !applications.insert(&alpha))
        return false;
    fixture->zeta = zeta.id;
    fixture->alpha = alpha.id;
    fixture->applicationRank = { { alpha.id, 0 }, { zeta.id, 1 } };

    const QString users[] = { QStringLiteral("u_100"), QStringLiteral("u-100"), QStringLiteral("u%20"),
        QStringLiteral("uX100"), QStringLiteral("a_b"), QStringLiteral("axb"), QStringLiteral("a%b"),
        QStringLiteral("aXb"), QStringLiteral("ab"), QStringLiteral("Ünïcode"), QStringLiteral("user-7"),
        QStringLiteral("user-70"), QStringLiteral("USER-8"), QStringLiteral("z\U0010FFFF") };
    const QString sources[] = { QStringLiteral("fitbit"), QStringLiteral("garmin"), QStringLiteral("oura"),
        QStringLiteral("withings") };
    const Status statuses[]
        = { Status::Active, Status::Expired, Status::NeedsReauth, Status::Revoked, Status::Error };
    int n = 0;
    for (const QString &user : users) {
        for (int k = 0; k < 2; ++k, ++n) {
            UserConnection c;
            c.id = QStringLiteral("c-%1").arg((n * 7) % 29, 2, 10, QLatin1Char('0'));
            c.applicationId = n % 3 == 0 ? zeta.id : alpha.id;
            c.sourceKey = sources[n % 4];
            c.userId = user;
            c.referenceId = n % 5 == 0 ? QString() : QStringLiteral("ref-%1%2").arg(n % 4).arg(user);
            c.status = statuses[n % 5];
            c.requestedScopes = QStringLiteral("activity sleep");
            c.grantedScopes = QStringLiteral("activity");
            c.createdAt = kT0.addDays(n % 6); // equal keys, ordered by id
            c.updatedAt = c.createdAt;
            if (n % 4 != 0)
                c.lastRefreshedAt = kT0.addDays(10 + n % 3);
            if (n % 3 != 0)
                c.tokenExpiresAt = kT0.addDays(40).addSecs(3600 * (n % 2));
            fixture->connections << c;
        }
    }
    QList<UserConnection> inserted = fixture->connections;
    const StoreResult stored = ConnectionRepository(workspace).insertMany(&inserted);
    fixtureError = stored.message;
    return stored.isOk();
}

bool matches(const ConnectionQuery &query, const UserConnection &c)
{
    if (!query.search.isEmpty() && !c.userId.startsWith(query.search)
        && !c.referenceId.startsWith(query.search) && !c.sourceKey.startsWith(query.search.toLower()))
        return false;
    return (!query.status || c.status == *query.status)
        && (query.applicationId == 0 || c.applicationId == query.applicationId)
        && (query.sourceKey.isEmpty() || c.sourceKey == query.sourceKey);
}

// The order the repository promises, worked out here in C++: UTF-8 bytes,
// then the id.
QByteArray key(const Fixture &fixture, Column column, const UserConnection &c)
{
    switch (column) {
    case Column::UserId:
        return c.userId.toUtf8();
    case Column::ReferenceId:
        return c.referenceId.toUtf8();
    case Column::Application:
        return QByteArray::number(fixture.applicationRank.value(c.applicationId));
    case Column::Source:
        return c.sourceKey.toUtf8();
    case Column::Status:
        return UserConnection::toString(c.status).toUtf8();
    case Column::Created:
        return StoredTime::format(c.createdAt).toUtf8();
    case Column::LastRefreshed:
        return StoredTime::format(c.lastRefreshedAt).toUtf8();
    case Column::TokenExpiry:
        return StoredTime::format(c.tokenExpiresAt).toUtf8();
    }
    return {};
}

QStringList expectedIds(const Fixture &fixture, const ConnectionQuery &query)
{
    QList<UserConnection> rows;
    for (const UserConnection &c : fixture.connections) {
        if (matches(query, c))
            rows << c;
    }
    std::sort(rows.begin(), rows.end(), [&](const UserConnection &a, const UserConnection &b) {
        const auto left = std::make_pair(key(fixture, query.sortColumn, a), a.id.toUtf8());
        const auto right = std::make_pair(key(fixture, query.sortColumn, b), b.id.toUtf8());
        return query.sortOrder == Qt::AscendingOrder ? left < right : right < left;
    });
    QStringList ids;
    for (const UserConnection &c : rows)
        ids << c.id;
    return ids;
}

// Every page of @p pageSize, one after the other, as the inspector's model reads them.
QStringList pagedIds(const ConnectionRepository &repository, const ConnectionQuery &query, int pageSize)
{
    QStringList ids;
    std::optional<UserConnection> last;
    for (int pages = 0; pages < 100; ++pages) {
        StoreResult result;
        const QList<UserConnection> page = repository.page(query, pageSize, last ? &*last : nullptr, &result);
        if (!result)
            return { QStringLiteral("failed: ") + result.message };
        for (const UserConnection &c : page)
            ids << c.id;
        if (page.size() < pageSize)
            break;
        last = page.constLast();
    }
    return ids;
}

ConnectionQuery searchFor(const QString &prefix)
{
    ConnectionQuery query;
    query.search = prefix;
    return query;
}

} // namespace

class TestConnectionQuery : public QObject
{
    Q_OBJECT

private:
    Fixture m_sqlite;
    Fixture m_postgres;
    Fixture *m_current = nullptr; ///< that of the backend being run

private Q_SLOTS:
    void initTestCase_data() { TestBackends::addRows(); }
    void init()
    {
        LINKDECK_SKIP_UNAVAILABLE_BACKEND();
        // One fixture per backend, made on its first test.
        Fixture &fixture = TestBackends::current() == TempWorkspace::Backend::Sqlite ? m_sqlite : m_postgres;
        if (!fixture.temp)
            QVERIFY2(makeFixture(&fixture), qPrintable(fixtureError));
        QVERIFY(fixture.temp->isOpen());
        m_current = &fixture;
    }

    void cleanupTestCase()
    {
        m_current = nullptr;
        m_sqlite = Fixture();
        m_postgres = Fixture();
    }

    void insertManyKeepsEveryField()
    {
        const ConnectionRepository repository(m_current->temp->workspace());
        for (const UserConnection &expected : std::as_const(m_current->connections)) {
            const auto stored = repository.find(expected.id);
            QVERIFY(stored);
            QCOMPARE(stored->applicationId, expected.applicationId);
            QCOMPARE(stored->sourceKey, expected.sourceKey);
            QCOMPARE(stored->userId, expected.userId);
            QCOMPARE(stored->referenceId, expected.referenceId);
            QCOMPARE(stored->status, expected.status);
            QCOMPARE(stored->requestedScopes, expected.requestedScopes);
            QCOMPARE(stored->grantedScopes, expected.grantedScopes);
            QCOMPARE(stored->createdAt, expected.createdAt);
            QCOMPARE(stored->lastRefreshedAt, expected.lastRefreshedAt);
            QCOMPARE(stored->tokenExpiresAt, expected.tokenExpiresAt);
            QCOMPARE(stored->revision, 1);
        }
        QCOMPARE(repository.count({}), qint64(m_current->connections.size()));
    }

    void insertManyIsAllOrNothing()
    {
        Workspace &workspace = m_current->temp->workspace();
        ConnectionRepository repository(workspace);
        QList<UserConnection> batch(kBatch);
        for (int i = 0; i < kBatch; ++i) {
            batch[i].applicationId = m_current->alpha;
            batch[i].sourceKey = QStringLiteral("oura");
            batch[i].userId = QStringLiteral("batch-%1").arg(i);
        }
        batch.last().userId = m_current->connections.first().userId; // breaks UNIQUE in the last statement
        batch.last().sourceKey = m_current->connections.first().sourceKey;
        batch.last().applicationId = m_current->connections.first().applicationId;
        QVERIFY(!repository.insertMany(&batch));
        QCOMPARE(repository.count(searchFor(QStringLiteral("batch-"))), qint64(0));
        QList<UserConnection> invalid(1);
        QCOMPARE(repository.insertMany(&invalid).status, StoreResult::Status::Invalid);
    }

    void search_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<bool>("found");
        QTest::newRow("user id") << QStringLiteral("user-7") << true;
        QTest::newRow("user id, case-sensitive") << QStringLiteral("USER") << true;
        QTest::newRow("reference id") << QStringLiteral("ref-2") << true;
        QTest::newRow("source key") << QStringLiteral("garm") << true;
        QTest::newRow("source key in capitals") << QStringLiteral("Withi") << true;
        QTest::newRow("underscore is no wildcard") << QStringLiteral("a_") << true;
        QTest::newRow("percent is no wildcard") << QStringLiteral("a%") << true;
        QTest::newRow("percent alone") << QStringLiteral("%") << false;
        QTest::newRow("underscore in the middle") << QStringLiteral("u_1") << true;
        QTest::newRow("non-ASCII") << QStringLiteral("Ün") << true;
        QTest::newRow("last code point") << QStringLiteral("z\U0010FFFF") << true;
        QTest::newRow("whole id") << QStringLiteral("axb") << true;
        QTest::newRow("nothing") << QStringLiteral("nobody") << false;
    }

    void search()
    {
        QFETCH(QString, prefix);
        QFETCH(bool, found);
        const ConnectionRepository repository(m_current->temp->workspace());
        const ConnectionQuery query = searchFor(prefix);
        const QStringList expected = expectedIds(*m_current, query);
        QCOMPARE(!expected.isEmpty(), found);
        QCOMPARE(pagedIds(repository, query, 1000), expected);
        QCOMPARE(repository.count(query), qint64(expected.size()));
    }

    void filters_data()
    {
        QTest::addColumn<ConnectionQuery>("query");
        QTest::addColumn<bool>("ofZeta"); // the application is only known in init()
        for (const Status status :
            { Status::Active, Status::Expired, Status::NeedsReauth, Status::Revoked, Status::Error }) {
            ConnectionQuery query;
            query.status = status;
            QTest::newRow(qPrintable(QStringLiteral("status ") + UserConnection::toString(status)))
                << query << false;
        }
        ConnectionQuery query;
        QTest::newRow("application") << query << true;
        query.sourceKey = QStringLiteral("oura");
        QTest::newRow("source") << query << false;
        query.sourceKey = QStringLiteral("dexcom");
        QTest::newRow("source without connections") << query << false;
        query = searchFor(QStringLiteral("u"));
        query.status = Status::Expired;
        query.sourceKey = QStringLiteral("garmin");
        QTest::newRow("all at once") << query << true;
    }

    void filters()
    {
        QFETCH(ConnectionQuery, query);
        QFETCH(bool, ofZeta);
        if (ofZeta)
            query.applicationId = m_current->zeta;
        const ConnectionRepository repository(m_current->temp->workspace());
        const QStringList expected = expectedIds(*m_current, query);
        QCOMPARE(pagedIds(repository, query, 1000), expected);
        QCOMPARE(repository.count(query), qint64(expected.size()));
        if (QByteArray(QTest::currentDataTag()) != "source without connections")
            QVERIFY(!expected.isEmpty());
    }

    void sorting_data()
    {
        QTest::addColumn<ConnectionQuery>("query");
        const std::pair<Column, const char *> columns[] = { { Column::UserId, "user id" },
            { Column::ReferenceId, "reference id" }, { Column::Application, "application" },
            { Column::Source, "source" }, { Column::Status, "status" }, { Column::Created, "created" },
            { Column::LastRefreshed, "last refreshed" }, { Column::TokenExpiry, "token expiry" } };
        for (const auto &[column, name] : columns) {
            for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                ConnectionQuery query;
                query.sortColumn = column;
                query.sortOrder = order;
                const QString tag = QString::fromLatin1(name)
                    + (order == Qt::AscendingOrder ? QStringLiteral(" asc") : QStringLiteral(" desc"));
                QTest::newRow(qPrintable(tag)) << query;
                query.search = QStringLiteral("a");
                QTest::newRow(qPrintable(tag + QStringLiteral(", searched"))) << query;
            }
        }
    }

    /// Page by page, of sizes that do and do not divide the total: no row
    /// twice, none left out, in the promised order.
    void sorting()
    {
        QFETCH(ConnectionQuery, query);
        const ConnectionRepository repository(m_current->temp->workspace());
        const QStringList expected = expectedIds(*m_current, query);
        QVERIFY(expected.size() > 4);
        for (const int pageSize : { 1, 3, 4, int(expected.size()), 1000 })
            QCOMPARE(pagedIds(repository, query, pageSize), expected);
    }

    void emptyAndFailingPages()
    {
        const ConnectionRepository repository(m_current->temp->workspace());
        QVERIFY(repository.page({}, 0).isEmpty());
        ConnectionQuery query;
        query.applicationId = m_current->alpha + m_current->zeta; // no such application
        query.sortColumn = Column::Application;
        StoreResult result;
        QVERIFY(repository.page(query, 10, nullptr, &result).isEmpty());
        QVERIFY(result.isOk());
    }

    void usesIndexes_data()
    {
        QTest::addColumn<ConnectionQuery>("query");
        QTest::addColumn<bool>("withAfter");
        QTest::addColumn<QStringList>("indexes");
        ConnectionQuery query;
        QTest::newRow("first screen")
            << query << false << QStringList { QStringLiteral("connections_by_created") };
        QTest::newRow("next screen") << query << true
                                     << QStringList { QStringLiteral("connections_by_created") };
        query.sortColumn = Column::TokenExpiry;
        query.sortOrder = Qt::AscendingOrder;
        QTest::newRow("by expiry") << query << true
                                   << QStringList { QStringLiteral("connections_by_expiry") };
        query.sortColumn = Column::UserId;
        QTest::newRow("by user") << query << true << QStringList { QStringLiteral("connections_by_user_id") };
        query.sortColumn = Column::Application; // one application at a time
        query.applicationId = 1;
        QTest::newRow("by application")
            << query << true << QStringList { QStringLiteral("connections_by_application") };
        query = {};
        query.sourceKey = QStringLiteral("oura");
        query.sortColumn = Column::Source;
        QTest::newRow("of one source")
            << query << false << QStringList { QStringLiteral("connections_by_source") };
        query.sortColumn = Column::Status;
        query.sourceKey.clear();
        query.status = Status::Error;
        QTest::newRow("of one status")
            << query << false << QStringList { QStringLiteral("connections_by_status") };
        query = searchFor(QStringLiteral("user-7"));
        query.sortColumn = Column::UserId;
        QTest::newRow("search") << query << false
                                << QStringList { QStringLiteral("connections_by_user_id"),
                                       QStringLiteral("connections_by_reference_id"),
                                       QStringLiteral("connections_by_source") };
    }

    /// The plans use the indexes of schema step 5 and sort nothing. On
    /// PostgreSQL, the planner's cheaper ways for so small a table are
    /// disabled (sequential and bitmap scans, sorting a few rows), so this
    /// checks that it can.
    void usesIndexes()
    {
        QFETCH(ConnectionQuery, query);
        QFETCH(bool, withAfter);
        QFETCH(QStringList, indexes);
        Workspace &workspace = m_current->temp->workspace();
        const bool postgres = workspace.backend() == Workspace::Backend::PostgreSql;
        const ConnectionRepository repository(workspace);
        QVariantList values;
        const QString sql
            = repository.pageSql(query, 200, withAfter ? &m_current->connections.at(5) : nullptr, &values);
        QSqlQuery explain(workspace.database());
        const QStringList planner = { QStringLiteral("enable_seqscan"), QStringLiteral("enable_bitmapscan"),
            QStringLiteral("enable_sort") };
        for (qsizetype i = 0; postgres && i < (query.search.isEmpty() ? planner.size() : 1); ++i)
            QVERIFY(explain.exec(QStringLiteral("SET %1 = off").arg(planner.at(i))));
        QVERIFY(explain.exec((postgres ? QStringLiteral("EXPLAIN ") : QStringLiteral("EXPLAIN QUERY PLAN "))
            + InlinedSql::inlined(workspace.database(), sql, values)));
        QStringList plan;
        while (explain.next())
            plan << explain.value(postgres ? 0 : 3).toString();
        for (qsizetype i = 0; postgres && i < planner.size(); ++i)
            QVERIFY(explain.exec(QStringLiteral("RESET %1").arg(planner.at(i))));
        const QString text = plan.join(QLatin1Char('\n'));
        for (const QString &index : std::as_const(indexes))
            QVERIFY2(text.contains(index), qPrintable(text));
        if (query.search.isEmpty())
            QVERIFY2(!text.contains(postgres ? QStringLiteral("Sort") : QStringLiteral("TEMP B-TREE")),
                qPrintable(text));
        // Where there is something to look for, the index is sought, not read through.
        const bool seeks = withAfter || query.status || !query.sourceKey.isEmpty() || !query.search.isEmpty()
            || query.applicationId != 0;
        QVERIFY2(text.contains(
                     postgres ? QStringLiteral("Index Cond") : QStringLiteral("SEARCH connections USING"))
                == seeks,
            qPrintable(text));
    }

    void schemaVersion() { QCOMPARE(Migrations::latestVersion(), Workspace::kSchemaVersion); }

private:
    static constexpr int kBatch = 250; // more than one statement of insertMany()
};

QTEST_GUILESS_MAIN(TestConnectionQuery)
#include "tst_connectionquery.moc"
