#pragma once

class QCoreApplication;

/// Who Linkdeck is to Qt: names for settings and data paths, the version,
/// and the translations for the user's language.
class LinkdeckInfo
{
public:
    static void setUp(QCoreApplication &app);
};
