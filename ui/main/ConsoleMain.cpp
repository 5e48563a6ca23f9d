#include "ConsoleMain.h"

#include "AppIcon.h"
#include "CommandLine.h"
#include "ConsolePage.h"
#include "ConsoleStyle.h"
#include "FirstPaintProbe.h"
#include "FontDatabaseWarmup.h"
#include "LinkdeckInfo.h"
#include "MainWindow.h"
#include "Settings.h"
#include "WebModule.h"
#include "Workspace.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <optional>
#include <utility>

namespace {

// The first page on Qt WebEngine starts its processes: that takes a while.
constexpr int kReadyTimeoutMs = 60000;

QStringList toArguments(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

// @p target is a page id, optionally with an item: "sources/fitbit".
int takeScreenshot(MainWindow &window, const QString &target, const QString &file)
{
    QTextStream err(stderr);
    const QString page = target.section(QLatin1Char('/'), 0, 0);
    const QString item = target.section(QLatin1Char('/'), 1);
    if (!window.showPage(page)) {
        err << QCoreApplication::translate("ConsoleMain", "Unknown page \"%1\"; use one of: %2.")
                   .arg(page, window.pageIds().join(QStringLiteral(", ")))
            << '\n';
        return 2;
    }
    if (!item.isEmpty() && !window.page(page)->select(item)) {
        err << QCoreApplication::translate("ConsoleMain", "The page \"%1\" has no \"%2\".").arg(page, item)
            << '\n';
        return 2;
    }
    window.resize(1280, 800);
    window.show();
    // Grabbed once the page has loaded what it shows (the Preview page's
    // widget), or when that takes too long; once either way.
    auto grabbed = std::make_shared<bool>(false);
    auto grab = [&window, file, grabbed](bool timedOut) {
        if (std::exchange(*grabbed, true))
            return;
        QTextStream err(stderr);
        if (timedOut)
            err << QCoreApplication::translate(
                "ConsoleMain", "The page was not ready after %1 seconds; the screenshot may be incomplete.")
                       .arg(kReadyTimeoutMs / 1000)
                << '\n';
        // What the page changed last (a message) is laid out before the grab.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const bool saved = window.grab().save(file, "PNG");
        if (!saved)
            err << QCoreApplication::translate("ConsoleMain", "Cannot write %1.").arg(file) << '\n';
        QCoreApplication::exit(saved ? 0 : 1);
    };
    ConsolePage *shown = window.page(page);
    // Queued: the window lays out and the page starts loading first.
    QTimer::singleShot(0, &window, [shown, grab]() {
        if (shown->isReady())
            return grab(false);
        QObject::connect(shown, &ConsolePage::ready, shown, [grab]() { grab(false); });
        QTimer::singleShot(kReadyTimeoutMs, shown, [grab]() { grab(true); });
    });
    return QApplication::exec();
}

} // namespace

int ConsoleMain::run(int argc, char **argv)
{
    LinkdeckInfo::setNames();
    const CommandLine line = CommandLine::parse(toArguments(argc, argv));
    QTextStream out(stdout);
    QTextStream err(stderr);
    // Answered before any window system is needed.
    if (const auto status = line.answerEarly(out, err))
        return *status;
    // Commands that need Qt WebEngine run in its module, which makes its own application.
    if (line.words().value(0) == QLatin1String("test"))
        return WebModule::instance().runCommand(argc, argv);
    if (!line.words().isEmpty()) {
        err << CommandLine::tr("Unknown command \"%1\".").arg(line.words().constFirst()) << '\n'
            << CommandLine::helpText();
        return 2;
    }
    const bool screenshot = !line.screenshotFile().isEmpty();
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Chromium's sandbox refuses to start as root and in most containers,
    // where screenshots are usually taken; the page shown is the local one.
    if (screenshot && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    if (!screenshot && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        err << CommandLine::tr(
            "No display found. Start the console under Xvfb (xvfb-run -a linkdeck), or render "
            "a page with --screenshot FILE --page sources.")
            << '\n';
        return 2;
    }

    // Qt WebEngine, loaded later with the Preview or Tests page, shares
    // OpenGL contexts with the widgets; this must be said before the application exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    // Destroyed (joined) before the application.
    const FontDatabaseWarmup fonts;
    QApplication::setStyle(new ConsoleStyle);
    LinkdeckInfo::setUp(app);
    app.setWindowIcon(AppIcon::icon());

    Workspace workspace;
    if (const StoreResult opened = workspace.open(line.workspace()); !opened) {
        if (screenshot) {
            err << opened.message << '\n';
        } else {
            QMessageBox::critical(nullptr, CommandLine::tr("Linkdeck"), opened.message);
        }
        return 1;
    }

    // A screenshot leaves the user's preferences alone.
    std::optional<QTemporaryDir> scratch;
    if (screenshot)
        scratch.emplace();
    Settings settings
        = screenshot ? Settings(scratch->filePath(QStringLiteral("screenshot.ini"))) : Settings();
    workspace.setOperatorName(settings.text(Settings::Key::OperatorName));
    MainWindow window(workspace, settings);
    if (screenshot)
        return takeScreenshot(
            window, line.page().isEmpty() ? QStringLiteral("sources") : line.page(), line.screenshotFile());
    FirstPaintProbe::installIfRequested();
    window.show();
    return QApplication::exec();
}
