#include "SupportBundle.h"

#include "CatalogJson.h"
#include "Redactor.h"
#include "StoredTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSysInfo>

Q_LOGGING_CATEGORY(lcSupportBundle, "linkdeck.qa.bundle")

namespace {

/// The source as its catalogue entry (so it can be imported to reproduce),
/// without the logo; extra parameters named like secrets are fingerprinted.
QJsonObject sourceJson(const IntegrationSource &source, const Redactor &redactor)
{
    IntegrationSource copy = source;
    copy.logo.clear();
    const QJsonObject catalogue = QJsonDocument::fromJson(CatalogJson::write({ copy })).object();
    QJsonObject object = catalogue.value(QLatin1String("sources")).toArray().at(0).toObject();
    for (const char *field : { "extraAuthParams", "extraTokenParams" }) {
        QJsonObject params = object.value(QLatin1String(field)).toObject();
        for (auto it = params.begin(); it != params.end(); ++it) {
            if (Redactor::isSensitiveName(it.key()))
                it.value() = redactor.fingerprint(it.value().toString());
        }
        if (!params.isEmpty())
            object.insert(QLatin1String(field), params);
    }
    // Whether a secret is set helps support; the secret itself never comes here.
    object.insert(QLatin1String("hasClientSecret"), source.hasClientSecret);
    return object;
}

QJsonObject runJson(const TestRunRecord &run)
{
    QJsonObject object {
        { QStringLiteral("id"), run.id },
        { QStringLiteral("sourceKey"), run.sourceKey },
        { QStringLiteral("startedAt"), StoredTime::format(run.startedAt) },
        { QStringLiteral("durationMs"), run.durationMs },
        { QStringLiteral("result"), TestRunRecord::toString(run.result) },
        { QStringLiteral("steps"), run.steps },
        { QStringLiteral("navigations"), run.navigations },
        { QStringLiteral("har"), run.har },
    };
    if (run.applicationId != 0)
        object.insert(QStringLiteral("applicationId"), run.applicationId);
    return object;
}

} // namespace

QString SupportBundle::fileSuffix()
{
    return QStringLiteral(".linkdeck-bundle.json");
}

QString SupportBundle::suggestedFileName(const QString &sourceKey, const QDateTime &at)
{
    return sourceKey + QLatin1Char('-') + at.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"))
        + fileSuffix();
}

QJsonObject SupportBundle::header(
    const IntegrationSource &source, const Redactor &redactor, const QDateTime &createdAt)
{
    return {
        { QStringLiteral("format"), QStringLiteral("linkdeck-support-bundle") },
        { QStringLiteral("version"), FormatVersion },
        { QStringLiteral("createdAt"), StoredTime::format(createdAt) },
        { QStringLiteral("linkdeck"),
            QJsonObject { { QStringLiteral("version"), QStringLiteral(LINKDECK_VERSION) },
                { QStringLiteral("qt"), QString::fromLatin1(qVersion()) } } },
        { QStringLiteral("system"),
            QJsonObject { { QStringLiteral("os"), QSysInfo::prettyProductName() },
                { QStringLiteral("kernel"),
                    QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion() },
                { QStringLiteral("cpu"), QSysInfo::currentCpuArchitecture() } } },
        { QStringLiteral("source"), sourceJson(source, redactor) },
    };
}

QJsonObject SupportBundle::document(const IntegrationSource &source, const QList<TestRunRecord> &runs,
    const Redactor &redactor, const QDateTime &createdAt)
{
    QJsonArray runArray;
    for (const TestRunRecord &run : runs)
        runArray.append(runJson(run));
    QJsonObject root = header(source, redactor, createdAt);
    root.insert(QStringLiteral("runs"), runArray);
    // Once more over every string: known secrets and anything shaped like a JWT.
    return redactor.scrubJson(root).toObject();
}

QByteArray SupportBundle::write(const IntegrationSource &source, const QList<TestRunRecord> &runs,
    const Redactor &redactor, const QDateTime &createdAt)
{
    return QJsonDocument(document(source, runs, redactor, createdAt)).toJson(QJsonDocument::Indented);
}

bool SupportBundle::saveBytes(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write the support bundle %1: %2").arg(path, file.errorString());
        qCWarning(lcSupportBundle) << "writing a support bundle failed:" << file.errorString();
        return false;
    }
    return true;
}

bool SupportBundle::save(const QString &path, const IntegrationSource &source,
    const QList<TestRunRecord> &runs, const Redactor &redactor, QString *error)
{
    return saveBytes(path, write(source, runs, redactor), error);
}

QJsonObject SupportBundle::connectionDocument(const IntegrationSource &source,
    const UserConnection &connection, const QList<ConnectEvent> &events, const Redactor &redactor,
    const QDateTime &createdAt)
{
    // Everything but the sealed tokens.
    const QJsonObject connectionObject {
        { QStringLiteral("id"), connection.id },
        { QStringLiteral("applicationId"), connection.applicationId },
        { QStringLiteral("sourceKey"), connection.sourceKey },
        { QStringLiteral("userId"), connection.userId },
        { QStringLiteral("referenceId"), connection.referenceId },
        { QStringLiteral("status"), UserConnection::toString(connection.status) },
        { QStringLiteral("requestedScopes"), connection.requestedScopes },
        { QStringLiteral("grantedScopes"), connection.grantedScopes },
        { QStringLiteral("hasTokens"), !connection.sealedTokens.isEmpty() },
        { QStringLiteral("tokenExpiresAt"), StoredTime::format(connection.tokenExpiresAt) },
        { QStringLiteral("createdAt"), StoredTime::format(connection.createdAt) },
        { QStringLiteral("updatedAt"), StoredTime::format(connection.updatedAt) },
        { QStringLiteral("lastRefreshedAt"), StoredTime::format(connection.lastRefreshedAt) },
        { QStringLiteral("lastError"), connection.lastError },
    };
    QJsonArray eventArray;
    for (const ConnectEvent &event : events)
        eventArray.append(QJsonObject { { QStringLiteral("id"), event.id },
            { QStringLiteral("kind"), event.kind }, { QStringLiteral("at"), StoredTime::format(event.at) },
            { QStringLiteral("sessionId"), event.sessionId }, { QStringLiteral("detail"), event.detail } });
    QJsonObject root = header(source, redactor, createdAt);
    root.insert(QStringLiteral("connection"), connectionObject);
    root.insert(QStringLiteral("events"), eventArray);
    return redactor.scrubJson(root).toObject();
}

bool SupportBundle::saveConnection(const QString &path, const IntegrationSource &source,
    const UserConnection &connection, const QList<ConnectEvent> &events, const Redactor &redactor,
    QString *error)
{
    const QByteArray bytes = QJsonDocument(connectionDocument(source, connection, events, redactor))
                                 .toJson(QJsonDocument::Indented);
    return saveBytes(path, bytes, error);
}
