#include "WidgetRequest.h"

#include "ApiError.h"

bool WidgetRequest::jsonBody(const ExchangePtr &exchange, QJsonObject *body)
{
    const QByteArray type = exchange->header(QByteArrayLiteral("Content-Type")).split(';').constFirst();
    if (type.trimmed().toLower() != "application/json") {
        exchange->fail(ApiError::make(
            415, QStringLiteral("UNSUPPORTED_MEDIA_TYPE"), tr("Send the request as application/json.")));
        return false;
    }
    ApiError error;
    if (!exchange->jsonBody(body, &error)) {
        exchange->fail(error);
        return false;
    }
    return true;
}
