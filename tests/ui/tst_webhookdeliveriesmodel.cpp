#include "StatusAccent.h"
#include "WebhookDeliveriesModel.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QPalette>
#include <QtTest>

Q_DECLARE_METATYPE(WebhookDelivery::Status)

/// The deliveries table's model: columns, roles and the status accents.
class tst_WebhookDeliveriesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsAndRoles();
    void statusAccents_data();
    void statusAccents();
};

namespace {

WebhookDelivery makeDelivery(qint64 id, WebhookDelivery::Status status, int attempts, int code)
{
    WebhookDelivery d;
    d.id = id;
    d.applicationId = 1;
    d.eventKind = QStringLiteral("auth");
    d.status = status;
    d.attempts = attempts;
    d.lastResponseCode = code;
    d.durationMs = 42;
    d.createdAt = QDateTime(QDate(2030, 1, 15), QTime(12, 0), Qt::UTC);
    if (status == WebhookDelivery::Status::Retrying)
        d.nextAttemptAt = d.createdAt.addSecs(60);
    return d;
}

} // namespace

void tst_WebhookDeliveriesModel::columnsAndRoles()
{
    WebhookDeliveriesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setDeliveries({ makeDelivery(7, WebhookDelivery::Status::Delivered, 1, 200),
        makeDelivery(5, WebhookDelivery::Status::Retrying, 2, 0),
        makeDelivery(3, WebhookDelivery::Status::Pending, 0, 0) });
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(WebhookDeliveriesModel::ColumnCount));
    QCOMPARE(model.rowOf(5), 1);
    QCOMPARE(model.rowOf(99), -1);
    QCOMPARE(model.index(1, 0).data(WebhookDeliveriesModel::DeliveryIdRole).toLongLong(), qint64(5));
    QCOMPARE(model.index(0, WebhookDeliveriesModel::Event).data().toString(), QStringLiteral("auth"));
    QCOMPARE(model.index(0, WebhookDeliveriesModel::Status).data().toString(), QStringLiteral("delivered"));
    QCOMPARE(model.index(0, WebhookDeliveriesModel::ResponseCode).data().toString(), QStringLiteral("200"));
    QCOMPARE(model.index(0, WebhookDeliveriesModel::Duration).data().toString(), QStringLiteral("42 ms"));
    QCOMPARE(
        model.index(1, WebhookDeliveriesModel::ResponseCode).data().toString(), QStringLiteral("no answer"));
    QVERIFY(!model.index(1, WebhookDeliveriesModel::NextAttempt).data().toString().isEmpty());
    QVERIFY(model.index(0, WebhookDeliveriesModel::NextAttempt).data().toString().isEmpty());
    // Never tried: no response and no timing to show.
    QVERIFY(model.index(2, WebhookDeliveriesModel::ResponseCode).data().toString().isEmpty());
    QVERIFY(model.index(2, WebhookDeliveriesModel::Duration).data().toString().isEmpty());
    QCOMPARE(
        model.index(1, WebhookDeliveriesModel::Attempts).data(WebhookDeliveriesModel::SortRole).toInt(), 2);
    QCOMPARE(model.headerData(WebhookDeliveriesModel::NextAttempt, Qt::Horizontal).toString(),
        QStringLiteral("Next attempt"));
    model.setDeliveries({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_WebhookDeliveriesModel::statusAccents_data()
{
    QTest::addColumn<WebhookDelivery::Status>("status");
    QTest::addColumn<int>("accent"); // -1: none
    QTest::newRow("delivered") << WebhookDelivery::Status::Delivered << int(StatusAccent::Kind::Ok);
    QTest::newRow("failed") << WebhookDelivery::Status::Failed << int(StatusAccent::Kind::Error);
    QTest::newRow("retrying") << WebhookDelivery::Status::Retrying << int(StatusAccent::Kind::Warning);
    QTest::newRow("pending") << WebhookDelivery::Status::Pending << -1;
}

void tst_WebhookDeliveriesModel::statusAccents()
{
    QFETCH(WebhookDelivery::Status, status);
    QFETCH(int, accent);
    WebhookDeliveriesModel model;
    model.setDeliveries({ makeDelivery(1, status, 1, 500) });
    const QVariant colour = model.index(0, WebhookDeliveriesModel::Status).data(Qt::ForegroundRole);
    if (accent < 0)
        QVERIFY(!colour.isValid());
    else
        QCOMPARE(colour.value<QColor>(),
            StatusAccent::color(StatusAccent::Kind(accent), QGuiApplication::palette()));
    QVERIFY(!model.index(0, WebhookDeliveriesModel::Event).data(Qt::ForegroundRole).isValid());
}

QTEST_MAIN(tst_WebhookDeliveriesModel)
#include "tst_webhookdeliveriesmodel.moc"
