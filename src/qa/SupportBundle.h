#pragma once

#include "ConnectEvent.h"
#include "IntegrationSource.h"
#include "TestRunRecord.h"
#include "UserConnection.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

class Redactor;

/// A support bundle: one JSON file ("*.linkdeck-bundle.json") that a QA
/// engineer attaches to a ticket. It holds the Linkdeck and Qt versions, the
/// operating system, the source's definition (catalogue fields, no secret,
/// no logo), and each test run with its steps, diagnoses, browser hops and
/// HAR log. The runs come redacted from the workspace; the whole document
/// goes through the redactor once more (named fields and every string), so
/// a known secret that slipped into a detail or an extra parameter is gone
/// too.
///
/// {"format": "linkdeck-support-bundle", "version": 1, "createdAt": …,
///  "linkdeck": {"version", "qt"}, "system": {"os", "kernel", "cpu"},
///  "source": {…}, "runs": [{"id", "sourceKey", "applicationId", "startedAt",
///  "durationMs", "result", "steps", "navigations", "har"}]}
///
/// Support staff's bundle of one user's connection has "connection" (ids,
/// status, scopes, times; never its tokens) and "events" (its history with
/// the HTTP exchanges recorded in it) in place of "runs".
class SupportBundle
{
    Q_DECLARE_TR_FUNCTIONS(SupportBundle)

public:
    static constexpr int FormatVersion = 1;

    /// ".linkdeck-bundle.json"
    static QString fileSuffix();
    /// e.g. "fitbit-20261121-190004.linkdeck-bundle.json"
    static QString suggestedFileName(const QString &sourceKey, const QDateTime &at);

    static QJsonObject document(const IntegrationSource &source, const QList<TestRunRecord> &runs,
        const Redactor &redactor, const QDateTime &createdAt = QDateTime::currentDateTimeUtc());
    /// document(), as indented UTF-8 JSON.
    static QByteArray write(const IntegrationSource &source, const QList<TestRunRecord> &runs,
        const Redactor &redactor, const QDateTime &createdAt = QDateTime::currentDateTimeUtc());
    /// Writes the bundle to @p path; false with @p error set when it cannot.
    static bool save(const QString &path, const IntegrationSource &source, const QList<TestRunRecord> &runs,
        const Redactor &redactor, QString *error);

    /// The bundle of @p connection to @p source, with its @p events.
    static QJsonObject connectionDocument(const IntegrationSource &source, const UserConnection &connection,
        const QList<ConnectEvent> &events, const Redactor &redactor,
        const QDateTime &createdAt = QDateTime::currentDateTimeUtc());
    /// Writes connectionDocument() to @p path; false with @p error set when it cannot.
    static bool saveConnection(const QString &path, const IntegrationSource &source,
        const UserConnection &connection, const QList<ConnectEvent> &events, const Redactor &redactor,
        QString *error);

private:
    /// The fields every bundle starts with: format, versions, system, source.
    static QJsonObject header(
        const IntegrationSource &source, const Redactor &redactor, const QDateTime &createdAt);
    static bool saveBytes(const QString &path, const QByteArray &bytes, QString *error);
};
