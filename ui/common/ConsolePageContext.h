#pragma once

class SecretStore;
class Settings;
class Workspace;

/// What the main window gives the pages it loads from a module (see
/// WebModule, PagesModule); everything outlives the page.
struct ConsolePageContext
{
    Workspace &workspace;
    SecretStore &secrets;
    Settings &settings;
};
