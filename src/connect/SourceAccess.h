#pragma once

#include "ApiError.h"
#include "Application.h"
#include "IntegrationSource.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

class Workspace;

/// Which sources an application may connect users to right now: those it
/// is allowed to use that exist and are enabled.
class SourceAccess
{
    Q_DECLARE_TR_FUNCTIONS(SourceAccess)

public:
    /// The source @p key, where @p application may use it; else nothing,
    /// with @p error set to INVALID_PROVIDER.
    static std::optional<IntegrationSource> usable(
        Workspace &workspace, const Application &application, const QString &key, ApiError *error);
    /// @p keys as the application's source keys (matched without regard to
    /// case, duplicates dropped), where all are usable; else false with @p error.
    static bool checkAll(Workspace &workspace, const Application &application, const QStringList &keys,
        QStringList *normalized, ApiError *error);
    /// Every source the application may use now, by key.
    static QStringList allUsable(Workspace &workspace, const Application &application);
    /// The client ID to send to @p source for @p application: its own, else the source's.
    static QString clientIdFor(const Application &application, const IntegrationSource &source);

private:
    /// Whether the source asked for as @p key (the application's spelling
    /// @p own, empty where it may not use it) is usable; else @p error says why.
    static bool check(const QString &key, const QString &own, bool exists, bool enabled, ApiError *error);
};
