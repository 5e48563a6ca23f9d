#include "ApplicationRepository.h"
#include "ConnectionCounter.h"
#include "ConnectionRepository.h"
#include "TempWorkspace.h"
#include "TestBackends.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace {

constexpr int kConnections = 300;

} // namespace

/// Counts on a thread of its own, over a second connection to the same
/// workspace, on SQLite and on PostgreSQL; only the newest request is answered.
class TestConnectionCounter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempWorkspace> m_temp;
    qint64 m_applicationId = 0;

    static ConnectionQuery searchFor(const QString &prefix)
    {
        ConnectionQuery query;
        query.search = prefix;
        return query;
    }

private Q_SLOTS:
    void initTestCase_data() { TestBackends::addRows(); }

    void init()
    {
        LINKDECK_SKIP_UNAVAILABLE_BACKEND();
        m_temp = std::make_unique<TempWorkspace>(TestBackends::current());
        QVERIFY2(m_temp->isOpen(), qPrintable(m_temp->errorMessage()));
        Application app;
        app.name = QStringLiteral("Ring Coach");
        QVERIFY(ApplicationRepository(m_temp->workspace()).insert(&app).isOk());
        m_applicationId = app.id;
        QList<UserConnection> connections;
        for (int i = 0; i < kConnections; ++i) {
            UserConnection c;
            c.applicationId = app.id;
            c.sourceKey = i % 3 ? QStringLiteral("oura") : QStringLiteral("fitbit");
            c.userId = QStringLiteral("user-%1").arg(i, 3, 10, QLatin1Char('0'));
            connections << c;
        }
        const StoreResult inserted = m_temp->workspace().transaction(
            [&]() { return ConnectionRepository(m_temp->workspace()).insertMany(&connections); });
        QVERIFY2(inserted, qPrintable(inserted.message));
    }

    void cleanup() { m_temp.reset(); }

    void countsWhatTheRepositoryCounts()
    {
        ConnectionCounter counter(m_temp->workspace());
        QSignalSpy counted(&counter, &ConnectionCounter::counted);
        const quint64 request = counter.count({});
        QVERIFY(counter.isCounting());
        QVERIFY(counted.wait());
        QVERIFY(!counter.isCounting());
        QCOMPARE(counted.size(), 1);
        QCOMPARE(counted.at(0).at(0).value<quint64>(), request);
        QCOMPARE(counted.at(0).at(1).toLongLong(), qint64(kConnections));

        // The thread's connection stays open for the next request, and sees what was saved since.
        UserConnection added;
        added.applicationId = m_applicationId;
        added.sourceKey = QStringLiteral("fitbit");
        added.userId = QStringLiteral("user-new");
        QVERIFY(ConnectionRepository(m_temp->workspace()).save(&added).isOk());
        counter.count(searchFor(QStringLiteral("fitbit")));
        QVERIFY(counted.wait());
        QCOMPARE(counted.at(1).at(1).toLongLong(), qint64(kConnections / 3 + 1));
    }

    void answersOnlyTheNewest()
    {
        ConnectionCounter counter(m_temp->workspace());
        QSignalSpy counted(&counter, &ConnectionCounter::counted);
        counter.count({}); // abandoned at once
        const quint64 newer = counter.count(searchFor(QStringLiteral("user-0")));
        QVERIFY(counted.wait());
        counter.count(searchFor(QStringLiteral("user-00")));
        counter.cancel(); // abandoned too
        QVERIFY(!counter.isCounting());
        const quint64 last = counter.count(searchFor(QStringLiteral("user-1")));
        QVERIFY(counted.wait());
        // Answers come in order: had an abandoned one been told, it would be here.
        QCOMPARE(counted.size(), 2);
        QCOMPARE(counted.at(0).at(0).value<quint64>(), newer);
        QCOMPARE(counted.at(0).at(1).toLongLong(), qint64(100));
        QCOMPARE(counted.at(1).at(0).value<quint64>(), last);
        QCOMPARE(counted.at(1).at(1).toLongLong(), qint64(100));
    }

    void endsWhileCounting()
    {
        auto counter = std::make_unique<ConnectionCounter>(m_temp->workspace());
        QSignalSpy counted(counter.get(), &ConnectionCounter::counted);
        counter->count({});
        counter.reset(); // waits for the thread, closes its connection
        QCOMPARE(counted.size(), 0);
        // The workspace is untouched by it.
        QCOMPARE(ConnectionRepository(m_temp->workspace()).count({}), qint64(kConnections));
    }

    void saysWhyItCannotCount()
    {
        Workspace closed;
        ConnectionCounter counter(closed);
        QSignalSpy failed(&counter, &ConnectionCounter::failed);
        const quint64 request = counter.count({});
        QVERIFY(failed.wait());
        QCOMPARE(failed.at(0).at(0).value<quint64>(), request);
        QVERIFY(!failed.at(0).at(1).toString().isEmpty());
        QVERIFY(!counter.isCounting());
    }
};

QTEST_GUILESS_MAIN(TestConnectionCounter)
#include "tst_connectioncounter.moc"
