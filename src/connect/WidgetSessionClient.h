#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

/// Asks a connect service for a widget session over HTTP, as a developer's
/// server does: POST /v1/widget/session with the application's client ID
/// and secret (HTTP Basic). The console's Preview page uses it against its
/// own service and against deployed ones. One request at a time: a new
/// mint() abandons the one before.
class WidgetSessionClient : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString referenceId;
        QStringList providers; ///< empty: every source the application may use
        QString language;
    };

    struct Result
    {
        QString sessionId; ///< empty on failure
        QUrl url; ///< the widget, as the service names it
        QDateTime expiresAt;
        QString error; ///< for the user, on failure
        bool isOk() const { return !sessionId.isEmpty(); }
    };

    explicit WidgetSessionClient(QObject *parent = nullptr);
    ~WidgetSessionClient() override;

    /// Mints a session on the service at @p serviceUrl (its base, e.g.
    /// http://127.0.0.1:8080 or https://connect.example.com/linkdeck);
    /// finished() tells. The secret only travels over https, or plain http
    /// to a loopback address.
    void mint(const QUrl &serviceUrl, const QString &clientId, const QString &secret, const Request &request);
    /// Abandons the request under way, if any; finished() is not emitted.
    void cancel();

    /// Where mint() posts for @p serviceUrl.
    static QUrl endpoint(const QUrl &serviceUrl);

Q_SIGNALS:
    void finished(const WidgetSessionClient::Result &result);

private:
    void onReply(QNetworkReply *reply, const QUrl &serviceUrl);
    void finish(const Result &result);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    quint64 m_generation = 0; ///< of the request under way
};
