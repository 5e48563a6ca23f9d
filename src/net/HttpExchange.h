#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>

/// One HTTP request and its answer, as sent and received, for a recorder
/// to redact and keep (the timeline, HAR export). Unredacted: it carries
/// secrets, codes and tokens; never log it as it is.
struct HttpExchange
{
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    QDateTime startedAt; ///< UTC
    QByteArray method;
    QUrl url;
    Headers requestHeaders;
    QByteArray requestBody;

    int status = 0; ///< 0 when no HTTP answer arrived
    QString reasonPhrase;
    Headers responseHeaders;
    QByteArray responseBody; ///< up to the client's size limit
    QString error; ///< the transport's error, empty if none
    qint64 durationMs = 0;
};

Q_DECLARE_METATYPE(HttpExchange)
