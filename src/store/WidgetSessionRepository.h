#pragma once

#include "StoreResult.h"
#include "WidgetSession.h"

#include <QCoreApplication>
#include <optional>

class Workspace;

/// Reads and writes connect-widget sessions.
class WidgetSessionRepository
{
    Q_DECLARE_TR_FUNCTIONS(WidgetSessionRepository)

public:
    explicit WidgetSessionRepository(Workspace &workspace);

    StoreResult insert(const WidgetSession &session);
    std::optional<WidgetSession> find(const QString &id) const;
    StoreResult setState(const QString &id, WidgetSession::State state);

private:
    Workspace &m_workspace;
};
