#include "ConnectionStatusText.h"

QList<UserConnection::Status> ConnectionStatusText::all()
{
    return { UserConnection::Status::Active, UserConnection::Status::Expired,
        UserConnection::Status::NeedsReauth, UserConnection::Status::Revoked, UserConnection::Status::Error };
}

QString ConnectionStatusText::title(UserConnection::Status status)
{
    switch (status) {
    case UserConnection::Status::Active:
        return tr("Active");
    case UserConnection::Status::Expired:
        return tr("Expired");
    case UserConnection::Status::NeedsReauth:
        return tr("Needs re-authorization");
    case UserConnection::Status::Revoked:
        return tr("Revoked");
    case UserConnection::Status::Error:
        break;
    }
    return tr("Error");
}

StatusAccent::Kind ConnectionStatusText::accent(UserConnection::Status status)
{
    switch (status) {
    case UserConnection::Status::Active:
        return StatusAccent::Kind::Ok;
    case UserConnection::Status::Expired:
    case UserConnection::Status::NeedsReauth:
        return StatusAccent::Kind::Warning;
    case UserConnection::Status::Revoked:
    case UserConnection::Status::Error:
        break;
    }
    return StatusAccent::Kind::Error;
}
