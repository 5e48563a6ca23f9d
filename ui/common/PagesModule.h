#pragma once

#include "ModuleLibrary.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class ConsolePage;
class QObject;
class QUrl;
class QWidget;
struct CatalogParseResult;
struct ConsolePageContext;

/// The console's parts that go over the network through linkdeck_connect,
/// short of Qt WebEngine: the Connections and Webhooks pages and the
/// Sources page's discovery fetches. They live in liblinkdeck_pages, loaded
/// the first time one of them is needed, so that neither Qt Network nor the
/// connect service's code is loaded before the window's first paint.
class PagesModule
{
    Q_DECLARE_TR_FUNCTIONS(PagesModule)

public:
    /// The process's module, loaded on first use from defaultFileName().
    static PagesModule &instance();
    /// Where the module is (see ModuleLibrary), or LINKDECK_PAGES_MODULE
    /// where that is set.
    static QString defaultFileName();

    /// The module in @p fileName, not loaded yet.
    explicit PagesModule(const QString &fileName);

    /// True where the module is loaded; errorString() says why not.
    bool load();
    QString errorString() const { return m_error; }

    /// The module's page @p id ("connections", "webhooks"), or null where
    /// the module cannot be loaded or has no such page.
    ConsolePage *createPage(const QString &id, const ConsolePageContext &context, QWidget *parent);
    /// Fetches the discovery document at @p url (see DiscoveryFetcher) and
    /// calls @p done with what was read, unless @p context is gone by then;
    /// at once, with the reason, where the module cannot be loaded.
    using DiscoveryDone = std::function<void(const CatalogParseResult &result)>;
    void fetchDiscovery(const QUrl &url, QObject *context, const DiscoveryDone &done);

    /// The entry points the module exports, with C linkage.
    using CreatePage
        = ConsolePage *(*)(const QString &id, const ConsolePageContext &context, QWidget *parent);
    using FetchDiscovery = void (*)(const QUrl &url, QObject *context, const DiscoveryDone &done);
    static constexpr const char *kCreatePageSymbol = "linkdeck_pages_create_page";
    static constexpr const char *kFetchDiscoverySymbol = "linkdeck_pages_fetch_discovery";

private:
    ModuleLibrary m_library;
    QString m_error;
};
