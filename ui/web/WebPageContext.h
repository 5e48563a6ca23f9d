#pragma once

class ConsoleConnectService;
class SecretStore;
class Settings;
class Workspace;

/// What a page of the web module (those built on Qt WebEngine) is given by
/// the main window; everything outlives the page.
struct WebPageContext
{
    Workspace &workspace;
    SecretStore &secrets;
    Settings &settings;
    /// The console's connect service on loopback, started by the first page that needs it.
    ConsoleConnectService &connectService;
};
