#pragma once

#include "WidgetSession.h"

#include <QString>
#include <QUrl>

/// Where a widget session sends its user when it ends: the success or
/// failure URL the application gave, with what it needs appended as query
/// parameters. An empty URL where the session gave none.
class WidgetRedirects
{
public:
    /// The success URL with user_id, resource (the source) and reference_id.
    static QUrl success(const WidgetSession &session, const QString &userId, const QString &sourceKey);
    /// The failure URL with error (a short code such as "user_exit"),
    /// reason (a sentence), resource where known, and reference_id: as the
    /// provider callback sends it (FlowCompletion).
    static QUrl failure(const WidgetSession &session, const QString &error, const QString &reason,
        const QString &sourceKey = {});
    /// @p url with @p name=@p value appended to its query.
    static QUrl withParameter(const QUrl &url, const QString &name, const QString &value);
};
