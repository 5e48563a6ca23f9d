#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestJsonText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void objectsAreWrittenAsQtWritesThem_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("a session") << QStringLiteral("ws_0193a7c2f0e1AbC-_x")
                                   << QStringLiteral("http://127.0.0.1:8080/widget/ws_0193?x=1&y=%20");
        QTest::newRow("empty and null") << QString(QLatin1String("")) << QString();
        QTest::newRow("quotes and backslashes")
            << QStringLiteral("say \"hi\"") << QStringLiteral("C:\\path\\/");
        QTest::newRow("control characters")
            << QStringLiteral("a\nb\tc\rd\be\ff") << QString(QChar(0x01)) + QChar(0x1f);
        QTest::newRow("beyond ASCII")
            << QStringLiteral("Grüße, 東京 ✓") << QString(QChar(0xd83d)) + QChar(0xde00) + QChar(0x7f);
    }

    void objectsAreWrittenAsQtWritesThem()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        // Given out of QJsonObject's (sorted) order on purpose.
        const QByteArray written = JsonText::object(
            { { QLatin1String("url"), first }, { QLatin1String("expires_at"), second },
                { QLatin1String("session_id"),
                    first + second } }).toUtf8();
        const QJsonObject object { { QStringLiteral("url"), first }, { QStringLiteral("expires_at"), second },
            { QStringLiteral("session_id"), first + second } };
        QCOMPARE(written, QJsonDocument(object).toJson(QJsonDocument::Compact));
        QCOMPARE(QJsonDocument::fromJson(written).object(), object);
    }

    void anEmptyObject() { QCOMPARE(JsonText::object({}), QStringLiteral("{}")); }

    void listsAreWrittenAsQtWritesThem_data()
    {
        QTest::addColumn<QStringList>("list");
        QTest::newRow("empty") << QStringList {};
        QTest::newRow("one") << QStringList { QStringLiteral("oura") };
        QTest::newRow("escapes and beyond ASCII")
            << QStringList { QStringLiteral("say \"hi\"\n"), QString(), QStringLiteral("Grüße ✓") };
    }

    void listsAreWrittenAsQtWritesThem()
    {
        QFETCH(QStringList, list);
        const QString written = JsonText::object({ { QLatin1String("reference_id"), QStringLiteral("u1") },
            { QLatin1String("providers"), list } });
        const QJsonObject object { { QStringLiteral("reference_id"), QStringLiteral("u1") },
            { QStringLiteral("providers"), QJsonArray::fromStringList(list) } };
        QCOMPARE(written, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    }

    void anyObjectIsWrittenAsQtWritesIt_data()
    {
        QTest::addColumn<QJsonObject>("object");
        QTest::newRow("empty") << QJsonObject {};
        QTest::newRow("a session's event") << QJsonObject { { QStringLiteral("reference_id"),
                                                                QStringLiteral("user \"7\"\n") },
            { QStringLiteral("providers"), QJsonArray { QStringLiteral("oura"), QStringLiteral("Grüße ✓") } },
            { QStringLiteral("language"), QStringLiteral("de") } };
        QTest::newRow("empty list") << QJsonObject { { QStringLiteral("providers"), QJsonArray {} } };
        QTest::newRow("numbers and flags")
            << QJsonObject { { QStringLiteral("http_status"), 400 }, { QStringLiteral("ratio"), 0.1 },
                   { QStringLiteral("ok"), false }, { QStringLiteral("none"), QJsonValue::Null } };
        QTest::newRow("nested") << QJsonObject { { QStringLiteral("a"), QStringLiteral("x") },
            { QStringLiteral("b"), QJsonObject { { QStringLiteral("c"), 1 } } } };
        QTest::newRow("a list of numbers")
            << QJsonObject { { QStringLiteral("a"), QJsonArray { QStringLiteral("x"), 2 } } };
    }

    void anyObjectIsWrittenAsQtWritesIt()
    {
        QFETCH(QJsonObject, object);
        QCOMPARE(JsonText::fromObject(object),
            QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
