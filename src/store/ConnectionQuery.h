#pragma once

#include "UserConnection.h"

#include <QString>
#include <optional>

/// What the connections inspector asks the ConnectionRepository for: which
/// connections (a filter) and in which order. Text is compared byte by byte
/// (UTF-8) on both backends, so SQLite and PostgreSQL agree on the order.
struct ConnectionQuery
{
    /// The columns connections can be sorted by. Every order ends with the
    /// connection id, so that it is total and pages neither skip nor repeat.
    enum class Column {
        UserId,
        ReferenceId,
        Application, ///< by the application's name, as ApplicationRepository::all() lists them
        Source, ///< by source key
        Status, ///< by the stored status name (active, error, expired, needs_reauth, revoked)
        Created,
        LastRefreshed, ///< never refreshed sorts first
        TokenExpiry, ///< no expiry sorts first
    };

    /// A prefix of the user id, the reference id or the source key
    /// (case-sensitive, except that the source key is matched in lower case).
    /// Empty: any connection.
    QString search;
    std::optional<UserConnection::Status> status; ///< any where unset
    qint64 applicationId = 0; ///< any where 0
    QString sourceKey; ///< any where empty

    Column sortColumn = Column::Created;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;
};
