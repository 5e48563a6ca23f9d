#include "CatalogCache.h"

#include "ApplicationRepository.h"
#include "SourceAccess.h"
#include "Workspace.h"

#include <QSqlQuery>

CatalogCache::CatalogCache(Workspace &workspace)
    : m_workspace(workspace)
{ }

bool CatalogCache::isCurrent()
{
    if (m_counted)
        return m_version >= 0;
    m_counted = true;
    QSqlQuery &query = m_workspace.preparedQuery(QStringLiteral("SELECT version FROM catalog_version"));
    const qint64 version = query.exec() && query.next() ? query.value(0).toLongLong() : -1;
    query.finish();
    if (version >= 0 && version == m_version)
        return true;
    m_applications.clear();
    m_usable.clear();
    m_version = version;
    return false;
}

std::optional<Application> CatalogCache::application(const QString &clientId)
{
    if (isCurrent()) {
        if (const auto kept = m_applications.constFind(clientId); kept != m_applications.cend())
            return *kept;
    }
    std::optional<Application> found = ApplicationRepository(m_workspace).findByClientId(clientId);
    if (found && m_version >= 0)
        m_applications.insert(clientId, *found);
    return found;
}

QStringList CatalogCache::allUsable(const Application &application)
{
    if (isCurrent()) {
        if (const auto kept = m_usable.constFind(application.id); kept != m_usable.cend())
            return *kept;
    }
    const QStringList usable = SourceAccess::allUsable(m_workspace, application);
    if (m_version >= 0)
        m_usable.insert(application.id, usable);
    return usable;
}
