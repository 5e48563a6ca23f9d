#include "UserConnection.h"

namespace {

struct StatusName
{
    UserConnection::Status status;
    const char *name;
};

const StatusName kStatusNames[] = {
    { UserConnection::Status::Active, "active" },
    { UserConnection::Status::Expired, "expired" },
    { UserConnection::Status::NeedsReauth, "needs_reauth" },
    { UserConnection::Status::Revoked, "revoked" },
    { UserConnection::Status::Error, "error" },
};

} // namespace

QString UserConnection::toString(Status status)
{
    for (const StatusName &entry : kStatusNames) {
        if (entry.status == status)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("error");
}

bool UserConnection::fromString(const QString &text, Status *status)
{
    for (const StatusName &entry : kStatusNames) {
        if (text == QLatin1String(entry.name)) {
            *status = entry.status;
            return true;
        }
    }
    return false;
}
