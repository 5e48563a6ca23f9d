#include "ApplicationRepository.h"
#include "SourceRepository.h"
#include "TempWorkspace.h"
#include "TestBackends.h"

#include <QTest>

class TestApplicationRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestBackends::addRows(); }
    void init() { LINKDECK_SKIP_UNAVAILABLE_BACKEND(); }

    void insertGeneratesClientIdAndRoundTrips()
    {
        TempWorkspace temp(TestBackends::current());
        QVERIFY(temp.isOpen());
        ApplicationRepository repository(temp.workspace());
        Application app;
        app.name = QStringLiteral("Coach app");
        app.redirectUrls
            = { QStringLiteral("https://coach.example/cb"), QStringLiteral("http://127.0.0.1/cb") };
        app.webhookUrl = QStringLiteral("https://coach.example/hooks");
        app.sourceKeys = { QStringLiteral("fitbit"), QStringLiteral("garmin") };
        app.credentials.insert(QStringLiteral("fitbit"), { QStringLiteral("fitbit-client"), true });
        QVERIFY(repository.insert(&app).isOk());
        QVERIFY(app.clientId.startsWith(QStringLiteral("ld_")));
        QCOMPARE(app.clientId.size(), 27);
        const auto stored = repository.find(app.id);
        QVERIFY(stored);
        QVERIFY(stored->sameDefinition(app));
        QCOMPARE(repository.all().size(), 1);
        QVERIFY(repository.all().constFirst().sameDefinition(app));
        QVERIFY(repository.findByClientId(app.clientId));
    }

    void unknownSourceIsRefusedAtomically()
    {
        TempWorkspace temp(TestBackends::current());
        ApplicationRepository repository(temp.workspace());
        Application app;
        app.name = QStringLiteral("Broken");
        app.sourceKeys = { QStringLiteral("no-such-source") };
        const StoreResult result = repository.insert(&app);
        QVERIFY(!result.isOk());
        QVERIFY(result.message.contains(QStringLiteral("no-such-source")));
        QVERIFY(repository.all().isEmpty());
    }

    void emptyNameIsRefused()
    {
        TempWorkspace temp(TestBackends::current());
        ApplicationRepository repository(temp.workspace());
        Application app;
        QCOMPARE(repository.insert(&app).status, StoreResult::Status::Invalid);
    }

    void conflictAndDelete()
    {
        TempWorkspace temp(TestBackends::current());
        ApplicationRepository repository(temp.workspace());
        Application app;
        app.name = QStringLiteral("One");
        QVERIFY(repository.insert(&app).isOk());
        Application other = *repository.find(app.id);
        other.name = QStringLiteral("One (renamed elsewhere)");
        QVERIFY(repository.update(&other).isOk());
        app.name = QStringLiteral("One (mine)");
        QCOMPARE(repository.update(&app).status, StoreResult::Status::Conflict);
        QVERIFY(repository.remove(app.id).isOk());
        QVERIFY(!repository.find(app.id));
    }

    void deletingASourceRemovesItsUse()
    {
        TempWorkspace temp(TestBackends::current());
        ApplicationRepository applications(temp.workspace());
        Application app;
        app.name = QStringLiteral("Uses Oura");
        app.sourceKeys = { QStringLiteral("oura"), QStringLiteral("strava") };
        QVERIFY(applications.insert(&app).isOk());
        QVERIFY(SourceRepository(temp.workspace()).remove(QStringLiteral("oura")).isOk());
        QCOMPARE(applications.find(app.id)->sourceKeys, QStringList { QStringLiteral("strava") });
    }
};

QTEST_MAIN(TestApplicationRepository)
#include "tst_applicationrepository.moc"
