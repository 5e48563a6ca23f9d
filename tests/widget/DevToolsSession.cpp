#include "DevToolsSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

DevToolsSession::~DevToolsSession()
{
    m_socket.close();
}

quint16 DevToolsSession::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress(QHostAddress::LocalHost), 0))
        return 0;
    return probe.serverPort();
}

bool DevToolsSession::attach(quint16 port, const QUrl &pageUrl)
{
    QNetworkAccessManager network;
    QNetworkReply *reply
        = network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/json/list").arg(port))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000)) {
        m_error = QStringLiteral("the DevTools endpoint did not answer");
        delete reply;
        return false;
    }
    const QJsonArray targets = QJsonDocument::fromJson(reply->readAll()).array();
    delete reply;
    QUrl socketUrl;
    for (const QJsonValue &target : targets) {
        const QJsonObject object = target.toObject();
        if (object.value(QStringLiteral("type")).toString() == QLatin1String("page")
            && QUrl(object.value(QStringLiteral("url")).toString()) == pageUrl)
            socketUrl = QUrl(object.value(QStringLiteral("webSocketDebuggerUrl")).toString());
    }
    if (!socketUrl.isValid()) {
        m_error = QStringLiteral("no DevTools target shows the page");
        return false;
    }
    QSignalSpy connected(&m_socket, &QWebSocket::connected);
    m_socket.open(socketUrl);
    if (!connected.wait(10000)) {
        m_error = QStringLiteral("the DevTools socket did not open: ") + m_socket.errorString();
        return false;
    }
    return true;
}

bool DevToolsSession::call(const QString &method, const QJsonObject &params, QJsonObject *result)
{
    const int id = ++m_lastId;
    QJsonObject answer;
    auto connection = QObject::connect(
        &m_socket, &QWebSocket::textMessageReceived, &m_socket, [id, &answer](const QString &message) {
            const QJsonObject object = QJsonDocument::fromJson(message.toUtf8()).object();
            if (object.value(QStringLiteral("id")).toInt() == id)
                answer = object;
        });
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("method"), method },
            { QStringLiteral("params"), params } }).toJson(QJsonDocument::Compact)));
    const bool answered = QTest::qWaitFor([&answer]() { return !answer.isEmpty(); }, 10000);
    QObject::disconnect(connection);
    if (!answered) {
        m_error = method + QStringLiteral(": no answer");
        return false;
    }
    if (answer.contains(QStringLiteral("error"))) {
        m_error = method + QStringLiteral(": ")
            + answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        return false;
    }
    if (result)
        *result = answer.value(QStringLiteral("result")).toObject();
    return true;
}

bool DevToolsSession::emulateViewport(int width, int height, bool mobile)
{
    return call(QStringLiteral("Emulation.setDeviceMetricsOverride"),
        { { QStringLiteral("width"), width }, { QStringLiteral("height"), height },
            { QStringLiteral("deviceScaleFactor"), 1 }, { QStringLiteral("mobile"), mobile } });
}
