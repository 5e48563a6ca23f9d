#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

/// A developer's application that uses integration sources. Its client
/// secret, its webhook signing secret and the secrets of its per-source
/// credentials live in the keyring; only whether they are set is kept here.
struct Application
{
    /// The application's own credentials for a source that has none.
    struct SourceCredentials
    {
        QString clientId;
        bool hasClientSecret = false;
        bool operator==(const SourceCredentials &o) const
        {
            return clientId == o.clientId && hasClientSecret == o.hasClientSecret;
        }
    };

    qint64 id = 0;
    int revision = 0;
    QString name;
    QString clientId; ///< generated, public
    bool hasClientSecret = false;
    QStringList redirectUrls;
    QString webhookUrl;
    bool hasWebhookSecret = false;
    QStringList sourceKeys; ///< sources the application may use
    QMap<QString, SourceCredentials> credentials; ///< by source key

    bool sameDefinition(const Application &o) const
    {
        return name == o.name && clientId == o.clientId && redirectUrls == o.redirectUrls
            && webhookUrl == o.webhookUrl && sourceKeys == o.sourceKeys && credentials == o.credentials;
    }

    /// A new public client ID: "ld_" and 24 random hex digits.
    static QString generateClientId();
    /// A new secret: 32 random bytes, base64url without padding.
    static QString generateSecret();
};

Q_DECLARE_METATYPE(Application)
