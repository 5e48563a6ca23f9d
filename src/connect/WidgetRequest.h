#pragma once

#include "ConnectExchange.h"

#include <QCoreApplication>
#include <QJsonObject>

/// Checks on what the widget posts to its routes.
class WidgetRequest
{
    Q_DECLARE_TR_FUNCTIONS(WidgetRequest)

public:
    /// The JSON object body of @p exchange, which must say it is
    /// application/json: another page can only send that after a CORS
    /// preflight, which the service never grants, so no other site can
    /// post to the widget's routes. Else false, with the exchange answered
    /// (415 UNSUPPORTED_MEDIA_TYPE or 400 INVALID_JSON).
    static bool jsonBody(const ExchangePtr &exchange, QJsonObject *body);
};
