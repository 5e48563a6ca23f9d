#include "ClientCredentialReader.h"

#include "SecretStore.h"
#include "SourceAccess.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcClientCredentials, "linkdeck.connect.credentials")

namespace {

const QString kSecretField = QStringLiteral("client_secret");

bool usesOwnCredentials(const Application &application, const IntegrationSource &source)
{
    return !application.credentials.value(source.key).clientId.isEmpty();
}

} // namespace

QString ClientCredentialReader::secretOwner(const Application &application, const IntegrationSource &source)
{
    return usesOwnCredentials(application, source)
        ? SecretStore::applicationSourceOwner(application.clientId, source.key)
        : SecretStore::sourceOwner(source.key);
}

void ClientCredentialReader::read(SecretStore &secrets, const Application &application,
    const IntegrationSource &source, QObject *receiver, Callback done)
{
    const QString clientId = SourceAccess::clientIdFor(application, source);
    if (clientId.isEmpty()) {
        const ApiError error = ApiError::invalidProvider(
            tr("\"%1\" needs a client ID: set one for the source or for this application.").arg(source.key));
        QMetaObject::invokeMethod(
            receiver, [done, error]() { done(std::nullopt, error); }, Qt::QueuedConnection);
        return;
    }
    const bool own = usesOwnCredentials(application, source);
    const bool secretExpected
        = own ? application.credentials.value(source.key).hasClientSecret : source.hasClientSecret;
    const QString sourceKey = source.key;
    secrets.read(secretOwner(application, source), kSecretField, receiver,
        [done, clientId, secretExpected, sourceKey](const SecretStore::Result &read) {
            OAuthCredentials credentials { clientId, QString() };
            switch (read.status) {
            case SecretStore::Result::Status::Ok:
                credentials.clientSecret = read.value;
                break;
            case SecretStore::Result::Status::NotFound:
                if (secretExpected)
                    qCWarning(lcClientCredentials) << "the client secret for" << sourceKey
                                                   << "is marked as set but is not in the keyring";
                break;
            case SecretStore::Result::Status::NoKeyring:
            case SecretStore::Result::Status::Failed:
                if (secretExpected)
                    return done(std::nullopt,
                        ApiError::keyringUnavailable(tr("The client secret for \"%1\" cannot be read: %2")
                                                         .arg(sourceKey, read.message)));
                break;
            }
            done(credentials, {});
        });
}
