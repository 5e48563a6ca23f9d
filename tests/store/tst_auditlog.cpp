#include "ApplicationRepository.h"
#include "AuditLog.h"
#include "ImportPlan.h"
#include "SourceRepository.h"
#include "TempWorkspace.h"
#include "TestBackends.h"

#include <QJsonArray>
#include <QTest>

/// The audit log: every change to sources and applications made through
/// their repositories is recorded with the operator, in the change's own
/// transaction; connection actions are recorded through AuditLog::record().
/// Against SQLite and a real PostgreSQL server.
class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestBackends::addRows(); }
    void init() { LINKDECK_SKIP_UNAVAILABLE_BACKEND(); }

    void aNewWorkspaceHasAnEmptyLog()
    {
        TempWorkspace temp(TestBackends::current());
        QVERIFY2(temp.isOpen(), qPrintable(temp.errorMessage()));
        // Seeding the bundled catalogue is no one's change.
        QVERIFY(SourceRepository(temp.workspace()).count() > 10);
        QVERIFY(AuditLog(temp.workspace()).entries().isEmpty());
    }

    void sourceChangesAreRecorded()
    {
        TempWorkspace temp(TestBackends::current());
        QVERIFY(temp.isOpen());
        Workspace &workspace = temp.workspace();
        workspace.setOperatorName(QStringLiteral("ada"));
        SourceRepository sources(workspace);

        IntegrationSource source;
        source.key = QStringLiteral("acme");
        source.displayName = QStringLiteral("Acme Band");
        QVERIFY(sources.insert(&source).isOk());
        source.authUrl = QStringLiteral("https://acme.example/authorize");
        source.scopes = { QStringLiteral("activity") };
        QVERIFY(sources.update(&source).isOk());
        QVERIFY(sources.setEnabled(QStringLiteral("acme"), false).isOk());
        QVERIFY(sources.setEnabled(QStringLiteral("acme"), true).isOk());
        QVERIFY(sources.setHasClientSecret(QStringLiteral("acme"), true).isOk());
        // Saving what is stored already changes nothing, and tells nothing.
        auto same = sources.find(QStringLiteral("acme"));
        QVERIFY(sources.update(&*same).isOk());
        QVERIFY(sources.remove(QStringLiteral("acme")).isOk());

        const QList<AuditEntry> entries = AuditLog(workspace).entries(AuditLog::sourceKind());
        QStringList actions;
        for (const AuditEntry &entry : entries) {
            actions.prepend(entry.action);
            QCOMPARE(entry.operatorName, QStringLiteral("ada"));
            QCOMPARE(entry.objectId, QStringLiteral("acme"));
            QCOMPARE(entry.summary, QStringLiteral("Acme Band"));
            QVERIFY(entry.at.isValid());
        }
        QCOMPARE(actions,
            (QStringList { QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("disable"),
                QStringLiteral("enable"), QStringLiteral("set_secret"), QStringLiteral("delete") }));
        const QJsonArray changed = entries.at(4).details.value(QStringLiteral("changed")).toArray();
        QCOMPARE(
            changed.toVariantList(), (QVariantList { QStringLiteral("auth_url"), QStringLiteral("scopes") }));
    }

    void importIsRecordedAsImport()
    {
        TempWorkspace temp(TestBackends::current());
        QVERIFY(temp.isOpen());
        SourceRepository sources(temp.workspace());
        IntegrationSource fresh;
        fresh.key = QStringLiteral("newcomer");
        fresh.displayName = QStringLiteral("Newcomer");
        IntegrationSource oura = *sources.find(QStringLiteral("oura"));
        IntegrationSource changedOura = oura;
        changedOura.description = QStringLiteral("Rings, imported");
        const ImportPlan plan = ImportPlan::compute(sources.all(), { fresh, changedOura });
        QCOMPARE(plan.added.size(), 1);
        QCOMPARE(plan.changed.size(), 1);
        QVERIFY(sources.apply(plan).isOk());
        const QList<AuditEntry> entries = AuditLog(temp.workspace()).entries();
        QCOMPARE(entries.size(), 2);
        for (const AuditEntry &entry : entries)
            QCOMPARE(entry.action, QStringLiteral("import"));
        QCOMPARE(entries.at(0).objectId, QStringLiteral("oura"));
        QCOMPARE(entries.at(1).objectId, QStringLiteral("newcomer"));
        // Later writes through the same repository are plain again.
        QVERIFY(sources.remove(QStringLiteral("newcomer")).isOk());
        QCOMPARE(AuditLog(temp.workspace()).entries().constFirst().action, QStringLiteral("delete"));
    }

    void applicationChangesAreRecorded()
    {
        TempWorkspace temp(TestBackends::current());
        QVERIFY(temp.isOpen());
        temp.workspace().setOperatorName(QStringLiteral("grace"));
        ApplicationRepository applications(temp.workspace());
        Application app;
        app.name = QStringLiteral("Coach");
        QVERIFY(applications.insert(&app).isOk());
        app.webhookUrl = QStringLiteral("https://coach.example/hooks");
        app.sourceKeys = { QStringLiteral("oura") };
        QVERIFY(applications.update(&app).isOk());
        applications.setAuditAction(QStringLiteral("rotate_secret"),
            QJsonObject { { QStringLiteral("secret"), QStringLiteral("client_secret") } });
        app.hasClientSecret = true;
        QVERIFY(applications.update(&app).isOk());
        applications.setAuditAction(QString());
        QVERIFY(applications.remove(app.id).isOk());

        const QList<AuditEntry> entries = AuditLog(temp.workspace()).entries(AuditLog::applicationKind());
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(3).action, QStringLiteral("create"));
        QCOMPARE(entries.at(2).action, QStringLiteral("update"));
        QCOMPARE(entries.at(2).details.value(QStringLiteral("changed")).toArray().toVariantList(),
            (QVariantList { QStringLiteral("webhook_url"), QStringLiteral("sources") }));
        QCOMPARE(entries.at(1).action, QStringLiteral("rotate_secret"));
        QCOMPARE(entries.at(1).details.value(QStringLiteral("secret")).toString(),
            QStringLiteral("client_secret"));
        QCOMPARE(entries.at(0).action, QStringLiteral("delete"));
        for (const AuditEntry &entry : entries) {
            QCOMPARE(entry.operatorName, QStringLiteral("grace"));
            QCOMPARE(entry.objectId, app.clientId);
            QCOMPARE(entry.summary, QStringLiteral("Coach"));
        }
    }

    void aFailedChangeLeavesNoEntry()
    {
        TempWorkspace temp(TestBackends::current());
        QVERIFY(temp.isOpen());
        // The import's first source is written and recorded, then its second
        // is refused: both the write and its entry are rolled back.
        IntegrationSource fresh;
        fresh.key = QStringLiteral("newcomer");
        fresh.displayName = QStringLiteral("Newcomer");
        IntegrationSource duplicate = fresh;
        duplicate.key = QStringLiteral("oura");
        ImportPlan plan;
        plan.added = { fresh, duplicate };
        QVERIFY(!SourceRepository(temp.workspace()).apply(plan).isOk());
        QVERIFY(!SourceRepository(temp.workspace()).find(QStringLiteral("newcomer")));
        QVERIFY(AuditLog(temp.workspace()).entries().isEmpty());
        // A write refused as a conflict is not recorded either.
        IntegrationSource stale = *SourceRepository(temp.workspace()).find(QStringLiteral("oura"));
        IntegrationSource first = stale;
        first.description = QStringLiteral("first");
        QVERIFY(SourceRepository(temp.workspace()).update(&first).isOk());
        stale.description = QStringLiteral("second");
        QCOMPARE(SourceRepository(temp.workspace()).update(&stale).status, StoreResult::Status::Conflict);
        const QList<AuditEntry> entries = AuditLog(temp.workspace()).entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.constFirst().action, QStringLiteral("update"));
    }

    void recordFilterAndSearch()
    {
        TempWorkspace temp(TestBackends::current());
        QVERIFY(temp.isOpen());
        AuditLog log(temp.workspace());
        QVERIFY(
            log.record(QStringLiteral("support-sam"), QStringLiteral("revoke"), AuditLog::connectionKind(),
                   QStringLiteral("conn-1"), QStringLiteral("user-42 at Oura"),
                   QJsonObject { { QStringLiteral("reason"), QStringLiteral("user asked") } })
                .isOk());
        QVERIFY(
            log.record(QStringLiteral("support-sam"), QStringLiteral("disconnect"),
                   AuditLog::connectionKind(), QStringLiteral("conn_2"), QStringLiteral("user-7 at Fitbit"))
                .isOk());
        temp.workspace().setOperatorName(QStringLiteral("ada"));
        IntegrationSource source = *SourceRepository(temp.workspace()).find(QStringLiteral("fitbit"));
        source.description = QStringLiteral("Changed");
        QVERIFY(SourceRepository(temp.workspace()).update(&source).isOk());

        QCOMPARE(log.entries().size(), 3);
        QCOMPARE(log.entries(AuditLog::connectionKind()).size(), 2);
        QCOMPARE(log.entries(AuditLog::applicationKind()).size(), 0);
        const QList<AuditEntry> revoked = log.entries({}, QStringLiteral("REVOKE"));
        QCOMPARE(revoked.size(), 1);
        QCOMPARE(revoked.constFirst().operatorName, QStringLiteral("support-sam"));
        QCOMPARE(revoked.constFirst().details.value(QStringLiteral("reason")).toString(),
            QStringLiteral("user asked"));
        QCOMPARE(log.entries({}, QStringLiteral("fitbit")).size(), 2); // the source and "user-7 at Fitbit"
        QCOMPARE(log.entries(AuditLog::sourceKind(), QStringLiteral("fitbit")).size(), 1);
        QCOMPARE(log.entries({}, QStringLiteral("ada")).size(), 1);
        // LIKE's wildcards are plain characters in a search.
        QCOMPARE(log.entries({}, QStringLiteral("conn_")).size(), 1);
        QCOMPARE(log.entries({}, QStringLiteral("%")).size(), 0);
        QCOMPARE(log.entries({}, {}, 2).size(), 2);
    }
};

QTEST_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
