#include "WidgetAssets.h"

#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcWidgetAssets, "linkdeck.connect.widget.assets")

// The resource lives in a static library, so it must be registered by hand.
static void initWidgetResource()
{
    Q_INIT_RESOURCE(widget);
}

namespace {

using Header = ConnectExchange::Header;

bool readResource(const QString &name, QByteArray *body)
{
    static const bool registered = [] {
        initWidgetResource();
        return true;
    }();
    Q_UNUSED(registered)
    QFile file(QStringLiteral(":/widget/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *body = file.readAll();
    return true;
}

} // namespace

bool WidgetAssets::find(const QString &name, Asset *asset)
{
    // Plain file names only: nothing can climb out of the widget's folder.
    static const QRegularExpression plainName(QStringLiteral("^[a-z0-9][a-z0-9_-]*\\.(css|js|svg|html)$"));
    if (!plainName.match(name).hasMatch())
        return false;
    if (!readResource(name, &asset->body))
        return false;
    asset->mimeType = mimeTypeFor(name);
    return true;
}

WidgetAssets::Asset WidgetAssets::page()
{
    Asset asset;
    if (!readResource(QStringLiteral("index.html"), &asset.body))
        qCCritical(lcWidgetAssets) << "the widget page is missing from the resources";
    asset.mimeType = mimeTypeFor(QStringLiteral("index.html"));
    return asset;
}

QByteArray WidgetAssets::mimeTypeFor(const QString &name)
{
    if (name.endsWith(QLatin1String(".html")))
        return QByteArrayLiteral("text/html; charset=utf-8");
    if (name.endsWith(QLatin1String(".css")))
        return QByteArrayLiteral("text/css; charset=utf-8");
    if (name.endsWith(QLatin1String(".js")))
        return QByteArrayLiteral("text/javascript; charset=utf-8");
    if (name.endsWith(QLatin1String(".svg")))
        return QByteArrayLiteral("image/svg+xml");
    return QByteArrayLiteral("application/octet-stream");
}

QByteArray WidgetAssets::contentSecurityPolicy()
{
    // No inline script or style and nothing from elsewhere: the page holds
    // a session id and takes passwords.
    return QByteArrayLiteral("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                             "connect-src 'self'; form-action 'self'; base-uri 'none'; "
                             "frame-ancestors 'none'");
}

QList<ConnectExchange::Header> WidgetAssets::pageHeaders()
{
    return {
        Header(QByteArrayLiteral("Content-Security-Policy"), contentSecurityPolicy()),
        // The URL carries the session id; providers must not see it.
        Header(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer")),
        Header(QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY")),
        Header(QByteArrayLiteral("Cross-Origin-Opener-Policy"), QByteArrayLiteral("unsafe-none")),
        Header(QByteArrayLiteral("Cross-Origin-Resource-Policy"), QByteArrayLiteral("same-origin")),
    };
}

QList<ConnectExchange::Header> WidgetAssets::embeddableHeaders()
{
    return {
        Header(QByteArrayLiteral("Cross-Origin-Resource-Policy"), QByteArrayLiteral("cross-origin")),
        Header(QByteArrayLiteral("Access-Control-Allow-Origin"), QByteArrayLiteral("*")),
    };
}

QList<ConnectExchange::Header> WidgetAssets::logoHeaders()
{
    // An SVG opened on its own would be a document: give it no powers.
    return {
        Header(QByteArrayLiteral("Content-Security-Policy"),
            QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'; sandbox")),
        Header(QByteArrayLiteral("Cross-Origin-Resource-Policy"), QByteArrayLiteral("same-origin")),
    };
}
