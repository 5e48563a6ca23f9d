#pragma once

#include "Application.h"
#include "SpecialTokenIssuing.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

class ConnectContext;

/// Mints the Connect popup's special token when the user presses "Finish
/// Connecting Data": random, single-use, short-lived
/// (ConnectSettings::specialTokenLifetime), stored only as its SHA-256.
/// The popup hands it to its opener; the application's server exchanges
/// it once at POST /v1/auth/token (AuthTokenApi) for the user's userCode
/// and an access token. The service owns one (a child of its context).
class SpecialTokenIssuer : public QObject, public SpecialTokenIssuing
{
    Q_OBJECT

public:
    explicit SpecialTokenIssuer(ConnectContext &context, QObject *parent = nullptr);

    /// A special token of @p application for its user @p clientUserId,
    /// whose userCode will be @p clientUserId (what the popup's connections
    /// are stored under); @p connectionId is the connection made in the
    /// popup (may be empty), @p sessionId the popup's session, for the event.
    Issued issue(const Application &application, const QString &clientUserId, const QString &connectionId,
        const QString &sessionId) override;
    /// The same with another userCode: the platform's id of the user.
    Issued issueFor(const Application &application, const QString &clientUserId, const QString &userCode,
        const QString &connectionId, const QString &sessionId);

private:
    ConnectContext &m_context;
};
