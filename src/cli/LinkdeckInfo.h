#pragma once

class QCoreApplication;

/// Who Linkdeck is to Qt: names for settings and data paths, the version,
/// and the translations for the user's language.
class LinkdeckInfo
{
public:
    /// Names and version; needs no application object yet, so paths such as
    /// the default workspace are right even in --help.
    static void setNames();
    /// setNames(), quiet logging by default, and the translations.
    static void setUp(QCoreApplication &app);
};
