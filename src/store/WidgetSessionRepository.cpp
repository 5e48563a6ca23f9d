#include "WidgetSessionRepository.h"

#include "JsonColumn.h"
#include "StoredTime.h"
#include "Workspace.h"

#include <QSqlQuery>

WidgetSessionRepository::WidgetSessionRepository(Workspace &workspace)
    : m_workspace(workspace)
{ }

StoreResult WidgetSessionRepository::insert(const WidgetSession &session)
{
    return m_workspace.transaction([&]() -> StoreResult {
        // Once per created session: kept prepared.
        QSqlQuery &query = m_workspace.preparedQuery(QStringLiteral(
            "INSERT INTO widget_sessions (id, application_id, reference_id, providers, language, "
            "success_redirect_url, failure_redirect_url, created_at, expires_at, state) VALUES (:id, :app, "
            ":ref, :providers, :language, :success, :failure, :created, :expires, :state)"));
        query.bindValue(QStringLiteral(":id"), session.id);
        query.bindValue(QStringLiteral(":app"), session.applicationId);
        query.bindValue(QStringLiteral(":ref"), Workspace::notNull(session.referenceId));
        query.bindValue(QStringLiteral(":providers"), JsonColumn::fromList(session.providers));
        query.bindValue(QStringLiteral(":language"), Workspace::notNull(session.language));
        query.bindValue(QStringLiteral(":success"), Workspace::notNull(session.successRedirectUrl));
        query.bindValue(QStringLiteral(":failure"), Workspace::notNull(session.failureRedirectUrl));
        query.bindValue(QStringLiteral(":created"), StoredTime::format(session.createdAt));
        query.bindValue(QStringLiteral(":expires"), StoredTime::format(session.expiresAt));
        query.bindValue(QStringLiteral(":state"), WidgetSession::toString(session.state));
        const bool inserted = query.exec();
        const StoreResult result = inserted ? StoreResult::ok() : Workspace::queryFailure(query);
        query.finish();
        return result;
    });
}

std::optional<WidgetSession> WidgetSessionRepository::find(const QString &id) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT id, application_id, reference_id, providers, language, "
                                 "success_redirect_url, failure_redirect_url, created_at, expires_at, state "
                                 "FROM widget_sessions WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    WidgetSession s;
    s.id = query.value(0).toString();
    s.applicationId = query.value(1).toLongLong();
    s.referenceId = query.value(2).toString();
    s.providers = JsonColumn::toList(query.value(3).toString());
    s.language = query.value(4).toString();
    s.successRedirectUrl = query.value(5).toString();
    s.failureRedirectUrl = query.value(6).toString();
    s.createdAt = StoredTime::parse(query.value(7).toString());
    s.expiresAt = StoredTime::parse(query.value(8).toString());
    s.state = WidgetSession::stateFromString(query.value(9).toString());
    return s;
}

StoreResult WidgetSessionRepository::setState(const QString &id, WidgetSession::State state)
{
    return m_workspace.transaction([&]() -> StoreResult {
        QSqlQuery query(m_workspace.database());
        query.prepare(QStringLiteral("UPDATE widget_sessions SET state = :state WHERE id = :id"));
        query.bindValue(QStringLiteral(":state"), WidgetSession::toString(state));
        query.bindValue(QStringLiteral(":id"), id);
        if (!query.exec())
            return Workspace::queryFailure(query);
        if (query.numRowsAffected() == 0)
            return StoreResult::failure(
                StoreResult::Status::NotFound, tr("The widget session no longer exists."));
        return StoreResult::ok();
    });
}
