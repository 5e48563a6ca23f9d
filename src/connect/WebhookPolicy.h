#pragma once

#include <chrono>

/// How often and how patiently a webhook is retried: attempt n (from 1)
/// waits baseDelay * 2^(n-2) after attempt n-1 failed, at most maxDelay.
struct WebhookPolicy
{
    int maxAttempts = 6;
    std::chrono::milliseconds baseDelay { 2000 };
    std::chrono::milliseconds maxDelay { 10 * 60 * 1000 };
    std::chrono::milliseconds timeout { 10000 }; ///< per attempt

    /// The wait before attempt @p attempt (2 or later).
    std::chrono::milliseconds delayBefore(int attempt) const
    {
        auto delay = baseDelay;
        for (int i = 2; i < attempt && delay < maxDelay; ++i)
            delay *= 2;
        return delay < maxDelay ? delay : maxDelay;
    }
};
