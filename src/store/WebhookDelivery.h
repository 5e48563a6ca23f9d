#pragma once

#include <QDateTime>
#include <QString>

/// One webhook sent to an application, with the outcome of its latest
/// attempt. Each attempt is also an event ("webhook.attempt").
struct WebhookDelivery
{
    enum class Status { Pending, Retrying, Delivered, Failed };

    qint64 id = 0;
    qint64 applicationId = 0;
    QString connectionId;
    QString eventKind; ///< "auth", "auth_failure", "deauth"
    QString url;
    QString payload; ///< the JSON body as sent
    QString signatureHeader; ///< of the latest attempt
    int attempts = 0;
    Status status = Status::Pending;
    int lastResponseCode = 0; ///< 0: no HTTP answer
    QString lastError;
    QDateTime nextAttemptAt;
    QDateTime deliveredAt;
    qint64 durationMs = 0; ///< of the latest attempt
    QDateTime createdAt;

    static QString toString(Status status);
    static Status statusFromString(const QString &text);
};
