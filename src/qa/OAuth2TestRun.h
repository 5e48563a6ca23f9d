#pragma once

#include "AuthorizationRequest.h"
#include "HttpExchange.h"
#include "IntegrationSource.h"
#include "OAuthCredentials.h"
#include "TestStep.h"
#include "TokenResponse.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class TokenClient;
class UserAgent;

/// One end-to-end OAuth 2.0 test of a source, step by step: the
/// authorization page (through a UserAgent), the token exchange, the test
/// API call with the token, a refresh, and a revoke where the source has a
/// revoke URL. Every HTTP exchange is kept (unredacted, in memory) and every
/// failure explained.
class OAuth2TestRun : public QObject
{
    Q_OBJECT

public:
    OAuth2TestRun(const IntegrationSource &source, const OAuthCredentials &credentials,
        const QUrl &redirectUri, UserAgent *userAgent, QNetworkAccessManager *manager,
        QObject *parent = nullptr);
    ~OAuth2TestRun() override;

    void start();
    /// Stops the run; the running step fails as cancelled, the rest are skipped.
    void cancel();

    bool isFinished() const { return m_finished; }
    /// True once cancel() stopped the run before it finished.
    bool wasCancelled() const { return m_cancelled; }
    bool passed() const;
    QList<TestStep> steps() const { return m_steps; }
    QList<HttpExchange> exchanges() const { return m_exchanges; }
    /// The tokens as last issued; for the console's masked display.
    TokenResponse tokens() const { return m_tokens; }
    IntegrationSource source() const { return m_source; }

Q_SIGNALS:
    void stepChanged(int index);
    void exchangeRecorded(const HttpExchange &exchange);
    void finished(bool passed);

private:
    int indexOf(TestStep::Kind kind) const;
    void begin(TestStep::Kind kind);
    void pass(TestStep::Kind kind, const QString &detail);
    void fail(TestStep::Kind kind, const QString &detail, const QString &diagnosis);
    void skipRemaining(const QString &why);
    void onRedirected(const QUrl &url);
    void onCodeExchanged(int id, const TokenResponse &response);
    void callApi();
    void refresh();
    void onRefreshed(int id, const TokenResponse &response);
    void revoke();
    void onRevoked(int id, const TokenResponse &response);
    void finish();

    IntegrationSource m_source;
    OAuthCredentials m_credentials;
    QUrl m_redirectUri;
    QPointer<UserAgent> m_userAgent;
    QNetworkAccessManager *m_manager = nullptr;
    TokenClient *m_tokenClient = nullptr;
    AuthorizationRequest m_request;
    TokenResponse m_tokens;
    QList<TestStep> m_steps;
    QList<HttpExchange> m_exchanges;
    QElapsedTimer m_stepTimer;
    bool m_finished = false;
    bool m_cancelled = false;
};
