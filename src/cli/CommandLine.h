#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <optional>

/// The options and words of one `linkdeck` invocation. The same parser
/// serves the console (no command words) and the headless subcommands.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /// True where argv names a headless subcommand (sources, apps, serve, connections), so
    /// main() can choose the kind of application before creating it.
    static bool isHeadless(int argc, char **argv);
    /// The command word of argv: its first argument that is neither an
    /// option nor an option's value; empty where there is none.
    static QString firstWord(int argc, char **argv);

    /// Parses @p arguments (argv[0] first). On error, error() says why.
    static CommandLine parse(const QStringList &arguments);

    /// Text for --help.
    static QString helpText();

    /// Answers a parse error, --help and --version on @p out or @p err and
    /// returns the exit status; nullopt where the run goes on.
    std::optional<int> answerEarly(QTextStream &out, QTextStream &err) const;

    QString error() const { return m_error; }

    /// The workspace given with --workspace, else the default location.
    QString workspace() const;
    QStringList words() const { return m_words; }
    bool json() const { return m_json; }
    bool dryRun() const { return m_dryRun; }
    QString format() const { return m_format; }
    QString screenshotFile() const { return m_screenshot; }
    QString page() const { return m_page; }
    /// `apps create`: --redirect-url (repeatable), --webhook-url, --sources KEY,…
    QStringList redirectUrls() const { return m_redirectUrls; }
    QString webhookUrl() const { return m_webhookUrl; }
    QStringList sourceKeys() const { return m_sourceKeys; }
    /// `serve`: --listen HOST:PORT, --allow-remote, --public-url URL
    QString listen() const { return m_listen; }
    bool allowRemote() const { return m_allowRemote; }
    QString publicUrl() const { return m_publicUrl; }
    /// `connections`: the options as given (the command checks them):
    /// --count N, --application NAME (`test`: --app), --search PREFIX, --status S, --source KEY, --limit N
    QString count() const { return m_count; }
    QString application() const { return m_application; }
    QString search() const { return m_search; }
    QString status() const { return m_status; }
    QString source() const { return m_source; }
    QString limit() const { return m_limit; }
    /// `test`: --browser embedded|system,
    /// --login-script FILE, --junit FILE, --har FILE, --redirect-uri URI
    QString browser() const { return m_browser; }
    QString loginScript() const { return m_loginScript; }
    QString junitFile() const { return m_junitFile; }
    QString harFile() const { return m_harFile; }
    QString redirectUri() const { return m_redirectUri; }

private:
    QString m_error;
    bool m_help = false;
    bool m_version = false;
    QString m_workspace;
    QStringList m_words;
    bool m_json = false;
    bool m_dryRun = false;
    QString m_format;
    QString m_screenshot;
    QString m_page;
    QStringList m_redirectUrls;
    QString m_webhookUrl;
    QStringList m_sourceKeys;
    QString m_listen;
    bool m_allowRemote = false;
    QString m_publicUrl;
    QString m_count;
    QString m_application;
    QString m_search;
    QString m_status;
    QString m_source;
    QString m_limit;
    QString m_browser;
    QString m_loginScript;
    QString m_junitFile;
    QString m_harFile;
    QString m_redirectUri;
};
