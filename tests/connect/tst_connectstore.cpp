#include "ApplicationRepository.h"
#include "ConnectionRepository.h"
#include "EventRepository.h"
#include "LinkTokenRepository.h"
#include "Migrations.h"
#include "OAuthStateRepository.h"
#include "SpecialTokenRepository.h"
#include "StoredTime.h"
#include "TempWorkspace.h"
#include "TestBackends.h"
#include "WebhookDeliveryRepository.h"
#include "WidgetSessionRepository.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

const QDateTime kNow(QDate(2030, 1, 15), QTime(12, 0), Qt::UTC);

qint64 addApplication(Workspace &workspace, const QString &name)
{
    Application application;
    application.name = name;
    application.sourceKeys = { QStringLiteral("oura") };
    if (!ApplicationRepository(workspace).insert(&application))
        return 0;
    return application.id;
}

UserConnection connection(qint64 applicationId, const QString &userId)
{
    UserConnection c;
    c.applicationId = applicationId;
    c.sourceKey = QStringLiteral("oura");
    c.userId = userId;
    c.referenceId = QStringLiteral("ref-1");
    c.requestedScopes = QStringLiteral("daily");
    c.grantedScopes = QStringLiteral("daily");
    c.sealedTokens = QByteArray("\x01sealed\x00bytes", 14);
    c.tokenExpiresAt = kNow.addSecs(3600);
    c.createdAt = kNow;
    c.updatedAt = kNow;
    return c;
}

} // namespace

/// The connect service's tables (schema step 2) and their repositories,
/// on SQLite and on PostgreSQL.
class TestConnectStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestBackends::addRows(); }
    void init() { LINKDECK_SKIP_UNAVAILABLE_BACKEND(); }

    void schemaHasTheConnectTables()
    {
        TempWorkspace temp(TestBackends::current());
        QVERIFY2(temp.isOpen(), qPrintable(temp.errorMessage()));
        const QStringList tables = temp.workspace().database().tables();
        for (const char *table : { "widget_sessions", "link_tokens", "oauth_states", "special_tokens",
                 "connections", "events", "webhook_deliveries" })
            QVERIFY2(tables.contains(QLatin1String(table)), table);
        QVERIFY(tables.contains(QStringLiteral("user_access_tokens")));
        QVERIFY(Migrations::latestVersion() >= 3); // later steps add tables of their own
        for (int version : { 2, 3 })
            QCOMPARE(
                Migrations::statements(version, true).size(), Migrations::statements(version, false).size());
    }

    void aVersionOneWorkspaceIsMigrated()
    {
        if (TestBackends::current() != TempWorkspace::Backend::Sqlite)
            QSKIP("Built by hand in SQLite");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.linkdeck"));
        const QString name = QStringLiteral("v1-") + QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const QString &sql : Migrations::statements(1, false))
                QVERIFY(query.exec(sql));
            QVERIFY(
                query.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '1')")));
            QVERIFY(
                query.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('workspace_id', 'w-v1')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);

        Workspace workspace;
        const StoreResult opened = workspace.open(path);
        QVERIFY2(opened.isOk(), qPrintable(opened.message));
        QVERIFY(!workspace.wasCreated());
        QCOMPARE(workspace.id(), QStringLiteral("w-v1"));
        QVERIFY(workspace.database().tables().contains(QStringLiteral("connections")));
        QSqlQuery query(workspace.database());
        QVERIFY(query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))
            && query.next());
        QCOMPARE(query.value(0).toInt(), Migrations::latestVersion());
    }

    void widgetSessions()
    {
        TempWorkspace temp(TestBackends::current());
        const qint64 app = addApplication(temp.workspace(), QStringLiteral("A"));
        QVERIFY(app);
        WidgetSessionRepository sessions(temp.workspace());
        WidgetSession session;
        session.id = QStringLiteral("ws_1");
        session.applicationId = app;
        session.referenceId = QStringLiteral("ref");
        session.providers = { QStringLiteral("oura"), QStringLiteral("fitbit") };
        session.language = QStringLiteral("de");
        session.successRedirectUrl = QStringLiteral("https://app.example/ok");
        session.createdAt = kNow;
        session.expiresAt = kNow.addSecs(3600);
        QVERIFY(sessions.insert(session).isOk());
        QVERIFY(!sessions.insert(session).isOk()); // the id is unique

        const auto found = sessions.find(QStringLiteral("ws_1"));
        QVERIFY(found);
        QCOMPARE(found->providers, session.providers);
        QCOMPARE(found->language, QStringLiteral("de"));
        QCOMPARE(found->successRedirectUrl, session.successRedirectUrl);
        QVERIFY(found->failureRedirectUrl.isEmpty());
        QCOMPARE(found->expiresAt, session.expiresAt);
        QVERIFY(!found->isExpired(kNow.addSecs(3599)));
        QVERIFY(found->isExpired(kNow.addSecs(3600)));
        QCOMPARE(found->state, WidgetSession::State::Open);
        QVERIFY(sessions.setState(QStringLiteral("ws_1"), WidgetSession::State::Completed).isOk());
        QCOMPARE(sessions.find(QStringLiteral("ws_1"))->state, WidgetSession::State::Completed);
        QCOMPARE(sessions.setState(QStringLiteral("nope"), WidgetSession::State::Failed).status,
            StoreResult::Status::NotFound);
        QVERIFY(!sessions.find(QStringLiteral("nope")));
    }

    void linkTokens()
    {
        TempWorkspace temp(TestBackends::current());
        const qint64 app = addApplication(temp.workspace(), QStringLiteral("A"));
        LinkTokenRepository tokens(temp.workspace());
        LinkToken token;
        token.tokenHash = QStringLiteral("hash-1");
        token.applicationId = app;
        token.userId = QStringLiteral("user-1");
        token.createdAt = kNow;
        token.expiresAt = kNow.addSecs(60);
        QVERIFY(tokens.insert(token).isOk());
        token.tokenHash = QStringLiteral("hash-2");
        token.providers = { QStringLiteral("oura") };
        token.expiresAt = kNow.addSecs(7200);
        QVERIFY(tokens.insert(token).isOk());

        const auto first = tokens.findByHash(QStringLiteral("hash-1"));
        QVERIFY(first);
        QCOMPARE(first->userId, QStringLiteral("user-1"));
        QVERIFY(first->allows(QStringLiteral("anything")));
        const auto second = tokens.findByHash(QStringLiteral("hash-2"));
        QVERIFY(second->allows(QStringLiteral("oura")));
        QVERIFY(!second->allows(QStringLiteral("fitbit")));

        QCOMPARE(tokens.removeExpired(kNow.addSecs(61)), 1);
        QVERIFY(!tokens.findByHash(QStringLiteral("hash-1")));
        QVERIFY(tokens.findByHash(QStringLiteral("hash-2")));
    }

    void oauthStatesAreUsedOnce()
    {
        TempWorkspace temp(TestBackends::current());
        const qint64 app = addApplication(temp.workspace(), QStringLiteral("A"));
        OAuthStateRepository states(temp.workspace());
        OAuthState state;
        state.stateHash = QStringLiteral("state-hash");
        state.applicationId = app;
        state.sourceKey = QStringLiteral("oura");
        state.userId = QStringLiteral("u");
        state.redirectUri = QStringLiteral("http://127.0.0.1:1/callback/oura");
        state.sealedVerifier = QByteArray("\x01\x02\x00\x03", 4);
        state.createdAt = kNow;
        state.expiresAt = kNow.addSecs(600);
        QVERIFY(states.insert(state).isOk());
        const auto found = states.findByHash(QStringLiteral("state-hash"));
        QVERIFY(found);
        QCOMPARE(found->sealedVerifier, state.sealedVerifier);
        QVERIFY(found->sessionId.isEmpty());
        QVERIFY(!found->usedAt.isValid());
        QVERIFY(states.markUsed(QStringLiteral("state-hash"), kNow).isOk());
        QCOMPARE(states.markUsed(QStringLiteral("state-hash"), kNow).status, StoreResult::Status::Conflict);
        QCOMPARE(states.findByHash(QStringLiteral("state-hash"))->usedAt, kNow);
    }

    void connectionsAreOnePerUserAndSource()
    {
        TempWorkspace temp(TestBackends::current());
        const qint64 a = addApplication(temp.workspace(), QStringLiteral("A"));
        const qint64 b = addApplication(temp.workspace(), QStringLiteral("B"));
        ConnectionRepository connections(temp.workspace());
        UserConnection first = connection(a, QStringLiteral("user-1"));
        QVERIFY(connections.save(&first).isOk());
        QVERIFY(!first.id.isEmpty());
        QCOMPARE(first.revision, 1);

        // A reconnect renews the same connection.
        UserConnection again = connection(a, QStringLiteral("user-1"));
        again.sealedTokens = "renewed";
        again.updatedAt = kNow.addSecs(10);
        QVERIFY(connections.save(&again).isOk());
        QCOMPARE(again.id, first.id);
        QCOMPARE(again.revision, 2);
        QCOMPARE(again.createdAt, kNow);
        const auto stored = connections.find(first.id);
        QVERIFY(stored);
        QCOMPARE(stored->sealedTokens, QByteArray("renewed"));
        QCOMPARE(stored->tokenExpiresAt, kNow.addSecs(3600));
        QCOMPARE(stored->status, UserConnection::Status::Active);

        UserConnection other = connection(b, QStringLiteral("user-1"));
        QVERIFY(connections.save(&other).isOk());
        QVERIFY(other.id != first.id);

        // Reads scoped to an application see only its own.
        QVERIFY(connections.find(first.id, a));
        QVERIFY(!connections.find(first.id, b));
        QCOMPARE(connections.forApplication(a).size(), 1);
        QCOMPARE(connections.forApplication(b).size(), 1);
        QCOMPARE(connections.forApplication(a, QStringLiteral("user-2")).size(), 0);

        QVERIFY(connections
                    .setStatus(first.id, UserConnection::Status::NeedsReauth,
                        QStringLiteral("refresh failed"), kNow.addSecs(20))
                    .isOk());
        const auto changed = connections.find(first.id);
        QCOMPARE(changed->status, UserConnection::Status::NeedsReauth);
        QCOMPARE(changed->lastError, QStringLiteral("refresh failed"));
        QCOMPARE(changed->revision, 3);

        // The status column accepts only the five states.
        QSqlQuery query(temp.workspace().database());
        QVERIFY(!query.exec(QStringLiteral("UPDATE connections SET status = 'bogus'")));

        UserConnection invalid;
        QCOMPARE(connections.save(&invalid).status, StoreResult::Status::Invalid);
    }

    void specialTokensAreSingleUse()
    {
        TempWorkspace temp(TestBackends::current());
        const qint64 a = addApplication(temp.workspace(), QStringLiteral("A"));
        const qint64 b = addApplication(temp.workspace(), QStringLiteral("B"));
        SpecialTokenRepository tokens(temp.workspace());
        SpecialToken token;
        token.tokenHash = QStringLiteral("special");
        token.applicationId = a;
        token.clientUserId = QStringLiteral("client-user");
        token.createdAt = kNow;
        token.expiresAt = kNow.addSecs(300);
        QVERIFY(tokens.insert(token).isOk());
        token.tokenHash = QStringLiteral("late");
        QVERIFY(tokens.insert(token).isOk());

        QVERIFY(!tokens.consume(QStringLiteral("special"), b, kNow)); // another application's
        const auto used = tokens.consume(QStringLiteral("special"), a, kNow.addSecs(1));
        QVERIFY(used);
        QCOMPARE(used->clientUserId, QStringLiteral("client-user"));
        QCOMPARE(used->usedAt, kNow.addSecs(1));
        QVERIFY(!tokens.consume(QStringLiteral("special"), a, kNow.addSecs(2))); // replayed
        QVERIFY(!tokens.consume(QStringLiteral("late"), a, kNow.addSecs(300))); // expired
        QVERIFY(!tokens.consume(QStringLiteral("unknown"), a, kNow));
    }

    void eventsAndDeliveries()
    {
        TempWorkspace temp(TestBackends::current());
        Workspace &workspace = temp.workspace();
        const qint64 a = addApplication(workspace, QStringLiteral("A"));
        UserConnection c = connection(a, QStringLiteral("user-1"));
        QVERIFY(ConnectionRepository(workspace).save(&c).isOk());
        WidgetSession session;
        session.id = QStringLiteral("ws_e");
        session.applicationId = a;
        session.createdAt = kNow;
        session.expiresAt = kNow.addSecs(60);
        QVERIFY(WidgetSessionRepository(workspace).insert(session).isOk());

        EventRepository events(workspace);
        ConnectEvent first;
        first.applicationId = a;
        first.sessionId = session.id;
        first.kind = QStringLiteral("session.created");
        first.detail = { { QStringLiteral("language"), QStringLiteral("en") } };
        first.at = kNow;
        QVERIFY(events.append(&first).isOk());
        QVERIFY(first.id > 0);
        ConnectEvent second;
        second.applicationId = a;
        second.connectionId = c.id;
        second.sessionId = session.id;
        second.kind = QStringLiteral("auth");
        second.at = kNow.addSecs(5);
        QVERIFY(events.append(&second).isOk());
        QVERIFY(second.id > first.id);
        ConnectEvent orphan; // neither connection nor session nor application
        orphan.kind = QStringLiteral("note");
        QVERIFY(events.append(&orphan).isOk());

        QCOMPARE(events.forSession(session.id).size(), 2);
        QCOMPARE(
            events.forSession(session.id).constFirst().detail.value(QStringLiteral("language")).toString(),
            QStringLiteral("en"));
        QCOMPARE(events.forConnection(c.id).size(), 1);
        QCOMPARE(events.forConnection(c.id).constFirst().at, kNow.addSecs(5));
        QCOMPARE(events.forApplication(a).size(), 2);
        QCOMPARE(events.since(first.id).size(), 2);
        QCOMPARE(events.since(first.id, 1).size(), 1);

        WebhookDeliveryRepository deliveries(workspace);
        WebhookDelivery delivery;
        delivery.applicationId = a;
        delivery.connectionId = c.id;
        delivery.eventKind = QStringLiteral("auth");
        delivery.url = QStringLiteral("https://app.example/hook");
        delivery.payload = QStringLiteral("{}");
        delivery.createdAt = kNow;
        QVERIFY(deliveries.insert(&delivery).isOk());
        QVERIFY(delivery.id > 0);
        delivery.attempts = 2;
        delivery.status = WebhookDelivery::Status::Delivered;
        delivery.lastResponseCode = 204;
        delivery.deliveredAt = kNow.addSecs(3);
        delivery.durationMs = 12;
        delivery.signatureHeader = QStringLiteral("t=1,v1=ab");
        QVERIFY(deliveries.update(delivery).isOk());
        const auto found = deliveries.find(delivery.id, a);
        QVERIFY(found);
        QCOMPARE(found->attempts, 2);
        QCOMPARE(found->status, WebhookDelivery::Status::Delivered);
        QCOMPARE(found->lastResponseCode, 204);
        QCOMPARE(found->deliveredAt, kNow.addSecs(3));
        QCOMPARE(found->durationMs, qint64(12));
        QCOMPARE(deliveries.forConnection(c.id).size(), 1);
        QCOMPARE(deliveries.forApplication(a).size(), 1);
        QVERIFY(!deliveries.find(delivery.id, a + 1000));

        // Deleting the application takes its records with it.
        QVERIFY(ApplicationRepository(workspace).remove(a).isOk());
        QVERIFY(!ConnectionRepository(workspace).find(c.id));
        QCOMPARE(events.forApplication(a).size(), 0);
        QCOMPARE(deliveries.forApplication(a).size(), 0);
        QVERIFY(!WidgetSessionRepository(workspace).find(session.id));
    }

    void storedTimes()
    {
        QCOMPARE(StoredTime::format(kNow), QStringLiteral("2030-01-15T12:00:00.000Z"));
        QCOMPARE(StoredTime::parse(QStringLiteral("2030-01-15T12:00:00.000Z")), kNow);
        QVERIFY(StoredTime::format(QDateTime()).isEmpty());
        QVERIFY(!StoredTime::parse(QString()).isValid());
        // Text order is time order.
        QVERIFY(StoredTime::format(kNow) < StoredTime::format(kNow.addMSecs(1)));
        // Written as Qt writes ISO 8601 with milliseconds in UTC, from any zone, and read back.
        const QDateTime times[] = { kNow.addMSecs(7), QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::OffsetFromUTC, -5 * 3600),
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC) };
        for (const QDateTime &time : times) {
            QCOMPARE(StoredTime::format(time), time.toUTC().toString(Qt::ISODateWithMs));
            QCOMPARE(StoredTime::parse(StoredTime::format(time)), time);
        }
        const QDateTime farOff(QDate(12345, 6, 7), QTime(8, 9, 10, 11), Qt::UTC);
        QCOMPARE(StoredTime::format(farOff), farOff.toString(Qt::ISODateWithMs));
    }
};

QTEST_MAIN(TestConnectStore)
#include "tst_connectstore.moc"
