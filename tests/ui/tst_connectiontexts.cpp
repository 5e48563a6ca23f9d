#include "ConnectionDetailPane.h"
#include "ConnectionEventText.h"
#include "HarWriter.h"
#include "RelativeTime.h"
#include "TestLocale.h"

#include <QJsonArray>
#include <QTest>

/// How the Connections page words times, scopes and recorded exchanges.
class TestConnectionTexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestLocale::useEnglish(); }

    void expiry_data()
    {
        QTest::addColumn<qint64>("seconds");
        // The start of the text: the plural endings come from the translations.
        QTest::addColumn<QString>("text");
        QTest::newRow("three hours") << qint64(3 * 3600 + 59) << QStringLiteral("expires in 3 hour");
        QTest::newRow("one minute") << qint64(61) << QStringLiteral("expires in 1 minute");
        QTest::newRow("seconds") << qint64(20) << QStringLiteral("expires in less than a minute");
        QTest::newRow("90 minutes") << qint64(90 * 60) << QStringLiteral("expires in 90 minute");
        QTest::newRow("a day and a half") << qint64(36 * 3600) << QStringLiteral("expires in 36 hour");
        QTest::newRow("three days") << qint64(3 * 86400 + 5) << QStringLiteral("expires in 3 day");
        QTest::newRow("just expired") << qint64(-10) << QStringLiteral("expired just now");
        QTest::newRow("two days ago") << qint64(-2 * 86400 - 100) << QStringLiteral("expired 2 day");
        QTest::newRow("one hour ago") << qint64(-(2 * 3600 + 1)) << QStringLiteral("expired 2 hour");
    }

    void expiry()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        const QDateTime now(QDate(2030, 1, 15), QTime(12, 0), Qt::UTC);
        const QString said = RelativeTime::expiry(now.addSecs(seconds), now);
        QVERIFY2(said.startsWith(text), qPrintable(said));
    }

    void since()
    {
        const QDateTime now(QDate(2030, 1, 15), QTime(12, 0), Qt::UTC);
        QVERIFY(RelativeTime::since(now.addSecs(-5 * 60), now).startsWith(QStringLiteral("5 minute")));
        QVERIFY(RelativeTime::since(now.addSecs(-5 * 60), now).endsWith(QStringLiteral(" ago")));
        QVERIFY(RelativeTime::since(now.addSecs(4 * 86400), now).startsWith(QStringLiteral("in 4 day")));
        QCOMPARE(RelativeTime::since(QDateTime(), now), QStringLiteral("never"));
        QCOMPARE(RelativeTime::expiry(QDateTime(), now), QStringLiteral("no expiry"));
    }

    void missingScopes_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("granted");
        QTest::addColumn<QStringList>("missing");
        QTest::newRow("all granted") << QStringLiteral("a b") << QStringLiteral("b a") << QStringList();
        QTest::newRow("one missing") << QStringLiteral("activity sleep heartrate")
                                     << QStringLiteral("activity,sleep")
                                     << QStringList { QStringLiteral("heartrate") };
        QTest::newRow("nothing granted")
            << QStringLiteral("a,b") << QString() << QStringList { QStringLiteral("a"), QStringLiteral("b") };
        QTest::newRow("nothing requested") << QString() << QStringLiteral("a") << QStringList();
    }

    void missingScopes()
    {
        QFETCH(QString, requested);
        QFETCH(QString, granted);
        QFETCH(QStringList, missing);
        QCOMPARE(ConnectionDetailPane::missingScopes(requested, granted), missing);
    }

    void exchangeReadsLikeHttp()
    {
        HttpExchange x;
        x.method = "POST";
        x.url = QUrl(QStringLiteral("https://auth.example/token"));
        x.requestHeaders = { { "Content-Type", "application/x-www-form-urlencoded" } };
        x.requestBody = "grant_type=refresh_token&refresh_token=redacted:abc123";
        x.status = 400;
        x.reasonPhrase = QStringLiteral("Bad Request");
        x.responseBody = R"({"error":"invalid_grant"})";
        x.durationMs = 12;
        ConnectEvent event;
        event.kind = QStringLiteral("refresh.failed");
        event.detail = { { QStringLiteral("http"), QJsonArray { HarWriter::entry(x) } },
            { QStringLiteral("error"), QStringLiteral("The grant is no longer valid.") },
            { QStringLiteral("operator"), QStringLiteral("ada") } };
        QVERIFY(ConnectionEventText::hasExchanges(event));
        const QString text = ConnectionEventText::exchanges(event);
        QVERIFY2(
            text.startsWith(QStringLiteral("POST https://auth.example/token\nContent-Type: "
                                           "application/x-www-form-urlencoded\n\ngrant_type=refresh_token")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("→ HTTP 400 Bad Request (12 ms)")), qPrintable(text));
        QVERIFY(text.endsWith(QStringLiteral("{\"error\":\"invalid_grant\"}")));
        QCOMPARE(ConnectionEventText::title(event.kind), QStringLiteral("Refresh failed"));
        QCOMPARE(
            ConnectionEventText::summary(event), QStringLiteral("The grant is no longer valid. · by ada"));

        x.status = 0;
        x.error = QStringLiteral("Connection refused");
        QVERIFY(ConnectionEventText::exchange(HarWriter::entry(x))
                    .endsWith(QStringLiteral("→ no answer: Connection refused")));
    }
};

QTEST_MAIN(TestConnectionTexts)
#include "tst_connectiontexts.moc"
