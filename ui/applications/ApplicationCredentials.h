#pragma once

#include "Application.h"
#include "IntegrationSource.h"

#include <QList>
#include <QStringList>

/// Which credentials an application must bring for the sources it uses:
/// an OAuth source without a client ID of its own needs the application's
/// client ID and client secret.
class ApplicationCredentials
{
public:
    /// True where applications using @p source bring their own credentials.
    static bool needsOwn(const IntegrationSource &source);
    /// True where @p application has what @p source asks of it.
    static bool isComplete(const Application &application, const IntegrationSource &source);
    /// The keys of the allowed sources whose credentials are missing.
    static QStringList missing(const Application &application, const QList<IntegrationSource> &sources);
};
