#include "ApplicationRepository.h"
#include "ConnectionRepository.h"
#include "ConnectionStatusText.h"
#include "ConnectionsTableModel.h"
#include "ManualClock.h"
#include "StatusAccent.h"
#include "TempWorkspace.h"
#include "TestLocale.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QPalette>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

namespace {

constexpr int kConnections = 1000;

UserConnection::Status statusOf(int i)
{
    return ConnectionStatusText::all().at(i % 5);
}

} // namespace

/// The lazily fetched connections table over a workspace of a thousand
/// connections: batches on demand, filters and orders from the database.
class TestConnectionsTableModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempWorkspace> m_temp;
    ManualClock m_clock;
    Application m_app;
    QStringList m_userIds;

private Q_SLOTS:
    void initTestCase()
    {
        TestLocale::useEnglish();
        m_temp = std::make_unique<TempWorkspace>();
        QVERIFY2(m_temp->isOpen(), qPrintable(m_temp->errorMessage()));
        m_app.name = QStringLiteral("Ring Coach");
        QVERIFY(ApplicationRepository(m_temp->workspace()).insert(&m_app).isOk());
        QList<UserConnection> connections;
        for (int i = 0; i < kConnections; ++i) {
            UserConnection c;
            c.applicationId = m_app.id;
            c.sourceKey = i % 2 ? QStringLiteral("oura") : QStringLiteral("fitbit");
            c.userId = QStringLiteral("user-%1").arg(i * 7919 % kConnections, 4, 10, QLatin1Char('0'));
            c.referenceId = QStringLiteral("ref-%1").arg(i);
            c.status = statusOf(i);
            c.sealedTokens = QByteArrayLiteral("sealed");
            c.createdAt = m_clock.now().addSecs(-i * 60);
            c.updatedAt = c.createdAt;
            c.tokenExpiresAt = m_clock.now().addSecs(3 * 3600 + 30);
            m_userIds << c.userId;
            connections << c;
        }
        const StoreResult inserted = m_temp->workspace().transaction(
            [&]() { return ConnectionRepository(m_temp->workspace()).insertMany(&connections); });
        QVERIFY2(inserted, qPrintable(inserted.message));
        m_userIds.sort();
    }

    void cleanupTestCase() { m_temp.reset(); }

    void rowsComeOnlyThroughFetchMore()
    {
        ConnectionsTableModel model(m_temp->workspace(), m_clock);
        QVERIFY(!model.isFiltered());
        QCOMPARE(model.rowCount(), ConnectionsTableModel::BatchSize);
        QCOMPARE(model.columnCount(), int(ConnectionsTableModel::ColumnCount));
        QVERIFY(model.canFetchMore({}));
        // Reading rows does not fetch any.
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(!model.index(row, ConnectionsTableModel::UserId).data().toString().isEmpty());
        QCOMPARE(model.rowCount(), ConnectionsTableModel::BatchSize);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * ConnectionsTableModel::BatchSize);
        QCOMPARE(inserted.size(), 1);
        // The tester fetches more itself, as a view does.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() > 2 * ConnectionsTableModel::BatchSize);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), kConnections);
        // Newest first by default, and no row twice.
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.index(row, 0).data(ConnectionsTableModel::ConnectionIdRole).toString());
        QCOMPARE(ids.size(), kConnections);
        QCOMPARE(model.connection(0).referenceId, QStringLiteral("ref-0"));
        QCOMPARE(
            model.connection(kConnections - 1).referenceId, QStringLiteral("ref-%1").arg(kConnections - 1));
    }

    void firstRowsComeBeforeTheCount()
    {
        // Rows are there as soon as the model is: the count was not waited for.
        ConnectionsTableModel model(m_temp->workspace(), m_clock);
        QCOMPARE(model.rowCount(), ConnectionsTableModel::BatchSize);
        QVERIFY(model.isCounting());
        QCOMPARE(model.matchingCount(), 0);
        QSignalSpy counts(&model, &ConnectionsTableModel::countsChanged);
        QVERIFY(counts.wait());
        QVERIFY(!model.isCounting());
        QCOMPARE(model.matchingCount(), kConnections);

        // A search whose first page is full is counted likewise.
        ConnectionQuery filter;
        filter.sourceKey = QStringLiteral("oura");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), ConnectionsTableModel::BatchSize);
        QVERIFY(model.isCounting());
        QVERIFY(counts.wait());
        QCOMPARE(model.matchingCount(), kConnections / 2);

        // A new order keeps the count: the filter is the same.
        model.sort(ConnectionsTableModel::UserId, Qt::AscendingOrder);
        QVERIFY(!model.isCounting());
        QCOMPARE(model.matchingCount(), kConnections / 2);
        QCOMPARE(model.connection(0).userId, QStringLiteral("user-0001"));
    }

    void ignoresAStaleCount()
    {
        ConnectionsTableModel model(m_temp->workspace(), m_clock);
        QList<qint64> shown;
        connect(&model, &ConnectionsTableModel::countsChanged, this, [&model, &shown]() {
            if (!model.isCounting())
                shown << model.matchingCount();
        });
        ConnectionQuery oura;
        oura.sourceKey = QStringLiteral("oura");
        model.setFilter(oura);
        ConnectionQuery revoked;
        revoked.status = UserConnection::Status::Revoked;
        model.setFilter(revoked); // before the first count could arrive
        QVERIFY(model.isCounting());
        QTRY_VERIFY(!model.isCounting());
        // Counts come in the order asked: a stale one would come first, 1000 or 500.
        QCOMPARE(shown, QList<qint64> { kConnections / 5 });
        QCOMPARE(model.matchingCount(), kConnections / 5);
    }

    void sortsInTheDatabase_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::newRow("user id ascending") << int(ConnectionsTableModel::UserId) << Qt::AscendingOrder;
        QTest::newRow("user id descending") << int(ConnectionsTableModel::UserId) << Qt::DescendingOrder;
    }

    void sortsInTheDatabase()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        ConnectionsTableModel model(m_temp->workspace(), m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(column, order);
        model.fetchMore({});
        QVERIFY(model.rowCount() > ConnectionsTableModel::BatchSize);
        QVERIFY(model.rowCount() < kConnections);
        QStringList expected = m_userIds;
        if (order == Qt::DescendingOrder)
            std::reverse(expected.begin(), expected.end());
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, column).data().toString(), expected.at(row));
    }

    void filtersInTheDatabase()
    {
        ConnectionsTableModel model(m_temp->workspace(), m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &ConnectionsTableModel::countsChanged);
        ConnectionQuery filter;
        filter.search = QStringLiteral("user-00");
        model.setFilter(filter);
        QVERIFY(model.isFiltered());
        QCOMPARE(counts.size(), 1);
        QCOMPARE(model.matchingCount(), 100);
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(!model.canFetchMore({}));
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(
                model.index(row, ConnectionsTableModel::UserId).data().toString().startsWith(filter.search));

        filter.search.clear();
        filter.status = UserConnection::Status::Revoked;
        filter.sourceKey = QStringLiteral("oura");
        model.setFilter(filter);
        QCOMPARE(model.matchingCount(), kConnections / 10);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, ConnectionsTableModel::Status).data().toString(),
                ConnectionStatusText::title(UserConnection::Status::Revoked));
            QCOMPARE(model.connection(row).sourceKey, QStringLiteral("oura"));
        }

        filter = {};
        filter.applicationId = m_app.id + 1000;
        model.setFilter(filter);
        QCOMPARE(model.matchingCount(), 0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void showsStatusAndExpiryInWords()
    {
        ConnectionsTableModel model(m_temp->workspace(), m_clock);
        const QModelIndex first = model.index(0, ConnectionsTableModel::Status);
        QCOMPARE(first.data().toString(), ConnectionStatusText::title(model.connection(0).status));
        QCOMPARE(first.data(Qt::ForegroundRole).value<QColor>(),
            StatusAccent::color(
                ConnectionStatusText::accent(model.connection(0).status), QGuiApplication::palette()));
        // The plural ending comes from the translations.
        QVERIFY(model.index(0, ConnectionsTableModel::TokenExpiry)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("expires in 3 hour")));
        QCOMPARE(model.index(0, ConnectionsTableModel::Application).data().toString(), m_app.name);
        QCOMPARE(
            model.index(0, ConnectionsTableModel::LastRefreshed).data().toString(), QStringLiteral("never"));
        QCOMPARE(model.headerData(ConnectionsTableModel::TokenExpiry, Qt::Horizontal).toString(),
            QStringLiteral("Token expiry"));
    }

    void reloadsOneConnection()
    {
        ConnectionsTableModel model(m_temp->workspace(), m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const UserConnection shown = model.connection(3);
        QVERIFY(ConnectionRepository(m_temp->workspace())
                    .setStatus(shown.id, UserConnection::Status::Error, QStringLiteral("boom"), m_clock.now())
                    .isOk());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.reloadConnection(shown.id);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowOf(shown.id), 3);
        QCOMPARE(model.index(3, ConnectionsTableModel::LastError).data().toString(), QStringLiteral("boom"));
    }
};

QTEST_MAIN(TestConnectionsTableModel)
#include "tst_connectionstablemodel.moc"
