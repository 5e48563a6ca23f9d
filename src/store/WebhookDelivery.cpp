#include "WebhookDelivery.h"

QString WebhookDelivery::toString(Status status)
{
    switch (status) {
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Retrying:
        return QStringLiteral("retrying");
    case Status::Delivered:
        return QStringLiteral("delivered");
    case Status::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("pending");
}

WebhookDelivery::Status WebhookDelivery::statusFromString(const QString &text)
{
    if (text == QLatin1String("retrying"))
        return Status::Retrying;
    if (text == QLatin1String("delivered"))
        return Status::Delivered;
    if (text == QLatin1String("failed"))
        return Status::Failed;
    return Status::Pending;
}
