#include "ApplicationRepository.h"
#include "CatalogCache.h"
#include "SourceRepository.h"
#include "TempWorkspace.h"
#include "TestBackends.h"
#include "Workspace.h"

#include <QSqlQuery>
#include <QTest>

namespace {

qint64 catalogVersion(Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    return query.exec(QStringLiteral("SELECT version FROM catalog_version")) && query.next()
        ? query.value(0).toLongLong()
        : -1;
}

} // namespace

class TestCatalogCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestBackends::addRows(); }
    void init() { LINKDECK_SKIP_UNAVAILABLE_BACKEND(); }

    void everyCatalogueChangeIsCounted()
    {
        TempWorkspace temp(TestBackends::current());
        QVERIFY(temp.isOpen());
        Workspace &workspace = temp.workspace();
        qint64 version = catalogVersion(workspace);
        QVERIFY(version >= 0);
        const auto moved = [&]() {
            const qint64 now = catalogVersion(workspace);
            const bool changed = now > version;
            version = now;
            return changed;
        };
        SourceRepository sources(workspace);
        QVERIFY(sources.setEnabled(QStringLiteral("oura"), false).isOk());
        QVERIFY(moved());
        ApplicationRepository applications(workspace);
        Application app;
        app.name = QStringLiteral("Coach");
        app.sourceKeys = { QStringLiteral("fitbit") };
        QVERIFY(applications.insert(&app).isOk());
        QVERIFY(moved());
        app.sourceKeys << QStringLiteral("strava");
        QVERIFY(applications.update(&app).isOk());
        QVERIFY(moved());
        QVERIFY(sources.remove(QStringLiteral("strava")).isOk());
        QVERIFY(moved());
        QVERIFY(applications.remove(app.id).isOk());
        QVERIFY(moved());
        // What the service writes per request is no catalogue change.
        QSqlQuery query(workspace.database());
        QVERIFY(query.exec(QStringLiteral("UPDATE meta SET value = value WHERE key = 'schema_version'")));
        QVERIFY(!moved());
    }

    void keepsLookupsUntilTheCatalogueChanges()
    {
        TempWorkspace temp(TestBackends::current());
        QVERIFY(temp.isOpen());
        Application app;
        app.name = QStringLiteral("Coach");
        app.sourceKeys = { QStringLiteral("fitbit"), QStringLiteral("oura") };
        QVERIFY(ApplicationRepository(temp.workspace()).insert(&app).isOk());

        CatalogCache cache(temp.workspace());
        cache.requestBegan();
        QCOMPARE(cache.application(app.clientId)->name, QStringLiteral("Coach"));
        QCOMPARE(cache.allUsable(*cache.application(app.clientId)), app.sourceKeys);
        QVERIFY(!cache.application(QStringLiteral("ld_unknown")));

        // A change the count does not see is not seen: the lookups are kept.
        const qint64 version = catalogVersion(temp.workspace());
        QSqlQuery query(temp.workspace().database());
        QVERIFY(query.exec(QStringLiteral("UPDATE applications SET name = 'Renamed behind its back'")));
        QVERIFY(query.exec(QStringLiteral("UPDATE catalog_version SET version = %1").arg(version)));
        cache.requestBegan();
        QCOMPARE(cache.application(app.clientId)->name, QStringLiteral("Coach"));

        // Another console or process changes the catalogue while that request
        // runs: its later lookups read the count no more (one request, one
        // catalogue); the next request sees the change.
        Workspace other;
        QVERIFY(other.open(temp.location()).isOk());
        QVERIFY(SourceRepository(other).setEnabled(QStringLiteral("oura"), false).isOk());
        QCOMPARE(cache.application(app.clientId)->name, QStringLiteral("Coach"));
        QCOMPARE(cache.allUsable(*cache.application(app.clientId)), app.sourceKeys);
        cache.requestBegan();
        QCOMPARE(cache.application(app.clientId)->name, QStringLiteral("Renamed behind its back"));
        QCOMPARE(cache.allUsable(*cache.application(app.clientId)), QStringList { QStringLiteral("fitbit") });
        // So is a change on the same connection, and a deletion.
        QVERIFY(SourceRepository(temp.workspace()).setEnabled(QStringLiteral("fitbit"), false).isOk());
        cache.requestBegan();
        QVERIFY(cache.allUsable(*cache.application(app.clientId)).isEmpty());
        QVERIFY(ApplicationRepository(other).remove(app.id).isOk());
        cache.requestBegan();
        QVERIFY(!cache.application(app.clientId));
    }
};

QTEST_GUILESS_MAIN(TestCatalogCache)
#include "tst_catalogcache.moc"
