#pragma once

#include "ConnectExchange.h"

#include <QByteArray>
#include <QList>
#include <QString>

/// The connect widget's files (HTML, CSS, JavaScript), compiled into the
/// core as the ":/widget" resource, and the headers they are served with:
/// a Content-Security-Policy that allows scripts, styles, images and
/// requests from the service itself only, and no framing or referrer.
class WidgetAssets
{
public:
    struct Asset
    {
        QByteArray body;
        QByteArray mimeType;
    };

    /// The file @p name ("widget.js") of the widget; false where there is
    /// no such file (names with a path are refused).
    static bool find(const QString &name, Asset *asset);
    /// The widget page itself.
    static Asset page();
    /// The MIME type for a file named @p name, with a charset for text.
    static QByteArray mimeTypeFor(const QString &name);

    /// Headers for the widget page and its files.
    static QList<ConnectExchange::Header> pageHeaders();
    /// Headers for connect.js, which other sites include in their pages.
    static QList<ConnectExchange::Header> embeddableHeaders();
    /// Headers for a source's logo: an image that must run nothing.
    static QList<ConnectExchange::Header> logoHeaders();
    /// The Content-Security-Policy of the widget page.
    static QByteArray contentSecurityPolicy();
};
