// The entry points PagesModule resolves by name in this library.
#include "CatalogParseResult.h"
#include "ConnectionsPage.h"
#include "ConsolePageContext.h"
#include "DiscoveryFetcher.h"
#include "PagesModule.h"
#include "WebhooksPage.h"

extern "C" Q_DECL_EXPORT ConsolePage *linkdeck_pages_create_page(
    const QString &id, const ConsolePageContext &context, QWidget *parent)
{
    if (id == QLatin1String("connections"))
        return new ConnectionsPage(context.workspace, context.secrets, parent);
    if (id == QLatin1String("webhooks"))
        return new WebhooksPage(context.workspace, context.secrets, parent);
    return nullptr;
}

extern "C" Q_DECL_EXPORT void linkdeck_pages_fetch_discovery(
    const QUrl &url, QObject *context, const PagesModule::DiscoveryDone &done)
{
    auto *fetcher = new DiscoveryFetcher(context);
    QObject::connect(
        fetcher, &DiscoveryFetcher::finished, context, [fetcher, done](const CatalogParseResult &result) {
            fetcher->deleteLater();
            done(result);
        });
    fetcher->fetch(url);
}

// The signatures PagesModule casts the resolved symbols to.
static_assert(std::is_same_v<decltype(&linkdeck_pages_create_page), PagesModule::CreatePage>);
static_assert(std::is_same_v<decltype(&linkdeck_pages_fetch_discovery), PagesModule::FetchDiscovery>);
