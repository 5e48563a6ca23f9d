#pragma once

#include "OAuthCredentials.h"
#include "TestRun.h"

#include <QJsonObject>

/// One end-to-end test of a password or e-mail source through the connect
/// service, as an application's server and the widget use it: a link token
/// for a test user (the application's HTTP Basic credentials), the test
/// account's credentials submitted for the source (the service checks them
/// at the source's login endpoint), and the new connection looked up in
/// the application's connections. Every HTTP exchange with the service is
/// kept (unredacted, in memory) and every failure explained.
class CredentialTestRun : public TestRun
{
    Q_OBJECT

public:
    /// The test account: username and password for a password source, the
    /// e-mail address for an e-mail source.
    struct Account
    {
        QString username;
        QString password;
        QString email;
    };

    /// Tests @p source through the service at @p serviceUrl (e.g. the
    /// console's ConnectService::baseUrl()) as the application whose client
    /// ID and secret are @p application. @p manager is not owned.
    CredentialTestRun(const IntegrationSource &source, const QUrl &serviceUrl,
        const OAuthCredentials &application, const Account &account, QNetworkAccessManager *manager,
        QObject *parent = nullptr);
    ~CredentialTestRun() override;

    /// The user the test connection belongs to; "linkdeck-qa" unless set.
    void setUserId(const QString &userId) { m_userId = userId; }
    QString userId() const { return m_userId; }
    /// The connection the service stored, once it did.
    QString connectionId() const { return m_connectionId; }
    QStringList secrets() const override;

protected:
    void run() override;

private:
    QUrl serviceEndpoint(const QString &path) const;
    QNetworkRequest jsonRequest(const QString &path, bool asApplication) const;
    /// The step's failure from an answer of the service other than 2xx.
    QString explainServiceError(
        TestStep::Kind kind, const HttpExchange &exchange, TokenResponse::ErrorKind transport) const;
    void submitCredentials(const QString &linkToken);
    void findConnection();

    QUrl m_serviceUrl;
    OAuthCredentials m_application;
    Account m_account;
    QString m_userId = QStringLiteral("linkdeck-qa");
    QString m_linkToken;
    QString m_connectionId;
};
