#include "ApplicationRepository.h"
#include "SecretStore.h"
#include "TempWorkspace.h"
#include "TestLocale.h"
#include "WebhookDeliveriesModel.h"
#include "WebhookReceiver.h"
#include "WebhooksPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QtTest>
#include <memory>

/// The Webhooks page offscreen, driven by object name, against a real
/// workspace, keyring and a webhook receiver on 127.0.0.1.
class tst_WebhooksPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestLocale::useEnglish(); }
    void init();
    void cleanup();
    void emptyApplicationSaysWhatToDo();
    void testEventReplayAndSignature();
    void chooseApplication();

private:
    Application insertApplication(const QString &name, const QString &webhookUrl);
    void createPage();
    template<typename T> T *child(const char *name) const
    {
        T *widget = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }

    std::unique_ptr<TempWorkspace> m_workspace;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<WebhookReceiver> m_receiver;
    std::unique_ptr<WebhooksPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    Application m_coach;
};

void tst_WebhooksPage::init()
{
    m_workspace = std::make_unique<TempWorkspace>();
    QVERIFY2(m_workspace->isOpen(), qPrintable(m_workspace->errorMessage()));
    m_secrets = std::make_unique<SecretStore>(m_workspace->workspace().id());
    m_receiver = std::make_unique<WebhookReceiver>();
    QVERIFY(m_receiver->isListening());
    m_coach = insertApplication(QStringLiteral("Coach"), m_receiver->url().toString());
    bool written = false;
    m_secrets->write(SecretStore::applicationOwner(m_coach.clientId), QStringLiteral("webhook_secret"),
        QStringLiteral("whsec-page"), this,
        [&written](const SecretStore::Result &result) { written = result.isOk(); });
    QTRY_VERIFY_WITH_TIMEOUT(written, 10000);
}

void tst_WebhooksPage::cleanup()
{
    m_tester.reset();
    m_page.reset();
    m_receiver.reset();
    m_secrets.reset();
    m_workspace.reset();
}

Application tst_WebhooksPage::insertApplication(const QString &name, const QString &webhookUrl)
{
    Application a;
    a.name = name;
    a.webhookUrl = webhookUrl;
    if (const StoreResult result = ApplicationRepository(m_workspace->workspace()).insert(&a); !result)
        qWarning("%s", qPrintable(result.message));
    return a;
}

void tst_WebhooksPage::createPage()
{
    m_page = std::make_unique<WebhooksPage>(m_workspace->workspace(), *m_secrets);
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_tester = std::make_unique<QAbstractItemModelTester>(child<QTableView>("deliveriesTable")->model(),
        QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_WebhooksPage::emptyApplicationSaysWhatToDo()
{
    createPage();
    auto *empty = child<QLabel>("emptyLabel");
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QLatin1String("Send a test event")), qPrintable(empty->text()));
    QVERIFY(!child<QTableView>("deliveriesTable")->isVisible());
}

void tst_WebhooksPage::testEventReplayAndSignature()
{
    createPage();
    auto *table = child<QTableView>("deliveriesTable");
    auto *state = child<QLabel>("signatureStateLabel");
    auto *message = child<QLabel>("messageLabel");

    QTest::mouseClick(child<QPushButton>("sendTestButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requests.size(), 1, 10000);
    QTRY_VERIFY2_WITH_TIMEOUT(
        message->text().startsWith(QLatin1String("Delivered")), qPrintable(message->text()), 10000);
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(
        table->model()->index(0, WebhookDeliveriesModel::Event).data().toString(), QStringLiteral("test"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->index(0, WebhookDeliveriesModel::Status).data().toString(),
        QStringLiteral("delivered"), 10000);
    QCOMPARE(table->model()->index(0, WebhookDeliveriesModel::ResponseCode).data().toString(),
        QStringLiteral("200"));

    // The detail pane: the payload pretty-printed, the header, and its check.
    const QString payload = child<QPlainTextEdit>("payloadEdit")->toPlainText();
    QVERIFY2(payload.contains(QLatin1String("\n    \"type\": \"test\"")), qPrintable(payload));
    QVERIFY(child<QLineEdit>("signatureEdit")->text().startsWith(QLatin1String("t=")));
    QTRY_VERIFY2_WITH_TIMEOUT(
        state->text().startsWith(QLatin1String("valid")), qPrintable(state->text()), 10000);

    // Replay sends it again, as a new delivery, from the keyboard.
    table->setFocus();
    QTest::keyClick(m_page.get(), Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requests.size(), 2, 10000);
    QVERIFY(message->text().startsWith(QLatin1String("Replaying")));
    QCOMPARE(m_receiver->requests.at(1).body, m_receiver->requests.at(0).body);
    QCOMPARE(table->model()->rowCount(), 2);
    const qint64 replayed = m_receiver->requests.at(1).header("linkdeck-delivery").toLongLong();
    QCOMPARE(table->currentIndex().data(WebhookDeliveriesModel::DeliveryIdRole).toLongLong(), replayed);
    QTRY_COMPARE_WITH_TIMEOUT(
        table->model()->index(table->currentIndex().row(), WebhookDeliveriesModel::Status).data().toString(),
        QStringLiteral("delivered"), 10000);
    QTRY_VERIFY2_WITH_TIMEOUT(
        state->text().startsWith(QLatin1String("valid")), qPrintable(state->text()), 10000);

    // A tampered payload no longer matches its signature.
    QSqlQuery tamper(m_workspace->workspace().database());
    tamper.prepare(QStringLiteral(
        "UPDATE webhook_deliveries SET payload = replace(payload, '\"test\"', '\"deauth\"') WHERE id = :id"));
    tamper.bindValue(QStringLiteral(":id"), replayed);
    QVERIFY(tamper.exec());
    QTest::keyClick(m_page.get(), Qt::Key_F5);
    QTRY_VERIFY2_WITH_TIMEOUT(
        state->text().startsWith(QLatin1String("invalid")), qPrintable(state->text()), 10000);
    QVERIFY(child<QPlainTextEdit>("payloadEdit")->toPlainText().contains(QLatin1String("\"deauth\"")));
}

void tst_WebhooksPage::chooseApplication()
{
    const Application other = insertApplication(QStringLiteral("Other"), QString());
    createPage();
    auto *combo = child<QComboBox>("applicationCombo");
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentText(), QStringLiteral("Coach"));
    QVERIFY(m_page->select(QStringLiteral("Other")));
    QCOMPARE(combo->currentText(), QStringLiteral("Other"));
    QVERIFY(child<QLabel>("emptyLabel")->text().contains(QLatin1String("no webhook URL")));
    QVERIFY(!m_page->select(QStringLiteral("Nobody")));

    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(m_page->controller()->application()->id, m_coach.id);
    QVERIFY(other.id != m_coach.id);
}

QTEST_MAIN(tst_WebhooksPage)
#include "tst_webhookspage.moc"
