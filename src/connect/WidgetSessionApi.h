#pragma once

#include "Application.h"
#include "ConnectExchange.h"

#include <QCoreApplication>
#include <QStringList>

class ConnectContext;

/// `POST /v1/widget/session` (an application asks for a widget session)
/// and `GET /v1/widget/session/{id}` (the widget reads what to show).
class WidgetSessionApi
{
    Q_DECLARE_TR_FUNCTIONS(WidgetSessionApi)

public:
    explicit WidgetSessionApi(ConnectContext &context);

    /// Checks the body, stores the session and answers {session_id, url, expires_at}.
    void create(const ExchangePtr &exchange, const Application &application);
    /// Answers what the widget of session @p sessionId shows.
    void show(const ExchangePtr &exchange, const QString &sessionId);

    /// The widget's languages; the first is the default.
    static QStringList languages();
    /// The path of the widget page of @p sessionId.
    static QString widgetPath(const QString &sessionId);

private:
    ConnectContext &m_context;
};
