#include "OAuth1Server.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

OAuth1Server::OAuth1Server(const QMap<QString, QString> &clients, const QStringList &signatureMethods)
{
    QJsonObject keys;
    for (auto it = clients.cbegin(); it != clients.cend(); ++it)
        keys.insert(it.key(), it.value());
    const QString config = m_dir.filePath(QStringLiteral("config.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = file.errorString();
        return;
    }
    QJsonObject settings { { QStringLiteral("clients"), keys } };
    if (!signatureMethods.isEmpty())
        settings.insert(QStringLiteral("signature_methods"), QJsonArray::fromStringList(signatureMethods));
    file.write(QJsonDocument(settings).toJson());
    file.close();

    // Debian's python3, which has python3-oauthlib.
    const QString script
        = qEnvironmentVariable("LINKDECK_SOURCE_DIR") + QStringLiteral("/tests/peers/oauth1-server.py");
    m_process.start(QStringLiteral("/usr/bin/python3"), { script, config });
    while (m_process.waitForReadyRead(20000)) {
        if (!m_process.canReadLine())
            continue;
        m_base
            = QJsonDocument::fromJson(m_process.readLine()).object().value(QStringLiteral("base")).toString();
        if (m_base.isEmpty())
            m_error = QStringLiteral("unexpected output from the OAuth 1.0a server");
        return;
    }
    m_error = QStringLiteral("the OAuth 1.0a server did not start (is python3-oauthlib installed?): ")
        + QString::fromUtf8(m_process.readAllStandardError());
}

OAuth1Server::~OAuth1Server()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}
