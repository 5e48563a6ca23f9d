#include "Settings.h"

#include <QTemporaryDir>
#include <QTest>

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAndPersistence()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        {
            Settings settings(file);
            QCOMPARE(settings.text(Settings::Key::LastPage), QStringLiteral("sources"));
            QVERIFY(settings.bytes(Settings::Key::WindowGeometry).isEmpty());
            settings.set(Settings::Key::LastPage, QStringLiteral("applications"));
            settings.set(Settings::Key::SourcesSplitter, QByteArray("\x01\x02", 2));
        }
        Settings again(file);
        QCOMPARE(again.text(Settings::Key::LastPage), QStringLiteral("applications"));
        QCOMPARE(again.bytes(Settings::Key::SourcesSplitter), QByteArray("\x01\x02", 2));
        again.reset(Settings::Key::LastPage);
        QCOMPARE(
            again.text(Settings::Key::LastPage), Settings::defaultValue(Settings::Key::LastPage).toString());
        QCOMPARE(Settings::name(Settings::Key::LastPage), QStringLiteral("window/lastPage"));
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
