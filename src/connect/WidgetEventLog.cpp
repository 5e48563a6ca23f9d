#include "WidgetEventLog.h"

#include "ApiError.h"
#include "ConnectContext.h"
#include "ConnectEvent.h"
#include "EventRepository.h"
#include "JsonFields.h"
#include "WidgetRequest.h"
#include "WidgetSessionLookup.h"

#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcWidgetEvents, "linkdeck.connect.widget.events")

WidgetEventLog::WidgetEventLog(ConnectContext &context)
    : m_context(context)
{ }

QStringList WidgetEventLog::kinds()
{
    return { QStringLiteral("OPEN"), QStringLiteral("SELECT_SOURCE"), QStringLiteral("OAUTH_REDIRECT"),
        QStringLiteral("SUBMIT_CREDENTIALS"), QStringLiteral("SUCCESS"), QStringLiteral("ERROR"),
        QStringLiteral("EXIT") };
}

QString WidgetEventLog::logKind(const QString &kind)
{
    return QStringLiteral("widget.") + kind.toLower();
}

void WidgetEventLog::record(const ExchangePtr &exchange, const QString &sessionId)
{
    if (exchange->body().size() > MaxBodyBytes)
        return exchange->fail(ApiError::bodyTooLarge(MaxBodyBytes));
    QJsonObject body;
    if (!WidgetRequest::jsonBody(exchange, &body))
        return;
    const auto lookup = WidgetSessionLookup::open(m_context, exchange, sessionId);
    if (!lookup)
        return;

    QString kind;
    QString source;
    QString code;
    ApiError error;
    if (!JsonFields::optionalString(body, QStringLiteral("event"), &kind, &error, 32)
        || !JsonFields::optionalString(body, QStringLiteral("source"), &source, &error, 128)
        || !JsonFields::optionalString(body, QStringLiteral("code"), &code, &error, 64))
        return exchange->fail(error);
    if (!kinds().contains(kind))
        return exchange->fail(ApiError::invalidParameter(
            tr("\"event\" must be one of %1.").arg(kinds().join(QStringLiteral(", ")))));
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z][A-Z0-9_]*$"));
    if (!code.isEmpty() && !codePattern.match(code).hasMatch())
        return exchange->fail(
            ApiError::invalidParameter(tr("\"code\" must be an error code such as INVALID_CREDENTIALS.")));
    if (!source.isEmpty()) {
        const auto offered = lookup->offeredSource(m_context, source, &error);
        if (!offered)
            return exchange->fail(error);
        source = offered->key;
    }

    EventRepository events(m_context.workspace());
    int reported = 0;
    for (const ConnectEvent &earlier : events.forSession(sessionId)) {
        if (earlier.kind.startsWith(QLatin1String("widget.")))
            ++reported;
    }
    if (reported >= MaxEvents)
        return exchange->fail(ApiError::make(
            429, QStringLiteral("TOO_MANY_EVENTS"), tr("This session has reported enough events.")));

    ConnectEvent event;
    event.applicationId = lookup->application.id;
    event.sessionId = sessionId;
    event.kind = logKind(kind);
    if (!source.isEmpty())
        event.detail.insert(QStringLiteral("provider"), source);
    if (!code.isEmpty())
        event.detail.insert(QStringLiteral("code"), code);
    if (!m_context.recordEvent(&event))
        return exchange->fail(ApiError::internal(tr("The event could not be recorded.")));
    qCDebug(lcWidgetEvents) << "recorded" << event.kind;
    exchange->respond(202, QJsonObject { { QStringLiteral("recorded"), event.kind } });
}
