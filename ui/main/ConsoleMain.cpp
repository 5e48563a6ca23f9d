#include "ConsoleMain.h"

#include "AppIcon.h"
#include "CommandLine.h"
#include "ConsolePage.h"
#include "FirstPaintProbe.h"
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

namespace {

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
    // Let the page lay out and paint once before grabbing it.
    QTimer::singleShot(300, &window, [&window, file]() {
        const bool saved = window.grab().save(file, "PNG");
        if (!saved)
            QTextStream(stderr) << QCoreApplication::translate("ConsoleMain", "Cannot write %1.").arg(file)
                                << '\n';
        QCoreApplication::exit(saved ? 0 : 1);
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
    QTemporaryDir scratch;
    Settings settings
        = screenshot ? Settings(scratch.filePath(QStringLiteral("screenshot.ini"))) : Settings();
    workspace.setOperatorName(settings.text(Settings::Key::OperatorName));
    MainWindow window(workspace, settings);
    if (screenshot)
        return takeScreenshot(
            window, line.page().isEmpty() ? QStringLiteral("sources") : line.page(), line.screenshotFile());
    FirstPaintProbe::installIfRequested();
    window.show();
    return QApplication::exec();
}
