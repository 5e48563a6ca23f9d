#include "ApplicationCredentials.h"

bool ApplicationCredentials::needsOwn(const IntegrationSource &source)
{
    return source.isOAuth() && !source.hasOwnCredentials();
}

bool ApplicationCredentials::isComplete(const Application &application, const IntegrationSource &source)
{
    if (!needsOwn(source))
        return true;
    const Application::SourceCredentials credentials = application.credentials.value(source.key);
    return !credentials.clientId.trimmed().isEmpty() && credentials.hasClientSecret;
}

QStringList ApplicationCredentials::missing(
    const Application &application, const QList<IntegrationSource> &sources)
{
    QStringList keys;
    for (const IntegrationSource &source : sources) {
        if (application.sourceKeys.contains(source.key) && !isComplete(application, source))
            keys << source.key;
    }
    return keys;
}
