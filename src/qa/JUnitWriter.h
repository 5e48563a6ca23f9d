#pragma once

#include "TestRunRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

/// JUnit XML for CI from stored test runs: <testsuites> with one
/// <testsuite> per source and one <testcase> per step (classname
/// "linkdeck.<source>", time in seconds). A failed step has a <failure>
/// whose message is the diagnosis; a skipped one a <skipped>. Where one
/// source has several runs, its cases are numbered ("token #2").
class JUnitWriter
{
    Q_DECLARE_TR_FUNCTIONS(JUnitWriter)

public:
    /// @p sourceNames, by key, label the suites; the key is used without one.
    static QByteArray write(
        const QList<TestRunRecord> &runs, const QHash<QString, QString> &sourceNames = {});
};
