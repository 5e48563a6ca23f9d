#pragma once

#include "Application.h"
#include "IntegrationSource.h"
#include "StoreResult.h"
#include "UserConnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <functional>

class Workspace;

/// Makes realistic fixture connections for demos, GUI tests and benchmarks:
/// users with one to three sources each, a status mix as a live platform
/// sees it, scopes partly granted, times spread over eighteen months, and
/// errors where a connection failed. No token is made up: the sealed token
/// column stays empty, as for a connection whose tokens were deleted.
class ConnectionGenerator
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionGenerator)

public:
    /// @p seed makes the same connections again (in an empty workspace);
    /// times are spread before @p now.
    ConnectionGenerator(Workspace &workspace, quint32 seed, const QDateTime &now);

    /// Adds @p count connections, spread over @p applications and, for each,
    /// over those of @p sources it uses (all of them where it names none),
    /// in one transaction. @p progress hears how many are written so far.
    StoreResult generate(qint64 count, const QList<Application> &applications,
        const QList<IntegrationSource> &sources, const std::function<void(qint64 written)> &progress = {});

private:
    UserConnection connection(qint64 applicationId, const IntegrationSource &source, const QString &userId,
        const QString &referenceId, const QDateTime &createdAt);
    /// A random UUID; a time-ordered one for a valid @p time.
    QString uuid(const QDateTime &time = {});
    QString referenceId();
    QDateTime before(const QDateTime &time, qint64 maxSeconds);

    Workspace &m_workspace;
    QRandomGenerator m_random;
    QDateTime m_now;
};
