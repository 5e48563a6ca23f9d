#pragma once

#include "TempWorkspace.h"

/// Runs a test class against each workspace backend: call addRows() from
/// initTestCase_data(), skip in init() where unavailable(), and open
/// workspaces with TempWorkspace(TestBackends::current()).
class TestBackends
{
public:
    static void addRows();
    /// The backend of the global data row being run.
    static TempWorkspace::Backend current();
    /// True for the PostgreSQL row when no server is there for tests.
    static bool unavailable();
};
