#pragma once

#include "StoreResult.h"

#include <QCoreApplication>
#include <QStringList>

class Workspace;

/// The versioned schema. Step N takes a workspace from version N-1 to N;
/// each step runs in the transaction that records its version.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    /// The number of steps, which is the newest schema version.
    static int latestVersion();

    /// The statements of step @p version for the workspace's backend.
    static QStringList statements(int version, bool postgres);

    /// Brings @p workspace from @p fromVersion to latestVersion().
    static StoreResult migrate(Workspace &workspace, int fromVersion);
};
