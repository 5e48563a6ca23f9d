#include "HeadlessMain.h"

#include "AppsCommand.h"
#include "CommandLine.h"
#include "ConnectionsCommand.h"
#include "LinkdeckInfo.h"
#include "ServeCommand.h"
#include "Settings.h"
#include "SourcesCommand.h"
#include "Workspace.h"

#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>

int HeadlessMain::run(int argc, char **argv)
{
    LinkdeckInfo::setNames();
    // Logos are rendered and checked with QtGui, which needs a platform; no
    // window is ever shown, so the offscreen one serves everywhere.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    LinkdeckInfo::setUp(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const CommandLine line = CommandLine::parse(app.arguments());
    if (const auto status = line.answerEarly(out, err))
        return *status;

    Workspace workspace;
    if (const StoreResult opened = workspace.open(line.workspace()); !opened) {
        err << opened.message << '\n';
        return 1;
    }
    // Changes made from the command line are recorded under the same name as the console's.
    workspace.setOperatorName(Settings().text(Settings::Key::OperatorName));
    const QString command = line.words().value(0);
    if (command == QLatin1String("apps")) {
        AppsCommand apps(workspace, out, err);
        QObject::connect(&apps, &AppsCommand::finished, &app, &QCoreApplication::exit);
        apps.start(line);
        return app.exec();
    }
    if (command == QLatin1String("connections")) {
        ConnectionsCommand connections(workspace, out, err);
        QObject::connect(&connections, &ConnectionsCommand::finished, &app, &QCoreApplication::exit);
        connections.start(line);
        return app.exec();
    }
    if (command == QLatin1String("serve")) {
        ServeCommand serve(workspace, out, err);
        QObject::connect(&serve, &ServeCommand::finished, &app, &QCoreApplication::exit);
        serve.start(line);
        return app.exec();
    }

    SourcesCommand sources(workspace, out, err);
    QObject::connect(&sources, &SourcesCommand::finished, &app, &QCoreApplication::exit);
    sources.start(line);
    return app.exec();
}

// What the `linkdeck` program calls for a command: it loads this library
// only then (see app/main.cpp).
extern "C" Q_DECL_EXPORT int linkdeck_headless_main(int argc, char **argv)
{
    return HeadlessMain::run(argc, argv);
}
