#include "FontDatabaseWarmup.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QTest>

class TestFontDatabaseWarmup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textMeasuredWhileItFillsTheDatabaseIsRight()
    {
        const QString text = QStringLiteral("Sources · Grüße, Quellen");
        int during = 0;
        int lineHeight = 0;
        {
            const FontDatabaseWarmup warmup;
            // At once, while the other thread is filling the database: this
            // waits for it instead of filling it too.
            const QFontMetrics metrics(QApplication::font());
            during = metrics.horizontalAdvance(text);
            lineHeight = metrics.height();
        }
        QVERIFY(!QFontDatabase::families().isEmpty());
        const QFontMetrics after(QApplication::font());
        QVERIFY(during > 0);
        QCOMPARE(during, after.horizontalAdvance(text));
        QCOMPARE(lineHeight, after.height());
    }
};

QTEST_MAIN(TestFontDatabaseWarmup)
#include "tst_fontdatabasewarmup.moc"
