#include "ConsoleStyle.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QPixmap>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>

namespace {

/// Whether Qt has loaded any image-format plugin into this process.
bool imagePluginLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("/imageformats/");
}

QImage drawn(const QIcon &icon)
{
    return icon.pixmap(QSize(16, 16)).toImage();
}

} // namespace

class TestConsoleStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(new ConsoleStyle); }

    // First: once any test has drawn a standard icon, the plugins are loaded.
    void createsWidgetsWithoutLoadingImagePlugins()
    {
        QVERIFY(!imagePluginLoaded());
        QMenuBar bar;
        bar.addMenu(QStringLiteral("File"));
        QLineEdit search;
        search.setClearButtonEnabled(true);
        QVERIFY(!imagePluginLoaded());

        // Drawing one is what loads them (and shows the check above can fail).
        const QIcon extension
            = QApplication::style()->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
        QVERIFY(!drawn(extension).isNull());
        QVERIFY(imagePluginLoaded());
    }

    void drawsWhatItsBaseStyleDraws_data()
    {
        QTest::addColumn<QStyle::StandardPixmap>("which");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("menu bar extension") << QStyle::SP_ToolBarHorizontalExtensionButton << Qt::LeftToRight;
        QTest::newRow("menu bar extension, right to left")
            << QStyle::SP_ToolBarHorizontalExtensionButton << Qt::RightToLeft;
        QTest::newRow("clear button") << QStyle::SP_LineEditClearButton << Qt::LeftToRight;
        QTest::newRow("warning") << QStyle::SP_MessageBoxWarning << Qt::LeftToRight;
    }

    void drawsWhatItsBaseStyleDraws()
    {
        QFETCH(QStyle::StandardPixmap, which);
        QFETCH(Qt::LayoutDirection, direction);
        ConsoleStyle style;
        QStyleOption option;
        option.direction = direction;
        const QIcon deferred = style.standardIcon(which, &option);
        const QIcon own = style.baseStyle()->standardIcon(which, &option);
        QVERIFY(!own.isNull());
        QVERIFY(!deferred.isNull());
        QCOMPARE(drawn(deferred), drawn(own));
        QCOMPARE(deferred.availableSizes(), own.availableSizes());
        QCOMPARE(deferred.actualSize(QSize(64, 64)), own.actualSize(QSize(64, 64)));
    }

    void followsTheDirectionOfTheWidgetAsking()
    {
        ConsoleStyle style;
        QWidget rightToLeft;
        rightToLeft.setLayoutDirection(Qt::RightToLeft);
        QStyleOption option;
        option.direction = Qt::RightToLeft;
        QCOMPARE(
            drawn(style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, nullptr, &rightToLeft)),
            drawn(style.baseStyle()->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, &option)));
    }
};

QTEST_MAIN(TestConsoleStyle)
#include "tst_consolestyle.moc"
