#pragma once

#include <QString>
#include <QStringList>

/// What the Preview page is asked to show.
struct PreviewOptions
{
    enum class Target {
        Local, ///< the console's own connect service
        Remote, ///< a deployed service, through a WidgetUrlTemplate
    };

    qint64 applicationId = 0;
    QString referenceId;
    QString language = QStringLiteral("en");
    QString theme = QStringLiteral("light");
    QStringList providers; ///< the sources to offer, by key
    Target target = Target::Local;
    QString serviceUrl; ///< the remote service's base URL
    QString urlTemplate; ///< the remote widget's URL (WidgetUrlTemplate)
};
