#include "CommandLine.h"

#include "Workspace.h"

#include <QCommandLineParser>
#include <cstring>

namespace {

const char *const kHeadlessCommands[] = { "sources", "apps", "serve", "connections" };

// Options followed by a value, which is not a command word.
const char *const kValueOptions[] = { "--workspace", "--format", "--screenshot", "--page", "--platform",
    "--style", "--redirect-url", "--webhook-url", "--sources", "--listen", "--public-url", "--count",
    "--application", "--search", "--status", "--source", "--limit", "--app", "--browser", "--login-script",
    "--junit", "--har", "--redirect-uri" };

bool takesValue(const char *arg)
{
    for (const char *option : kValueOptions) {
        if (std::strcmp(arg, option) == 0)
            return true;
    }
    return false;
}

} // namespace

bool CommandLine::isHeadless(int argc, char **argv)
{
    const QString word = firstWord(argc, argv);
    for (const char *command : kHeadlessCommands) {
        if (word == QLatin1String(command))
            return true;
    }
    return false;
}

QString CommandLine::firstWord(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (takesValue(arg)) {
            ++i; // skip its value
            continue;
        }
        if (arg[0] != '-')
            return QString::fromLocal8Bit(arg);
    }
    return {};
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption workspace(QStringLiteral("workspace"), QString(), QStringLiteral("location"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"));
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("format"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("file"));
    const QCommandLineOption page(QStringLiteral("page"), QString(), QStringLiteral("page"));
    const QCommandLineOption redirectUrl(QStringLiteral("redirect-url"), QString(), QStringLiteral("url"));
    const QCommandLineOption webhookUrl(QStringLiteral("webhook-url"), QString(), QStringLiteral("url"));
    const QCommandLineOption sources(QStringLiteral("sources"), QString(), QStringLiteral("keys"));
    const QCommandLineOption listen(QStringLiteral("listen"), QString(), QStringLiteral("address"));
    const QCommandLineOption allowRemote(QStringLiteral("allow-remote"));
    const QCommandLineOption publicUrl(QStringLiteral("public-url"), QString(), QStringLiteral("url"));
    const QCommandLineOption count(QStringLiteral("count"), QString(), QStringLiteral("n"));
    const QCommandLineOption application(QStringLiteral("application"), QString(), QStringLiteral("name"));
    const QCommandLineOption search(QStringLiteral("search"), QString(), QStringLiteral("prefix"));
    const QCommandLineOption status(QStringLiteral("status"), QString(), QStringLiteral("status"));
    const QCommandLineOption source(QStringLiteral("source"), QString(), QStringLiteral("key"));
    const QCommandLineOption limit(QStringLiteral("limit"), QString(), QStringLiteral("n"));
    const QCommandLineOption app(QStringLiteral("app"), QString(), QStringLiteral("app"));
    const QCommandLineOption browser(QStringLiteral("browser"), QString(), QStringLiteral("browser"));
    const QCommandLineOption loginScript(QStringLiteral("login-script"), QString(), QStringLiteral("file"));
    const QCommandLineOption junit(QStringLiteral("junit"), QString(), QStringLiteral("file"));
    const QCommandLineOption har(QStringLiteral("har"), QString(), QStringLiteral("file"));
    const QCommandLineOption redirectUri(QStringLiteral("redirect-uri"), QString(), QStringLiteral("uri"));
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") });
    const QCommandLineOption version(QStringList { QStringLiteral("v"), QStringLiteral("version") });
    // Qt's own GUI options, accepted so that they reach QApplication.
    const QCommandLineOption platform(QStringLiteral("platform"), QString(), QStringLiteral("name"));
    const QCommandLineOption style(QStringLiteral("style"), QString(), QStringLiteral("name"));
    parser.addOptions({ workspace, json, dryRun, format, screenshot, page, redirectUrl, webhookUrl, sources,
        listen, allowRemote, publicUrl, count, application, search, status, source, limit, app, browser,
        loginScript, junit, har, redirectUri, help, version, platform, style });

    CommandLine line;
    if (!parser.parse(arguments)) {
        line.m_error = parser.errorText();
        return line;
    }
    line.m_help = parser.isSet(help);
    line.m_version = parser.isSet(version);
    line.m_workspace = parser.value(workspace);
    line.m_words = parser.positionalArguments();
    line.m_json = parser.isSet(json);
    line.m_dryRun = parser.isSet(dryRun);
    line.m_format = parser.value(format);
    line.m_screenshot = parser.value(screenshot);
    line.m_page = parser.value(page);
    line.m_redirectUrls = parser.values(redirectUrl);
    line.m_webhookUrl = parser.value(webhookUrl);
    for (const QString &value : parser.values(sources)) {
        for (const QString &key : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            line.m_sourceKeys << key.trimmed();
    }
    line.m_listen = parser.value(listen);
    line.m_allowRemote = parser.isSet(allowRemote);
    line.m_publicUrl = parser.value(publicUrl);
    line.m_count = parser.value(count);
    // `connections` says --application, `test` --app; both name an application.
    line.m_application = parser.isSet(application) ? parser.value(application) : parser.value(app);
    line.m_search = parser.value(search);
    line.m_status = parser.value(status);
    line.m_source = parser.value(source);
    line.m_limit = parser.value(limit);
    line.m_browser = parser.value(browser);
    line.m_loginScript = parser.value(loginScript);
    line.m_junitFile = parser.value(junit);
    line.m_harFile = parser.value(har);
    line.m_redirectUri = parser.value(redirectUri);
    if (parser.isSet(page) && !parser.isSet(screenshot))
        line.m_error = tr("--page goes with --screenshot FILE.");
    return line;
}

std::optional<int> CommandLine::answerEarly(QTextStream &out, QTextStream &err) const
{
    if (!m_error.isEmpty()) {
        err << m_error << '\n' << helpText();
        return 2;
    }
    if (m_help) {
        out << helpText();
        return 0;
    }
    if (m_version) {
        out << "Linkdeck " << LINKDECK_VERSION << '\n';
        return 0;
    }
    return std::nullopt;
}

QString CommandLine::workspace() const
{
    return m_workspace.isEmpty() ? Workspace::defaultLocation() : m_workspace;
}

QString CommandLine::helpText()
{
    return tr("Usage: linkdeck [--workspace PATH|postgresql://…] [COMMAND]\n"
              "\n"
              "Without a command, starts the console.\n"
              "\n"
              "Commands:\n"
              "  sources list [--json]                 List the integration sources.\n"
              "  sources import FILE|URL [--format json|discovery|nango] [--dry-run]\n"
              "                                        Import sources; shows what changes, then applies\n"
              "                                        all of it or nothing.\n"
              "  sources export FILE                   Export the sources as a JSON catalogue (no secrets).\n"
              "  sources set-secret KEY                Store a source's client secret (read from standard\n"
              "                                        input) in the keyring.\n"
              "  apps list [--json]                    List the applications.\n"
              "  apps create NAME [--redirect-url URL]… [--webhook-url URL] [--sources KEY,…] [--json]\n"
              "                                        Create an application; prints its client ID and,\n"
              "                                        once, its secret (kept in the keyring).\n"
              "  serve [--listen 127.0.0.1:PORT] [--allow-remote] [--public-url URL]\n"
              "                                        Run the connect service until interrupted (port 0:\n"
              "                                        any free port; the base URL is printed).\n"
              "  connections generate --count N [--application NAME]\n"
              "                                        Add N fixture connections (for demos and\n"
              "                                        benchmarks; without tokens).\n"
              "  connections list [--search PREFIX] [--status S] [--application NAME] [--source KEY]\n"
              "                   [--limit N] [--json]\n"
              "                                        List connections, newest first; PREFIX matches the\n"
              "                                        user id, reference id or source key.\n"
              "  test SOURCE [--app APP] [--browser embedded|system] [--login-script FILE]\n"
              "       [--redirect-uri URI] [--junit FILE] [--har FILE]\n"
              "                                        Run an end-to-end test of a source unattended (an\n"
              "                                        offscreen browser fills the provider's pages from\n"
              "                                        the login script); exits non-zero on failure.\n"
              "\n"
              "Options:\n"
              "  --workspace LOCATION   A SQLite file or a postgresql:// URL (default: %1).\n"
              "  --screenshot FILE --page PAGE[/ITEM]\n"
              "                         Render a console page offscreen to a PNG and exit;\n"
              "                         (sources, applications, preview, tests, connections,\n"
              "                         webhooks, audit); sources/KEY shows that source in\n"
              "                         the editor, connections/ID that connection's detail.\n"
              "  -v, --version          Print the version.\n"
              "  -h, --help             Print this help.\n")
        .arg(Workspace::defaultLocation());
}
