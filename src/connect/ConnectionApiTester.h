#pragma once

#include "UserConnection.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>

class ConnectContext;
class QObject;

/// Calls a connection's source's test API path now with its sealed access
/// token (TestApiCall) and appends an "api.test" event with the redacted
/// HTTP exchange: does this user's token still open the provider's API?
class ConnectionApiTester
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionApiTester)

public:
    struct Outcome
    {
        bool ok = false; ///< the API answered 2xx
        int httpStatus = 0; ///< 0 where no HTTP answer came
        QString message; ///< what happened, for people
    };
    using Callback = std::function<void(const Outcome &)>;

    explicit ConnectionApiTester(ConnectContext &context);

    /// Tests @p connection; answers on @p receiver, always asynchronously.
    /// @p eventDetail (who asked, …) goes into the event; no secret in it.
    void test(const UserConnection &connection, QObject *receiver, Callback done,
        const QJsonObject &eventDetail = {});

private:
    ConnectContext &m_context;
};
