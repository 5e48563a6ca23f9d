#include "AuditLog.h"
#include "AuditPage.h"
#include "AuditTableModel.h"
#include "SourceRepository.h"
#include "TempWorkspace.h"
#include "TestLocale.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QtTest>

/// The Audit log page offscreen: a read-only table, a filter by kind of
/// object and a search box, driven by object name.
class tst_AuditPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestLocale::useEnglish(); }
    void filterAndSearch();
    void showsChangesMadeSince();
};

void tst_AuditPage::filterAndSearch()
{
    TempWorkspace temp;
    QVERIFY2(temp.isOpen(), qPrintable(temp.errorMessage()));
    temp.workspace().setOperatorName(QStringLiteral("ada"));
    IntegrationSource oura = *SourceRepository(temp.workspace()).find(QStringLiteral("oura"));
    oura.description = QStringLiteral("Rings");
    QVERIFY(SourceRepository(temp.workspace()).update(&oura).isOk());
    QVERIFY(SourceRepository(temp.workspace()).setEnabled(QStringLiteral("garmin"), false).isOk());
    QVERIFY(AuditLog(temp.workspace())
                .record(QStringLiteral("sam"), QStringLiteral("revoke"), AuditLog::connectionKind(),
                    QStringLiteral("conn-9"), QStringLiteral("user-42 at Oura"))
                .isOk());

    AuditPage page(temp.workspace());
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    auto *table = page.findChild<QTableView *>(QStringLiteral("auditTable"));
    QVERIFY(table);
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->model()->index(0, AuditTableModel::Action).data().toString(), QStringLiteral("revoked"));
    QCOMPARE(table->model()->index(0, AuditTableModel::Operator).data().toString(), QStringLiteral("sam"));
    QCOMPARE(table->model()->index(2, AuditTableModel::Summary).data().toString(),
        QStringLiteral("Oura (description)"));
    QCOMPARE(table->model()->index(1, AuditTableModel::Action).data().toString(), QStringLiteral("disabled"));
    QCOMPARE(
        table->model()->index(1, AuditTableModel::ObjectKind).data().toString(), QStringLiteral("source"));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("countLabel"))->text(), QStringLiteral("3 entries"));

    auto *kind = page.findChild<QComboBox *>(QStringLiteral("kindCombo"));
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down); // Sources
    QCOMPARE(table->model()->rowCount(), 2);
    QTest::keyClick(kind, Qt::Key_Down); // Applications
    QCOMPARE(table->model()->rowCount(), 0);
    QTest::keyClick(kind, Qt::Key_Down); // Connections
    QCOMPARE(table->model()->rowCount(), 1);
    QTest::keyClick(kind, Qt::Key_Home); // Everything

    QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("oura"));
    QCOMPARE(table->model()->rowCount(), 2);
    QTest::keyClicks(search, QStringLiteral(" at"));
    QCOMPARE(table->model()->rowCount(), 0);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("ADA"));
    QCOMPARE(table->model()->rowCount(), 2);
}

void tst_AuditPage::showsChangesMadeSince()
{
    TempWorkspace temp;
    QVERIFY(temp.isOpen());
    AuditPage page(temp.workspace());
    page.show();
    auto *table = page.findChild<QTableView *>(QStringLiteral("auditTable"));
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(SourceRepository(temp.workspace()).remove(QStringLiteral("oura")).isOk());
    // Shown again, as when the user comes back to the page.
    page.hide();
    page.show();
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, AuditTableModel::Action).data().toString(), QStringLiteral("deleted"));
    QCOMPARE(table->model()->index(0, AuditTableModel::ObjectId).data().toString(), QStringLiteral("oura"));
}

QTEST_MAIN(tst_AuditPage)
#include "tst_auditpage.moc"
