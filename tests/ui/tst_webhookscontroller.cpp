#include "ApplicationRepository.h"
#include "SecretStore.h"
#include "TempWorkspace.h"
#include "WebhookDeliveryRepository.h"
#include "WebhookReceiver.h"
#include "WebhookSender.h"
#include "WebhookSignature.h"
#include "WebhooksController.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>
#include <memory>

using namespace std::chrono_literals;

/// The Webhooks page's logic without a window, against a real workspace, a
/// real keyring (tests/support/with-keyring.sh) and a webhook receiver on
/// 127.0.0.1 started by the test.
class tst_WebhooksController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void deliveriesPerApplication();
    void testEventIsDeliveredSigned();
    void testEventToAFailingReceiver();
    void testEventNeedsAWebhookUrl();
    void replayIsANewRecordedDelivery();
    void signatureCheck_data();
    void signatureCheck();

private:
    Application insertApplication(const QString &name, const QString &webhookUrl);
    bool writeSecret(const Application &application, const QString &secret);
    /// The last answer of signatureChecked() for @p id once it is not
    /// "checking"; none where no such answer came, or one for another id.
    std::optional<WebhooksController::Signature> checkedSignature(qint64 id);

    std::unique_ptr<TempWorkspace> m_workspace;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<WebhookReceiver> m_receiver;
    std::unique_ptr<WebhooksController> m_controller;
    Application m_coach;
    Application m_silent;
};

void tst_WebhooksController::init()
{
    m_workspace = std::make_unique<TempWorkspace>();
    QVERIFY2(m_workspace->isOpen(), qPrintable(m_workspace->errorMessage()));
    m_secrets = std::make_unique<SecretStore>(m_workspace->workspace().id());
    m_receiver = std::make_unique<WebhookReceiver>();
    QVERIFY(m_receiver->isListening());
    m_coach = insertApplication(QStringLiteral("Coach"), m_receiver->url().toString());
    QVERIFY(writeSecret(m_coach, QStringLiteral("whsec-coach")));
    // Has a webhook URL, but its signing secret was never stored.
    m_silent = insertApplication(QStringLiteral("Silent"), m_receiver->url().toString());
    WebhookPolicy policy;
    policy.maxAttempts = 2;
    policy.baseDelay = 10ms;
    m_controller = std::make_unique<WebhooksController>(m_workspace->workspace(), *m_secrets, policy);
    m_controller->reload();
}

void tst_WebhooksController::cleanup()
{
    m_controller.reset();
    m_receiver.reset();
    m_secrets.reset();
    m_workspace.reset();
}

Application tst_WebhooksController::insertApplication(const QString &name, const QString &webhookUrl)
{
    Application a;
    a.name = name;
    a.webhookUrl = webhookUrl;
    const StoreResult result = ApplicationRepository(m_workspace->workspace()).insert(&a);
    if (!result)
        qWarning("%s", qPrintable(result.message));
    return a;
}

bool tst_WebhooksController::writeSecret(const Application &application, const QString &secret)
{
    bool done = false;
    bool ok = false;
    m_secrets->write(SecretStore::applicationOwner(application.clientId), QStringLiteral("webhook_secret"),
        secret, this, [&](const SecretStore::Result &result) {
            ok = result.isOk();
            done = true;
        });
    return QTest::qWaitFor([&done]() { return done; }, 10000) && ok;
}

std::optional<WebhooksController::Signature> tst_WebhooksController::checkedSignature(qint64 id)
{
    QSignalSpy checked(m_controller.get(), &WebhooksController::signatureChecked);
    m_controller->checkSignature(id);
    const auto last = [&checked]() {
        return checked.isEmpty() ? WebhooksController::Signature::Checking
                                 : checked.constLast().at(1).value<WebhooksController::Signature>();
    };
    if (!QTest::qWaitFor([&last]() { return last() != WebhooksController::Signature::Checking; }, 10000))
        return std::nullopt;
    for (const QList<QVariant> &answer : std::as_const(checked)) {
        if (answer.at(0).toLongLong() != id)
            return std::nullopt;
    }
    return last();
}

void tst_WebhooksController::deliveriesPerApplication()
{
    WebhookDeliveryRepository repository(m_workspace->workspace());
    for (const Application &a : { m_coach, m_coach, m_silent }) {
        WebhookDelivery delivery;
        delivery.applicationId = a.id;
        delivery.eventKind = QStringLiteral("auth");
        delivery.url = a.webhookUrl;
        delivery.payload = QStringLiteral("{}");
        QVERIFY(repository.insert(&delivery).isOk());
    }
    QCOMPARE(m_controller->applications().size(), 2);
    QSignalSpy changed(m_controller.get(), &WebhooksController::deliveriesChanged);
    QVERIFY(m_controller->chooseApplication(QStringLiteral("silent")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_controller->application()->id, m_silent.id);
    QCOMPARE(m_controller->deliveries().size(), 1);
    QVERIFY(m_controller->chooseApplication(m_coach.clientId));
    QCOMPARE(m_controller->deliveries().size(), 2);
    // Newest first.
    QVERIFY(m_controller->deliveries().at(0).id > m_controller->deliveries().at(1).id);
    QVERIFY(!m_controller->chooseApplication(QStringLiteral("nobody")));
    QCOMPARE(m_controller->application()->id, m_coach.id);
}

void tst_WebhooksController::testEventIsDeliveredSigned()
{
    QVERIFY(m_controller->chooseApplication(QStringLiteral("Coach")));
    QSignalSpy finished(m_controller.get(), &WebhooksController::testEventFinished);
    const qint64 id = m_controller->sendTestEvent();
    QVERIFY(id > 0);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().at(0).toLongLong(), id);
    QVERIFY(finished.constFirst().at(1).toBool());
    const QString message = finished.constFirst().at(2).toString();
    QVERIFY2(message.contains(QLatin1String("HTTP 200")), qPrintable(message));

    QCOMPARE(m_receiver->requests.size(), 1);
    const WebhookReceiver::Request &request = m_receiver->requests.constFirst();
    QCOMPARE(QJsonDocument::fromJson(request.body).object().value(QStringLiteral("type")).toString(),
        QStringLiteral("test"));
    QVERIFY(WebhookSignature::verify(
        request.header("linkdeck-signature"), "whsec-coach", request.body, QDateTime::currentDateTimeUtc()));
    const std::optional<WebhookDelivery> delivery = m_controller->delivery(id);
    QVERIFY(delivery);
    QCOMPARE(delivery->status, WebhookDelivery::Status::Delivered);
    QCOMPARE(delivery->eventKind, QStringLiteral("test"));
    QCOMPARE(m_controller->deliveries().constFirst().id, id);
}

void tst_WebhooksController::testEventToAFailingReceiver()
{
    m_receiver->answers = { 500, 502 };
    QVERIFY(m_controller->chooseApplication(QStringLiteral("Coach")));
    QSignalSpy finished(m_controller.get(), &WebhooksController::testEventFinished);
    QSignalSpy done(m_controller->sender(), &WebhookSender::deliveryFinished);
    const qint64 id = m_controller->sendTestEvent();
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.constFirst().at(1).toBool());
    const QString message = finished.constFirst().at(2).toString();
    QVERIFY2(message.contains(QLatin1String("HTTP 500")), qPrintable(message));
    // The outcome is told once, for the first attempt; the retry still happens.
    QVERIFY(done.wait(10000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_receiver->requests.size(), 2);
    QCOMPARE(m_controller->delivery(id)->status, WebhookDelivery::Status::Failed);
    QCOMPARE(m_controller->delivery(id)->lastResponseCode, 502);
}

void tst_WebhooksController::testEventNeedsAWebhookUrl()
{
    Application quiet = insertApplication(QStringLiteral("Quiet"), QString());
    m_controller->reload();
    QVERIFY(m_controller->chooseApplication(QStringLiteral("Quiet")));
    QSignalSpy errors(m_controller.get(), &WebhooksController::errorOccurred);
    QCOMPARE(m_controller->sendTestEvent(), qint64(0));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.constFirst().constFirst().toString().contains(QLatin1String("no webhook URL")));
    QVERIFY(WebhookDeliveryRepository(m_workspace->workspace()).forApplication(quiet.id).isEmpty());
}

void tst_WebhooksController::replayIsANewRecordedDelivery()
{
    QVERIFY(m_controller->chooseApplication(QStringLiteral("Coach")));
    QSignalSpy done(m_controller->sender(), &WebhookSender::deliveryFinished);
    const qint64 original = m_controller->sendTestEvent();
    QVERIFY(done.wait(10000));
    const qint64 replayed = m_controller->replay(original);
    QVERIFY(replayed > original);
    QVERIFY(done.wait(10000));
    QCOMPARE(done.constLast().at(0).toLongLong(), replayed);
    QVERIFY(done.constLast().at(1).toBool());

    QCOMPARE(m_receiver->requests.size(), 2);
    QCOMPARE(m_receiver->requests.at(1).body, m_receiver->requests.at(0).body);
    QCOMPARE(m_receiver->requests.at(1).header("linkdeck-delivery"), QByteArray::number(replayed));
    QCOMPARE(m_controller->deliveries().size(), 2);
    QCOMPARE(m_controller->delivery(original)->attempts, 1);
    QCOMPARE(m_controller->delivery(replayed)->status, WebhookDelivery::Status::Delivered);

    QSignalSpy errors(m_controller.get(), &WebhooksController::errorOccurred);
    QCOMPARE(m_controller->replay(replayed + 100), qint64(0));
    QCOMPARE(errors.size(), 1);
}

void tst_WebhooksController::signatureCheck_data()
{
    QTest::addColumn<QString>("application");
    QTest::addColumn<bool>("send");
    QTest::addColumn<bool>("tamper");
    QTest::addColumn<WebhooksController::Signature>("expected");
    QTest::newRow("as sent") << QStringLiteral("Coach") << true << false
                             << WebhooksController::Signature::Valid;
    QTest::newRow("tampered payload")
        << QStringLiteral("Coach") << true << true << WebhooksController::Signature::Invalid;
    QTest::newRow("no secret in the keyring")
        << QStringLiteral("Silent") << false << false << WebhooksController::Signature::SecretUnavailable;
    QTest::newRow("never sent") << QStringLiteral("Coach") << false << false
                                << WebhooksController::Signature::NotSigned;
}

void tst_WebhooksController::signatureCheck()
{
    QFETCH(QString, application);
    QFETCH(bool, send);
    QFETCH(bool, tamper);
    QFETCH(WebhooksController::Signature, expected);
    QVERIFY(m_controller->chooseApplication(application));
    const Application owner = *m_controller->application();

    qint64 id = 0;
    if (send) {
        QSignalSpy done(m_controller->sender(), &WebhookSender::deliveryFinished);
        id = m_controller->sendTestEvent();
        QVERIFY(done.wait(10000));
    } else {
        // Recorded as a service elsewhere would: signed where that application
        // is "Silent", whose secret this keyring does not hold.
        WebhookDelivery delivery;
        delivery.applicationId = owner.id;
        delivery.eventKind = QStringLiteral("auth");
        delivery.url = owner.webhookUrl;
        delivery.payload = QStringLiteral("{\"type\":\"auth\"}");
        if (application == QLatin1String("Silent")) {
            delivery.attempts = 1;
            delivery.signatureHeader = QString::fromLatin1(
                WebhookSignature::sign("elsewhere", delivery.payload.toUtf8(), 1'700'000'000));
        }
        QVERIFY(WebhookDeliveryRepository(m_workspace->workspace()).insert(&delivery).isOk());
        id = delivery.id;
    }
    if (tamper) {
        QSqlQuery query(m_workspace->workspace().database());
        query.prepare(QStringLiteral("UPDATE webhook_deliveries SET payload = replace(payload, "
                                     "'\"test\"', '\"deauth\"') WHERE id = :id"));
        query.bindValue(QStringLiteral(":id"), id);
        QVERIFY(query.exec());
        QCOMPARE(query.numRowsAffected(), 1);
    }
    m_controller->refreshDeliveries();
    const std::optional<WebhooksController::Signature> result = checkedSignature(id);
    QVERIFY(result);
    QCOMPARE(*result, expected);
}

QTEST_MAIN(tst_WebhooksController)
#include "tst_webhookscontroller.moc"
