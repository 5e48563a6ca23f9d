#include "ImportPlan.h"

#include <QHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcImportPlan, "linkdeck.catalog.importplan")

ImportPlan ImportPlan::compute(
    const QList<IntegrationSource> &existing, const QList<IntegrationSource> &incoming)
{
    QHash<QString, qsizetype> byKey;
    for (qsizetype i = 0; i < existing.size(); ++i)
        byKey.insert(existing.at(i).key, i);

    ImportPlan plan;
    for (const IntegrationSource &in : incoming) {
        const auto found = byKey.constFind(in.key);
        if (found == byKey.cend()) {
            plan.added.append(in);
            continue;
        }
        const IntegrationSource &old = existing.at(found.value());
        IntegrationSource merged = in;
        // The file describes the provider; whether this workspace holds
        // credentials for it is local state the import must not drop.
        merged.id = old.id;
        merged.revision = old.revision;
        merged.hasClientSecret = old.hasClientSecret;
        if (merged.clientId.isEmpty())
            merged.clientId = old.clientId;
        // Formats without logos (Nango, discovery) keep the one we have.
        if (merged.logo.isEmpty()) {
            merged.logo = old.logo;
            merged.logoMimeType = old.logoMimeType;
        }
        if (old.sameDefinition(merged))
            plan.unchanged.append(old);
        else
            plan.changed.append(qMakePair(old, merged));
    }
    qCDebug(lcImportPlan) << plan.added.size() << "added," << plan.changed.size() << "changed,"
                          << plan.unchanged.size() << "unchanged";
    return plan;
}

QStringList ImportPlan::changedFields(const IntegrationSource &a, const IntegrationSource &b)
{
    QStringList fields;
    auto check = [&fields](bool differs, const char *name) {
        if (differs)
            fields << QString::fromLatin1(name);
    };
    check(a.key != b.key, "key");
    check(a.displayName != b.displayName, "displayName");
    check(a.authType != b.authType, "authType");
    check(a.enabled != b.enabled, "enabled");
    check(a.authHostUrl != b.authHostUrl, "authHostUrl");
    check(a.apiHostUrl != b.apiHostUrl, "apiHostUrl");
    check(a.authUrl != b.authUrl, "authUrl");
    check(a.requestTokenUrl != b.requestTokenUrl, "requestTokenUrl");
    check(a.accessTokenUrl != b.accessTokenUrl, "accessTokenUrl");
    check(a.fullAuthUrlOverride != b.fullAuthUrlOverride, "fullAuthUrl");
    check(a.clientId != b.clientId, "clientId");
    check(a.scopes != b.scopes, "scopes");
    check(a.scopeSeparator != b.scopeSeparator, "scopeSeparator");
    check(a.pkce != b.pkce, "pkce");
    check(a.clientAuth != b.clientAuth, "clientAuth");
    check(a.extraAuthParams != b.extraAuthParams, "extraAuthParams");
    check(a.extraTokenParams != b.extraTokenParams, "extraTokenParams");
    check(a.refreshUrl != b.refreshUrl, "refreshUrl");
    check(a.revokeUrl != b.revokeUrl, "revokeUrl");
    check(a.testApiPath != b.testApiPath, "testApiPath");
    check(a.description != b.description, "description");
    check(a.docsUrl != b.docsUrl, "docsUrl");
    check(a.logo != b.logo || a.logoMimeType != b.logoMimeType, "logo");
    return fields;
}

QString ImportPlan::summary() const
{
    return tr("%1 to add, %2 to change, %3 unchanged")
        .arg(added.size())
        .arg(changed.size())
        .arg(unchanged.size());
}
