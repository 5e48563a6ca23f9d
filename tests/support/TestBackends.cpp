#include "TestBackends.h"

#include <QTest>

void TestBackends::addRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

TempWorkspace::Backend TestBackends::current()
{
    QFETCH_GLOBAL(QString, backend);
    return TempWorkspace::backendNamed(backend);
}

bool TestBackends::unavailable()
{
    return current() == TempWorkspace::Backend::PostgreSql && !TempWorkspace::postgresAvailable();
}
