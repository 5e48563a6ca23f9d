#pragma once

#include "HttpExchange.h"
#include "IntegrationSource.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

/// One GET of a source's test API path with an access token: the cheap
/// call that tells whether a token still opens the provider's API. The
/// whole exchange is kept (unredacted; the caller redacts before storing).
class TestApiCall : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxResponseBytes = 1024 * 1024;
    static constexpr int DefaultTimeoutMs = 30000;

    /// Uses @p manager (not owned).
    explicit TestApiCall(QNetworkAccessManager *manager, QObject *parent = nullptr);

    void setTransferTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    /// Starts the call; finished() answers once.
    void start(const IntegrationSource &source, const QString &accessToken);

Q_SIGNALS:
    /// @p exchange has status 0 and an error where no HTTP answer came.
    void finished(const HttpExchange &exchange);

private:
    QNetworkAccessManager *m_manager;
    int m_timeoutMs = DefaultTimeoutMs;
    QElapsedTimer m_timer;
};
