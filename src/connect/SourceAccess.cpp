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
    if (!source) {
        *error = ApiError::invalidProvider(tr("There is no provider \"%1\".").arg(key));
        return std::nullopt;
    }
    if (own.isEmpty()) {
        *error = ApiError::invalidProvider(tr("This application may not use the provider \"%1\".").arg(key));
        return std::nullopt;
    }
    if (!source->enabled) {
        *error = ApiError::invalidProvider(tr("The provider \"%1\" is disabled.").arg(key));
        return std::nullopt;
    }
    return source;
}

bool SourceAccess::checkAll(Workspace &workspace, const Application &application, const QStringList &keys,
    QStringList *normalized, ApiError *error)
{
    QStringList result;
    for (const QString &key : keys) {
        const auto source = usable(workspace, application, key, error);
        if (!source)
            return false;
        if (!result.contains(source->key))
            result << source->key;
    }
    *normalized = result;
    return true;
}

QStringList SourceAccess::allUsable(Workspace &workspace, const Application &application)
{
    QStringList keys;
    const SourceRepository sources(workspace);
    for (const QString &key : application.sourceKeys) {
        const auto source = sources.find(key);
        if (source && source->enabled)
            keys << key;
    }
    return keys;
}

QString SourceAccess::clientIdFor(const Application &application, const IntegrationSource &source)
{
    const QString own = application.credentials.value(source.key).clientId;
    return own.isEmpty() ? source.clientId : own;
}
