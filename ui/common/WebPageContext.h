#pragma once

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
};
