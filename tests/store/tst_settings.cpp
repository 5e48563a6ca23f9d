#include "Settings.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
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

    // The console sets its last page as it starts; the same value again
    // must not rewrite (and sync) the user's file.
    void unchangedValuesAreNotWritten()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        Settings(file).set(Settings::Key::LastPage, QStringLiteral("applications"));
        const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-1);
        auto backdate = [&]() {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(old, QFileDevice::FileModificationTime));
        };
        backdate();
        {
            Settings settings(file);
            settings.set(Settings::Key::LastPage, QStringLiteral("applications"));
            settings.set(Settings::Key::WindowGeometry, QByteArray()); // the default, not stored
        }
        QCOMPARE(QFileInfo(file).lastModified().toUTC(), old);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("settings.ini.lock"))));
        {
            Settings settings(file);
            settings.set(Settings::Key::LastPage, QStringLiteral("tests"));
        }
        QVERIFY(QFileInfo(file).lastModified().toUTC() > old);
        QCOMPARE(Settings(file).text(Settings::Key::LastPage), QStringLiteral("tests"));
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
