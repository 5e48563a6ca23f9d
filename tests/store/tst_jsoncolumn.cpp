#include "JsonColumn.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestJsonColumn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsAreWrittenAsQtWritesThem_data()
    {
        QTest::addColumn<QStringList>("list");
        QTest::newRow("empty") << QStringList {};
        QTest::newRow("providers") << QStringList { QStringLiteral("oura"), QStringLiteral("fitbit") };
        QTest::newRow("empty string") << QStringList { QString() };
        QTest::newRow("quotes and backslashes") << QStringList { QStringLiteral("say \"hi\""),
            QStringLiteral("C:\\path\\"), QStringLiteral("/") };
        QTest::newRow("control characters")
            << QStringList { QStringLiteral("a\nb\tc\rd\be\ff"), QString(QChar(0x01)) + QChar(0x1f) };
        QTest::newRow("beyond ASCII") << QStringList { QStringLiteral("Grüße, 東京 ✓"),
            QString(QChar(0xd83d)) + QChar(0xde00), QString(QChar(0x7f)) };
    }

    void listsAreWrittenAsQtWritesThem()
    {
        QFETCH(QStringList, list);
        const QString written = JsonColumn::fromList(list);
        QCOMPARE(written,
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact)));
        QCOMPARE(JsonColumn::toList(written), list);
    }
};

QTEST_GUILESS_MAIN(TestJsonColumn)
#include "tst_jsoncolumn.moc"
