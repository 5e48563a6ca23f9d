#include "ConnectTestBed.h"
#include "EventRepository.h"
#include "WebhookDeliveryRepository.h"
#include "WebhookSender.h"
#include "WebhookSignature.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

/// Webhooks to applications: signed, retried with backoff, every attempt
/// recorded. The receiver is a QHttpServer in the test (ConnectTestBed).
class TestWebhookSender : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConnectTestBed> m_bed;
    QNetworkAccessManager m_network;

    std::unique_ptr<WebhookSender> sender(int attempts, std::chrono::milliseconds baseDelay)
    {
        WebhookPolicy policy;
        policy.maxAttempts = attempts;
        policy.baseDelay = baseDelay;
        return std::make_unique<WebhookSender>(
            m_bed->workspace(), &m_bed->secrets(), &m_network, m_bed->clock(), policy);
    }

    static QJsonObject payload()
    {
        return { { QStringLiteral("status"), QStringLiteral("success") },
            { QStringLiteral("user"),
                QJsonObject { { QStringLiteral("user_id"), QStringLiteral("u-1") } } } };
    }

private Q_SLOTS:
    void init()
    {
        m_bed = std::make_unique<ConnectTestBed>();
        QVERIFY2(m_bed->setUp(), qPrintable(m_bed->error()));
    }

    void cleanup() { m_bed.reset(); }

    void retriesUntilDelivered()
    {
        m_bed->webhookAnswers = { 500, 503 };
        auto webhooks = sender(5, 10ms);
        QSignalSpy attempts(webhooks.get(), &WebhookSender::attemptFinished);
        QSignalSpy finished(webhooks.get(), &WebhookSender::deliveryFinished);
        const qint64 id = webhooks->send(m_bed->a(), QStringLiteral("auth"), payload());
        QVERIFY(id > 0);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.constFirst().at(0).toLongLong(), id);
        QCOMPARE(finished.constFirst().at(1).toBool(), true);
        QCOMPARE(attempts.size(), 3);
        QCOMPARE(attempts.at(0).at(2).toInt(), 500);
        QCOMPARE(attempts.at(1).at(2).toInt(), 503);
        QCOMPARE(attempts.at(2).at(2).toInt(), 200);

        // Every attempt carries a valid signature over the same body.
        QCOMPARE(m_bed->webhooks.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const ConnectTestBed::Received &received = m_bed->webhooks.at(i);
            QVERIFY(WebhookSignature::verify(received.header("linkdeck-signature"), m_bed->webhookSecretA(),
                received.body, m_bed->clock().now()));
            QVERIFY(!WebhookSignature::verify(received.header("linkdeck-signature"), "another secret",
                received.body, m_bed->clock().now()));
            QCOMPARE(received.header("linkdeck-attempt"), QByteArray::number(i + 1));
            QCOMPARE(received.header("linkdeck-event"), QByteArray("auth"));
            QCOMPARE(received.header("linkdeck-delivery"), QByteArray::number(id));
            QCOMPARE(received.body, m_bed->webhooks.constFirst().body);
        }
        const QJsonObject body = QJsonDocument::fromJson(m_bed->webhooks.constFirst().body).object();
        QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("auth"));
        QCOMPARE(
            body.value(QStringLiteral("user"))[QLatin1String("user_id")].toString(), QStringLiteral("u-1"));

        const auto delivery = WebhookDeliveryRepository(m_bed->workspace()).find(id, m_bed->a().id);
        QVERIFY(delivery);
        QCOMPARE(delivery->attempts, 3);
        QCOMPARE(delivery->status, WebhookDelivery::Status::Delivered);
        QCOMPARE(delivery->lastResponseCode, 200);
        QCOMPARE(delivery->deliveredAt, m_bed->clock().now());
        QVERIFY(delivery->lastError.isEmpty());
        QCOMPARE(delivery->payload.toUtf8(), m_bed->webhooks.constFirst().body);
        QVERIFY(delivery->signatureHeader.startsWith(QLatin1String("t=")));

        QList<int> codes;
        for (const ConnectEvent &event : EventRepository(m_bed->workspace()).forApplication(m_bed->a().id)) {
            if (event.kind == QLatin1String("webhook.attempt")) {
                QCOMPARE(event.detail.value(QStringLiteral("delivery_id")).toInteger(), id);
                codes << event.detail.value(QStringLiteral("response_code")).toInt();
            }
        }
        QCOMPARE(codes, (QList<int> { 500, 503, 200 }));
        QCOMPARE(webhooks->pendingCount(), 0);
    }

    void givesUpAfterTheLastAttempt()
    {
        m_bed->webhookAnswers = { 500, 500, 500, 500 };
        auto webhooks = sender(3, 10ms);
        QSignalSpy finished(webhooks.get(), &WebhookSender::deliveryFinished);
        const qint64 id = webhooks->send(m_bed->a(), QStringLiteral("deauth"), payload());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.constFirst().at(1).toBool(), false);
        QCOMPARE(m_bed->webhooks.size(), 3);
        const auto delivery = WebhookDeliveryRepository(m_bed->workspace()).find(id);
        QCOMPARE(delivery->status, WebhookDelivery::Status::Failed);
        QCOMPARE(delivery->attempts, 3);
        QCOMPARE(delivery->lastResponseCode, 500);
        QVERIFY(delivery->lastError.contains(QStringLiteral("500")));
        QVERIFY(!delivery->nextAttemptAt.isValid());
    }

    void theNextAttemptIsRecorded()
    {
        m_bed->webhookAnswers = { 500 };
        auto webhooks = sender(4, 60s);
        QSignalSpy attempts(webhooks.get(), &WebhookSender::attemptFinished);
        const qint64 id = webhooks->send(m_bed->a(), QStringLiteral("auth"), payload());
        QVERIFY(attempts.wait(20000));
        const auto delivery = WebhookDeliveryRepository(m_bed->workspace()).find(id);
        QCOMPARE(delivery->status, WebhookDelivery::Status::Retrying);
        QCOMPARE(delivery->attempts, 1);
        QCOMPARE(delivery->nextAttemptAt, m_bed->clock().now().addSecs(60));
        QCOMPARE(webhooks->pendingCount(), 1);
    }

    void nothingIsSentWithoutASecret()
    {
        Application b = m_bed->b();
        b.webhookUrl = m_bed->providerUrl(QStringLiteral("/hook")).toString();
        auto webhooks = sender(3, 10ms);
        QSignalSpy finished(webhooks.get(), &WebhookSender::deliveryFinished);
        const qint64 id = webhooks->send(b, QStringLiteral("auth"), payload());
        QVERIFY(id > 0);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.constFirst().at(1).toBool(), false);
        QVERIFY(m_bed->webhooks.isEmpty());
        const auto delivery = WebhookDeliveryRepository(m_bed->workspace()).find(id);
        QCOMPARE(delivery->status, WebhookDelivery::Status::Failed);
        QCOMPARE(delivery->attempts, 0);
        QVERIFY(delivery->lastError.contains(QStringLiteral("secret")));
    }

    void noWebhookUrlNoDelivery()
    {
        auto webhooks = sender(3, 10ms);
        const int before = m_bed->storedRows();
        QCOMPARE(webhooks->send(m_bed->b(), QStringLiteral("auth"), payload()), qint64(0));
        QCOMPARE(m_bed->storedRows(), before);
    }

    void unreachableReceiverIsRetriedThenFails()
    {
        Application a = m_bed->a();
        a.webhookUrl = QStringLiteral("http://127.0.0.1:1/hook"); // nothing listens on port 1
        auto webhooks = sender(2, 10ms);
        QSignalSpy finished(webhooks.get(), &WebhookSender::deliveryFinished);
        const qint64 id = webhooks->send(a, QStringLiteral("auth"), payload());
        QVERIFY(finished.wait(20000));
        const auto delivery = WebhookDeliveryRepository(m_bed->workspace()).find(id);
        QCOMPARE(delivery->attempts, 2);
        QCOMPARE(delivery->lastResponseCode, 0);
        QVERIFY(!delivery->lastError.isEmpty());
    }
    void unfinishedDeliveriesResumeWhenTheServiceStartsAgain()
    {
        ConnectSettings settings = ConnectTestBed::defaultSettings();
        settings.webhooks.maxAttempts = 4;
        settings.webhooks.baseDelay = 60s;
        QVERIFY2(m_bed->restartService(settings), qPrintable(m_bed->error()));
        m_bed->webhookAnswers = { 500 };
        WebhookSender *before = m_bed->service().webhooks();
        QSignalSpy attempts(before, &WebhookSender::attemptFinished);
        const qint64 id = before->send(m_bed->a(), QStringLiteral("auth"), payload());
        QVERIFY(attempts.wait(20000));
        QCOMPARE(before->pendingCount(), 1);

        // Deliveries that are done, or out of attempts, stay as they are.
        WebhookDelivery done;
        done.applicationId = m_bed->a().id;
        done.eventKind = QStringLiteral("auth");
        done.url = m_bed->a().webhookUrl;
        done.payload = QStringLiteral("{}");
        done.status = WebhookDelivery::Status::Delivered;
        done.attempts = 1;
        QVERIFY(WebhookDeliveryRepository(m_bed->workspace()).insert(&done).isOk());
        WebhookDelivery exhausted = done;
        exhausted.status = WebhookDelivery::Status::Retrying;
        exhausted.attempts = settings.webhooks.maxAttempts;
        QVERIFY(WebhookDeliveryRepository(m_bed->workspace()).insert(&exhausted).isOk());

        // The service stops with the retry a minute away, and the minute
        // passes while it is down.
        m_bed->clock().advance(90s);
        QVERIFY2(m_bed->restartService(settings), qPrintable(m_bed->error()));
        WebhookSender *after = m_bed->service().webhooks();
        QCOMPARE(after->pendingCount(), 1);
        QSignalSpy finished(after, &WebhookSender::deliveryFinished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.constFirst().at(0).toLongLong(), id);
        QCOMPARE(finished.constFirst().at(1).toBool(), true);

        QCOMPARE(m_bed->webhooks.size(), 2);
        const ConnectTestBed::Received &resumed = m_bed->webhooks.at(1);
        QCOMPARE(resumed.header("linkdeck-attempt"), QByteArray("2"));
        QCOMPARE(resumed.header("linkdeck-delivery"), QByteArray::number(id));
        QCOMPARE(resumed.body, m_bed->webhooks.constFirst().body);
        QVERIFY(WebhookSignature::verify(resumed.header("linkdeck-signature"), m_bed->webhookSecretA(),
            resumed.body, m_bed->clock().now()));
        const auto delivery = WebhookDeliveryRepository(m_bed->workspace()).find(id);
        QCOMPARE(delivery->status, WebhookDelivery::Status::Delivered);
        QCOMPARE(delivery->attempts, 2);
        QCOMPARE(WebhookDeliveryRepository(m_bed->workspace()).find(exhausted.id)->attempts,
            settings.webhooks.maxAttempts);
    }

    void replayIsANewDeliveryOfTheSameEvent()
    {
        auto webhooks = sender(3, 10ms);
        QSignalSpy finished(webhooks.get(), &WebhookSender::deliveryFinished);
        const qint64 id = webhooks->send(m_bed->a(), QStringLiteral("auth"), payload());
        QVERIFY(finished.wait(20000));
        QString error;
        const qint64 again = webhooks->replay(id, &error);
        QVERIFY2(again > id, qPrintable(error));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(1).at(0).toLongLong(), again);
        QCOMPARE(m_bed->webhooks.size(), 2);
        QCOMPARE(m_bed->webhooks.at(1).body, m_bed->webhooks.at(0).body);
        QCOMPARE(m_bed->webhooks.at(1).header("linkdeck-delivery"), QByteArray::number(again));
        const auto original = WebhookDeliveryRepository(m_bed->workspace()).find(id);
        QCOMPARE(original->attempts, 1);
        QCOMPARE(WebhookDeliveryRepository(m_bed->workspace()).forApplication(m_bed->a().id).size(), 2);

        QCOMPARE(webhooks->replay(id + 1000, &error), qint64(0));
        QVERIFY(!error.isEmpty());
    }

    void signatureMatchesWhateverItsAge()
    {
        const QByteArray body = "{\"type\":\"auth\"}";
        const QByteArray header = WebhookSignature::sign("secret", body, 1000);
        QVERIFY(WebhookSignature::matches(header, "secret", body));
        QVERIFY(!WebhookSignature::verify(header, "secret", body, QDateTime::currentDateTimeUtc()));
        QVERIFY(!WebhookSignature::matches(header, "secret", "{\"type\":\"deauth\"}"));
        QVERIFY(!WebhookSignature::matches(header, "other", body));
        QVERIFY(!WebhookSignature::matches("t=1000", "secret", body));
    }
};

QTEST_MAIN(TestWebhookSender)
#include "tst_webhooksender.moc"
