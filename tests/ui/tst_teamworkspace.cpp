#include "ApplicationRepository.h"
#include "ApplicationsController.h"
#include "AuditLog.h"
#include "SecretStore.h"
#include "SourceRepository.h"
#include "SourcesController.h"
#include "TempWorkspace.h"

#include <QJsonArray>
#include <QtTest>

/// A team workspace on a real PostgreSQL server: two consoles (two Workspace
/// connections) edit the same source and the same application. The second
/// save is refused as a conflict, overwriting then works, and the audit log
/// tells who did what: nothing is lost silently.
class tst_TeamWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sameSource();
    void sameApplication();

private:
    std::unique_ptr<TempWorkspace> m_temp;
    std::unique_ptr<Workspace> m_second;
};

void tst_TeamWorkspace::init()
{
    if (!TempWorkspace::postgresAvailable())
        QSKIP("No PostgreSQL server: run under tests/support/with-postgres.sh, as ctest does");
    m_temp = std::make_unique<TempWorkspace>(TempWorkspace::Backend::PostgreSql);
    QVERIFY2(m_temp->isOpen(), qPrintable(m_temp->errorMessage()));
    m_second = std::make_unique<Workspace>();
    const StoreResult opened = m_second->open(m_temp->location());
    QVERIFY2(opened.isOk(), qPrintable(opened.message));
    QCOMPARE(m_second->id(), m_temp->workspace().id());
    m_temp->workspace().setOperatorName(QStringLiteral("ada"));
    m_second->setOperatorName(QStringLiteral("grace"));
}

void tst_TeamWorkspace::cleanup()
{
    m_second.reset();
    m_temp.reset();
}

void tst_TeamWorkspace::sameSource()
{
    SecretStore adaSecrets(m_temp->workspace().id());
    SecretStore graceSecrets(m_second->id());
    SourcesController ada(m_temp->workspace(), adaSecrets);
    SourcesController grace(*m_second, graceSecrets);
    IntegrationSource adas = *ada.find(QStringLiteral("oura"));
    IntegrationSource graces = *grace.find(QStringLiteral("oura"));

    adas.description = QStringLiteral("Ada's description");
    QVERIFY(ada.save(adas).isOk());
    graces.scopes = { QStringLiteral("daily"), QStringLiteral("heartrate") };
    const StoreResult refused = grace.save(graces);
    QCOMPARE(refused.status, StoreResult::Status::Conflict);
    QVERIFY(refused.message.contains(QLatin1String("Someone else changed")));
    QCOMPARE(SourceRepository(*m_second).find(QStringLiteral("oura"))->description,
        QStringLiteral("Ada's description"));

    QVERIFY(grace.save(graces, true).isOk());
    const IntegrationSource stored = *SourceRepository(m_temp->workspace()).find(QStringLiteral("oura"));
    QCOMPARE(stored.scopes, graces.scopes);

    const QList<AuditEntry> entries = AuditLog(m_temp->workspace()).entries(AuditLog::sourceKind());
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).operatorName, QStringLiteral("grace"));
    QCOMPARE(entries.at(1).operatorName, QStringLiteral("ada"));
    // What the overwrite replaced is on record.
    QVERIFY(entries.at(0)
                .details.value(QStringLiteral("changed"))
                .toArray()
                .contains(QStringLiteral("description")));
}

void tst_TeamWorkspace::sameApplication()
{
    Application created;
    created.name = QStringLiteral("Coach");
    QVERIFY(ApplicationRepository(m_temp->workspace()).insert(&created).isOk());
    SecretStore adaSecrets(m_temp->workspace().id());
    SecretStore graceSecrets(m_second->id());
    ApplicationsController ada(m_temp->workspace(), adaSecrets);
    ApplicationsController grace(*m_second, graceSecrets);
    Application adas = *ada.application(created.clientId);
    Application graces = *grace.application(created.clientId);

    adas.webhookUrl = QStringLiteral("https://ada.example/hooks");
    QVERIFY(ada.saveApplication(adas).isOk());
    graces.name = QStringLiteral("Coach (Grace)");
    const StoreResult refused = grace.saveApplication(graces);
    QCOMPARE(refused.status, StoreResult::Status::Conflict);
    QCOMPARE(ApplicationRepository(*m_second).find(created.id)->name, QStringLiteral("Coach"));
    QCOMPARE(ApplicationRepository(*m_second).find(created.id)->webhookUrl, adas.webhookUrl);

    QVERIFY(grace.saveApplication(graces, true).isOk());
    const Application stored = *ApplicationRepository(m_temp->workspace()).find(created.id);
    QCOMPARE(stored.name, QStringLiteral("Coach (Grace)"));
    // Grace's form still had the old webhook URL: overwriting stores it.
    QCOMPARE(stored.webhookUrl, QString());

    const QList<AuditEntry> entries = AuditLog(*m_second).entries(AuditLog::applicationKind());
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).operatorName, QStringLiteral("grace"));
    QCOMPARE(entries.at(0).action, QStringLiteral("update"));
    QCOMPARE(entries.at(1).operatorName, QStringLiteral("ada"));
    QCOMPARE(entries.at(2).action, QStringLiteral("create"));
}

QTEST_MAIN(tst_TeamWorkspace)
#include "tst_teamworkspace.moc"
