#include "ApplicationRepository.h"
#include "ConnectionDetailPane.h"
#include "ConnectionRepository.h"
#include "ConnectionsController.h"
#include "ConnectionsPage.h"
#include "ConnectionsTableModel.h"
#include "EventRepository.h"
#include "ModalDriver.h"
#include "SecretStore.h"
#include "SupportBundle.h"
#include "TempWorkspace.h"
#include "TestLocale.h"
#include "TokenSealer.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>
#include <memory>

namespace {

constexpr int kConnections = 20000;
// Dialogs take their time to come up on a busy machine.
constexpr int kModalTimeoutMs = 20000;

} // namespace

/// The Connections page offscreen on a generated workspace of twenty
/// thousand connections, driven by object names as a person would.
class TestConnectionsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempWorkspace> m_temp;
    std::unique_ptr<SecretStore> m_secrets;
    Application m_app;
    QByteArray m_key;

    std::unique_ptr<ConnectionsPage> makePage()
    {
        auto page = std::make_unique<ConnectionsPage>(m_temp->workspace(), *m_secrets);
        page->resize(1280, 800);
        page->show();
        page->activateWindow();
        // Shortcuts only reach an active window.
        if (!QTest::qWaitForWindowActive(page.get()))
            qWarning() << "the page did not become active";
        QSignalSpy loaded(&page->controller(), &ConnectionsController::sealingKeyChanged);
        if (!page->controller().hasSealingKey() && !loaded.wait(10000))
            qWarning() << "the sealing key did not load";
        return page;
    }

    template<typename T> static T *child(QWidget *page, const char *name)
    {
        T *found = page->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning() << "no" << name;
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestLocale::useEnglish();
        m_key = TokenSealer::generateKey();
        // From the environment, as a headless run would: no keyring needed.
        qputenv("LINKDECK_SEALING_KEY", m_key.toBase64());
        m_temp = std::make_unique<TempWorkspace>();
        QVERIFY2(m_temp->isOpen(), qPrintable(m_temp->errorMessage()));
        m_secrets = std::make_unique<SecretStore>(m_temp->workspace().id());
        m_app.name = QStringLiteral("Ring Coach");
        QVERIFY(ApplicationRepository(m_temp->workspace()).insert(&m_app).isOk());

        QElapsedTimer timer;
        timer.start();
        const QStringList sources = { QStringLiteral("fitbit"), QStringLiteral("oura"),
            QStringLiteral("garmin"), QStringLiteral("withings") };
        const TokenSealer sealer(m_key);
        const QByteArray sealed = sealer.seal(QJsonDocument(
            QJsonObject { { QStringLiteral("access_token"), QStringLiteral("generated-access") } })
                                                  .toJson(QJsonDocument::Compact));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<UserConnection> connections;
        for (int i = 0; i < kConnections; ++i) {
            UserConnection c;
            c.applicationId = m_app.id;
            c.sourceKey = sources.at(i % sources.size());
            c.userId = QStringLiteral("user-%1").arg(i, 5, 10, QLatin1Char('0'));
            c.referenceId = QStringLiteral("crm-%1").arg(i);
            c.status = i % 7 == 0 ? UserConnection::Status::Expired : UserConnection::Status::Active;
            c.requestedScopes = QStringLiteral("activity sleep heartrate");
            c.grantedScopes = i % 3 == 0 ? QStringLiteral("activity sleep") : c.requestedScopes;
            c.sealedTokens = sealed;
            c.createdAt = now.addSecs(-i * 30);
            c.updatedAt = c.createdAt;
            c.tokenExpiresAt = now.addSecs(i % 7 == 0 ? -2 * 86400 : 3 * 3600 + 120);
            connections << c;
        }
        const StoreResult inserted = m_temp->workspace().transaction(
            [&]() { return ConnectionRepository(m_temp->workspace()).insertMany(&connections); });
        QVERIFY2(inserted, qPrintable(inserted.message));
        qInfo() << "generated" << kConnections << "connections in" << timer.elapsed() << "ms";
    }

    void cleanupTestCase()
    {
        m_secrets.reset();
        m_temp.reset();
        qunsetenv("LINKDECK_SEALING_KEY");
    }

    void opensOnTheNewestWithACount()
    {
        {
            // The rows are there before the count, which is made on another thread.
            ConnectionsPage page(m_temp->workspace(), *m_secrets);
            QVERIFY(child<QTableView>(&page, "connectionsTable")->model()->rowCount() > 0);
            QCOMPARE(child<QLabel>(&page, "countLabel")->text(), QStringLiteral("counting…"));
            // A screenshot waits for the count.
            QVERIFY(!page.isReady());
            QSignalSpy ready(&page, &ConsolePage::ready);
            QVERIFY(ready.wait(20000));
            QVERIFY(page.isReady());
            QVERIFY(
                child<QLabel>(&page, "countLabel")->text().startsWith(QStringLiteral("20,000 connection")));
        }
        QElapsedTimer timer;
        timer.start();
        auto page = makePage();
        qInfo() << "the page showed its first rows after" << timer.elapsed() << "ms";
        auto *table = child<QTableView>(page.get(), "connectionsTable");
        // Grouped digits; the plural ending comes from the translations.
        QTRY_VERIFY(
            child<QLabel>(page.get(), "countLabel")->text().startsWith(QStringLiteral("20,000 connection")));
        QVERIFY(table->model()->rowCount() < kConnections);
        QCOMPARE(table->model()->index(0, ConnectionsTableModel::UserId).data().toString(),
            QStringLiteral("user-00000"));

        // Scrolling to the end fetches more, a batch at a time.
        const int before = table->model()->rowCount();
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
        QTRY_VERIFY(table->model()->rowCount() > before);
        QVERIFY(table->model()->rowCount() < kConnections);
    }

    void searchAndFiltersNarrowDown()
    {
        auto page = makePage();
        auto *search = child<QLineEdit>(page.get(), "searchEdit");
        auto *count = child<QLabel>(page.get(), "countLabel");
        auto *table = child<QTableView>(page.get(), "connectionsTable");

        QTest::keyClick(page.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("user-0001"));
        // Debounced: one query once typing pauses.
        QTRY_COMPARE(count->text(), QStringLiteral("10 matching"));
        QCOMPARE(table->model()->rowCount(), 10);

        search->clear();
        QTest::keyClicks(search, QStringLiteral("crm-1999"));
        QTRY_COMPARE(count->text(), QStringLiteral("11 matching"));

        search->clear();
        auto *status = child<QComboBox>(page.get(), "statusFilterCombo");
        status->setCurrentIndex(status->findData(QStringLiteral("expired")));
        QTRY_COMPARE(count->text(), QStringLiteral("2,858 matching"));
        auto *source = child<QComboBox>(page.get(), "sourceFilterCombo");
        source->setCurrentIndex(source->findData(QStringLiteral("oura")));
        QTRY_COMPARE(count->text(), QStringLiteral("714 matching"));
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QCOMPARE(table->model()->index(row, ConnectionsTableModel::Source).data().toString(),
                QStringLiteral("Oura"));
        auto *application = child<QComboBox>(page.get(), "applicationFilterCombo");
        application->setCurrentIndex(application->findData(qlonglong(m_app.id)));
        QTRY_COMPARE(count->text(), QStringLiteral("714 matching"));
        status->setCurrentIndex(0);
        source->setCurrentIndex(0);
        application->setCurrentIndex(0);
        QTRY_VERIFY(count->text().startsWith(QStringLiteral("20,000 connection")));
    }

    void sortsByAColumnHeader()
    {
        auto page = makePage();
        auto *table = child<QTableView>(page.get(), "connectionsTable");
        table->horizontalHeader()->setSortIndicator(ConnectionsTableModel::UserId, Qt::DescendingOrder);
        QCOMPARE(table->model()->index(0, ConnectionsTableModel::UserId).data().toString(),
            QStringLiteral("user-19999"));
        table->horizontalHeader()->setSortIndicator(ConnectionsTableModel::UserId, Qt::AscendingOrder);
        QCOMPARE(table->model()->index(0, ConnectionsTableModel::UserId).data().toString(),
            QStringLiteral("user-00000"));
        // Not by the last error: the indicator stays where the order is.
        table->horizontalHeader()->setSortIndicator(ConnectionsTableModel::LastError, Qt::DescendingOrder);
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(ConnectionsTableModel::UserId));
        QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    }

    void detailShowsTokensScopesAndHistory()
    {
        auto page = makePage();
        auto *table = child<QTableView>(page.get(), "connectionsTable");
        auto *detail = child<ConnectionDetailPane>(page.get(), "connectionDetail");
        QVERIFY(!detail->hasConnection());
        table->setFocus();
        // Row 3 is user-00003, active; row 0 has expired and lacks a scope.
        table->setCurrentIndex(table->model()->index(3, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), child<QTreeWidget>(detail, "eventsTree"));
        QCOMPARE(child<QLabel>(detail, "titleLabel")->text(), QStringLiteral("user-00003"));
        QVERIFY(child<QLabel>(detail, "tokenLabel")->text().startsWith(QStringLiteral("expires in 3 hour")));
        QCOMPARE(child<QLabel>(detail, "refreshTokenLabel")->text().left(4), QStringLiteral("none"));
        QVERIFY(child<QPushButton>(detail, "revokeButton")->isEnabled());
        QVERIFY(!child<QPushButton>(detail, "refreshButton")->isEnabled());

        table->setCurrentIndex(table->model()->index(0, 0));
        QCOMPARE(child<QLabel>(detail, "titleLabel")->text(), QStringLiteral("user-00000"));
        QVERIFY(child<QLabel>(detail, "tokenLabel")->text().startsWith(QStringLiteral("expired 2 day")));
        QCOMPARE(child<QLabel>(detail, "statusLabel")->text(), QStringLiteral("Expired"));
        auto *scopes = child<QListWidget>(detail, "scopesList");
        QCOMPARE(scopes->count(), 3);
        QVERIFY(scopes->item(2)->text().contains(QStringLiteral("heartrate")));
        QVERIFY(scopes->item(2)->text().contains(QStringLiteral("not granted")));
        QVERIFY(scopes->item(2)->foreground().color() != scopes->item(0)->foreground().color());
    }

    void deleteRevokesAfterConfirmationAndLogsTheOperator()
    {
        auto page = makePage();
        page->controller().setOperatorName(QStringLiteral("Grace Support"));
        auto *table = child<QTableView>(page.get(), "connectionsTable");
        auto *detail = child<ConnectionDetailPane>(page.get(), "connectionDetail");
        table->setFocus();
        // Row 7 is user-00007 on Withings, which has no revoke URL: nothing leaves this machine.
        table->setCurrentIndex(table->model()->index(7, 0));
        const QString id = detail->connectionId();
        QVERIFY(!id.isEmpty());

        // Answers the confirmation with @p button; returns the box's object name.
        const auto pressDeleteAndAnswer = [table](const QString &button) {
            auto asked = std::make_shared<QString>();
            ModalDriver::whenModal(
                [asked, button](QWidget *modal) {
                    *asked = modal->objectName();
                    for (QAbstractButton *b : qobject_cast<QMessageBox *>(modal)->buttons()) {
                        if (b->text() == button)
                            b->click();
                    }
                },
                kModalTimeoutMs);
            // Shortcuts reach the active window only; a closed message box leaves none offscreen.
            table->window()->activateWindow();
            if (!QTest::qWaitForWindowActive(table->window()))
                return QStringLiteral("(the page is not active)");
            table->setFocus();
            QTest::keyClick(table, Qt::Key_Delete);
            return *asked;
        };
        // Cancel first: nothing happens.
        QCOMPARE(pressDeleteAndAnswer(QStringLiteral("Cancel")), QStringLiteral("revokeMessageBox"));
        QCOMPARE(ConnectionRepository(m_temp->workspace()).find(id)->status, UserConnection::Status::Expired);
        QCOMPARE(pressDeleteAndAnswer(QStringLiteral("Revoke")), QStringLiteral("revokeMessageBox"));
        QTRY_COMPARE(
            ConnectionRepository(m_temp->workspace()).find(id)->status, UserConnection::Status::Revoked);
        QTRY_VERIFY(child<QLabel>(detail, "outcomeLabel")->text().startsWith(QStringLiteral("Revoked here")));
        QVERIFY(child<QPushButton>(detail, "copyIdsButton")->isEnabled());
        QVERIFY(!child<QPushButton>(detail, "revokeButton")->isEnabled());
        QCOMPARE(child<QLabel>(detail, "statusLabel")->text(), QStringLiteral("Revoked"));
        QCOMPARE(table->model()->index(7, ConnectionsTableModel::Status).data().toString(),
            QStringLiteral("Revoked"));

        auto *events = child<QTreeWidget>(detail, "eventsTree");
        QCOMPARE(events->topLevelItemCount(), 1);
        QCOMPARE(events->topLevelItem(0)->text(1), QStringLiteral("Revoked"));
        QVERIFY(events->topLevelItem(0)->text(2).contains(QStringLiteral("Grace Support")));
        const QList<ConnectEvent> logged = EventRepository(m_temp->workspace()).forConnection(id);
        QCOMPARE(logged.constLast().detail.value(QStringLiteral("provider_error")).toString(),
            QStringLiteral("The source has no revoke URL."));
        QCOMPARE(logged.constLast().detail.value(QStringLiteral("operator")).toString(),
            QStringLiteral("Grace Support"));
    }

    void copiesIdsAndExportsABundle()
    {
        auto page = makePage();
        auto *table = child<QTableView>(page.get(), "connectionsTable");
        auto *detail = child<ConnectionDetailPane>(page.get(), "connectionDetail");
        table->setCurrentIndex(table->model()->index(8, 0));
        const QString id = detail->connectionId();
        QTest::mouseClick(child<QPushButton>(detail, "copyIdsButton"), Qt::LeftButton);
        QVERIFY(QGuiApplication::clipboard()->text().contains(id));
        QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("user-00008")));

        // Into a folder of our own; the dialog proposes the file name itself
        // and may re-apply it once the folder is read, so any name will do.
        QTemporaryDir dir;
        ModalDriver::whenModal(
            [&dir](QWidget *modal) {
                auto *dialog = qobject_cast<QFileDialog *>(modal);
                QVERIFY(dialog);
                dialog->selectFile(dir.filePath(QStringLiteral("bundle") + SupportBundle::fileSuffix()));
                static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept(), which is protected
            },
            kModalTimeoutMs);
        QTest::mouseClick(child<QPushButton>(detail, "exportBundleButton"), Qt::LeftButton);
        const auto written = [&dir]() {
            return QDir(dir.path())
                .entryList({ QLatin1Char('*') + SupportBundle::fileSuffix() }, QDir::Files);
        };
        QTRY_COMPARE_WITH_TIMEOUT(written().size(), 1, kModalTimeoutMs);
        QVERIFY(child<QLabel>(detail, "outcomeLabel")->text().startsWith(QStringLiteral("Saved")));
        QFile file(dir.filePath(written().constFirst()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bundle = file.readAll();
        QVERIFY(bundle.contains(id.toUtf8()));
        QVERIFY(!bundle.contains("generated-access"));
    }

    void selectShowsOneConnection()
    {
        auto page = makePage();
        const auto deep = ConnectionRepository(m_temp->workspace())
                              .findFor(m_app.id, QStringLiteral("withings"), QStringLiteral("user-19995"));
        QVERIFY(deep);
        // Far beyond the rows fetched: the detail shows it all the same.
        QVERIFY(page->select(deep->id));
        auto *detail = child<ConnectionDetailPane>(page.get(), "connectionDetail");
        QCOMPARE(detail->connectionId(), deep->id);
        QCOMPARE(child<QLabel>(detail, "titleLabel")->text(), QStringLiteral("user-19995"));
        QVERIFY(!page->select(QStringLiteral("no-such-connection")));
    }
};

QTEST_MAIN(TestConnectionsPage)
#include "tst_connectionspage.moc"
