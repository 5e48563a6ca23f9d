#include "ApplicationRepository.h"
#include "ApplicationsController.h"
#include "SecretStore.h"
#include "TempWorkspace.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>
#include <functional>
#include <memory>

/// The Applications page's logic without a window: every write goes
/// through the undo stack and can be undone and redone.
class tst_ApplicationsController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void add();
    void addRefusesEmptyName();
    void edit_data();
    void edit();
    void editWithoutChangeIsNoCommand();
    void remove();
    void duplicate();
    void conflictOnSave();
    void conflictOnUndo();
    void secretFlagsDoNotBlockUndo();
    void sourceSecretNeedsStoredSource();
    void sameEditableFields();

private:
    /// Stores an application with two sources, credentials and a secret flag.
    QString insertAcme();

    std::unique_ptr<TempWorkspace> m_workspace;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ApplicationsController> m_controller;
};

using Mutation = std::function<void(Application &)>;
Q_DECLARE_METATYPE(Mutation)

void tst_ApplicationsController::init()
{
    m_workspace = std::make_unique<TempWorkspace>();
    QVERIFY2(m_workspace->isOpen(), qPrintable(m_workspace->errorMessage()));
    m_secrets = std::make_unique<SecretStore>(m_workspace->workspace().id());
    m_controller = std::make_unique<ApplicationsController>(m_workspace->workspace(), *m_secrets);
    m_controller->reload();
    QVERIFY(m_controller->applications().isEmpty());
    QVERIFY(m_controller->sources().size() > 10);
}

void tst_ApplicationsController::cleanup()
{
    m_controller.reset();
    m_secrets.reset();
    m_workspace.reset();
}

QString tst_ApplicationsController::insertAcme()
{
    Application acme;
    acme.name = QStringLiteral("Acme Fitness");
    acme.hasClientSecret = true;
    acme.redirectUrls = { QStringLiteral("https://acme.example/done") };
    acme.webhookUrl = QStringLiteral("https://acme.example/hook");
    acme.sourceKeys = { QStringLiteral("fitbit"), QStringLiteral("oura") };
    acme.credentials.insert(QStringLiteral("fitbit"), { QStringLiteral("fb-1"), true });
    if (!ApplicationRepository(m_workspace->workspace()).insert(&acme))
        return {};
    m_controller->reload();
    return acme.clientId;
}

void tst_ApplicationsController::add()
{
    QSignalSpy changed(m_controller.get(), &ApplicationsController::applicationsChanged);
    QSignalSpy errors(m_controller.get(), &ApplicationsController::errorOccurred);
    const QString clientId = m_controller->addApplication(QStringLiteral("  Pulse Labs "));
    QVERIFY(clientId.startsWith(QLatin1String("ld_")));
    QVERIFY(changed.size() >= 1);
    QCOMPARE(m_controller->applications().size(), 1);
    QCOMPARE(m_controller->application(clientId)->name, QStringLiteral("Pulse Labs"));
    QCOMPARE(m_controller->undoStack()->undoText(), QStringLiteral("Add \"Pulse Labs\""));

    m_controller->undoStack()->undo();
    QVERIFY(!m_controller->application(clientId));
    QVERIFY(m_controller->applications().isEmpty());

    m_controller->undoStack()->redo();
    const std::optional<Application> again = m_controller->application(clientId);
    QVERIFY(again);
    QCOMPARE(again->name, QStringLiteral("Pulse Labs"));
    QCOMPARE(m_controller->applications().size(), 1);
    QCOMPARE(errors.size(), 0);

    // A second one gets a name of its own.
    QCOMPARE(m_controller->unusedName(QStringLiteral("Pulse Labs")), QStringLiteral("Pulse Labs 2"));
}

void tst_ApplicationsController::addRefusesEmptyName()
{
    QSignalSpy errors(m_controller.get(), &ApplicationsController::errorOccurred);
    QVERIFY(m_controller->addApplication(QStringLiteral("   ")).isEmpty());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().toString(), QStringLiteral("A name is required."));
    QCOMPARE(m_controller->undoStack()->count(), 0);
}

void tst_ApplicationsController::edit_data()
{
    QTest::addColumn<Mutation>("mutate");

    QTest::newRow("name") << Mutation([](Application &a) { a.name = QStringLiteral("Acme Health"); });
    QTest::newRow("redirect URLs") << Mutation([](Application &a) {
        a.redirectUrls
            = { QStringLiteral("https://acme.example/a"), QStringLiteral("http://localhost:8080/b") };
    });
    QTest::newRow("webhook URL") << Mutation([](Application &a) { a.webhookUrl.clear(); });
    QTest::newRow("sources") << Mutation([](Application &a) {
        a.sourceKeys = { QStringLiteral("oura"), QStringLiteral("strava"), QStringLiteral("apple_health") };
        a.credentials.remove(QStringLiteral("fitbit"));
    });
    QTest::newRow("a source's client ID") << Mutation(
        [](Application &a) { a.credentials[QStringLiteral("oura")].clientId = QStringLiteral("oura-7"); });
}

void tst_ApplicationsController::edit()
{
    QFETCH(Mutation, mutate);
    const QString clientId = insertAcme();
    QVERIFY(!clientId.isEmpty());
    QSignalSpy errors(m_controller.get(), &ApplicationsController::errorOccurred);

    const Application before = *m_controller->application(clientId);
    Application edited = before;
    mutate(edited);
    QVERIFY(!ApplicationsController::sameEditableFields(before, edited));
    QVERIFY(m_controller->saveApplication(edited));
    QCOMPARE(m_controller->undoStack()->count(), 1);

    const auto stored = [&]() { return *m_controller->application(clientId); };
    QVERIFY(ApplicationsController::sameEditableFields(stored(), edited));
    QCOMPARE(stored().revision, before.revision + 1);
    // The keyring flags are not the edit's to change.
    QVERIFY(stored().hasClientSecret);

    m_controller->undoStack()->undo();
    QVERIFY(ApplicationsController::sameEditableFields(stored(), before));
    QCOMPARE(stored().credentials, before.credentials);

    m_controller->undoStack()->redo();
    QVERIFY(ApplicationsController::sameEditableFields(stored(), edited));
    QCOMPARE(errors.size(), 0);
    QCOMPARE(m_controller->undoStack()->count(), 1);
}

void tst_ApplicationsController::editWithoutChangeIsNoCommand()
{
    const QString clientId = insertAcme();
    QVERIFY(m_controller->saveApplication(*m_controller->application(clientId)));
    QCOMPARE(m_controller->undoStack()->count(), 0);
}

void tst_ApplicationsController::remove()
{
    const QString clientId = insertAcme();
    const Application original = *m_controller->application(clientId);
    QSignalSpy errors(m_controller.get(), &ApplicationsController::errorOccurred);

    QVERIFY(m_controller->removeApplication(clientId));
    QVERIFY(!m_controller->application(clientId));
    QVERIFY(m_controller->applications().isEmpty());

    m_controller->undoStack()->undo();
    const std::optional<Application> restored = m_controller->application(clientId);
    QVERIFY(restored);
    QCOMPARE(restored->clientId, original.clientId);
    QCOMPARE(restored->name, original.name);
    QCOMPARE(restored->sourceKeys, original.sourceKeys);
    QCOMPARE(restored->credentials, original.credentials);
    QCOMPARE(restored->redirectUrls, original.redirectUrls);
    QCOMPARE(restored->webhookUrl, original.webhookUrl);
    QVERIFY(restored->hasClientSecret);

    m_controller->undoStack()->redo();
    QVERIFY(!m_controller->application(clientId));
    m_controller->undoStack()->undo();
    QVERIFY(m_controller->application(clientId));
    QCOMPARE(errors.size(), 0);
}

void tst_ApplicationsController::duplicate()
{
    const QString clientId = insertAcme();
    const QString copyId = m_controller->duplicateApplication(clientId);
    QVERIFY(!copyId.isEmpty());
    QVERIFY(copyId != clientId);
    const Application copy = *m_controller->application(copyId);
    QCOMPARE(copy.name, QStringLiteral("Acme Fitness (copy)"));
    QCOMPARE(copy.sourceKeys, (QStringList { QStringLiteral("fitbit"), QStringLiteral("oura") }));
    // Client IDs come along; secrets never do.
    QCOMPARE(copy.credentials.value(QStringLiteral("fitbit")).clientId, QStringLiteral("fb-1"));
    QVERIFY(!copy.credentials.value(QStringLiteral("fitbit")).hasClientSecret);
    QVERIFY(!copy.hasClientSecret);
    m_controller->undoStack()->undo();
    QVERIFY(!m_controller->application(copyId));
    QVERIFY(m_controller->application(clientId));
}

void tst_ApplicationsController::conflictOnSave()
{
    const QString clientId = insertAcme();
    Application mine = *m_controller->application(clientId);

    Application theirs = mine;
    theirs.name = QStringLiteral("Changed by a colleague");
    QVERIFY(ApplicationRepository(m_workspace->workspace()).update(&theirs));

    QSignalSpy errors(m_controller.get(), &ApplicationsController::errorOccurred);
    mine.name = QStringLiteral("Mine");
    QVERIFY(!m_controller->saveApplication(mine));
    QCOMPARE(errors.size(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QLatin1String("Someone else changed")), qPrintable(message));
    QCOMPARE(m_controller->undoStack()->count(), 0);
    QCOMPARE(m_controller->application(clientId)->name, QStringLiteral("Changed by a colleague"));
}

void tst_ApplicationsController::conflictOnUndo()
{
    const QString clientId = insertAcme();
    Application edited = *m_controller->application(clientId);
    edited.name = QStringLiteral("Mine");
    QVERIFY(m_controller->saveApplication(edited));

    Application theirs = *m_controller->application(clientId);
    theirs.name = QStringLiteral("Theirs");
    QVERIFY(ApplicationRepository(m_workspace->workspace()).update(&theirs));

    QSignalSpy errors(m_controller.get(), &ApplicationsController::errorOccurred);
    m_controller->undoStack()->undo();
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().first().toString().contains(QLatin1String("changed elsewhere")));
    // Their edit stands, and the command that could not be undone is gone.
    QCOMPARE(m_controller->application(clientId)->name, QStringLiteral("Theirs"));
    QCOMPARE(m_controller->undoStack()->count(), 0);
}

void tst_ApplicationsController::secretFlagsDoNotBlockUndo()
{
    const QString clientId = insertAcme();
    Application edited = *m_controller->application(clientId);
    edited.name = QStringLiteral("Renamed");
    edited.credentials[QStringLiteral("oura")].clientId = QStringLiteral("oura-1");
    QVERIFY(m_controller->saveApplication(edited));

    // What a keyring write records: a flag, and a new revision.
    Application flagged = *m_controller->application(clientId);
    flagged.hasWebhookSecret = true;
    flagged.credentials[QStringLiteral("oura")].hasClientSecret = true;
    QVERIFY(ApplicationRepository(m_workspace->workspace()).update(&flagged));

    QSignalSpy errors(m_controller.get(), &ApplicationsController::errorOccurred);
    m_controller->undoStack()->undo();
    QCOMPARE(errors.size(), 0);
    const Application undone = *m_controller->application(clientId);
    QCOMPARE(undone.name, QStringLiteral("Acme Fitness"));
    QVERIFY(undone.hasWebhookSecret);
    QVERIFY(undone.credentials.value(QStringLiteral("oura")).hasClientSecret);
    QVERIFY(undone.credentials.value(QStringLiteral("oura")).clientId.isEmpty());
}

void tst_ApplicationsController::sourceSecretNeedsStoredSource()
{
    const QString clientId = insertAcme();
    QSignalSpy errors(m_controller.get(), &ApplicationsController::errorOccurred);
    bool called = false;
    m_controller->setSourceSecret(clientId, QStringLiteral("strava"), QStringLiteral("s3cret"), this,
        [&called](const ApplicationsController::SecretOutcome &outcome) {
            called = true;
            QVERIFY(!outcome.ok);
            QVERIFY(outcome.secret.isEmpty());
        });
    QVERIFY(called);
    QCOMPARE(errors.size(), 1);
    QVERIFY(!m_controller->application(clientId)->credentials.contains(QStringLiteral("strava")));
}

void tst_ApplicationsController::sameEditableFields()
{
    Application a;
    a.name = QStringLiteral("A");
    a.clientId = QStringLiteral("ld_1");
    a.sourceKeys = { QStringLiteral("oura"), QStringLiteral("fitbit") };
    a.credentials.insert(QStringLiteral("fitbit"), { QStringLiteral("x"), false });
    Application b = a;
    b.revision = 7;
    b.hasClientSecret = true;
    b.sourceKeys = { QStringLiteral("fitbit"), QStringLiteral("oura") };
    b.credentials[QStringLiteral("fitbit")].hasClientSecret = true;
    b.name = QStringLiteral(" A ");
    QVERIFY(ApplicationsController::sameEditableFields(a, b));
    b.credentials[QStringLiteral("fitbit")].clientId = QStringLiteral("y");
    QVERIFY(!ApplicationsController::sameEditableFields(a, b));
}

QTEST_GUILESS_MAIN(tst_ApplicationsController)
#include "tst_applicationscontroller.moc"
