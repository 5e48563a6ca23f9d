#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

namespace QKeychain {
class Job;
}

/// The only place secrets are kept: the OS keyring through Qt Keychain.
/// Every call is asynchronous. Keys are scoped
/// "linkdeck:<workspace>:<owner>:<field>", e.g. owner "source/fitbit" and
/// field "client_secret". A headless run may supply a secret through the
/// environment variable named by environmentVariable(), which then wins
/// over the keyring for reads. Where no keyring is available, writes are
/// refused: there is never a plain-text fallback.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Availability { Unknown, Available, Unavailable };
    Q_ENUM(Availability)

    struct Result
    {
        enum class Status { Ok, NotFound, NoKeyring, Failed };
        Status status = Status::Ok;
        QString value; ///< the secret, for a successful read
        QString message; ///< for the user, when not Ok
        bool fromEnvironment = false;
        bool isOk() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    explicit SecretStore(const QString &workspaceId, QObject *parent = nullptr);

    static QString keyFor(const QString &workspaceId, const QString &owner, const QString &field);
    /// LINKDECK_SECRET_<OWNER>_<FIELD>, upper case, other characters as '_'.
    static QString environmentVariable(const QString &owner, const QString &field);

    /// Owners, in one place so every caller spells them alike.
    static QString sourceOwner(const QString &sourceKey);
    static QString applicationOwner(const QString &clientId);
    static QString applicationSourceOwner(const QString &clientId, const QString &sourceKey);

    void read(const QString &owner, const QString &field, QObject *context, Callback done);
    void write(
        const QString &owner, const QString &field, const QString &value, QObject *context, Callback done);
    void remove(const QString &owner, const QString &field, QObject *context, Callback done);

    /// Finds out whether a keyring answers; availabilityChanged() tells.
    void probe();
    Availability availability() const { return m_availability; }
    /// Why the keyring is unavailable, for the user.
    QString unavailableReason() const { return m_reason; }

Q_SIGNALS:
    void availabilityChanged(SecretStore::Availability availability);

private:
    void run(QKeychain::Job *job, QObject *context, Callback done, bool reading);
    void setAvailability(Availability availability, const QString &reason);

    QString m_workspaceId;
    Availability m_availability = Availability::Unknown;
    QString m_reason;
};
