#pragma once

/// Installs Linkdeck's translations for a fixed locale, so tests that read
/// user-visible text do not depend on the machine's language.
class TestLocale
{
public:
    /// English, with its plural forms ("1 source", "2 sources").
    static void useEnglish();
};
