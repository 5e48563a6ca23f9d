#include "BundledCatalog.h"

#include "CatalogJson.h"

#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBundled, "linkdeck.catalog.bundled")

// The resource lives in a static library, so it must be registered by hand.
static void initCatalogResource()
{
    Q_INIT_RESOURCE(catalog);
}

CatalogParseResult BundledCatalog::load()
{
    initCatalogResource();
    QFile file(QStringLiteral(":/catalog/catalog.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        CatalogParseResult result;
        result.error = file.errorString();
        qCWarning(lcBundled) << "bundled catalogue missing:" << result.error;
        return result;
    }
    return CatalogJson::read(file.readAll(), QStringLiteral(":/catalog"));
}
