#include "ImportPlan.h"
#include "SourceRepository.h"
#include "TempWorkspace.h"
#include "TestBackends.h"

#include <QTest>

namespace {

IntegrationSource sample(const QString &key)
{
    IntegrationSource s;
    s.key = key;
    s.displayName = QStringLiteral("Sample %1").arg(key);
    s.authType = IntegrationSource::AuthType::OAuth1;
    s.enabled = false;
    s.authHostUrl = QStringLiteral("https://auth.example.com");
    s.apiHostUrl = QStringLiteral("https://api.example.com");
    s.authUrl = QStringLiteral("https://auth.example.com/authorize");
    s.requestTokenUrl = QStringLiteral("https://auth.example.com/request");
    s.accessTokenUrl = QStringLiteral("https://auth.example.com/access");
    s.fullAuthUrlOverride = QStringLiteral("https://auth.example.com/authorize?oauth_token={oauth_token}");
    s.clientId = QStringLiteral("cid");
    s.scopes = { QStringLiteral("read"), QStringLiteral("write:all") };
    s.scopeSeparator = QStringLiteral(",");
    s.pkce = IntegrationSource::PkceMode::Plain;
    s.clientAuth = IntegrationSource::ClientAuth::Body;
    s.extraAuthParams = { { QStringLiteral("prompt"), QStringLiteral("consent") } };
    s.extraTokenParams = { { QStringLiteral("action"), QStringLiteral("requesttoken") } };
    s.refreshUrl = QStringLiteral("https://auth.example.com/refresh");
    s.revokeUrl = QStringLiteral("https://auth.example.com/revoke");
    s.testApiPath = QStringLiteral("/v1/me");
    s.description = QStringLiteral("Ünïcode description");
    s.docsUrl = QStringLiteral("https://docs.example.com");
    s.logo = QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    s.logoMimeType = QStringLiteral("image/svg+xml");
    return s;
}

} // namespace

class TestSourceRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestBackends::addRows(); }
    void init() { LINKDECK_SKIP_UNAVAILABLE_BACKEND(); }

    void roundTripsEveryField()
    {
        TempWorkspace temp(TestBackends::current());
        QVERIFY(temp.isOpen());
        SourceRepository repository(temp.workspace());
        IntegrationSource source = sample(QStringLiteral("roundtrip"));
        QVERIFY(repository.insert(&source).isOk());
        QVERIFY(source.id > 0);
        QCOMPARE(source.revision, 1);
        const auto stored = repository.find(QStringLiteral("roundtrip"));
        QVERIFY(stored);
        QVERIFY(stored->sameDefinition(source));
        QCOMPARE(stored->id, source.id);
    }

    void duplicateKeyIsRefused()
    {
        TempWorkspace temp(TestBackends::current());
        SourceRepository repository(temp.workspace());
        IntegrationSource source = sample(QStringLiteral("fitbit"));
        const StoreResult result = repository.insert(&source);
        QCOMPARE(result.status, StoreResult::Status::Invalid);
        QVERIFY(result.message.contains(QStringLiteral("fitbit")));
    }

    void updateDetectsConflicts()
    {
        TempWorkspace temp(TestBackends::current());
        SourceRepository repository(temp.workspace());
        auto mine = repository.find(QStringLiteral("strava"));
        auto theirs = repository.find(QStringLiteral("strava"));
        QVERIFY(mine && theirs);
        theirs->displayName = QStringLiteral("Strava (theirs)");
        QVERIFY(repository.update(&*theirs).isOk());
        QCOMPARE(theirs->revision, mine->revision + 1);
        mine->displayName = QStringLiteral("Strava (mine)");
        const StoreResult result = repository.update(&*mine);
        QCOMPARE(result.status, StoreResult::Status::Conflict);
        QCOMPARE(repository.find(QStringLiteral("strava"))->displayName, QStringLiteral("Strava (theirs)"));
    }

    // The Sources page reads its first rows, then the rest after them.
    void summariesReadInParts()
    {
        TempWorkspace temp(TestBackends::current());
        SourceRepository repository(temp.workspace());
        // Names that differ only in case sort by key, as one name.
        for (const auto &[key, name] : { std::pair { "zeta-b", "Zeta" }, { "zeta-a", "zeta" },
                 { "zeta-c", "ZETA" }, { "alpha", "alpha" }, { "alpha-2", "Alpha" } }) {
            IntegrationSource source = sample(QString::fromLatin1(key));
            source.displayName = QString::fromLatin1(name);
            QVERIFY(repository.insert(&source).isOk());
        }
        auto keys = [](const QList<IntegrationSource> &sources) {
            QStringList keys;
            for (const IntegrationSource &s : sources)
                keys << s.key;
            return keys;
        };
        StoreResult result;
        const QStringList all = keys(repository.summaries(&result));
        QVERIFY(result.isOk());
        QVERIFY(all.size() > 10);
        QCOMPARE(all.first(), QStringLiteral("alpha"));
        QCOMPARE(all.mid(all.indexOf(QStringLiteral("zeta-a")), 3),
            QStringList({ QStringLiteral("zeta-a"), QStringLiteral("zeta-b"), QStringLiteral("zeta-c") }));

        QList<IntegrationSource> part = repository.summaries(3, nullptr, &result);
        QVERIFY(result.isOk());
        QStringList inParts = keys(part);
        while (!part.isEmpty()) {
            QVERIFY(part.size() <= 3);
            const IntegrationSource last = part.last();
            part = repository.summaries(3, &last, &result);
            QVERIFY(result.isOk());
            inParts << keys(part);
        }
        QCOMPARE(inParts, all);
        const IntegrationSource first = repository.summaries(1, nullptr).constFirst();
        QCOMPARE(keys(repository.summaries(-1, &first)), all.mid(1));
    }

    void removeAndToggle()
    {
        TempWorkspace temp(TestBackends::current());
        SourceRepository repository(temp.workspace());
        QVERIFY(repository.setEnabled(QStringLiteral("oura"), false).isOk());
        QVERIFY(!repository.find(QStringLiteral("oura"))->enabled);
        QVERIFY(repository.setHasClientSecret(QStringLiteral("oura"), true).isOk());
        QVERIFY(repository.find(QStringLiteral("oura"))->hasClientSecret);
        QVERIFY(repository.remove(QStringLiteral("oura")).isOk());
        QVERIFY(!repository.find(QStringLiteral("oura")));
        QCOMPARE(repository.remove(QStringLiteral("oura")).status, StoreResult::Status::NotFound);
    }

    void applyIsAllOrNothing()
    {
        TempWorkspace temp(TestBackends::current());
        SourceRepository repository(temp.workspace());
        const int before = repository.count();
        ImportPlan plan;
        plan.added << sample(QStringLiteral("brand-new"));
        IntegrationSource ghost = sample(QStringLiteral("ghost"));
        ghost.id = 999999; // not stored: the update fails
        ghost.revision = 1;
        plan.changed << qMakePair(ghost, ghost);
        QVERIFY(!repository.apply(plan).isOk());
        QCOMPARE(repository.count(), before);
        QVERIFY(!repository.find(QStringLiteral("brand-new")));
    }
};

QTEST_MAIN(TestSourceRepository)
#include "tst_sourcerepository.moc"
