#pragma once

#include "ApiError.h"
#include "Application.h"
#include "ConnectExchange.h"
#include "IntegrationSource.h"
#include "LinkOrigin.h"
#include "WidgetSession.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

class ConnectContext;

/// A widget session as the widget's own routes see it: valid and not
/// expired, with its application, the sources it offers now (those of the
/// session that the application may still use) and the user it links.
class WidgetSessionLookup
{
    Q_DECLARE_TR_FUNCTIONS(WidgetSessionLookup)

public:
    WidgetSession session;
    Application application;
    QStringList offered; ///< source keys, in the session's order

    /// The session @p sessionId; else nothing, with the exchange answered
    /// 401 INVALID_REQUEST.
    static std::optional<WidgetSessionLookup> open(
        ConnectContext &context, const ExchangePtr &exchange, const QString &sessionId);
    /// The same without answering: nothing for an unknown or expired session.
    static std::optional<WidgetSessionLookup> find(ConnectContext &context, const QString &sessionId);

    /// The offered source @p key (case-insensitive); else nothing with
    /// @p error set to INVALID_PROVIDER.
    std::optional<IntegrationSource> offeredSource(
        ConnectContext &context, const QString &key, ApiError *error) const;

    /// The user a connection made in this session belongs to: the popup's
    /// client user id, else an opaque id stable for the application and
    /// the session's reference id (so that a user who connects again
    /// renews the same connection), else one made from the session id.
    QString userId(ConnectContext &context) const;
    /// Where a link made in this session comes from.
    LinkOrigin origin(ConnectContext &context) const;
};
