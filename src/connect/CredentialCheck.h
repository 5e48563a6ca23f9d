#pragma once

#include <QJsonObject>
#include <QString>

/// What a provider's login endpoint said about a user's credentials.
struct CredentialCheck
{
    enum class Outcome {
        Accepted, ///< 2xx
        Rejected, ///< 401 or 403
        Unavailable ///< anything else: no answer, another status, a refused URL
    };

    Outcome outcome = Outcome::Unavailable;
    int httpStatus = 0; ///< 0: no HTTP answer
    QJsonObject response; ///< the JSON object answered, if any (may hold tokens)
    QString error; ///< for the user, when not Accepted
};
