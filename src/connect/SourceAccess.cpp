#include "SourceAccess.h"

#include "SourceRepository.h"
#include "Workspace.h"

namespace {

// The application's own spelling of @p key, matched without regard to case.
QString applicationKey(const Application &application, const QString &key)
{
    if (application.sourceKeys.contains(key))
        return key;
    for (const QString &own : application.sourceKeys) {
        if (own.compare(key, Qt::CaseInsensitive) == 0)
            return own;
    }
    return {};
}

} // namespace

std::optional<IntegrationSource> SourceAccess::usable(
    Workspace &workspace, const Application &application, const QString &key, ApiError *error)
{
    const QString own = applicationKey(application, key);
    const std::optional<IntegrationSource> source
        = SourceRepository(workspace).find(own.isEmpty() ? key : own);
    if (!check(key, own, source.has_value(), source && source->enabled, error))
        return std::nullopt;
    return source;
}

bool SourceAccess::check(const QString &key, const QString &own, bool exists, bool enabled, ApiError *error)
{
    if (!exists) {
        *error = ApiError::invalidProvider(tr("There is no provider \"%1\".").arg(key));
        return false;
    }
    if (own.isEmpty()) {
        *error = ApiError::invalidProvider(tr("This application may not use the provider \"%1\".").arg(key));
        return false;
    }
    if (!enabled) {
        *error = ApiError::invalidProvider(tr("The provider \"%1\" is disabled.").arg(key));
        return false;
    }
    return true;
}

bool SourceAccess::checkAll(Workspace &workspace, const Application &application, const QStringList &keys,
    QStringList *normalized, ApiError *error)
{
    // One light query for every key: session creation asks this per request.
    QStringList lookups;
    for (const QString &key : keys) {
        const QString own = applicationKey(application, key);
        lookups << (own.isEmpty() ? key : own);
    }
    const QHash<QString, bool> states = SourceRepository(workspace).enabledStates(lookups);
    QStringList result;
    for (int i = 0; i < keys.size(); ++i) {
        const QString own = applicationKey(application, keys.at(i));
        const auto state = states.constFind(lookups.at(i));
        if (!check(keys.at(i), own, state != states.constEnd(), state != states.constEnd() && *state, error))
            return false;
        if (!result.contains(own))
            result << own;
    }
    *normalized = result;
    return true;
}

QStringList SourceAccess::allUsable(Workspace &workspace, const Application &application)
{
    const QHash<QString, bool> states = SourceRepository(workspace).enabledStates(application.sourceKeys);
    QStringList keys;
    for (const QString &key : application.sourceKeys) {
        if (states.value(key))
            keys << key;
    }
    return keys;
}

QString SourceAccess::clientIdFor(const Application &application, const IntegrationSource &source)
{
    const QString own = application.credentials.value(source.key).clientId;
    return own.isEmpty() ? source.clientId : own;
}
