#include "AuditLog.h"
#include "ImportPlan.h"
#include "SecretStore.h"
#include "SourceRepository.h"
#include "SourcesController.h"
#include "TempWorkspace.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

class TestSourcesController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addEditDeleteWithUndoRedo()
    {
        TempWorkspace temp;
        QVERIFY(temp.isOpen());
        SecretStore secrets(temp.workspace().id());
        SourcesController controller(temp.workspace(), secrets);
        const int initial = int(controller.sources().size());

        IntegrationSource draft = controller.draft();
        QCOMPARE(draft.key, QStringLiteral("new-source"));
        draft.displayName = QStringLiteral("Acme Ring");
        draft.authType = IntegrationSource::AuthType::Sdk;
        QVERIFY(controller.add(draft).isOk());
        QCOMPARE(controller.sources().size(), initial + 1);
        QCOMPARE(controller.draft().key, QStringLiteral("new-source-2"));

        IntegrationSource edited = *controller.find(QStringLiteral("new-source"));
        edited.displayName = QStringLiteral("Acme Ring 2");
        QVERIFY(controller.save(edited).isOk());
        QCOMPARE(controller.find(QStringLiteral("new-source"))->displayName, QStringLiteral("Acme Ring 2"));

        QVERIFY(controller.remove(QStringLiteral("new-source")).isOk());
        QVERIFY(!controller.find(QStringLiteral("new-source")));
        QCOMPARE(controller.undoStack()->count(), 3);

        QSignalSpy errors(&controller, &SourcesController::errorOccurred);
        controller.undoStack()->undo(); // delete
        QVERIFY2(errors.isEmpty(),
            errors.isEmpty() ? "" : qPrintable(errors.constFirst().constFirst().toString()));
        QCOMPARE(controller.find(QStringLiteral("new-source"))->displayName, QStringLiteral("Acme Ring 2"));
        controller.undoStack()->undo(); // edit
        QCOMPARE(controller.find(QStringLiteral("new-source"))->displayName, QStringLiteral("Acme Ring"));
        controller.undoStack()->undo(); // add
        QVERIFY(!controller.find(QStringLiteral("new-source")));
        QVERIFY(!SourceRepository(temp.workspace()).find(QStringLiteral("new-source")));
        controller.undoStack()->redo();
        controller.undoStack()->redo();
        QCOMPARE(SourceRepository(temp.workspace()).find(QStringLiteral("new-source"))->displayName,
            QStringLiteral("Acme Ring 2"));
    }

    // The Sources page shows a large registry's first rows before reading the rest.
    void firstRowsThenTheRest()
    {
        TempWorkspace temp;
        SourceRepository repository(temp.workspace());
        for (int i = 0; i < SourcesController::kFirstRows + 30; ++i) {
            IntegrationSource source;
            source.key = QStringLiteral("bulk-%1").arg(i, 3, 10, QLatin1Char('0'));
            source.displayName = QStringLiteral("Bulk %1").arg(i % 7); // names shared by several
            source.authType = IntegrationSource::AuthType::Sdk;
            QVERIFY(repository.insert(&source).isOk());
        }
        const QList<IntegrationSource> all = repository.summaries();
        SecretStore secrets(temp.workspace().id());

        SourcesController staged(temp.workspace(), secrets, SourcesController::InitialLoad::FirstRows);
        QCOMPARE(staged.sources().size(), SourcesController::kFirstRows);
        QVERIFY(!staged.isComplete());
        // A new key is free of every source, read or not.
        const QString last = all.constLast().key;
        QCOMPARE(staged.duplicateOf(last)->key, last + QStringLiteral("-copy"));
        QSignalSpy appended(&staged, &SourcesController::sourcesAppended);
        staged.loadRest();
        QVERIFY(staged.isComplete());
        QCOMPARE(appended.size(), 1);
        QCOMPARE(appended.constFirst().constFirst().toInt(), SourcesController::kFirstRows);
        auto keys = [](const QList<IntegrationSource> &sources) {
            QStringList keys;
            for (const IntegrationSource &s : sources)
                keys << s.key;
            return keys;
        };
        QCOMPARE(keys(staged.sources()), keys(all));
        staged.loadRest();
        QCOMPARE(appended.size(), 1);

        SourcesController whole(temp.workspace(), secrets);
        QVERIFY(whole.isComplete());
        QCOMPARE(keys(whole.sources()), keys(all));
        // A registry no larger than the first rows is read whole at once.
        TempWorkspace catalogue;
        SourcesController small(catalogue.workspace(), secrets, SourcesController::InitialLoad::FirstRows);
        QVERIFY(small.isComplete());
    }

    void enableToggleIsUndoable()
    {
        TempWorkspace temp;
        SecretStore secrets(temp.workspace().id());
        SourcesController controller(temp.workspace(), secrets);
        QVERIFY(controller.find(QStringLiteral("strava"))->enabled);
        QVERIFY(controller.setEnabled(QStringLiteral("strava"), false).isOk());
        QVERIFY(!SourceRepository(temp.workspace()).find(QStringLiteral("strava"))->enabled);
        controller.undoStack()->undo();
        QVERIFY(SourceRepository(temp.workspace()).find(QStringLiteral("strava"))->enabled);
    }

    void duplicateNeverCopiesSecretState()
    {
        TempWorkspace temp;
        SecretStore secrets(temp.workspace().id());
        QVERIFY(SourceRepository(temp.workspace()).setHasClientSecret(QStringLiteral("oura"), true).isOk());
        SourcesController controller(temp.workspace(), secrets);
        const auto copy = controller.duplicateOf(QStringLiteral("oura"));
        QVERIFY(copy);
        QCOMPARE(copy->key, QStringLiteral("oura-copy"));
        QVERIFY(!copy->hasClientSecret);
        QCOMPARE(copy->id, 0);
    }

    void conflictIsReportedNotOverwritten()
    {
        TempWorkspace temp;
        SecretStore secrets(temp.workspace().id());
        SourcesController controller(temp.workspace(), secrets);
        IntegrationSource mine = *controller.find(QStringLiteral("polar"));
        // Someone else saves first.
        IntegrationSource theirs = *SourceRepository(temp.workspace()).find(QStringLiteral("polar"));
        theirs.description = QStringLiteral("theirs");
        QVERIFY(SourceRepository(temp.workspace()).update(&theirs).isOk());

        mine.description = QStringLiteral("mine");
        const StoreResult result = controller.save(mine);
        QCOMPARE(result.status, StoreResult::Status::Conflict);
        QCOMPARE(controller.undoStack()->count(), 0);
        QCOMPARE(controller.find(QStringLiteral("polar"))->description, QStringLiteral("theirs"));
    }

    void addingAnExistingKeyFails()
    {
        TempWorkspace temp;
        SecretStore secrets(temp.workspace().id());
        SourcesController controller(temp.workspace(), secrets);
        IntegrationSource clash = controller.draft();
        clash.key = QStringLiteral("fitbit");
        QCOMPARE(controller.add(clash).status, StoreResult::Status::Invalid);
        QCOMPARE(controller.undoStack()->count(), 0);
    }

    void importAndItsUndoAreAudited()
    {
        TempWorkspace temp;
        temp.workspace().setOperatorName(QStringLiteral("ada"));
        SecretStore secrets(temp.workspace().id());
        SourcesController controller(temp.workspace(), secrets);
        IntegrationSource fresh = controller.draft();
        fresh.key = QStringLiteral("newcomer");
        IntegrationSource oura = *controller.find(QStringLiteral("oura"));
        oura.description = QStringLiteral("Imported description");
        const ImportPlan plan
            = ImportPlan::compute(SourceRepository(temp.workspace()).all(), { fresh, oura });
        QVERIFY(controller.applyImport(plan).isOk());
        const auto actions = [&temp]() {
            QStringList list;
            for (const AuditEntry &entry : AuditLog(temp.workspace()).entries())
                list << entry.action + QLatin1Char(' ') + entry.objectId;
            return list;
        };
        QCOMPARE(
            actions(), (QStringList { QStringLiteral("import oura"), QStringLiteral("import newcomer") }));
        // Undoing is a change of its own, recorded as what it does.
        controller.undoStack()->undo();
        QCOMPARE(actions().mid(0, 2),
            (QStringList { QStringLiteral("update oura"), QStringLiteral("delete newcomer") }));
        for (const AuditEntry &entry : AuditLog(temp.workspace()).entries())
            QCOMPARE(entry.operatorName, QStringLiteral("ada"));
    }
};

QTEST_MAIN(TestSourcesController)
#include "tst_sourcescontroller.moc"
