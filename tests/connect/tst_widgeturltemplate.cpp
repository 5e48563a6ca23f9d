// WidgetUrlTemplate: the remote widget's address with placeholders.
#include "WidgetUrlTemplate.h"

#include <QTest>

class TestWidgetUrlTemplate : public QObject
{
    Q_OBJECT

private:
    static QHash<QString, QString> values()
    {
        return { { QStringLiteral("service"), QStringLiteral("https://connect.example.com/base/") },
            { QStringLiteral("session_id"), QStringLiteral("ws_abc") },
            { QStringLiteral("client_id"), QStringLiteral("ld_123") },
            { QStringLiteral("reference_id"), QStringLiteral("user 42&x=1") },
            { QStringLiteral("language"), QStringLiteral("de") },
            { QStringLiteral("theme"), QStringLiteral("dark") },
            { QStringLiteral("providers"), QStringLiteral("fitbit,oura") } };
    }

private Q_SLOTS:
    void expands_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("default") << WidgetUrlTemplate::defaultText()
                                 << QStringLiteral(
                                        "https://connect.example.com/base/widget/ws_abc?theme=dark");
        // Values cannot break out of their place in the URL.
        QTest::newRow("developer page")
            << QStringLiteral(
                   "https://app.example.com/connect?user={reference_id}&lang={language}&p={providers}")
            << QStringLiteral(
                   "https://app.example.com/connect?user=user%2042%26x%3D1&lang=de&p=fitbit%2Coura");
        QTest::newRow("client") << QStringLiteral("http://127.0.0.1:8080/connect?clientId={client_id}")
                                << QStringLiteral("http://127.0.0.1:8080/connect?clientId=ld_123");
        QTest::newRow("no placeholders")
            << QStringLiteral(" https://example.com/w ") << QStringLiteral("https://example.com/w");
    }

    void expands()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const WidgetUrlTemplate urlTemplate(text);
        QString error;
        QVERIFY2(urlTemplate.check(&error), qPrintable(error));
        QCOMPARE(urlTemplate.expand(values()).toString(QUrl::FullyEncoded), expected);
    }

    void saysWhatItNeeds()
    {
        QVERIFY(WidgetUrlTemplate(WidgetUrlTemplate::defaultText()).needsSession());
        QVERIFY(WidgetUrlTemplate(WidgetUrlTemplate::defaultText()).needsService());
        QVERIFY(!WidgetUrlTemplate(QStringLiteral("{service}/x")).needsSession());
        QVERIFY(WidgetUrlTemplate(QStringLiteral("{service}/x")).needsService());
        QVERIFY(!WidgetUrlTemplate(QStringLiteral("https://a.example/{reference_id}")).needsService());
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << QStringLiteral("Enter the URL");
        QTest::newRow("unknown placeholder") << QStringLiteral("{service}/widget/{session}")
                                             << QStringLiteral("{session} is not a placeholder");
        QTest::newRow("not http") << QStringLiteral("ftp://example.com/{session_id}")
                                  << QStringLiteral("does not make an http(s) URL");
        QTest::newRow("no host") << QStringLiteral("/widget/{session_id}")
                                 << QStringLiteral("does not make an http(s) URL");
    }

    void refuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!WidgetUrlTemplate(text).check(&error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestWidgetUrlTemplate)
#include "tst_widgeturltemplate.moc"
