#pragma once

#include "ConnectExchange.h"

#include <QCoreApplication>
#include <QStringList>

class ConnectContext;

/// `POST /widget/{session}/events`: what the widget reports about its
/// user (OPEN, SELECT_SOURCE, OAUTH_REDIRECT, SUBMIT_CREDENTIALS, SUCCESS,
/// ERROR, EXIT), recorded in the session's event log as "widget.open",
/// "widget.select_source", …
///
/// The body is {"event": KIND, "source": KEY?, "code": ERROR_CODE?}: small
/// (MaxBodyBytes), the kind one of kinds(), the source one the session
/// offers, the code an upper-case identifier. Nothing else is kept, so
/// nothing a user types can reach the log. A session takes MaxEvents.
class WidgetEventLog
{
    Q_DECLARE_TR_FUNCTIONS(WidgetEventLog)

public:
    static constexpr int MaxBodyBytes = 1024;
    static constexpr int MaxEvents = 200;

    explicit WidgetEventLog(ConnectContext &context);

    void record(const ExchangePtr &exchange, const QString &sessionId);

    /// The kinds the widget reports.
    static QStringList kinds();
    /// The log's kind for widget event @p kind: "widget.select_source".
    static QString logKind(const QString &kind);

private:
    ConnectContext &m_context;
};
