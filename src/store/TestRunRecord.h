#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

/// One stored QA test run of a source: when, how long, how it ended, its
/// steps and its HTTP exchanges. Everything in it is already redacted (no
/// secret, code or token); the JSON shapes are QA's (TestRunJson, HarWriter).
struct TestRunRecord
{
    enum class Result { Passed, Failed, Cancelled };

    qint64 id = 0; ///< 0 until stored
    QString sourceKey;
    qint64 applicationId = 0; ///< whose credentials were used; 0: the source's own
    QDateTime startedAt; ///< UTC
    qint64 durationMs = 0;
    Result result = Result::Failed;
    QJsonArray steps; ///< one object per step, in order
    QJsonArray navigations; ///< the browser's hops on the authorization page
    QJsonObject har; ///< a HAR 1.2 document of the exchanges; empty in summaries

    static QString toString(Result result); ///< "passed", "failed", "cancelled"
    static bool fromString(const QString &text, Result *result);
};

Q_DECLARE_METATYPE(TestRunRecord)
