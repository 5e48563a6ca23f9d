// The unattended OAuth 2.0 test run as Linkdeck makes it (OAuth2TestRun with
// the non-browser user agent of the tests): authorize, login, consent, token,
// API call, refresh, revoke, and the PKCE check (authorize and consent once
// more, that code exchanged with a wrong verifier) against a local
// oidc-provider. For tests/bench/oauth_flow.sh, which alternates it with a
// curl script making the same exchanges.
//
// Usage: bench_oauth_flow ISSUER CLIENT_ID CLIENT_SECRET
// Each line on standard input runs one flow and prints its wall time in
// milliseconds on standard output ("failed: …" on standard error and exit
// status 1 if a step fails); end of input ends the program.
#include "DriverUserAgent.h"
#include "OAuth2TestRun.h"
#include "OidcFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSocketNotifier>
#include <QTextStream>
#include <memory>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcBenchOAuth, "linkdeck.bench.oauth")

namespace {

class FlowBench : public QObject
{
public:
    FlowBench(const QString &issuer, const OAuthCredentials &credentials)
        : m_source(OidcFixture::source(issuer))
        , m_credentials(credentials)
        , m_stdin(STDIN_FILENO, QSocketNotifier::Read)
    {
        connect(&m_stdin, &QSocketNotifier::activated, this, &FlowBench::onInput);
    }

private:
    void onInput()
    {
        char line[64];
        const ssize_t n = ::read(STDIN_FILENO, line, sizeof line);
        if (n <= 0) {
            m_stdin.setEnabled(false);
            QCoreApplication::exit(0);
            return;
        }
        // One flow at a time: the script waits for each answer before the next line.
        if (!m_run)
            runOnce();
    }

    void runOnce()
    {
        // A fresh browser (cookie jar) per flow, as a new curl cookie jar per script run.
        m_agent = std::make_unique<DriverUserAgent>();
        m_run = std::make_unique<OAuth2TestRun>(
            m_source, m_credentials, QUrl(OidcFixture::redirectUri()), m_agent.get(), &m_manager);
        m_clock.start();
        connect(m_run.get(), &OAuth2TestRun::finished, this, [this](bool passed) {
            const qint64 ns = m_clock.nsecsElapsed();
            if (!passed) {
                for (const TestStep &step : m_run->steps()) {
                    if (step.status == TestStep::Status::Failed)
                        qCCritical(lcBenchOAuth).noquote()
                            << "failed:" << TestStep::name(step.kind) << step.detail << step.diagnosis;
                }
                QCoreApplication::exit(1);
                return;
            }
            QTextStream(stdout) << QString::number(ns / 1e6, 'f', 2) << Qt::endl;
            m_run.release()->deleteLater();
            m_agent.release()->deleteLater();
        });
        m_run->start();
    }

    IntegrationSource m_source;
    OAuthCredentials m_credentials;
    QSocketNotifier m_stdin;
    QNetworkAccessManager m_manager;
    std::unique_ptr<DriverUserAgent> m_agent;
    std::unique_ptr<OAuth2TestRun> m_run;
    QElapsedTimer m_clock;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Measured as `linkdeck test` runs by default: warnings only on the terminal.
    QLoggingCategory::setFilterRules(QStringLiteral("linkdeck.*.debug=false\nlinkdeck.*.info=false"));
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: bench_oauth_flow ISSUER CLIENT_ID CLIENT_SECRET\n";
        return 2;
    }
    FlowBench bench(args.at(1), { args.at(2), args.at(3) });
    return app.exec();
}
