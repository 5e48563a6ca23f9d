#pragma once

#include <thread>

/// Fills Qt's font database (fontconfig's configuration and its font list,
/// 4 to 5 ms on the benchmark machine) on a thread of its own, on the other
/// core, while the console opens its workspace and reads its first page's
/// rows. Qt guards the database with a lock, so the first text measured
/// waits for it to be filled instead of filling it. Made once the
/// application exists; joined when destroyed, before the application.
class FontDatabaseWarmup
{
public:
    FontDatabaseWarmup();
    ~FontDatabaseWarmup();
    FontDatabaseWarmup(const FontDatabaseWarmup &) = delete;
    FontDatabaseWarmup &operator=(const FontDatabaseWarmup &) = delete;

private:
    std::thread m_thread;
};
