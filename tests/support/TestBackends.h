#pragma once

#include "TempWorkspace.h"

/// Runs a test class against each workspace backend: call addRows() from
/// initTestCase_data(), LINKDECK_SKIP_UNAVAILABLE_BACKEND() first in init(),
/// and open workspaces with TempWorkspace(TestBackends::current()).
class TestBackends
{
public:
    static void addRows();
    /// The backend of the global data row being run.
    static TempWorkspace::Backend current();
    /// True for the PostgreSQL row when no server is there for tests.
    static bool unavailable();
};

/// Skips the test function (it must be called in one: QSKIP returns from
/// it) on the PostgreSQL row when no server is there for tests.
#define LINKDECK_SKIP_UNAVAILABLE_BACKEND()                                                                  \
    do {                                                                                                     \
        if (TestBackends::unavailable())                                                                     \
            QSKIP("No PostgreSQL server: run under tests/support/with-postgres.sh, as ctest does");          \
    } while (false)
