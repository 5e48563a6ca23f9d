#include "PagesModule.h"

#include "CatalogParseResult.h"

PagesModule &PagesModule::instance()
{
    static PagesModule module(defaultFileName());
    return module;
}

QString PagesModule::defaultFileName()
{
    return ModuleLibrary::fileName(QStringLiteral("linkdeck_pages"), "LINKDECK_PAGES_MODULE");
}

PagesModule::PagesModule(const QString &fileName)
    : m_library(fileName)
{ }

bool PagesModule::load()
{
    if (m_library.load({ kCreatePageSymbol, kFetchDiscoverySymbol }))
        return true;
    m_error = m_library.notModule()
        ? tr("%1 is not a Linkdeck pages module.").arg(m_library.fileName())
        : tr("The Connections and Webhooks pages and discovery imports cannot be loaded: %1")
              .arg(m_library.errorString());
    return false;
}

ConsolePage *PagesModule::createPage(const QString &id, const ConsolePageContext &context, QWidget *parent)
{
    return load() ? m_library.function<CreatePage>(kCreatePageSymbol)(id, context, parent) : nullptr;
}

void PagesModule::fetchDiscovery(const QUrl &url, QObject *context, const DiscoveryDone &done)
{
    if (!load())
        return done(CatalogParseResult::failure(m_error));
    m_library.function<FetchDiscovery>(kFetchDiscoverySymbol)(url, context, done);
}
