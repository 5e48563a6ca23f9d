#pragma once

#include "Application.h"
#include "ConnectService.h"
#include "ConnectSettings.h"
#include "ManualClock.h"
#include "SecretStore.h"
#include "TempWorkspace.h"
#include "TokenSealer.h"

#include <QHttpServer>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <memory>

/// A connect service on loopback over a fresh workspace, with two
/// applications (A and B) whose secrets are in the keyring, a manual
/// clock, and a fake provider beside it: login endpoints for password and
/// e-mail sources and a webhook receiver for application A.
class ConnectTestBed
{
public:
    struct Answer
    {
        int status = 0;
        QJsonObject json;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray &name) const;
    };
    struct Received
    {
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray &name) const;
    };

    ConnectTestBed();
    ~ConnectTestBed();

    /// Builds everything; false with error() set where something failed.
    bool setUp(const ConnectSettings &settings = defaultSettings());
    /// Replaces the service by one with @p settings, on the same workspace.
    bool restartService(const ConnectSettings &settings);
    QString error() const { return m_error; }
    static ConnectSettings defaultSettings();

    Workspace &workspace() { return m_temp->workspace(); }
    TempWorkspace &temp() { return *m_temp; }
    ConnectService &service() { return *m_service; }
    SecretStore &secrets() { return *m_secrets; }
    ManualClock &clock() { return m_clock; }
    const TokenSealer &sealer() const { return m_sealer; }
    const Application &a() const { return m_a; }
    const Application &b() const { return m_b; }
    QString secretA() const { return m_secretA; }
    QString secretB() const { return m_secretB; }
    QByteArray webhookSecretA() const { return m_webhookSecretA.toUtf8(); }
    QUrl providerUrl(const QString &path) const;

    /// An HTTP request to the service; @p path may carry a query.
    Answer call(const QByteArray &verb, const QString &path, const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static QPair<QByteArray, QByteArray> basic(const QString &clientId, const QString &secret);
    QPair<QByteArray, QByteArray> basicA() const { return basic(m_a.clientId, m_secretA); }
    QPair<QByteArray, QByteArray> basicB() const { return basic(m_b.clientId, m_secretB); }
    /// A link token of A (or B) for @p userId, limited to @p providers.
    QString linkToken(bool forA, const QString &userId, const QStringList &providers = {});

    /// Writes a secret to the keyring and waits for it.
    bool writeSecret(const QString &owner, const QString &field, const QString &value);

    /// Rows in every table the service writes.
    int storedRows();
    /// The SQLite file and its WAL, as bytes.
    QByteArray rawDatabase() const;

    /// Requests the fake provider received.
    QList<Received> webhooks;
    QList<QJsonObject> logins;
    /// Statuses the webhook receiver answers with, first first; then 200.
    QList<int> webhookAnswers;

private:
    bool addSources();
    bool addApplications();

    std::unique_ptr<TempWorkspace> m_temp;
    std::unique_ptr<SecretStore> m_secrets;
    ManualClock m_clock;
    TokenSealer m_sealer;
    std::unique_ptr<QHttpServer> m_provider;
    quint16 m_providerPort = 0;
    std::unique_ptr<ConnectService> m_service;
    QNetworkAccessManager m_network;
    Application m_a;
    Application m_b;
    QString m_secretA;
    QString m_secretB;
    QString m_webhookSecretA;
    QString m_error;
};
