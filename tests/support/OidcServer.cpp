#include "OidcServer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

OidcServer::OidcServer(const QJsonArray &clients, Pkce pkce)
{
    const QString peers = qEnvironmentVariable("LINKDECK_SOURCE_DIR") + QStringLiteral("/tests/peers");
    if (!QFile::exists(peers + QStringLiteral("/node_modules/oidc-provider"))) {
        m_error = QStringLiteral("oidc-provider is not installed: run 'npm ci --prefix tests/peers' "
                                 "(packaging/bootstrap.sh test does)");
        return;
    }
    const QString config = m_dir.filePath(QStringLiteral("config.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = file.errorString();
        return;
    }
    file.write(QJsonDocument(QJsonObject { { QStringLiteral("clients"), clients },
                                 { QStringLiteral("pkceRequired"), pkce == Pkce::Required },
                                 { QStringLiteral("ignorePkce"), pkce == Pkce::Ignored } })
                   .toJson());
    file.close();

    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(QStringLiteral("node"), { peers + QStringLiteral("/oidc-server.mjs"), config });
    // The server prints one JSON line once it listens.
    while (m_process.waitForReadyRead(20000)) {
        if (!m_process.canReadLine())
            continue;
        const QJsonObject ready = QJsonDocument::fromJson(m_process.readLine()).object();
        m_issuer = ready.value(QStringLiteral("issuer")).toString();
        if (m_issuer.isEmpty())
            m_error = QStringLiteral("unexpected output from the OIDC server");
        return;
    }
    m_error = QStringLiteral("the OIDC server did not start: ")
        + QString::fromUtf8(m_process.readAllStandardError());
}

OidcServer::~OidcServer()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}
