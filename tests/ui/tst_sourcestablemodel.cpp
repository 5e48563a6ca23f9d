#include "SecretStore.h"
#include "SourceFilterModel.h"
#include "SourcesController.h"
#include "SourcesTableModel.h"
#include "TempWorkspace.h"
#include "TestRunRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestSourcesTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsAndCheckbox()
    {
        TempWorkspace temp;
        QVERIFY(temp.isOpen());
        SecretStore secrets(temp.workspace().id());
        SourcesController controller(temp.workspace(), secrets);
        SourcesTableModel model(controller);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), int(controller.sources().size()));
        QCOMPARE(model.columnCount(), int(SourcesTableModel::ColumnCount));

        const int row = model.rowOf(QStringLiteral("garmin"));
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, SourcesTableModel::Name).data().toString(), QStringLiteral("Garmin"));
        QCOMPARE(
            model.index(row, SourcesTableModel::AuthType).data().toString(), QStringLiteral("OAuth 1.0a"));
        QCOMPARE(model.index(row, SourcesTableModel::Credentials).data().toString(),
            QStringLiteral("per application"));
        QVERIFY(!model.index(row, SourcesTableModel::Logo).data(Qt::DecorationRole).value<QIcon>().isNull());
        const QModelIndex enabled = model.index(row, SourcesTableModel::Enabled);
        QVERIFY(model.flags(enabled) & Qt::ItemIsUserCheckable);
        QCOMPARE(enabled.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        QVERIFY(model.setData(enabled, Qt::Unchecked, Qt::CheckStateRole));
        const int after = model.rowOf(QStringLiteral("garmin"));
        QCOMPARE(model.index(after, SourcesTableModel::Enabled).data(Qt::CheckStateRole).toInt(),
            int(Qt::Unchecked));
        QVERIFY(!controller.find(QStringLiteral("garmin"))->enabled);
    }

    void lastTestResult()
    {
        TempWorkspace temp;
        QVERIFY(temp.isOpen());
        TestRunRecord run;
        run.sourceKey = QStringLiteral("oura");
        run.startedAt = QDateTime::currentDateTimeUtc();
        run.result = TestRunRecord::Result::Failed;
        QVERIFY(TestRunRepository(temp.workspace()).insert(&run));
        SecretStore secrets(temp.workspace().id());
        SourcesController controller(temp.workspace(), secrets);
        SourcesTableModel model(controller);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto lastTest = [&model](const QString &key) {
            return model.index(model.rowOf(key), SourcesTableModel::LastTest).data().toString();
        };
        QVERIFY2(lastTest(QStringLiteral("oura")).startsWith(QStringLiteral("failed, ")),
            qPrintable(lastTest(QStringLiteral("oura"))));
        QCOMPARE(lastTest(QStringLiteral("fitbit")), QStringLiteral("never"));

        // A newer run, once the table reads the results again.
        run.id = 0;
        run.startedAt = run.startedAt.addSecs(60);
        run.result = TestRunRecord::Result::Passed;
        QVERIFY(TestRunRepository(temp.workspace()).insert(&run));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.reloadLastTests();
        QCOMPARE(changed.size(), 1);
        QVERIFY(lastTest(QStringLiteral("oura")).startsWith(QStringLiteral("passed, ")));
    }

    void filterBySearchAndAuthType_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("authType");
        QTest::addColumn<QStringList>("mustContain");
        QTest::addColumn<QStringList>("mustNotContain");
        QTest::newRow("name") << QStringLiteral("fit") << QString()
                              << QStringList { QStringLiteral("fitbit"), QStringLiteral("google_fit") }
                              << QStringList { QStringLiteral("oura") };
        QTest::newRow("type sdk") << QString() << QStringLiteral("sdk")
                                  << QStringList { QStringLiteral("apple_health"),
                                         QStringLiteral("samsung_health") }
                                  << QStringList { QStringLiteral("fitbit") };
        QTest::newRow("both") << QStringLiteral("health") << QStringLiteral("sdk")
                              << QStringList { QStringLiteral("health_connect") }
                              << QStringList { QStringLiteral("zwift") };
        QTest::newRow("nothing") << QStringLiteral("zzzz") << QString() << QStringList {}
                                 << QStringList { QStringLiteral("fitbit") };
    }

    void filterBySearchAndAuthType()
    {
        QFETCH(QString, search);
        QFETCH(QString, authType);
        QFETCH(QStringList, mustContain);
        QFETCH(QStringList, mustNotContain);
        TempWorkspace temp;
        SecretStore secrets(temp.workspace().id());
        SourcesController controller(temp.workspace(), secrets);
        SourcesTableModel model(controller);
        SourceFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSearchText(search);
        filter.setAuthType(authType);
        QStringList keys;
        for (int row = 0; row < filter.rowCount(); ++row)
            keys << filter.index(row, 0).data(SourcesTableModel::KeyRole).toString();
        for (const QString &key : mustContain)
            QVERIFY2(keys.contains(key), qPrintable(key));
        for (const QString &key : mustNotContain)
            QVERIFY2(!keys.contains(key), qPrintable(key));
    }
};

QTEST_MAIN(TestSourcesTableModel)
#include "tst_sourcestablemodel.moc"
