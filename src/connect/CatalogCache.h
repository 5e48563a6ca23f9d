#pragma once

#include "Application.h"

#include <QHash>
#include <QStringList>
#include <optional>

class Workspace;

/// What the connect service reads of the catalogue on every request (the
/// application a client ID names, the sources it may use now), kept
/// between requests while the catalogue is unchanged. The workspace counts
/// every change to sources, applications and the sources each may use
/// (catalog_version, kept by triggers, whichever process or connection
/// makes the change). The first lookup after a request began reads that
/// count and starts afresh when it moved; the lookups after it share that
/// reading until the next request begins. So an edit, a deletion or a
/// disabled source takes effect with the next request, and a request reads
/// the count once however many lookups it makes. Where the count cannot be
/// read, nothing is kept.
class CatalogCache
{
public:
    /// @p workspace must outlive the cache.
    explicit CatalogCache(Workspace &workspace);

    /// The application with @p clientId, as ApplicationRepository::findByClientId().
    std::optional<Application> application(const QString &clientId);
    /// The sources @p application may use now, as SourceAccess::allUsable().
    QStringList allUsable(const Application &application);
    /// A request began: the next lookup reads the count again.
    void requestBegan() { m_counted = false; }

private:
    /// Whether what is kept still holds; drops it where it does not.
    bool isCurrent();

    Workspace &m_workspace;
    qint64 m_version = -1;
    bool m_counted = false; ///< the count was read since the latest request began
    QHash<QString, Application> m_applications; ///< by client ID; unknown IDs are not kept
    QHash<qint64, QStringList> m_usable; ///< by application ID
};
